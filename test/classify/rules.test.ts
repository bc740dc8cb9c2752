import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { classifyField, loadRules, readReviewSheet, reviewSheet, type ReviewRow } from '../../src/classify/index.js';
import { EXAMPLE_RULES, RulesFile, patternProblem } from '../../src/config/rules-schema.js';
import { formatWhere } from '../../src/errors.js';
import { rejected } from '../helpers/errors.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crm-audit-rules-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('rules file (JSON)', () => {
  it('the example that `init` writes is valid, explains itself, and its rules work', async () => {
    expect(RulesFile.safeParse(EXAMPLE_RULES).success).toBe(true);
    expect(EXAMPLE_RULES.description).toBeTruthy();
    for (const r of EXAMPLE_RULES.rules) expect(r.description).toBeTruthy();
    const file = join(dir, 'rules.json');
    writeFileSync(file, JSON.stringify(EXAMPLE_RULES, null, 2));
    const rules = await loadRules(file, 'rules.json');
    expect(classifyField({ name: 'ERP_Open_Orders__c', object: 'Account', crm: 'salesforce' }, { rules })).toMatchObject({ card: 'high', decidedBy: 'rule' });
    expect(classifyField({ name: 'Discount__c', label: 'Discount Approver', crm: 'salesforce' }, { rules }).card).toBe('low');
    expect(classifyField({ name: 'mkto71__Lead_Score__c', crm: 'salesforce' }, { rules }).card).toBe('system');
  });

  it('a JSON syntax error points at file:line:column', async () => {
    const file = join(dir, 'rules.json');
    writeFileSync(file, '{\n  "rules": [\n    { "name": "X" "card": "low" }\n  ]\n}\n');
    const e = await rejected(loadRules(file, 'rules.json'));
    expect(e.kind).toBe('usage');
    expect(formatWhere(e.where)).toBe('rules.json:3:19');
  });

  it('a schema problem names the rule and the member, never a value', async () => {
    const file = join(dir, 'rules.json');
    writeFileSync(file, JSON.stringify({ rules: [{ name: 'A', card: 'low', reason: 'r' }, { name: 'B', card: 'medium-secret', reason: 'r' }] }));
    const e = await rejected(loadRules(file, 'rules.json'));
    expect(e.message).toContain('rules.1.card');
    expect(e.message).not.toContain('medium-secret');
    expect(e.where?.file).toBe('rules.json');
  });

  it('rejects a rule without a pattern and a /regex/ that does not compile', () => {
    expect(RulesFile.safeParse({ rules: [{ card: 'low', reason: 'r' }] }).success).toBe(false);
    expect(patternProblem('/(unclosed/')).toBe('the /regex/ does not compile');
    expect(patternProblem('/ok/g')).toContain('flags');
    expect(patternProblem('*Visit*')).toBeNull();
  });

  it('a missing rules file is a usage error at its path', async () => {
    const e = await rejected(loadRules(join(dir, 'nope.json'), 'nope.json'));
    expect(e.kind).toBe('usage');
    expect(e.where?.file).toBe('nope.json');
  });
});

const rows: ReviewRow[] = [
  { object: 'Account', name: 'Visits__c', label: 'Visits', card: 'low', confidence: 0.82, decidedBy: 'lexicon', reasons: ['label token "Visits" + number type → activity count (low)'] },
  { object: 'Account', name: '=cmd|calc', label: '@SUM(A1)', card: 'neutral', confidence: 0.43, decidedBy: 'lexicon', reasons: ['x'] },
  { object: 'Account', name: 'Credit_Limit__c', label: 'Credit, limit "EUR"', card: 'high', confidence: 0.82, decidedBy: 'lexicon', reasons: ['a', 'b'] },
];

