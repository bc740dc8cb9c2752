// A note typed as a formula comes out as typed, and defused in the review sheet.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'crm-audit-formula-'));
writeFileSync(
  join(dir, 'notes.csv'),
  'respondent,team,note\nP1,North,"@SUM(1+1) is what I type into the CRM"\nP2,North,@SUM(1+1\nP3,North,ping @jsmith about the CRM\n',
);

describe('a note starting @SUM(', () => {
  it('the review sheet holds it as typed, prefixed with a quote so that no spreadsheet runs it', () => {
    const r = cli(['interviews', 'notes.csv', '--format', 'csv'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as { line: string; text: string }[];
    expect(rows.map((row) => [row.line, row.text])).toEqual([
      ['2', "'@SUM(1+1) is what I type into the CRM"],
      ['3', "'@SUM(1+1"],
      ['4', 'ping [name] about the CRM'],
    ]);
    expect(r.stdout).not.toContain('[name])');
  });
});
