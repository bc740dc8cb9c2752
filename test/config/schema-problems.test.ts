// Schema problems of a JSON file: every one listed, each at its file:line:column, in the order of the text.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Config } from '../../src/config/config-schema.js';
import { loadConfig } from '../../src/config/load-config.js';
import { loadJson, MAX_PROBLEMS_SHOWN, validate, type JsonFile } from '../../src/config/load.js';
import { RulesFile } from '../../src/config/rules-schema.js';
import { formatWhere, type CrmAuditError } from '../../src/errors.js';
import { thrown } from '../helpers/errors.js';
import { Editorial } from '../../src/report/editorial.js';
import { AuditResult } from '../../src/result/schema.js';

const dir = mkdtempSync(join(tmpdir(), 'crm-audit-problems-'));

/** The error of an invalid file, as lines `file:line:column: path: message` (the one line, or its details). */
function problems(schema: Parameters<typeof validate>[0], text: string, kind: JsonFile = 'config'): { error: CrmAuditError; lines: string[] } {
  const e = thrown(() => validate(schema, JSON.parse(text), 'f.json', kind, text));
  expect(e.kind).toBe('usage');
  const lines = e.details.length
    ? e.details.map((d) => (d.where ? `${formatWhere(d.where)}: ${d.message}` : d.message))
    : [`${formatWhere(e.where)}: ${e.message.replace(/^invalid [a-z ]+: /, '')}`];
  return { error: e, lines };
}

