// Nothing to analyse is an error, not a report: an empty file, a JSON file named .csv, a header without rows.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditResult, FieldResult } from '../../src/result/schema.js';
import { cli, FIXTURES } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'crm-audit-nothing-'));
const at = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return name;
};
const empty = at('empty.csv', '');
const blank = at('blank.csv', '\ufeff\r\n\r\n');
const json = at('analysis.csv', '{\n  "schemaVersion": 1,\n  "fields": [1, 2]\n}\n');
const jsonList = at('list.csv', '[{"a": 1}]');
const html = at('login.csv', '<!DOCTYPE html>\n<html><body>Session expired</body></html>\n');
const fieldsHeader = at('planned-fields.csv', 'Field Name,Label,Type,Required\n');
const exportHeader = at('Opportunity.csv', 'Id,OwnerId,CreatedDate,LastModifiedDate,Amount\n');
const opp = join(FIXTURES, 'real/salesforce-dataloader/opportunityData.csv');

const run = (...args: string[]) => cli(args, { cwd: dir });
const oneLine = (stderr: string) => {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
};

describe('analyze with nothing to analyse', () => {
  it('an empty file: exit 2 naming the file, and no PDF', () => {
    const r = run('analyze', empty, '--out', 'empty.pdf');
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('empty.csv: nothing to analyse: the file is empty: no header and no data rows');
    oneLine(r.stderr);
    expect(existsSync(join(dir, 'empty.pdf'))).toBe(false);
  });

  it('a file of blank lines is empty too', () => {
    const r = run('analyze', blank, '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('blank.csv: nothing to analyse: the file is empty');
  });

  it('JSON, a web page or XML named .csv: exit 2, not a CSV', () => {
    for (const [file, looks] of [[json, 'JSON'], [jsonList, 'JSON'], [html, 'a web page (HTML)']] as const) {
      const r = run('analyze', file, '--format', 'json');
      expect(r.code, file).toBe(2);
      expect(r.stderr, file).toContain(`${file}: this is not a CSV file: it looks like ${looks}`);
      expect(r.stderr).not.toContain('schemaVersion');
      oneLine(r.stderr);
    }
  });

  it('header-only files and nothing else: exit 2 naming each', () => {
    const r = run('analyze', fieldsHeader, exportHeader, '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('none of the 2 input files holds a data row');
    expect(r.stderr).toContain('planned-fields.csv: the file has a header but no data rows');
    expect(r.stderr).toContain('Opportunity.csv: the file has a header but no data rows');
  });

  it('a header-only export beside a file with rows is a valid empty export: a warning', () => {
    const r = run('analyze', exportHeader, opp, '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Opportunity.csv: the file has a header but no data rows');
    expect((JSON.parse(r.stdout) as AuditResult).inputs.map((i) => i.rows)).toEqual([0, 38]);
  });
});

describe('classify with nothing to classify', () => {
  it('an empty file or JSON: exit 2, no {"fields":[]}', () => {
    const e = run('classify', empty, '--format', 'json');
    expect(e.code).toBe(2);
    expect(e.stdout).toBe('');
    expect(e.stderr).toContain('empty.csv: nothing to classify: the file is empty');
    const j = run('classify', json, '--format', 'json');
    expect(j.code).toBe(2);
    expect(j.stderr).toContain('analysis.csv: this is not a CSV file: it looks like JSON');
  });

  it('a field list with a header and no fields: exit 2', () => {
    const r = run('classify', fieldsHeader, '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('planned-fields.csv: nothing to classify: the file has a header but no data rows');
  });

  it("a header-only export: its columns by name, without fill rates, and said so", () => {
    const r = run('classify', exportHeader, '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('its columns are classified from their names only');
    const { fields } = JSON.parse(r.stdout) as { fields: FieldResult[] };
    expect(fields).toHaveLength(5);
    for (const f of fields) expect(f).toMatchObject({ rows: null, fillRate: null });
  });
});

describe('interviews with no notes', () => {
  it('a header-only notes file: exit 2', () => {
    const notes = at('notes.csv', 'note,respondent\n');
    const r = run('interviews', notes, '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('notes.csv: nothing to code: the file has a header but no data rows');
  });

  it('every row malformed: says where, the first five by line, and how many more (never what they hold)', () => {
    const one = at('one-bad.csv', 'respondent,team,note\nJane Smith\n');
    const r = run('interviews', one, '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'crm-audit: error: one-bad.csv: nothing to code: its only row is malformed and was skipped; fix the rows listed below (a cell too many or too few, or an unclosed quote), or export the file again\n' +
        '  one-bad.csv:2: the row has 1 field, the header has 3\n',
    );
    const seven = at('seven-bad.csv', `respondent,team,note\n${'Jane Smith,A,b,c\n'.repeat(7)}`);
    const s = run('analyze', '--interviews', seven, '--format', 'json');
    expect(s.code).toBe(2);
    const lines = s.stderr.trim().split('\n');
    expect(lines[0]).toContain('seven-bad.csv: nothing to analyse: all its 7 rows are malformed and were skipped');
    expect(lines.slice(1)).toEqual([
      ...[2, 3, 4, 5, 6].map((n) => `  seven-bad.csv:${n}:4: the row has 4 fields, the header has 3`),
      '  seven-bad.csv: and 2 more malformed rows',
    ]);
    expect(s.stderr).not.toMatch(/Jane|Smith/);
    // --strict stops at the row, in good grammar
    const strict = run('interviews', one, '--strict', '--format', 'json');
    expect(strict.code).toBe(3);
    expect(strict.stderr).toContain('one-bad.csv:2: the row has 1 field, the header has 3 (--strict stops at the first malformed row)');
  });

  // a notes file named after a person or a day is named redacted in these errors too, as in every output
  const names = at('names.txt', 'Jane Smith\nBob Lee\n');

  it('a header-only notes file named after a person: named redacted, as in every output', () => {
    const notes = at('interview_jane_smith_2024-03-15.csv', 'note,respondent\n');
    const r = run('interviews', notes, '--redact', names, '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'crm-audit: error: interview_[name]_[name]_2024-03.csv: nothing to code: the file has a header but no data rows; a notes file needs a header and one row per note\n',
    );
  });

  it('rows without a note\'s text: exit 2, not an empty coding; the file named redacted with the respondents\' names', () => {
    const notes = at('bob_lee_2024-03-15.csv', 'respondent,note\nBob Lee,\nJane Smith,  \n');
    const r = run('interviews', notes, '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'crm-audit: error: [name]_[name]_2024-03.csv: nothing to code: its note column "note" holds no note in any row (each is empty, or a placeholder such as n/a); if the notes are in another column, map it in the config: columns[].roles.note\n',
    );
  });

  it('several files without a note: each named redacted, with why', () => {
    const header = at('jane_smith.csv', 'note,respondent\n');
    const blankNotes = at('bob_lee.csv', 'respondent,note\nBob Lee,\n');
    const r = run('interviews', header, blankNotes, '--redact', names, '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'nothing to code: none of the 2 input files holds a note ([name]_[name].csv: the file has a header but no data rows; [name]_[name].csv: its note column "note" holds no note in any row (each is empty, or a placeholder such as n/a))',
    );
    expect(r.stderr).not.toMatch(/jane|bob|smith|lee/i);
  });

  it('analyze given notes without a note\'s text and nothing else: exit 2 as interviews says it, not an empty report', () => {
    const notes = at('bob_lee_blank.csv', 'respondent,note\nBob Lee,\nJane Smith,  \n');
    const r = run('analyze', '--interviews', notes, '--out', 'blank.pdf');
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, 'blank.pdf'))).toBe(false);
    expect(r.stderr).toContain('[name]_[name]_blank.csv: nothing to analyse: its note column "note" holds no note in any row (each is empty, or a placeholder such as n/a)');
    expect(r.stderr).not.toMatch(/bob|lee/i);
  });

  it('beside an export, such notes leave the reps\' voice out and say why', () => {
    const notes = at('blank_notes.csv', 'respondent,note\nR1,\nR2,  \n');
    const r = run('analyze', opp, '--interviews', notes, '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    const res = JSON.parse(r.stdout) as AuditResult;
    expect(res.interviews).toBeUndefined();
    const input = res.inputs.find((i) => i.kind === 'interviews')!;
    expect(input.warnings.map((w) => w.message)).toContain(
      'no note to code: its note column "note" holds no note in any row (each is empty, or a placeholder such as n/a); if the notes are in another column, map it in the config: columns[].roles.note',
    );
    expect(r.stderr).toContain('blank_notes.csv: no note to code');
  });

  it('a notes file without a note column is named redacted', () => {
    const notes = at('jane_smith_notes.csv', 'respondent,score\nJane Smith,4\n');
    const r = run('interviews', notes, '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('crm-audit: error: [name]_[name]_notes.csv: no note column found in the notes file');
  });

  it('analyze names a header-only notes file redacted too, and an export as it is', () => {
    const notes = at('bob_lee_notes.csv', 'note,respondent\n');
    const r = run('analyze', '--interviews', notes, exportHeader, '--redact', names, '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Opportunity.csv: the file has a header but no data rows');
    expect(r.stderr).toContain('[name]_[name]_notes.csv: the file has a header but no data rows');
    expect(r.stderr).not.toMatch(/bob|lee/i);
  });
});
