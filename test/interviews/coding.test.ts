// A reviewed sheet with several cells it cannot read: the first in the order of the file comes first, and all are
// told at once (the first ten, then how many more), each at its line and column, never with its content.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCoding } from '../../src/interviews/coding.js';
import { thrown } from '../helpers/errors.js';
import { runMain } from '../helpers/run-main.js';
import { plainTable } from './helpers.js';

const HEADER = ['file', 'line', 'respondent', 'category', 'themes', 'sentiment', 'language', 'text', 'why'];
const row = (line: number, cells: { category?: string; themes?: string; sentiment?: string } = {}) =>
  ['notes.csv', String(line), 'Respondent 01', cells.category ?? '', cells.themes ?? 'no-value', cells.sentiment ?? 'negative', 'en', 'text', ''];

describe('parseCoding with the themes in use', () => {
  it('tells every bad cell in the order of the file, at its line and column', () => {
    const e = thrown(() =>
      parseCoding(plainTable(HEADER, [row(2, { themes: 'no-value;bogus' }), row(3, { sentiment: 'very negative' }), row(4, { category: 'rant' })]), { themes: [] }),
    );
    expect(e.kind).toBe('usage');
    expect(e.message).toBe('the review sheet has 3 cells it cannot read');
    expect(e.where).toEqual({ file: 'reviewed.csv' });
    expect(e.details.map((d) => d.where)).toEqual([
      { file: 'reviewed.csv', line: 2, column: 5 },
      { file: 'reviewed.csv', line: 3, column: 6 },
      { file: 'reviewed.csv', line: 4, column: 4 },
    ]);
    expect(e.details[0]!.message).toMatch(/^unknown theme id in the review sheet \(the 2nd of 2 in this cell\): use theme ids separated by ";"/);
    expect(e.details[1]!.message).toBe('unknown sentiment in the review sheet: use positive, neutral or negative');
    expect(e.details[2]!.message).toMatch(/^unknown category in the review sheet/);
    expect(JSON.stringify(e.details)).not.toMatch(/bogus|very negative|rant/);
  });

  it('says one bad cell as any error, and lists at most ten, then how many more', () => {
    const one = thrown(() => parseCoding(plainTable(HEADER, [row(2), row(3, { themes: 'bogus' })]), { themes: [] }));
    expect(one.message).toBe('unknown theme id in the review sheet (the 1st of 1 in this cell)');
    expect(one.where).toEqual({ file: 'reviewed.csv', line: 3, column: 5 });
    expect(one.details).toEqual([]);
    const many = thrown(() => parseCoding(plainTable(HEADER, Array.from({ length: 12 }, (_, i) => row(i + 2, { sentiment: 'meh' }))), { themes: [] }));
    expect(many.details).toHaveLength(11);
    expect(many.details[10]).toEqual({ message: 'and 2 more' });
  });

  it("takes the config's themes, and leaves theme ids to the analysis without them", () => {
    const sheet = plainTable(HEADER, [row(2, { themes: 'pricing' })]);
    expect(parseCoding(sheet, { themes: [{ id: 'pricing', phrases: ['price'] }] }).corrections[0]!.themes).toEqual(['pricing']);
    expect(parseCoding(sheet).corrections[0]!.themes).toEqual(['pricing']);
  });
});

describe('interviews --coding with several bad cells', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crm-audit-coding-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]) => runMain(dir, ...args);

  it('reports the first bad cell of the file first, and the later ones under it', async () => {
    writeFileSync(join(dir, 'notes.csv'), 'respondent,note\nA,The CRM is useless and slow.\nB,Nobody reads what I log.\nC,I like the mobile app.\n');
    expect((await run('interviews', 'notes.csv', '--format', 'csv', '--out', 'sheet.csv')).code).toBe(0);
    const lines = readFileSync(join(dir, 'sheet.csv'), 'utf8').split('\r\n');
    const cells = (l: string) => l.split(',');
    const r2 = cells(lines[1]!);
    r2[4] = 'no-value;bogus';
    const r3 = cells(lines[2]!);
    r3[5] = 'very negative';
    lines[1] = r2.join(',');
    lines[2] = r3.join(',');
    writeFileSync(join(dir, 'rev1-bad.csv'), lines.join('\r\n'));
    for (const command of [['interviews', 'notes.csv'], ['analyze', '--interviews', 'notes.csv']]) {
      const r = await run(...command, '--coding', 'rev1-bad.csv', '--format', 'json');
      expect(r.code).toBe(2);
      const err = r.err.split('\n');
      expect(err[0]).toBe('crm-audit: error: rev1-bad.csv: the review sheet has 2 cells it cannot read; fix each cell listed below, or clear it');
      expect(err[1]).toMatch(/^ {2}rev1-bad\.csv:2:5: unknown theme id in the review sheet \(the 2nd of 2 in this cell\)/);
      expect(err[2]).toBe('  rev1-bad.csv:3:6: unknown sentiment in the review sheet: use positive, neutral or negative');
    }
  });

  it('an unclosed quote in the sheet stops the run at the line and column where the quote opened', async () => {
    const sheet = [
      HEADER.join(','),
      'notes.csv,2,Respondent 03,experience,no-value,negative,en,The CRM is useless and slow.,',
      'notes.csv,3,Respondent 01,experience,no-value,negative,en,"Nobody reads what I log.,',
      'notes.csv,4,Respondent 02,experience,mobile,neutral,en,I like the mobile app.,',
    ];
    writeFileSync(join(dir, 'rev-open.csv'), sheet.join('\r\n'));
    const r = await run('interviews', 'notes.csv', '--coding', 'rev-open.csv', '--format', 'json');
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/^crm-audit: error: rev-open\.csv:3:8: the review sheet has 1 malformed row: a quoted field is never closed/);
  });
});

