// The second axis of a field, from usage figures. It never changes the card: it says whether a Low Card
// control is obeyed or resisted, and whether a High Card benefit is delivered or stays empty.
import type { Card, Classification } from './types.js';

export type UsageAxis = NonNullable<Classification['usage']>;

/**
 * `enforced`: a Low Card field filled in at least this share of rows (with less than `junk` of it junk) is an
 * enforced control: "required or filled nearly always", the definition the report and low-card-burden give.
 * `filled`: below this share of rows a field counts as left empty (a resisted control, an empty benefit).
 * `junk`: from this junk share of the filled cells a Low Card field counts as resisted, however full it is.
 */
export const USAGE_THRESHOLDS = { enforced: 0.9, filled: 0.5, junk: 0.2 } as const;

export interface UsageContext {
  /**
   * The card came from the built-in table of the CRM's standard fields (Task Subject and Status, Opportunity
   * Probability) and the client did not make the field required: the CRM itself fills or defaults it, so a full
   * column says nothing about a control being enforced.
   */
  standard?: boolean;
}

/**
 * enforced-control: a Low Card field filled nearly always (at least 90% of rows) with real values;
 * partial-control: a Low Card field filled in half to 90% of rows with real values: kept by some reps or on
 *   some records and skipped on the rest (a required field here is evaded, or required on some record types only);
 * resisted-control: a Low Card field mostly left empty (under half of the rows) or filled with junk;
 * benefit-delivered: a High Card field that is filled; benefit-empty: a High Card field promised but empty.
 * System and neutral fields, fields without usage figures, and standard Low Card fields of the CRM filled
 * nearly always (see UsageContext.standard) have no usage axis (null).
 */
export function usageAxis(
  card: Card,
  fillRate: number | null | undefined,
  junkShare: number | null | undefined,
  ctx: UsageContext = {},
): UsageAxis | null {
  if (fillRate === null || fillRate === undefined || Number.isNaN(fillRate)) return null;
  const clean = (junkShare ?? 0) < USAGE_THRESHOLDS.junk;
  const used = fillRate >= USAGE_THRESHOLDS.filled && clean;
  if (card === 'low') {
    if (!used) return 'resisted-control';
    if (fillRate < USAGE_THRESHOLDS.enforced) return 'partial-control';
    return ctx.standard ? null : 'enforced-control';
  }
  if (card === 'high') return used ? 'benefit-delivered' : 'benefit-empty';
  return null;
}
