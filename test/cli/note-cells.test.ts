// What the notes' own columns hold and the analysis cannot use is said, by line and never by value: a date that
// cannot be read or is still to come, a language or a rating that cannot be read; a placeholder is no note.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline.js';
import type { AuditResult } from '../../src/result/schema.js';
import { runMain } from '../helpers/run-main.js';

const dir = mkdtempSync(join(tmpdir(), 'crm-audit-note-cells-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const put = (name: string, text: string) => writeFileSync(join(dir, name), text);

const run = (...args: string[]) => runMain(dir, ...args);

put('fut.csv', 'respondent,date,note\nA B,2025-03-15,The CRM is slow.\nC D,2052-03-16,The CRM is slow too.\nE F,15.03.2025,ok\n');
put('bad-dates.csv', 'respondent,date,note\nA B,31/02/2025,The CRM is slow.\nC D,2025-13-45,The CRM is slow too.\nE F,2025-03-02,ok\n');

describe('note dates', () => {
  it('a date after today does not date the audit, and is warned about by its line', async () => {
    const r = await run('analyze', '--interviews', 'fut.csv', '--format', 'json');
    expect(r.code, r.err).toBe(0);
    const result = JSON.parse(r.out) as AuditResult;
    expect(result.generatedAt).toBe('2025-03-31T00:00:00.000Z');
    expect(r.err).toContain(`fut.csv: 1 note date in "date" is after today (line 3) and cannot be right: it is left out of the audit's date; check the year`);
    expect(result.inputs[0]!.warnings.map((w) => w.code)).toContain('note-dates');
    expect(r.err).not.toContain('2052');
  });

  it('a date that cannot be read is warned about once per file, with its count and lines, in analyze and interviews', async () => {
    const a = await run('analyze', '--interviews', 'bad-dates.csv', '--format', 'json');
    expect(a.code, a.err).toBe(0);
    expect(a.err).toContain(`bad-dates.csv: 2 note dates in "date" could not be read as dates (lines 2, 3): they are left out of the audit's date`);
    expect((JSON.parse(a.out) as AuditResult).generatedAt).toBe('2025-03-31T00:00:00.000Z');
    const i = await run('interviews', 'bad-dates.csv', 'fut.csv', '--format', 'json');
    expect(i.code, i.err).toBe(0);
    expect(i.err).toContain('warning: bad-dates.csv: 2 note dates in "date" could not be read as dates (lines 2, 3); write a date as YYYY-MM-DD');
    expect(i.err).toContain('warning: fut.csv: 1 note date in "date" is after today (line 3) and cannot be right; check the year');
    for (const err of [a.err, i.err]) expect(err).not.toMatch(/31\/02|2025-13/);
  });

  it('with --now, the notes date nothing, and their warnings do not say they were left out', async () => {
    const r = await run('analyze', '--interviews', 'fut.csv', '--now', '2025-06-30', '--format', 'json');
    expect(r.err).toContain('fut.csv: 1 note date in "date" is after today (line 3) and cannot be right; check the year');
  });
});

put('cells.csv', 'respondent,language,rating,note\nA,klingon,9,The CRM is slow.\nB,en,0,n/a\nC,en,five,Nobody reads what I log.\nD,English,4/5,-\nE,,,  NONE \nF,en,3,The app crashes when I log a call\n');

describe('language, rating and placeholder notes', () => {
  it('interviews and analyze warn about a language or rating they cannot read, and skip placeholder notes as blank', async () => {
    const i = await run('interviews', 'cells.csv', '--format', 'json');
    expect(i.code, i.err).toBe(0);
    expect(JSON.parse(i.out)).toMatchObject({ notes: 3 });
    expect(i.err).toContain('warning: cells.csv: 1 language value in "language" is not a language crm-audit knows (line 2)');
    expect(i.err).toContain('warning: cells.csv: 2 ratings in "rating" are not a number from 1 to 5 (lines 2, 4) and were left out');
    expect(i.err).toContain('warning: 3 rows without a note (empty, or a placeholder such as n/a) skipped');
    const a = await run('analyze', '--interviews', 'cells.csv', '--format', 'json');
    expect(a.code, a.err).toBe(0);
    const result = JSON.parse(a.out) as AuditResult;
    expect(result.interviews!.notes).toBe(3);
    expect(result.inputs[0]!.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['note-language', 'note-rating']));
    for (const err of [i.err, a.err]) expect(err).not.toMatch(/klingon|five/);
  });

  it('the notes coded in a worker are the same notes', async () => {
    const opts = { files: [], interviews: ['cells.csv'], cwd: dir, now: '2025-06-30' };
    const alone = await runPipeline(opts);
    const worker = await runPipeline({ ...opts, parallel: true, workerMinBytes: 0 });
    expect(worker.interviews).toEqual(alone.interviews);
    expect(alone.interviews!.notes).toBe(3);
  });
});
