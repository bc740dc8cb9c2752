// Planted truth, end to end (issue #4): the example generator plants a resisting and a healthy org, the real
// pipeline analyses them from their CSV exports and interview notes, and the audits must tell them apart for
// any seed and size: a gap of at least 25 points, every planted audit clearly higher in the resisting org,
// and the planted causes among its drivers.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { generateClient } from '../../examples/generate.js';
import { loadConfig } from '../../src/config/load-config.js';
import { expandInputs } from '../../src/ingest/index.js';
import { runPipeline } from '../../src/pipeline.js';

/**
 * What the resisting profile plants: junk in controls, empty High Card fields, no ERP feed (so no order, invoice,
 * credit or support data), a love/hate split, Friday bursts.
 */
const PLANTED = ['junk-compliance', 'high-card-gap', 'no-reason-to-be-there', 'usage-polarization', 'bulk-logging'] as const;
const root = mkdtempSync(join(tmpdir(), 'crm-audit-planted-truth-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function analyse(seed: number, reps: number, profile: 'resisting' | 'healthy' | 'mixed') {
  const dir = join(root, `${profile}-${seed}-${reps}`);
  await generateClient({ seed, reps, profile, outDir: dir });
  const { config } = loadConfig(join(dir, 'crm-audit.config.json'), dir);
  const result = await runPipeline({
    files: expandInputs([join(dir, 'salesforce')]),
    interviews: [join(dir, 'interviews', 'notes.csv')],
    config,
    cwd: dir,
  });
  const risk = (id: string) => result.audits?.find((a) => a.id === id)?.risk ?? null;
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { planted: { resistingTeams: string[] } };
  return { result, risk, drivers: (result.risk?.drivers ?? []).map((d) => d.audit), resisting: manifest.planted.resistingTeams };
}

describe('planted truth through the pipeline', () => {
  it('separates a resisting org from a healthy one for any seed and size', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 10, max: 30 }), async (seed, reps) => {
        const where = `seed ${seed}, ${reps} reps`;
        const bad = await analyse(seed, reps, 'resisting');
        const good = await analyse(seed, reps, 'healthy');
        const gap = (bad.result.risk?.score ?? 0) - (good.result.risk?.score ?? 100);
        expect(gap, `score gap (${where})`).toBeGreaterThanOrEqual(25);
        for (const id of PLANTED) {
          const b = bad.risk(id);
          const g = good.risk(id);
          expect(b, `${id} scored in the resisting org (${where})`).not.toBeNull();
          expect(g, `${id} scored in the healthy org (${where})`).not.toBeNull();
          expect(b!, `${id} (${where})`).toBeGreaterThanOrEqual(g! + 0.3);
          expect(bad.drivers, `${id} among the drivers (${where})`).toContain(id);
          expect(good.drivers, `${id} not a driver in the healthy org (${where})`).not.toContain(id);
        }
        expect(good.result.risk?.band).toBe('low');
      }),
      { numRuns: 3 },
    );
  }, 300_000);

  // The ERP feed reaches some teams only: the org-wide means look half fine, and the value audits must still
  // fail, pointing at the resisting teams (when teams are shown) and at nobody in the healthy org.
  it('finds the teams a mixed org leaves without High Card and back-office data', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 10, max: 30 }), async (seed, reps) => {
        const where = `seed ${seed}, ${reps} reps`;
        const mixed = await analyse(seed, reps, 'mixed');
        for (const id of ['high-card-gap', 'no-reason-to-be-there']) {
          expect(mixed.risk(id), `${id} (mixed, ${where})`).toBe(1);
          expect(mixed.drivers, `${id} among the drivers (mixed, ${where})`).toContain(id);
          const item = mixed.result.audits?.find((a) => a.id === id);
          const teams = item?.evidence?.metrics[id === 'high-card-gap' ? 'emptyTeams' : 'unreachedTeams'];
          if (typeof teams === 'string') for (const t of teams.split(';')) expect(mixed.resisting, `${id} names ${t} (${where})`).toContain(t);
        }
        expect(mixed.result.risk?.band, where).not.toBe('low');
      }),
      { numRuns: 2 },
    );
  }, 300_000);
});
