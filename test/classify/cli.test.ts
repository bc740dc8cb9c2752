// End-to-end tests of `crm-audit classify` on real exports, through the command's run() with a fake Io.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { classifyCommand } from '../../src/cli/classify.js';
import type { Io } from '../../src/cli/command.js';
import { main } from '../../src/cli/main.js';
import type { OptionValues } from '../../src/cli/options.js';
import { CrmAuditError, formatWhere } from '../../src/errors.js';
import { FieldResult } from '../../src/result/schema.js';

const FIXTURES = resolve('test/fixtures');
const SF_OPPS = join(FIXTURES, 'real/salesforce-dataloader/opportunityData.csv');
const HS_DEALS = join(FIXTURES, 'real/hubspot-fivetran/deal_data.csv');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crm-audit-classify-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function fakeIo(tty = false, columns = 140): Io & { out: () => string; err: () => string } {
  const stdout = new PassThrough() as PassThrough & { isTTY?: boolean; columns?: number };
  const stderr = new PassThrough() as PassThrough & { isTTY?: boolean };
  stdout.isTTY = tty;
  stdout.columns = columns;
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += String(d)));
  stderr.on('data', (d) => (err += String(d)));
  return { stdout, stderr, stdin: new PassThrough(), cwd: dir, env: { NO_COLOR: '1' }, out: () => out, err: () => err };
}

async function run(file: string, opts: OptionValues, io = fakeIo()) {
  const code = await classifyCommand.run([file], opts, io);
  return { code, io };
}

async function json(file: string, opts: OptionValues = {}): Promise<FieldResult[]> {
  const { code, io } = await run(file, { format: 'json', ...opts });
  expect(code).toBe(0);
  const parsed = JSON.parse(io.out()) as { fields: unknown[] };
  expect(Object.keys(parsed)).toEqual(['fields']);
  return parsed.fields.map((f) => FieldResult.parse(f));
}

const byName = (fields: FieldResult[], name: string) => {
  const f = fields.find((x) => x.name === name);
  if (!f) throw new Error(`no field ${name}`);
  return f;
};

