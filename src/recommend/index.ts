// Recommendations: playbooks by failing audit and situation, ordered into a roadmap.
import type { AuditResultItem, Dataset, PHASES, Recommendation as RecommendationSchema } from '../result/schema.js';
import { PHASES as PHASE_ORDER } from '../result/schema.js';
import type { z } from 'zod';
import { makeContext, type Situation } from './context.js';
export { evidenceOf, evidenceBesideNotes, type Evidence } from './context.js';
import { PLAYBOOKS, type Playbook } from './playbooks.js';

export type Recommendation = z.infer<typeof RecommendationSchema>;
export type Phase = (typeof PHASES)[number];

export { PLAYBOOKS, RESCUE_OR_KILL, HORIZON, horizonFor, rejection, type Playbook } from './playbooks.js';

/** The roadmap's phases, in order, with their headings and timing: the one table the report reads too. */
export const ROADMAP: readonly { phase: Phase; title: string; when: string }[] = [
  { phase: 'quick-win', title: 'Quick wins', when: 'first 30 days' },
  { phase: 'relaunch', title: 'Relaunch', when: 'months 1 to 3' },
  { phase: 'integrate', title: 'Integrate', when: 'months 2 to 6' },
  { phase: 'train', title: 'Train', when: 'months 2 to 6, by cohort' },
  { phase: 'decide', title: 'Decide', when: 'by month 6' },
  { phase: 'sustain', title: 'Sustain', when: 'year 1 and beyond' },
];

const phaseRank = new Map<string, number>(PHASE_ORDER.map((p, i) => [p, i]));

/**
 * The recommendations for a set of audit results: one per playbook that fires, sorted by roadmap phase
 * (quick-win, relaunch, integrate, train, decide, sustain) and then by id. `hidden` are findings the consultant
 * hid in the report: they count as not failing and their figures are not quoted.
 */
export function recommend(
  items: readonly AuditResultItem[],
  dataset: Dataset,
  situation: Situation,
  playbooks: readonly Playbook[] = PLAYBOOKS,
  hidden: ReadonlySet<string> = new Set(),
): Recommendation[] {
  const ctx = makeContext(items, dataset, situation, hidden);
  const out: Recommendation[] = [];
  for (const p of playbooks) {
    if (p.situations && !p.situations.includes(situation)) continue;
    const firing = p.triggers.filter((id) => ctx.failing.has(id));
    const fires = p.when ? p.when(ctx) : firing.length > 0;
    if (!fires) continue;
    const d = p.write(ctx);
    out.push({ id: p.id, title: d.title, why: d.why, steps: d.steps, phase: p.phase, audits: p.audits ? p.audits(ctx) : [...firing].sort() });
  }
  return out.sort((a, b) => (phaseRank.get(a.phase) ?? 9) - (phaseRank.get(b.phase) ?? 9) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
