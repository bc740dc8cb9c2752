// Calibration against planted truth, before the pipeline exists: the example generator plants a resisting or a
// healthy org and measures it itself (manifest.measured, its reference implementation of DESIGN.md's numbers).
// Those measurements go through the audits and the scoring; the thresholds must separate the two profiles for
// any seed and size. test/audits/planted-truth.test.ts will do the same through the real pipeline.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { generateClient, type Manifest } from '../../examples/generate.js';
import { runAudits } from '../../src/audits/index.js';
import { scoreAudits } from '../../src/scoring/index.js';
import { recommend } from '../../src/recommend/index.js';
import type { Dataset, FieldResult } from '../../src/result/schema.js';

const PLANTED = ['junk-compliance', 'high-card-gap', 'usage-polarization', 'bulk-logging'] as const;
const root = mkdtempSync(join(tmpdir(), 'crm-audit-planted-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function datasetFrom(m: Manifest): Dataset {
  const ms = m.measured;
  const fields: FieldResult[] = ms.fields.map((f) => ({
    name: f.field,
    label: f.field,
    object: f.object,
    source: `salesforce/${f.object}.csv`,
    card: f.card,
    confidence: 1,
    decidedBy: 'rule',
    reasons: ['planted'],
    required: f.mandatory,
    type: f.boolean ? 'boolean' : 'string',
    rows: f.rows,
    filled: f.filled,
    fillRate: f.fillRate,
    junkShare: f.junkShare,
    distinctRatio: f.distinctRatio,
    topValueShare: f.topValueShare,
  }));
  const u = ms.users;
  const opp = ms.records.Opportunity;
  const acc = ms.records.Account;
  const records = opp.records + acc.records;
  const iv = ms.interviews;
  return {
    situation: 'post-implementation',
    inputs: [],
    fields,
    users: {
      total: u.total,
      rosterGiven: true,
      active30: u.active30,
      active90: u.active90,
      inactiveShare: u.inactiveShare,
      gini: u.giniActivities,
      polarization: u.polarization,
      distribution: [],
      teams: u.teams
        .filter((t) => t.users >= 5)
        .map((t) => ({
          name: t.name,
          users: t.users,
          active90: t.active90,
          inactiveShare: 1 - t.active90 / t.users,
          polarization: { index: 2 * Math.min(t.lowShare, t.highShare), lowShare: t.lowShare, highShare: t.highShare },
        })),
      suppressedTeams: 0,
      perUser: [],
    },
    activity: {
      activities: ms.activity.activities,
      withDate: ms.activity.activities,
      burstShare: ms.activity.burstShare,
      lateShare: ms.activity.lateShare,
      // the manifest measures Friday afternoons only, a narrower window than the analysis's period end
      periodEndShare: ms.activity.fridayAfternoonShare,
      byWeekday: [0, 0, 0, 0, 0, 0, 0],
    },
    records: {
      records,
      freshness: {
        medianDaysSinceModified: opp.medianDaysSinceModified,
        staleShare: ((opp.staleShare ?? 0) * opp.records + (acc.staleShare ?? 0) * acc.records) / records,
      },
    },
    interviews: {
      notes: iv.notes,
      respondents: iv.respondents,
      scored: iv.notes,
      otherLanguage: 0,
      sentiment: iv.sentiment,
      themes: iv.themes,
      categories: { experience: 0, idea: 0, question: 0, concern: 0, proposal: 0 },
      stances: iv.stances,
      polarization: iv.polarization,
      groups: [],
      suppressedGroups: 0,
      quotes: [],
    },
  };
}

async function audit(seed: number, reps: number, profile: 'resisting' | 'healthy' | 'mixed') {
  const outDir = join(root, `${profile}-${seed}-${reps}`);
  const manifest = await generateClient({ seed, reps, profile, outDir });
  const d = datasetFrom(manifest);
  const items = runAudits(d);
  const { risk } = scoreAudits(items, d);
  return { d, items, risk, recs: recommend(items, d, d.situation) };
}

describe('planted truth, measured by the generator', () => {
  it('separates resisting, mixed and healthy orgs for any seed and size', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 10, max: 45 }), async (seed, reps) => {
        const bad = await audit(seed, reps, 'resisting');
        const good = await audit(seed, reps, 'healthy');
        expect(bad.risk.score! - good.risk.score!).toBeGreaterThanOrEqual(25);
        expect(good.risk.band).toBe('low');
        const risk = (r: typeof bad, id: string) => r.items.find((i) => i.id === id)?.risk ?? -1;
        for (const id of PLANTED) {
          expect(risk(bad, id), `${id} (seed ${seed}, ${reps} reps)`).toBeGreaterThanOrEqual(risk(good, id) + 0.3);
          expect(bad.risk.drivers.map((x) => x.audit)).toContain(id);
          expect(good.risk.drivers.map((x) => x.audit)).not.toContain(id);
        }
        const recIds = bad.recs.map((r) => r.id);
        for (const id of ['strip-junk-controls', 'end-deadline-logging', 'replace-controls-with-planning', 'rescue-or-kill']) {
          expect(recIds).toContain(id);
        }
        expect(good.recs.map((r) => r.id)).not.toContain('rescue-or-kill');

        // Two resisting teams in five: the org looks half-fine on average, and the audits must still name them.
        const mixed = await audit(seed, reps, 'mixed');
        expect(mixed.risk.score!).toBeGreaterThan(good.risk.score! + 15);
        expect(mixed.risk.score!).toBeLessThan(bad.risk.score!);
        for (const id of ['bulk-logging', 'usage-polarization']) {
          expect(mixed.risk.drivers.map((x) => x.audit), `${id} (mixed, seed ${seed}, ${reps} reps)`).toContain(id);
        }
        // junk from one team in three or five is diluted org-wide; it must still stand out from a healthy org
        expect(risk(mixed, 'junk-compliance')).toBeGreaterThanOrEqual(risk(good, 'junk-compliance') + 0.3);
        expect(mixed.recs.find((r) => r.id === 'rescue-or-kill')?.title).toMatch(/^Rescue/);
      }),
      { numRuns: 3 },
    );
  }, 180_000);
});
