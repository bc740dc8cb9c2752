// A config, rules file or saved analysis that does not fit its schema: exit 2, and every problem on stderr as
// file:line:column: path: message, in the order of the file, without a stack or a value from the file. An id
// that fits the schema and names nothing (an audit id in the config's weights, a finding of the editorial file)
// is placed at its key too.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'crm-audit-json-errors-'));
const at = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return name;
};
const run = (...args: string[]) => cli(args, { cwd: dir });
const NOTES = join(FIXTURES, '../../examples/acme-pharma/interviews/notes.csv');
const OPPORTUNITY = join(FIXTURES, 'real/salesforce-dataloader/opportunityData.csv');

describe('an invalid config file', () => {
  it('lists every problem at its line and column, in the order of the file, and exits 2', () => {
    const bad = at('bad.json', '{\n  "minGroupSize": "five",\n  "themes": [ { "id": 3 } ]\n}\n');
    const r = run('interviews', NOTES, '--config', bad);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'crm-audit: error: bad.json: invalid config file: 3 problems; see `crm-audit schema config` for the expected shape',
      '  bad.json:2:3: minGroupSize: unknown key; allowed here: $schema, description, report, analysis, anonymity, columns, teams, weights, themes',
      '  bad.json:3:15: themes.0.phrases: missing (expected array)',
      '  bad.json:3:23: themes.0.id: expected string, received number',
    ]);
    expect(r.stderr).not.toContain('five');
  });

  it('one problem is one line, in analyze too; a CRLF file with a byte-order mark counts lines and columns as an editor does', () => {
    const crlf = at('crlf.json', '\ufeff{\r\n\t"report": {\r\n\t\t"paper": "A3"\r\n\t}\r\n}\r\n');
    const r = run('analyze', OPPORTUNITY, '--config', crlf, '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('crm-audit: error: crlf.json:3:12: invalid config file: report.paper: expected one of "a4"|"letter"; see `crm-audit schema config` for the expected shape\n');
  });

  it('valid JSON that is not an object is refused at 1:1', () => {
    for (const [text, type] of [['[]', 'array'], ['3', 'number']] as const) {
      const r = run('interviews', NOTES, '--config', at('scalar.json', text));
      expect(r.code, text).toBe(2);
      expect(r.stderr).toContain(`crm-audit: error: scalar.json:1:1: invalid config file: (top level): expected object, received ${type}`);
    }
  });

  it('a key written twice is an error at the second, not a silent choice of the last', () => {
    const twice = at('twice.json', '{\n  "anonymity": { "minGroupSize": 3 },\n  "anonymity": { "minGroupSize": 8 }\n}\n');
    const r = run('interviews', NOTES, '--config', twice);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('twice.json:3:3: invalid config file: anonymity: key given twice in one object (first at line 2, column 3)');
  });
});

/** line:column of the first `needle` in a text, as an editor shows it. */
const placeOf = (text: string, needle: string) => {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  return `${line + 1}:${lines[line]!.indexOf(needle) + 1}`;
};

describe('an id that a valid file names and nothing has', () => {
  it("an unknown audit id in the config's weights is placed at its key", () => {
    const text = '{\n  "weights": {\n    "audits": { "bulk-logging": 2, "bulk-loging": 1 }\n  }\n}\n';
    const r = run('interviews', NOTES, '--config', at('weights.json', text));
    expect(r.code).toBe(2);
    expect(placeOf(text, '"bulk-loging"')).toBe('3:36');
    expect(r.stderr).toMatch(/^crm-audit: error: weights\.json:3:36: weights\.audits: unknown audit id "bulk-loging"; known audit ids: .*bulk-logging/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('category weights that are all 0 are placed at the categories key', () => {
    const text = '{\n  "weights": {\n    "categories": { "controls": 0, "value": 0, "usage": 0, "voice": 0, "readiness": 0 }\n  }\n}\n';
    const r = run('interviews', NOTES, '--config', at('zero.json', text));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('crm-audit: error: zero.json:3:5: weights.categories: every category weight is 0');
  });

  it('a finding or recommendation id of the editorial file that the analysis does not have is placed at its key', () => {
    const analysis = join(FIXTURES, 'report/analysis.json');
    const { recommendations } = JSON.parse(readFileSync(analysis, 'utf8')) as { recommendations: { id: string }[] };
    const known = recommendations[0]!.id;
    const cases = [
      ['finding', '{\n  "findings": {\n    "high-card-gap": { "hide": true },\n\t"no-such-audit": { "hide": true }\n  }\n}\n', '"no-such-audit"'],
      ['recommendation', `{\n  "recommendations": { "${known}": { "hide": true }, "no-such-rec": { "hide": true } }\n}\n`, '"no-such-rec"'],
    ] as const;
    for (const [what, text, key] of cases) {
      const r = run('report', analysis, '--editorial', at('editorial.json', text), '--format', 'md');
      expect(r.code, what).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(
        new RegExp(`^crm-audit: error: editorial\\.json:${placeOf(text, key)}: the editorial file names a ${what} ${key} that this analysis does not have; `),
      );
    }
  });
});

describe('an invalid rules file', () => {
  it('lists its problems at their places and exits 2', () => {
    const rules = at('rules.json', '{\n  "rules": [\n    { "name": "*Visit*", "card": "lo", "reason": "" }\n  ]\n}\n');
    const r = run('classify', OPPORTUNITY, '--rules', rules);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('crm-audit: error: rules.json: invalid rules file: 2 problems; see `crm-audit schema rules`');
    expect(r.stderr).toContain('\n  rules.json:3:34: rules.0.card: expected one of "high"|"low"|"system"|"neutral"\n');
    expect(r.stderr).toContain('\n  rules.json:3:50: rules.0.reason: Too small: expected string to have >=1 characters\n');
  });
});

describe('an invalid saved analysis', () => {
  it('report and compare place the problem in the file, and never print its values', () => {
    const analysis = JSON.parse(readFileSync(join(FIXTURES, 'report/analysis.json'), 'utf8')) as { fields: { name: string; card: string }[] };
    analysis.fields[1]!.card = 'medium';
    const text = JSON.stringify(analysis, null, 2);
    const file = at('analysis.json', text);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('"card": "medium"')) + 1;
    const column = lines[line - 1]!.indexOf('"medium"') + 1;
    for (const r of [run('report', file, '--format', 'md'), run('compare', file, file)]) {
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `crm-audit: error: analysis.json:${line}:${column}: invalid saved analysis: fields.1.card: expected one of "high"|"low"|"system"|"neutral"; see \`crm-audit schema analysis\` for the expected shape\n`,
      );
      expect(r.stderr).not.toContain(analysis.fields[1]!.name);
    }
  });
});
