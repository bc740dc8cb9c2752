// A saved analysis read back: version 2 as written now, version 1 (a subset) as older builds wrote it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAnalysis } from '../../src/result/load.js';
import { READABLE_SCHEMA_VERSIONS, SCHEMA_VERSION } from '../../src/result/schema.js';
import { thrown } from '../helpers/errors.js';
import { FIXTURE } from '../report/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'crm-audit-load-analysis-'));
const saved = (name: string, change: (a: Record<string, unknown>) => void): string => {
  const a = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
  change(a);
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(a, null, 2));
  return file;
};

describe('loadAnalysis', () => {
  it('writes version 2 and reads versions 1 and 2', () => {
    expect(SCHEMA_VERSION).toBe(2);
    expect(READABLE_SCHEMA_VERSIONS).toEqual([1, 2]);
    expect(loadAnalysis(FIXTURE).schemaVersion).toBe(2);
  });

  it('reads a version-1 file as it is, with or without partial-control (the builds before the bump wrote both)', () => {
    const old = loadAnalysis(saved('v1.json', (a) => (a.schemaVersion = 1)));
    expect(old.schemaVersion).toBe(1);
    expect(old.fields!.some((f) => f.usage === 'partial-control')).toBe(true);
    const older = saved('v1-old.json', (a) => {
      a.schemaVersion = 1;
      for (const f of a.fields as { usage?: string | null }[]) if (f.usage === 'partial-control') f.usage = 'enforced-control';
    });
    expect(loadAnalysis(older).fields!.some((f) => f.usage === 'partial-control')).toBe(false);
  });

  it('says a file from a newer crm-audit is one', () => {
    const e = thrown(() => loadAnalysis(saved('v3.json', (a) => (a.schemaVersion = 3)), 'v3.json'));
    expect(e.kind).toBe('usage');
    expect(e.where).toEqual({ file: 'v3.json' });
    expect(e.message).toBe('this analysis was saved by a newer crm-audit (analysis schema 3); this one reads schemas 1 and 2');
  });

  it('refuses JSON without schemaVersion, and an unknown older version at its place', () => {
    expect(thrown(() => loadAnalysis(saved('none.json', (a) => delete a.schemaVersion))).message).toContain('not a crm-audit analysis');
    const zero = thrown(() => loadAnalysis(saved('v0.json', (a) => (a.schemaVersion = 0)), 'v0.json'));
    expect(zero.where).toEqual({ file: 'v0.json', line: 2, column: 20 });
    expect(zero.message).toBe('invalid saved analysis: schemaVersion: expected one of 1|2');
  });
});