describe('crm-audit classify', () => {
  it('is available, takes one file, with real examples', () => {
    expect(classifyCommand.available).toBe(true);
    expect(classifyCommand.args).toBe('<file>');
    expect(classifyCommand.examples.length).toBeGreaterThanOrEqual(3);
    for (const e of classifyCommand.examples) expect(e.startsWith('crm-audit classify ')).toBe(true);
  });

  it('a Salesforce Opportunity export: every column a field, standard ones from the built-in table, with stats', async () => {
    const fields = await json(SF_OPPS);
    expect(fields).toHaveLength(31);
    expect(byName(fields, 'FORECASTCATEGORY')).toMatchObject({ card: 'low', decidedBy: 'builtin', object: 'Opportunity' });
    expect(byName(fields, 'PROBABILITY').card).toBe('low');
    expect(byName(fields, 'ID').card).toBe('system');
    expect(byName(fields, 'AMOUNT').card).toBe('neutral');
    const oracle = byName(fields, 'ORACLE_ID__C');
    expect(oracle).toMatchObject({ card: 'system', decidedBy: 'lexicon' });
    expect(oracle.reasons[0]).toContain('integration key');
    const stage = byName(fields, 'STAGENAME');
    expect(stage.rows).toBe(38);
    expect(stage.fillRate).toBe(1);
    expect(stage.source).toBe(relative(dir, SF_OPPS)); // relative to the working directory
    // low card fields carry the usage axis
    // (a standard field the CRM fills from the stage: full, but no sign of an enforced control)
    expect(byName(fields, 'FORECASTCATEGORY').usage).toBeNull();
    expect(byName(fields, 'LASTACTIVITYDATE').usage).toBe('resisted-control');
    // sorted by object, then name
    const names = fields.map((f) => f.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('a HubSpot (Fivetran) deals export: property_ columns and connector ids', async () => {
    const fields = await json(HS_DEALS);
    expect(fields).toHaveLength(11);
    expect(byName(fields, 'deal_id').card).toBe('system');
    expect(byName(fields, 'owner_id').card).toBe('neutral');
    expect(byName(fields, 'property_closedate').card).toBe('neutral');
    expect(byName(fields, 'is_deleted').card).toBe('system');
    for (const f of fields) expect(f.reasons.length).toBeGreaterThan(0);
  });

  it('a field list: one row per field, no stats, required flags read', async () => {
    const list = join(dir, 'fields.csv');
    writeFileSync(
      list,
      [
        'Object,Field Name,Field Label,Data Type,Required,Help Text',
        'Account,Visits_This_Quarter__c,Visits this quarter,Number,Yes,Customer visits logged this quarter',
        'Account,Credit_Limit__c,Credit limit,Currency,No,From the finance system',
        'Opportunity,StageName,Stage,Picklist,Yes,',
        '',
      ].join('\r\n'),
    );
    const fields = await json(list, { kind: ['fields'] });
    expect(fields.map((f) => [f.name, f.card, f.required])).toEqual([
      ['Credit_Limit__c', 'high', false],
      ['Visits_This_Quarter__c', 'low', true],
      ['StageName', 'neutral', true],
    ]);
    expect(byName(fields, 'Credit_Limit__c')).toMatchObject({ rows: null, fillRate: null, usage: null, type: 'Currency' });
  });

  it('the table view groups by card, Low Card first, and strips control characters from data', async () => {
    const list = join(dir, 'fields.csv');
    writeFileSync(list, 'api_name,label,type\nCalls__c,"Calls\u001b[31m red",number\nNPS__c,NPS,number\n');
    const { code, io } = await run(list, { format: 'table', kind: ['fields'] });
    expect(code).toBe(0);
    const out = io.out();
    expect(out.indexOf('Low Card')).toBeLessThan(out.indexOf('High Card: of value'));
    expect(out).toContain('Calls__c');
    expect(out).not.toContain('\u001b');
    expect(out).toMatch(/2 fields: 1 Low Card, 1 High Card/);
  });

  it('--format csv writes the review sheet; edited and fed back with --rules, it changes the card', async () => {
    const { io } = await run(SF_OPPS, { format: 'csv' });
    const sheet = io.out();
    expect(sheet.split('\r\n')[0]).toBe('object,name,label,card,confidence,decidedBy,reasons');
    const edited = sheet.replace(/^Opportunity,PROBABILITY,PROBABILITY,low,/m, 'Opportunity,PROBABILITY,PROBABILITY,neutral,');
    expect(edited).not.toBe(sheet);
    writeFileSync(join(dir, 'review.csv'), edited);
    const fields = await json(SF_OPPS, { rules: 'review.csv' });
    const prob = byName(fields, 'PROBABILITY');
    expect(prob).toMatchObject({ card: 'neutral', decidedBy: 'rule', confidence: 1 });
    expect(prob.reasons[0]).toMatch(/^set to neutral by the review sheet \(review\.csv:\d+\); the classifier said low$/);
    expect(byName(fields, 'AMOUNT').reasons[0]).toMatch(/^confirmed by the review sheet/);
  });

  it('a JSON rules file changes what it should, and only that', async () => {
    writeFileSync(
      join(dir, 'rules.json'),
      JSON.stringify({ rules: [{ name: 'NEXTSTEP', card: 'high', reason: 'reps keep their own to-do here' }] }),
    );
    const fields = await json(SF_OPPS, { rules: 'rules.json' });
    expect(byName(fields, 'NEXTSTEP')).toMatchObject({ card: 'high', decidedBy: 'rule' });
    expect(fields.filter((f) => f.decidedBy === 'rule')).toHaveLength(1);
  });

  it('--out picks the format from the extension, writes atomically, and keeps an existing file without --force', async () => {
    const io = fakeIo();
    expect(await classifyCommand.run([SF_OPPS], { out: 'review.csv' }, io)).toBe(0);
    expect(io.out()).toBe('');
    expect(readFileSync(join(dir, 'review.csv'), 'utf8').startsWith('\uFEFFobject,name,label,card')).toBe(true); // with a BOM, for Excel
    expect(await classifyCommand.run([SF_OPPS], { out: 'fields.json' }, io)).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'fields.json'), 'utf8')).fields).toHaveLength(31);
    await expect(classifyCommand.run([SF_OPPS], { out: 'fields.json' }, io)).rejects.toMatchObject({ kind: 'output' });
    expect(await classifyCommand.run([SF_OPPS], { out: 'fields.json', force: true }, io)).toBe(0);
    await expect(classifyCommand.run([SF_OPPS], { out: 'fields.pdf' }, io)).rejects.toMatchObject({ kind: 'usage' });
  });

  it('defaults to JSON when piped and to the table on a terminal', async () => {
    const piped = await run(HS_DEALS, {});
    expect(() => JSON.parse(piped.io.out())).not.toThrow();
    const tty = await run(HS_DEALS, {}, fakeIo(true));
    expect(tty.io.out()).toContain('neutral business data');
  });

  it('errors are typed: a missing file and a bad rules file are usage errors with a location', async () => {
    await expect(run('missing.csv', { format: 'json' })).rejects.toBeInstanceOf(CrmAuditError);
    writeFileSync(join(dir, 'bad.json'), '{ "rules": [ { "name": "A" "card": "low" } ] }');
    const e = await run(SF_OPPS, { format: 'json', rules: 'bad.json' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CrmAuditError);
    expect((e as CrmAuditError).kind).toBe('usage');
    expect(formatWhere((e as CrmAuditError).where)).toMatch(/^bad\.json:1:\d+$/);
  });

  it('through main(): exit 0, and exit 2 with one clear line for a bad rules card', async () => {
    copyFileSync(SF_OPPS, join(dir, 'opps.csv'));
    const ok = fakeIo();
    expect(await main(['node', 'crm-audit', 'classify', 'opps.csv', '--format', 'json'], ok)).toBe(0);
    writeFileSync(join(dir, 'review.csv'), 'object,name,label,card\nOpportunity,AMOUNT,,hot-secret\n');
    const bad = fakeIo();
    expect(await main(['node', 'crm-audit', 'classify', 'opps.csv', '--rules', 'review.csv'], bad)).toBe(2);
    expect(bad.err()).toContain('review.csv:2:4');
    expect(bad.err()).not.toContain('hot-secret');
    expect(bad.err().trim().split('\n')).toHaveLength(1);
  });

  it('through main(): an unclosed quote in the --rules sheet stops the run where the quote opened, as in the --coding sheet (exit 3)', async () => {
    copyFileSync(SF_OPPS, join(dir, 'opps.csv'));
    writeFileSync(join(dir, 'review.csv'), 'object,name,label,card\nOpportunity,NAME,Name,high\nOpportunity,STAGENAME,"Stage,low\nOpportunity,AMOUNT,Amount,neutral\n');
    const io = fakeIo();
    expect(await main(['node', 'crm-audit', 'classify', 'opps.csv', '--rules', 'review.csv', '--format', 'json'], io)).toBe(3);
    expect(io.err()).toBe(
      'crm-audit: error: review.csv:3:3: the review sheet has 1 malformed row: a quoted field is never closed; the rest of the file is one broken record; its correction would be lost; fix the row in the sheet (a cell too many or too few, or an unclosed quote), or delete it\n',
    );
  });

  it('the real fixtures keep their sources and licences beside them', () => {
    for (const f of ['real/salesforce-dataloader/SOURCES.md', 'real/salesforce-dataloader/LICENSE-forcedotcom-dataloader.txt', 'real/hubspot-fivetran/SOURCES.md', 'real/hubspot-fivetran/LICENSE-fivetran-dbt_hubspot.txt', 'fields/SOURCES.md']) {
      expect(existsSync(join(FIXTURES, f)), f).toBe(true);
    }
  });
});
