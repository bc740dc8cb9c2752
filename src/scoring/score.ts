// Category risk, the adoption-risk score, its band and its drivers (DESIGN.md section 3).
//   category risk = weighted mean of the risks of its scored audits (pass or fail; not-applicable and error drop out)
//   score         = 100 x weighted mean of the risks of the scored categories (higher is worse)
//   band          = low (< 25), moderate (< 50), high (< 75), critical
//   drivers       = failing audits, by the points each adds to the score:
//                   100 x (category weight / sum of scored category weights) x (audit weight / sum of scored audit
//                   weights in the category) x risk. The contributions of all scored audits add up to the score.
import type { z } from 'zod';
import type { AuditResultItem, BANDS, CategoryResult as CategoryResultSchema } from '../result/schema.js';
import { CATEGORY_IDS } from '../result/schema.js';
import { r2, r4 } from '../audits/lib/util.js';
import { CATEGORY_TITLES, CATEGORY_WEIGHTS, type CategoryId } from './weights.js';

export type Band = (typeof BANDS)[number];
export type CategoryResult = z.infer<typeof CategoryResultSchema>;

/** Upper bounds (exclusive) of the bands. */
export const BAND_LIMITS: readonly { band: Band; below: number }[] = [
  { band: 'low', below: 25 },
  { band: 'moderate', below: 50 },
  { band: 'high', below: 75 },
  { band: 'critical', below: Infinity },
];

export function bandFor(score: number): Band {
  return (BAND_LIMITS.find((b) => score < b.below) ?? { band: 'critical' as const }).band;
}

export interface Driver {
  audit: string;
  contribution: number;
}

export interface ScoreOutcome {
  categories: CategoryResult[];
  score: number | null;
  band: Band | null;
  drivers: Driver[];
  /** points per scored audit, failing or not (drivers are the failing ones) */
  contributions: Driver[];
}

const scored = (i: AuditResultItem): i is AuditResultItem & { risk: number } =>
  (i.status === 'pass' || i.status === 'fail') && i.risk !== null;

export function computeScore(items: readonly AuditResultItem[], categoryWeights: Record<CategoryId, number> = CATEGORY_WEIGHTS): ScoreOutcome {
  const perCategory = new Map<CategoryId, { risk: number | null; auditWeight: number }>();
  for (const id of CATEGORY_IDS) {
    const mine = items.filter((i) => i.category === id).filter(scored);
    const wsum = mine.reduce((s, i) => s + i.weight, 0);
    const risk = wsum > 0 ? mine.reduce((s, i) => s + i.weight * i.risk, 0) / wsum : null;
    perCategory.set(id, { risk, auditWeight: wsum });
  }
  const categories: CategoryResult[] = CATEGORY_IDS.map((id) => {
    const risk = perCategory.get(id)?.risk ?? null;
    return { id, title: CATEGORY_TITLES[id], weight: categoryWeights[id], risk: risk === null ? null : r4(risk) };
  });

  const counted = CATEGORY_IDS.filter((id) => perCategory.get(id)?.risk !== null && categoryWeights[id] > 0);
  const catSum = counted.reduce((s, id) => s + categoryWeights[id], 0);
  if (catSum === 0) return { categories, score: null, band: null, drivers: [], contributions: [] };

  let total = 0;
  for (const id of counted) total += categoryWeights[id] * (perCategory.get(id)?.risk ?? 0);
  const score = Math.round((1000 * total) / catSum) / 10;

  const contributions: Driver[] = [];
  for (const i of items.filter(scored)) {
    const c = perCategory.get(i.category);
    if (!c || c.risk === null || categoryWeights[i.category] === 0 || c.auditWeight === 0) continue;
    const points = (100 * categoryWeights[i.category] * i.weight * i.risk) / (catSum * c.auditWeight);
    contributions.push({ audit: i.id, contribution: r2(points) });
  }
  const rank = (a: Driver, b: Driver) => b.contribution - a.contribution || (a.audit < b.audit ? -1 : a.audit > b.audit ? 1 : 0);
  contributions.sort(rank);
  const failing = new Set(items.filter((i) => i.status === 'fail').map((i) => i.id));
  const drivers = contributions.filter((c) => failing.has(c.audit) && c.contribution > 0);
  return { categories, score, band: bandFor(score), drivers, contributions };
}
