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
    // Planted in examples/acme-pharma (see examples/README.md): two resisting teams with empty High Card
    // fields and no back-office data, junk in mandatory fields, Friday bulk logging, a love/hate split.
    const top = r.risk!.drivers.slice(0, 6).map((d) => d.audit);
    for (const planted of ['high-card-gap', 'no-reason-to-be-there', 'junk-compliance', 'bulk-logging', 'usage-polarization']) {
      expect(top).toContain(planted);
    }
    expect(r.risk!.band).toBe('high');
    expect(r.recommendations!.length).toBeGreaterThan(2);
    expect(JSON.stringify(r)).not.toMatch(/@acme|Acme-Rep|\[email\]@/);
  });
});
