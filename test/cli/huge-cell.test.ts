// A cell far over the record limit: the row is reported where it starts, with the reader's reason, counted and
// skipped, and the rows after it are read, in every command that reads CSV.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditResult, FieldResult, InterviewsResult } from '../../src/result/schema.js';
import { cli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'crm-audit-huge-'));
const huge = 'x'.repeat(5_000_000);
writeFileSync(join(dir, 'huge-notes.csv'), `respondent,note\nP1,${huge}\nP2,"I hate logging every call in the CRM, it takes my evenings"\n`);
writeFileSync(
  join(dir, 'Opportunity.csv'),
  `Id,OwnerId,Name,Description,CreatedDate\n0061,0051,Deal A,"${huge}",2024-01-02\n0062,0052,Deal B,short,2024-01-03\n0063,0052,Deal C,short,2024-01-04\n`,
);
const run = (...args: string[]) => cli(args, { cwd: dir });
const REASON = /a record is larger than 2048 KiB; it was skipped and the rows after it were read/;

describe('a 5,000,000-character cell', () => {
  it('interviews: the reason at its line, 1 of 2 rows skipped, the other note coded', () => {
    const r = run('interviews', 'huge-notes.csv', '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/huge-notes\.csv:2: /);
    expect(r.stderr).toMatch(REASON);
    expect(r.stderr).toContain('huge-notes.csv: 1 malformed row skipped');
    const result = JSON.parse(r.stdout) as InterviewsResult;
    expect(result.notes).toBe(1);
    expect(result.themes.map((t) => t.id)).toContain('data-entry-burden');
    expect(r.stderr + r.stdout).not.toContain('xxxxxxxx');
  });

  it('analyze: the reason at its line on stderr and in inputs[], 2 rows kept and 1 skipped', () => {
    const r = run('analyze', 'Opportunity.csv', '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/Opportunity\.csv:2: a record is larger/);
    const input = (JSON.parse(r.stdout) as AuditResult).inputs[0]!;
    expect(input).toMatchObject({ rows: 2, skipped: 1 });
    expect(input.errors).toEqual([expect.objectContaining({ line: 2, code: 'record-too-large', message: expect.stringMatching(REASON) })]);
    expect(input.warnings.map((w) => w.code)).not.toContain('stopped-early');
  });

  it('classify: the reason at its line, and the fill rates of the two rows read', () => {
    const r = run('classify', 'Opportunity.csv', '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/Opportunity\.csv:2: a record is larger/);
    expect(r.stderr).toContain('Opportunity.csv: 1 malformed row skipped and counted');
    const fields = (JSON.parse(r.stdout) as { fields: FieldResult[] }).fields;
    expect(fields.find((f) => f.name === 'Description')).toMatchObject({ rows: 2, filled: 2 });
  });

  it('--strict stops at it with exit 3 and its line', () => {
    const r = run('analyze', 'Opportunity.csv', '--strict');
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/Opportunity\.csv:2/);
  });
});