describe('schema problems are placed in the text', () => {
  it('lists every problem in the order of the file: a wrong value at the value, a missing key at its object, an unknown key at the key', () => {
    const text = '{\n  "minGroupSize": "five",\n  "themes": [ { "id": 3 } ]\n}\n';
    const { error, lines } = problems(Config, text);
    expect(error.message).toBe('invalid config file: 3 problems');
    expect(error.where).toEqual({ file: 'f.json' });
    expect(error.hint).toBe('see `crm-audit schema config` for the expected shape');
    expect(lines).toEqual([
      'f.json:2:3: minGroupSize: unknown key; allowed here: $schema, description, report, analysis, anonymity, columns, teams, weights, themes',
      'f.json:3:15: themes.0.phrases: missing (expected array)',
      'f.json:3:23: themes.0.id: expected string, received number',
    ]);
  });

  it('one problem is one line, placed on the error itself', () => {
    const { error } = problems(Config, '{\n  "report": {\n    "accent": "blue"\n  }\n}');
    expect(error.where).toEqual({ file: 'f.json', line: 3, column: 15 });
    expect(error.message).toBe('invalid config file: report.accent: an accent colour is #RRGGBB');
    expect(error.details).toEqual([]);
  });

  it('a config that is valid JSON but not an object: at the top level, 1:1 (after the byte-order mark)', () => {
    for (const [text, type] of [['[1, 2]', 'array'], ['42', 'number'], ['null', 'null'], ['"config"', 'string']] as const) {
      const { lines } = problems(Config, text);
      expect(lines).toEqual([`f.json:1:1: (top level): expected object, received ${type}`]);
    }
    const path = join(dir, 'bom.json');
    writeFileSync(path, '\ufeff\r\n  []');
    expect(() => loadConfig(path, dir)).toThrow(expect.objectContaining({ where: { file: path, line: 2, column: 3 } }));
  });

  it('a key written twice in a config: an error at the second, naming the first', () => {
    const text = '{\n  "report": { "client": "A" },\n  "report": { "client": "B" }\n}';
    const { lines } = problems(Config, text);
    expect(lines).toEqual(['f.json:3:3: report: key given twice in one object (first at line 2, column 3); only the last one would count']);
  });

  it('a key written twice in a valid saved analysis is let be: crm-audit wrote it, and its text is not scanned', () => {
    const result = JSON.parse(
      JSON.stringify({ schemaVersion: 1, tool: { name: 'crm-audit', version: '0' }, generatedAt: null, situation: 'in-progress', meta: { client: null, consultant: null, firm: null, locale: 'en-US', paper: 'a4' }, inputs: [] }),
    ) as Record<string, unknown>;
    const text = JSON.stringify(result).replace('"situation"', '"situation":"in-progress","situation"');
    expect(() => validate(AuditResult, JSON.parse(text), 'a.json', 'analysis', text)).not.toThrow();
  });

  it('CRLF, tabs, a byte-order mark and characters outside the BMP: line and character column', () => {
    const path = join(dir, 'crlf.json');
    writeFileSync(path, '\ufeff{\r\n\t"report": {\r\n\t\t"client": "Zoë 😀",  "paper": "A3"\r\n\t}\r\n}\r\n');
    expect(() => loadJson(Config, path, 'config', 'crlf.json')).toThrow(expect.objectContaining({ where: { file: 'crlf.json', line: 3, column: 32 } }));
  });

  it(`lists at most ${MAX_PROBLEMS_SHOWN}, then how many more`, () => {
    const rules = Array.from({ length: 13 }, () => '    { "card": "low", "reason": "x" }');
    const text = `{\n  "rules": [\n${rules.join(',\n')}\n  ]\n}`;
    const { error, lines } = problems(RulesFile, text, 'rules');
    expect(error.message).toBe('invalid rules file: 13 problems');
    expect(lines).toHaveLength(MAX_PROBLEMS_SHOWN + 1);
    expect(lines[0]).toBe('f.json:3:5: rules.0: a rule needs at least one of name, label or object');
    expect(lines[9]).toBe('f.json:12:5: rules.9: a rule needs at least one of name, label or object');
    expect(lines[10]).toBe('and 3 more');
  });

  it('never shows an owner name from the teams mapping, nor a value', () => {
    const text = JSON.stringify({ teams: { 'Jane Doe': 4, 'John Roe': 'North' }, report: { paper: 'CONFIDENTIAL-PAPER-VALUE' } }, null, 2);
    const { error, lines } = problems(Config, text);
    const all = [error.message, ...lines].join('\n');
    expect(lines).toEqual(['f.json:3:17: teams.<owner>: expected string, received number', 'f.json:7:14: report.paper: expected one of "a4"|"letter"']);
    expect(all).not.toMatch(/Jane|John|CONFIDENTIAL/);
  });

  it('a union of plain types says which it takes', () => {
    const { lines } = problems(Editorial, '{"commentary": {"summary": 3}}', 'editorial');
    expect(lines).toEqual(['f.json:1:28: commentary.summary: expected string or array, received number']);
  });

  it('an unknown key in a record keyed by an enumeration lists the allowed keys (at most 12)', () => {
    const { lines } = problems(Config, '{"columns": [{"file": "a.csv", "roles": {"ownr": "Owner"}}]}');
    expect(lines[0]).toMatch(/^f\.json:1:42: columns\.0\.roles\.ownr: unknown key; allowed here: id, name, owner, .* and \d+ more$/);
  });

  it('a long or odd unknown key is quoted and cut', () => {
    const { lines } = problems(Config, `{"a b": 1, "${'k'.repeat(60)}": 2}`);
    expect(lines[0]).toMatch(/^f\.json:1:2: "a b": unknown key/);
    expect(lines[1]).toMatch(new RegExp(`^f\\.json:1:12: ${'k'.repeat(39)}…: unknown key`));
  });

  it('without the text (an object given in code), the problems are listed by path alone', () => {
    const error = thrown(() => validate(RulesFile, { rules: [{ card: 'x', name: 'a', reason: 'r' }] }, 'rules', 'rules'));
    expect(error.where).toEqual({ file: 'rules' });
    expect(error.message).toBe('invalid rules file: rules.0.card: expected one of "high"|"low"|"system"|"neutral"');
  });
});