describe('review sheet round trip', () => {
  it('writes the documented columns, defuses formulas, and reads back what it wrote', async () => {
    const text = reviewSheet(rows);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('object,name,label,card,confidence,decidedBy,reasons');
    expect(lines[2]).toContain("'=cmd|calc");
    expect(lines[2]).toContain("'@SUM(A1)");
    expect(lines[3]).toContain('"Credit, limit ""EUR"""');
    expect(lines[3]).toContain('a; b');
    const file = join(dir, 'review.csv');
    writeFileSync(file, text);
    const back = await readReviewSheet(file, 'review.csv');
    expect(back.map((r) => [r.line, r.object, r.name, r.card])).toEqual([
      [2, 'Account', 'Visits__c', 'low'],
      [3, 'Account', '=cmd|calc', 'neutral'],
      [4, 'Account', 'Credit_Limit__c', 'high'],
    ]);
  });

  it('an edited card wins as a rule; unedited rows are confirmed and keep their reasons', async () => {
    const file = join(dir, 'review.csv');
    writeFileSync(file, reviewSheet(rows).replace('Visits__c,Visits,low', 'Visits__c,Visits,High Card'));
    const rules = await loadRules(file, 'review.csv');
    const visits = classifyField({ name: 'Visits__c', label: 'Visits', object: 'Account', type: 'number' }, { rules });
    expect(visits).toMatchObject({ card: 'high', decidedBy: 'rule', confidence: 1 });
    expect(visits.reasons[0]).toBe('set to high by the review sheet (review.csv:2); the classifier said low');
    const credit = classifyField({ name: 'Credit_Limit__c', label: 'Credit limit', object: 'Account' }, { rules });
    expect(credit.decidedBy).toBe('rule');
    expect(credit.reasons[0]).toBe('confirmed by the review sheet (review.csv:4)');
    expect(credit.reasons.length).toBeGreaterThan(1);
    // the object must match too
    expect(classifyField({ name: 'Visits__c', object: 'Contact', type: 'number' }, { rules }).decidedBy).toBe('lexicon');
  });

  it('reads a sheet a spreadsheet saved as semicolon-separated UTF-16 with a BOM, and as Windows-1252', async () => {
    const semi = 'object;name;label;card;confidence;decidedBy;reasons\r\nAccount;Région__c;Région;low;0,5;lexicon;x\r\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(semi, 'utf16le')]);
    writeFileSync(join(dir, 'u16.csv'), utf16);
    expect((await readReviewSheet(join(dir, 'u16.csv'))).map((r) => [r.name, r.card])).toEqual([['Région__c', 'low']]);
    writeFileSync(join(dir, 'cp.csv'), Buffer.from(semi.replace(/é/g, '\u00e9'), 'latin1'));
    expect((await readReviewSheet(join(dir, 'cp.csv')))[0]?.name).toBe('Région__c');
  });

  it('skips rows with an empty card, counts lines across blank lines and quoted newlines', async () => {
    const text = 'object,name,label,card,confidence,decidedBy,reasons\r\nA,x,,,,,\r\n\r\nA,y,"two\r\nlines",low,,,\r\nA,z,,high,,,\r\n';
    writeFileSync(join(dir, 's.csv'), text);
    expect((await readReviewSheet(join(dir, 's.csv'))).map((r) => [r.name, r.line])).toEqual([
      ['y', 4],
      ['z', 6],
    ]);
  });

  it('a card that is not a card is an error at file:line:column, without the cell value', async () => {
    writeFileSync(join(dir, 'bad.csv'), 'object,name,label,card,confidence,decidedBy,reasons\nA,x,,low,,,\nA,y,,very-secret-value,,,\n');
    const e = await rejected(loadRules(join(dir, 'bad.csv'), 'bad.csv'));
    expect(formatWhere(e.where)).toBe('bad.csv:3:4');
    expect(e.message).not.toContain('very-secret-value');
  });

  it('a sheet without a card column is a usage error at line 1', async () => {
    writeFileSync(join(dir, 'h.csv'), 'object,name,label\nA,x,y\n');
    const e = await rejected(loadRules(join(dir, 'h.csv'), 'h.csv'));
    expect(e.message).toContain('"card" column');
    expect(formatWhere(e.where)).toBe('h.csv:1');
  });

  it('an unclosed quote refuses the sheet at the line where its row starts and the field where the quote opened, as every input says it', async () => {
    writeFileSync(join(dir, 'q.csv'), 'object,name,label,card\nA,x,,low\nA,y,"Visits\r\n,low\nA,z,,high\n');
    const e = await rejected(loadRules(join(dir, 'q.csv'), 'q.csv'));
    expect(e.kind).toBe('data');
    expect(formatWhere(e.where)).toBe('q.csv:3:3');
    expect(e.message).toBe('the review sheet has 1 malformed row: a quoted field is never closed; the rest of the file is one broken record; its correction would be lost');
    expect(e.message).not.toContain('Visits');
  });

  it('a row with a cell too many refuses the sheet at that cell; a header under an Excel sep= line is at line 2', async () => {
    writeFileSync(join(dir, 'w.csv'), 'object,name,label,card\nA,x,,low\nA,y,Visits, this week,low\n');
    const e = await rejected(loadRules(join(dir, 'w.csv'), 'w.csv'));
    expect(e.kind).toBe('data');
    expect(formatWhere(e.where)).toBe('w.csv:3:5');
    expect(e.message).toContain('the row has 5 fields, the header has 4');
    writeFileSync(join(dir, 'sep.csv'), 'sep=;\r\nobject;name;label\r\nA;x;y\r\n');
    expect(formatWhere((await rejected(loadRules(join(dir, 'sep.csv'), 'sep.csv'))).where)).toBe('sep.csv:2');
    writeFileSync(join(dir, 'sep2.csv'), 'sep=;\r\nobject;name;label;card\r\nA;x;;\r\nA;y;;low\r\n');
    expect((await readReviewSheet(join(dir, 'sep2.csv'))).map((r) => [r.name, r.line])).toEqual([['y', 4]]);
  });
});
