// The terminal summary fits the terminal: prose wrapped, tables narrowed column by column, nothing lost
// silently (what is left out is named).
import { stripVTControlCharacters } from 'node:util';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { fitTable, renderTable, wrapText } from '../../src/report/table.js';
import { loadFixture } from './helpers.js';

const plain = new Chalk({ level: 0 });
const longest = (text: string) => Math.max(...text.split('\n').map((l) => l.length));

describe('renderTable', () => {
  it.each([60, 80, 100, 140])('keeps every line within %i columns, and the numbers in it', (width) => {
    const r = loadFixture();
    const out = renderTable(r, { color: plain, width });
    const lines = out.split('\n');
    expect(lines.filter((l) => l.length > width)).toEqual([]);
    expect(out).toContain(`${Math.round(r.risk!.score!)}/100`);
    for (const i of r.inputs) expect(out).toContain(i.rows.toLocaleString('en-US'));
    // file names stay whole from 80 columns on (below, a long one is folded over two lines)
    if (width >= 80) for (const i of r.inputs) expect(out).toContain(i.path.split('/').pop()!);
  });

  it('names the columns it leaves out on a narrow terminal, and leaves none out on a wide one', () => {
    const narrow = renderTable(loadFixture(), { color: plain, width: 60 });
    expect(narrow).toMatch(/\(.*left out to fit the terminal; see --format json\)/);
    const wide = renderTable(loadFixture(), { color: plain, width: 250 });
    expect(wide).not.toContain('left out to fit the terminal');
    expect(wide).toContain('Encoding');
  });

  it('wraps prose at word boundaries, with its indent', () => {
    const lines = wrapText('the quick brown fox jumps over the lazy dog again and again and again', 30, 4);
    expect(lines.every((l) => l.startsWith('    ') && l.length <= 30)).toBe(true);
    expect(lines.join(' ').replace(/\s+/g, ' ').trim()).toBe('the quick brown fox jumps over the lazy dog again and again and again');
  });

  it('cuts a word longer than a line rather than letting it overflow', () => {
    const lines = wrapText('x'.repeat(70), 30, 2);
    expect(lines.every((l) => l.length <= 30)).toBe(true);
    expect(lines.join('').replace(/\s/g, '')).toBe('x'.repeat(70));
  });

  it('quotes record freshness with the stale-records finding\'s scope: the open records when the exports say which are open', () => {
    const r = structuredClone(loadFixture());
    r.records = {
      records: 738,
      freshness: { medianDaysSinceModified: 76, staleShare: 0.47 },
      open: { records: 217, medianDaysSinceModified: 27.4, staleShare: 0.3 },
    };
    const out = renderTable(r, { color: plain, width: 200 });
    expect(out).toContain('217 open records (not closed, won or lost) · median 27 days since last change · 30% not changed for more than 90 days');
    expect(out).not.toContain('738 records');
    delete r.records.open;
    expect(renderTable(r, { color: plain, width: 200 })).toContain('738 records · median 76 days since last change · 47% not changed');
  });

  it.each([60, 70, 80])('in colour at %i columns: every line fits, and no colour code is split', (width) => {
    const r = structuredClone(loadFixture());
    // a long path makes the File column fold, as the example client's did at 70 columns
    r.inputs[0]!.path = 'exports/salesforce/OpportunityFieldHistoryWithAVeryLongName.csv';
    const out = renderTable(r, { color: new Chalk({ level: 1 }), width });
    for (const line of out.split('\n')) {
      expect(stripVTControlCharacters(line).length).toBeLessThanOrEqual(width);
      // what is left once whole colour codes are removed holds no piece of one
      expect(line.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(/\u001b|\[\d+m|\d+m\b/);
    }
    expect(out).toContain('Rows');
    expect(out).toContain('Skipped');
  });
});

describe('fitTable', () => {
  const cols = [{ head: 'Path', wraps: true }, { head: 'Rows', align: 'right' as const }, { head: 'Extra', drop: 1 }];
  const rows = [['a/very/long/path/to/some/file/in/a/deep/folder.csv', '1,234', 'something wide enough']];

  it('drops the droppable columns first, then folds the wrapping one', () => {
    const t = fitTable(cols, rows, plain, 40);
    expect(t.hidden).toEqual(['Extra']);
    expect(longest(t.text)).toBeLessThanOrEqual(40);
    expect(t.text.replace(/[│\s]/g, '')).toContain('folder.csv');
  });

  it('leaves a table that fits as it is', () => {
    const t = fitTable(cols, rows, plain, 200);
    expect(t.hidden).toEqual([]);
    expect(t.text).toContain('something wide enough');
  });
});

describe('the reps\' voice and the records on the terminal', () => {
  const one = () => {
    const r = loadFixture();
    const iv = r.interviews!;
    iv.notes = 8;
    iv.respondents = 1;
    iv.themes = iv.themes.map((t) => ({ ...t, count: 0, share: 0 }));
    return r;
  };

  it('lists as top themes only those some note raised, and says when none did', () => {
    const r = one();
    const none = stripVTControlCharacters(renderTable(r, { color: plain, width: 200 }));
    expect(none).toContain('top themes: none found (no note raised a theme)');
    expect(none).not.toMatch(/\(0\)/);
    r.interviews!.themes[3] = { ...r.interviews!.themes[3]!, count: 2, share: 0.25 };
    const some = stripVTControlCharacters(renderTable(r, { color: plain, width: 200 }));
    expect(some).toMatch(/top themes: [^(,]+ \(2\)\n/);
  });

  it('writes one note, respondent, record and day in the singular', () => {
    const r = one();
    const out = stripVTControlCharacters(renderTable(r, { color: plain, width: 200 }));
    expect(out).toContain('8 notes from 1 respondent ·');
    r.interviews!.notes = 1;
    r.interviews!.respondents = 2;
    expect(stripVTControlCharacters(renderTable(r, { color: plain, width: 200 }))).toContain('1 note from 2 respondents ·');
    const records = r.records!;
    records.freshness.medianDaysSinceModified = 1;
    if (records.open) records.open.medianDaysSinceModified = 1;
    expect(stripVTControlCharacters(renderTable(r, { color: plain, width: 200 }))).toMatch(/median 1 day since last change/);
  });
});
