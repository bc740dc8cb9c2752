// The one weights table (DESIGN.md section 3; Lighthouse's default-config as the model): a weight per category,
// and a weight per audit within its category. Only the ratios matter. Not-applicable and errored audits drop out
// of their category's mean, and categories without a scored audit drop out of the score, so the remaining
// weights are renormalised. The config's `weights` section overrides any of them, validated at load.
import type { WeightsConfig } from '../config/config-schema.js';
import { usageError, type Locate } from '../errors.js';
import { CATEGORY_IDS } from '../result/schema.js';
import type { z } from 'zod';

export type CategoryId = (typeof CATEGORY_IDS)[number];
type WeightsInput = z.infer<typeof WeightsConfig>;

export const CATEGORY_TITLES: Record<CategoryId, string> = {
  controls: 'Low Card controls',
  value: 'High Card value to reps',
  usage: 'Usage and engagement',
  voice: "The reps' voice",
  readiness: 'Readiness',
};

/** Category weights: controls are the cause the method looks for first; the voice confirms or refutes it. */
export const CATEGORY_WEIGHTS: Record<CategoryId, number> = {
  controls: 30,
  value: 25,
  usage: 25,
  voice: 20,
  readiness: 20,
};

/** Audit weights within their category. */
export const AUDIT_WEIGHTS: Readonly<Record<string, number>> = {
  // controls
  'low-card-burden': 3,
  'junk-compliance': 2,
  'bulk-logging': 2,
  // value: high-card-gap measures value in use; no-reason-to-be-there infers back-office data from names
  'high-card-gap': 2,
  'no-reason-to-be-there': 1,
  // usage
  'inactive-users': 3,
  'usage-polarization': 3,
  'usage-concentration': 2,
  'stale-records': 1,
  // voice
  'negative-voice': 3,
  'control-perception': 2,
  'data-entry-burden': 2,
  'shadow-systems': 1,
  // readiness (the questionnaire): controls and value first, as in the exports' categories
  'activity-policing': 3,
  'nothing-for-reps': 3,
  'entry-load': 2,
  'leadership-absent': 2,
  'reps-left-out': 2,
  'goals-unshared': 1,
  'training-gap': 1,
  'own-tools-kept': 1,
};

/** Weight of a registered audit missing from the table (a readiness audit added later, say). */
export const DEFAULT_AUDIT_WEIGHT = 1;

export interface KnownAudit {
  id: string;
  category: CategoryId;
}

export interface ResolvedWeights {
  categories: Record<CategoryId, number>;
  audits: Record<string, number>;
}

/**
 * Defaults, then the config's overrides. Throws a usage error for an audit id that is not registered, and for
 * category weights that are all zero (nothing would be scored). Category ids are checked by the config schema.
 * `locate` places a path of the `weights` section in its file (an unknown id at its key, a weight at its value).
 */
export function resolveWeights(config: WeightsInput | undefined, known: readonly KnownAudit[], locate?: Locate): ResolvedWeights {
  const at = (path: readonly string[], part: 'key' | 'value') => (locate ? { where: locate(path, part) } : {});
  const categories = { ...CATEGORY_WEIGHTS };
  for (const id of CATEGORY_IDS) {
    const w = config?.categories?.[id];
    if (w !== undefined) {
      if (!Number.isFinite(w) || w < 0) throw usageError(`weights.categories.${id}: a weight is a number of 0 or more`, at(['categories', id], 'value'));
      categories[id] = w;
    }
  }
  if (CATEGORY_IDS.every((id) => categories[id] === 0)) {
    throw usageError('weights.categories: every category weight is 0, so nothing could be scored', {
      ...at(['categories'], 'key'),
      hint: 'give at least one category a weight above 0',
    });
  }
  const audits: Record<string, number> = {};
  for (const a of known) audits[a.id] = AUDIT_WEIGHTS[a.id] ?? DEFAULT_AUDIT_WEIGHT;
  const knownIds = new Set(known.map((a) => a.id));
  for (const [id, w] of Object.entries(config?.audits ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!knownIds.has(id)) {
      throw usageError(`weights.audits: unknown audit id "${id}"`, {
        ...at(['audits', id], 'key'),
        hint: `known audit ids: ${[...knownIds].sort().join(', ')}`,
      });
    }
    if (!Number.isFinite(w) || w < 0) throw usageError(`weights.audits.${id}: a weight is a number of 0 or more`, at(['audits', id], 'value'));
    audits[id] = w;
  }
  return { categories, audits };
}
