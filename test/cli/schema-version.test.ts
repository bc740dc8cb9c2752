// The analysis schema moved to version 2 (the usage axis gained partial-control); report and compare still
// read version-1 files, written before, through the built bin.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'crm-audit-schema-version-'));
const text = readFileSync(join(FIXTURES, 'report/analysis.json'), 'utf8');
writeFileSync(join(dir, 'v2.json'), text);
writeFileSync(join(dir, 'v1.json'), text.replace('"schemaVersion": 2,', '"schemaVersion": 1,'));
writeFileSync(join(dir, 'v9.json'), text.replace('"schemaVersion": 2,', '"schemaVersion": 9,'));
const run = (...args: string[]) => cli(args, { cwd: dir });

describe('saved analyses of schema versions 1 and 2', () => {
  it('report renders a version-1 file, and says which schema it was saved under', () => {
    const r = run('report', 'v1.json', '--format', 'html');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('(analysis schema 1)');
    expect(run('report', 'v2.json', '--format', 'html').stdout).toContain('(analysis schema 2)');
  });

  it('compare reads one of each', () => {
    const r = run('compare', 'v1.json', 'v2.json', '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ scoreChange: 0 });
  });

  it('a file from a newer crm-audit: exit 2, said as such', () => {
    const r = run('report', 'v9.json', '--format', 'md');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'crm-audit: error: v9.json: this analysis was saved by a newer crm-audit (analysis schema 9); this one reads schemas 1 and 2; render or compare it with the crm-audit that saved it, or update crm-audit\n',
    );
  });
});
