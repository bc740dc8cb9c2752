// Notes file names as outputs show them: plain file-name tokens stay, a person's name, address or phone goes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/result/schema.js';
import { cli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'crm-audit-names-in-paths-'));
const notes = (extra: string) => `respondent,team,note\nP1,North,I hate logging every call ${extra}\nP2,North,"A row, then another"\n`;
for (const [name, extra] of [
  ['h1100000.csv', 'one'],
  ['@notes.csv', 'two'],
  ['interview_jane_smith_2024-03-15.csv', 'three'],
  ['notes_0171-2345678.csv', 'four'],
  ['bad_h5000000.csv', 'five'],
]) {
  writeFileSync(join(dir, name!), notes(extra!) + (name === 'bad_h5000000.csv' ? 'P3,North,too,many\n' : ''));
}
writeFileSync(join(dir, 'names.txt'), 'Jane Smith\n');
const run = (...args: string[]) => cli(args, { cwd: dir });

describe('notes file names in outputs', () => {
  it('the review sheet names each file as it is, but for the person, the day and the phone number', () => {
    const r = run('interviews', 'h1100000.csv', '@notes.csv', 'interview_jane_smith_2024-03-15.csv', 'notes_0171-2345678.csv', '--redact', 'names.txt', '--format', 'csv');
    expect(r.code, r.stderr).toBe(0);
    const files = new Set(r.stdout.trim().split(/\r?\n/).slice(1).map((row) => row.split(',')[0]));
    // a cell that starts with @ is defused for spreadsheets: '@notes.csv
    expect([...files].sort()).toEqual(["'@notes.csv", 'h1100000.csv', 'interview_[name]_[name]_2024-03.csv', 'notes_[phone].csv']);
  });

  it('warnings name the file as it is: h5000000.csv, not h[phone].csv', () => {
    const r = run('interviews', 'bad_h5000000.csv', '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('bad_h5000000.csv:4:4: the row has 4 fields, the header has 3');
    expect(r.stderr).toContain('bad_h5000000.csv: 1 malformed row skipped');
    expect(r.stderr).not.toContain('[phone]');
  });

  it('analyze shows the notes files in inputs[] the same way', () => {
    const r = run('analyze', 'h1100000.csv', '--interviews', '@notes.csv', '--interviews', 'interview_jane_smith_2024-03-15.csv', '--redact', 'names.txt', '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as AuditResult).inputs.map((i) => i.path)).toEqual(['h1100000.csv', '@notes.csv', 'interview_[name]_[name]_2024-03.csv']);
  });
});
