// Scoring: from audit results to categories, the adoption-risk score, its band, drivers and confidence.
import type { z } from 'zod';
import type { WeightsConfig } from '../config/config-schema.js';
import type { AuditResultItem, Dataset, RiskResult as RiskResultSchema } from '../result/schema.js';
import { assessConfidence } from './confidence.js';
import { computeScore, type CategoryResult } from './score.js';
import { validateWeights } from './validate.js';

export type RiskResult = z.infer<typeof RiskResultSchema>;

export { bandFor, BAND_LIMITS, computeScore, type Band, type CategoryResult, type Driver, type ScoreOutcome } from './score.js';
export { assessConfidence, THIN, type Confidence, type ConfidenceOutcome } from './confidence.js';
export { decideSituation, inferSituation, type Situation, type SituationBasis, type SituationDecision, type SituationInputs } from './situation.js';
export {
  AUDIT_WEIGHTS,
  CATEGORY_TITLES,
  CATEGORY_WEIGHTS,
  DEFAULT_AUDIT_WEIGHT,
  resolveWeights,
  type ResolvedWeights,
} from './weights.js';
export { validateWeights } from './validate.js';
export { compareResults, type Comparison, type FindingChange } from './compare.js';

/**
 * Categories and the risk member of the AuditResult, from the audit items (already weighted by runAudits) and
 * the dataset (for the confidence). `weights` is the config's section; only its category weights matter here.
 */
export function scoreAudits(
  items: readonly AuditResultItem[],
  dataset: Dataset,
  weights?: z.infer<typeof WeightsConfig>,
): { categories: CategoryResult[]; risk: RiskResult } {
  const resolved = validateWeights(weights);
  const s = computeScore(items, resolved.categories);
  const c = assessConfidence(dataset, items);
  return {
    categories: s.categories,
    risk: { score: s.score, band: s.band, confidence: c.confidence, confidenceReasons: c.reasons, drivers: s.drivers },
  };
}
