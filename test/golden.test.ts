// The golden analysis of the example client: the whole pipeline, byte for byte.
// After an intended change, regenerate it with `npx tsx scripts/golden.ts` and review the diff.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLDEN, goldenAnalysis } from '../scripts/golden.js';
import type { AuditResult } from '../src/result/schema.js';

describe('golden analysis of the example client', () => {
  it('is reproduced byte for byte', async () => {
    const now = await goldenAnalysis();
    expect(now).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('names the planted problems among the top drivers', () => {
    const r = JSON.parse(readFileSync(GOLDEN, 'utf8')) as AuditResult;
    const top = r.risk!.drivers.slice(0, 5).map((d) => d.audit);
    for (const planted of ['junk-compliance', 'bulk-logging', 'usage-polarization']) expect(top).toContain(planted);
    expect(r.recommendations!.length).toBeGreaterThan(2);
    expect(JSON.stringify(r)).not.toMatch(/@acme|Acme-Rep|\[email\]@/);
  });
});
