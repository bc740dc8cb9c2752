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
 * A phase's heading in the situation's words: before a CRM is launched there is nothing to relaunch, so the
 * relaunch phase is the redesign of the plan (before implementation) or its rescoping (during it).
 */
export function phaseTitle(phase: Phase, situation: Situation): string {
  if (phase === 'relaunch' && situation === 'pre-implementation') return 'Redesign';
  if (phase === 'relaunch' && situation === 'in-progress') return 'Rescope';
  return ROADMAP.find((p) => p.phase === phase)?.title ?? phase;
}

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

/** How many recommendations the executive summary and the terminal show as "where to start". */
export const TOP_RECOMMENDATIONS = 3;

/**
 * The top recommendations: where to start, the one selection every output shows (the terminal summary, the
 * report's executive summary in Markdown, HTML and PDF). Walking the drivers from the one that adds most to the
 * score, each driver brings the recommendation that answers it in the earliest phase of the roadmap, unless one
 * already picked answers it. The sustain phase (year 1 and beyond: the multi-year horizon, which answers every
 * finding at once) is not a place to start: it comes in only when fewer than `n` others exist. Slots left over
 * are filled by the other recommendations, those answering bigger drivers first, then in roadmap order. The
 * order of the result is the order of selection: the answer to the biggest driver first.
 */
export function topRecommendations<R extends Pick<Recommendation, 'id' | 'phase' | 'audits'>>(
  recommendations: readonly R[],
  drivers: readonly { audit: string; contribution: number }[],
  n: number = TOP_RECOMMENDATIONS,
): R[] {
  const order = new Map(recommendations.map((r, i) => [r, i]));
  const roadmap = (a: R, b: R) => (phaseRank.get(a.phase) ?? 9) - (phaseRank.get(b.phase) ?? 9) || order.get(a)! - order.get(b)!;
  const starts = recommendations.filter((r) => r.phase !== 'sustain');
  const picked: R[] = [];
  const byContribution = [...drivers].sort((a, b) => b.contribution - a.contribution || (a.audit < b.audit ? -1 : a.audit > b.audit ? 1 : 0));
  for (const d of byContribution) {
    if (picked.length >= n) break;
    if (picked.some((r) => r.audits.includes(d.audit))) continue;
    const answer = starts.filter((r) => r.audits.includes(d.audit)).sort(roadmap)[0];
    if (answer) picked.push(answer);
  }
  const contribution = new Map(drivers.map((d) => [d.audit, d.contribution]));
  const weight = (r: R) => Math.max(0, ...r.audits.map((id) => contribution.get(id) ?? 0));
  const rest = recommendations
    .filter((r) => !picked.includes(r))
    .sort((a, b) => Number(a.phase === 'sustain') - Number(b.phase === 'sustain') || weight(b) - weight(a) || roadmap(a, b));
  return [...picked, ...rest].slice(0, Math.max(0, n));
}
