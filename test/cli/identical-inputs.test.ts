// The same file under two names is read once, with a warning naming both: notes and respondents are not doubled,
// nor are an export's rows and users.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditResult, InterviewsResult } from '../../src/result/schema.js';
import { cli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'crm-audit-identical-'));
const put = (name: string, text: string) => writeFileSync(join(dir, name), text);
const notes = ['respondent,team,note']
  .concat(Array.from({ length: 6 }, (_, i) => `Rep ${i + 1},North,I hate logging every call in the CRM`))
  .join('\n');
put('notes.csv', `${notes}\n`);
copyFileSync(join(dir, 'notes.csv'), join(dir, 'notes_copy.csv'));
put('other.csv', `${notes}\nRep 7,North,The CRM is useless\n`);
mkdirSync(join(dir, 'export'));
put('export/Task.csv', 'Subject,OwnerId,ActivityDate,CreatedDate\nCall,005A,2024-03-01,2024-03-01T10:00:00Z\nVisit,005B,2024-03-02,2024-03-02T10:00:00Z\n');
copyFileSync(join(dir, 'export/Task.csv'), join(dir, 'export/Task copy.csv'));
put('names.txt', 'Jane Smith\n');
copyFileSync(join(dir, 'notes.csv'), join(dir, 'interview_jane_smith.csv'));
const run = (...args: string[]) => cli(args, { cwd: dir });
const json = <T>(...args: string[]) => {
  const r = run(...args, '--format', 'json');
  expect(r.code, r.stderr).toBe(0);
  return { result: JSON.parse(r.stdout) as T, stderr: r.stderr };
};

describe('identical inputs', () => {
  it('interviews notes.csv notes_copy.csv: counted once, with a warning naming both', () => {
    const once = json<InterviewsResult>('interviews', 'notes.csv').result;
    const twice = json<InterviewsResult>('interviews', 'notes.csv', 'notes_copy.csv');
    expect(once).toMatchObject({ notes: 6, respondents: 6 });
    expect(twice.result).toEqual(once);
    expect(twice.stderr).toContain('notes_copy.csv: the same bytes as notes.csv: skipped, so that its notes are not counted twice');
  });

  it('a file that only looks alike (same notes and one more) is read', () => {
    expect(json<InterviewsResult>('interviews', 'notes.csv', 'other.csv').result).toMatchObject({ notes: 13, respondents: 7 });
  });

  it('analyze --interviews twice: notes counted once; the copy listed with no rows of its own', () => {
    const { result, stderr } = json<AuditResult>('analyze', 'export/Task.csv', '--interviews', 'notes.csv', '--interviews', 'notes_copy.csv');
    expect(result.interviews).toMatchObject({ notes: 6, respondents: 6 });
    expect(result.inputs.map((i) => [i.path, i.kind, i.rows, i.duplicates])).toEqual([
      ['export/Task.csv', 'activities', 2, 0],
      ['notes.csv', 'interviews', 6, 0],
      ['notes_copy.csv', 'interviews', 0, 6],
    ]);
    expect(result.inputs[2]!.warnings).toEqual([
      { code: 'identical-file', message: 'the same bytes as notes.csv: skipped, so that its notes are not counted twice' },
    ]);
    expect(stderr).toContain('notes_copy.csv: the same bytes as notes.csv');
  });

  it('analyze on a folder holding an export twice: rows and users counted once', () => {
    const once = json<AuditResult>('analyze', 'export/Task.csv').result;
    const { result, stderr } = json<AuditResult>('analyze', 'export');
    expect(result.activity!.activities).toBe(once.activity!.activities);
    expect(result.users!.total).toBe(once.users!.total);
    expect(result.inputs.map((i) => [i.path, i.rows, i.duplicates])).toEqual([
      ['export/Task copy.csv', 2, 0],
      ['export/Task.csv', 0, 2],
    ]);
    expect(stderr).toContain('export/Task.csv: the same bytes as export/Task copy.csv: skipped, so that its rows are not counted twice');
  });

  it('the same file given as an input and with --interviews is read once, as notes', () => {
    const { result, stderr } = json<AuditResult>('analyze', 'notes.csv', '--interviews', 'notes.csv');
    expect(result.interviews).toMatchObject({ notes: 6 });
    expect(stderr).toContain('notes.csv: the same file as notes.csv, given twice: read once');
  });

  it('a copy named after a person is shown redacted, in the warning and in inputs[]', () => {
    const { result, stderr } = json<AuditResult>('analyze', 'export/Task.csv', '--interviews', 'notes.csv', '--interviews', 'interview_jane_smith.csv', '--redact', 'names.txt');
    expect(JSON.stringify(result)).not.toMatch(/jane|smith/i);
    expect(stderr).not.toMatch(/jane|smith/i);
    expect(result.inputs[2]!.path).toBe('interview_[name]_[name].csv');
    const iv = run('interviews', 'notes.csv', 'interview_jane_smith.csv', '--redact', 'names.txt', '--format', 'json');
    expect(iv.stderr).toContain('interview_[name]_[name].csv: the same bytes as notes.csv');
  });
});
