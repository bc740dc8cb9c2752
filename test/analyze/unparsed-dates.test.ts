// The warning about date cells that are not dates names the column and the first cell, and suggests
// --date-format only when the other day/month order would read them.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../src/analyze/index.js';

const timing = { burstMinutes: 10, burstMin: 5, lateDays: 7 };
const HEADER = '"Opportunity Owner","Account Name","Stage","Amount","Close Date","Created Date","Last Modified Date"';

async function warningOf(rows: string[]): Promise<string | undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'crm-audit-unparsed-'));
  writeFileSync(join(dir, 'report.csv'), [HEADER, ...rows].join('\n'));
  const raw = await analyzeFiles([join(dir, 'report.csv')], [], { cwd: dir, locale: 'en-US', maxErrors: 10, timing });
  return raw.inputs[0]!.warnings.find((w) => w.code === 'unparsed-dates')?.message;
}

const row = (created: string, modified = '03/04/2024') => `"Rep A","Acme","Prospecting","$100","01/02/2024","${created}","${modified}"`;

describe('unparsed dates', () => {
  it('invalid in any order: names the column and the first line and column, no --date-format hint', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => row(i % 3 === 1 ? '13/45/2024' : `0${1 + (i % 9)}/1${i % 10}/2024`));
    const w = await warningOf(rows);
    expect(w).toBe(
      '10 date cells could not be read as dates and were left out of the timing figures: 10 in "Created Date" (first at line 3, column 6); ' +
        'they are not valid dates in any day/month order (a day or month out of range, or not a date at all): fix them in the export',
    );
    expect(w).not.toContain('--date-format');
    expect(w).not.toContain('13/45');
  });

  it('readable in the other order: suggests that order, per column', async () => {
    // most cells are month/day (12/20), a few day/month (25/12): the column is read month/day
    const rows = Array.from({ length: 20 }, (_, i) => row('01/02/2024', i % 4 === 0 ? '25/12/2024' : '12/20/2024'));
    const w = await warningOf(rows);
    expect(w).toContain('5 in "Last Modified Date" (first at line 2, column 7)');
    expect(w).toContain('in "Last Modified Date" they read as day/month dates: pass --date-format dmy if the column is day/month');
  });

  it('two columns: each named, in column order', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => row(i === 5 ? 'soon' : '01/02/2024', i === 2 ? '2024-13-01' : '03/04/2024'));
    const w = await warningOf(rows);
    expect(w).toMatch(/^2 date cells .*: 1 in "Created Date" \(first at line 7, column 6\); 1 in "Last Modified Date" \(first at line 4, column 7\); they are not valid/);
  });
});
