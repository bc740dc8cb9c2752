// The second axis of a field, from usage figures. It never changes the card: it says whether a Low Card
// control is obeyed or resisted, and whether a High Card benefit is delivered or stays empty.
import type { Card, Classification } from './types.js';

export type UsageAxis = NonNullable<Classification['usage']>;

/** A field counts as used when at least this share of rows is filled, with less than `junk` of it junk. */
export const USAGE_THRESHOLDS = { filled: 0.5, junk: 0.2 } as const;

/**
 * enforced-control: a Low Card field that is filled with real values (the control is obeyed);
 * resisted-control: a Low Card field left empty or filled with junk;
 * benefit-delivered: a High Card field that is filled; benefit-empty: a High Card field promised but empty.
 * System and neutral fields, and fields without usage figures, have no usage axis (null).
 */
export function usageAxis(card: Card, fillRate: number | null | undefined, junkShare: number | null | undefined): UsageAxis | null {
  if (fillRate === null || fillRate === undefined || Number.isNaN(fillRate)) return null;
  const used = fillRate >= USAGE_THRESHOLDS.filled && (junkShare ?? 0) < USAGE_THRESHOLDS.junk;
  if (card === 'low') return used ? 'enforced-control' : 'resisted-control';
  if (card === 'high') return used ? 'benefit-delivered' : 'benefit-empty';
  return null;
}
