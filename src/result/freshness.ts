// Which records a freshness figure is about: the open records (not closed, won or lost) when an export says which
// are open and their dates are usable, else every record. The stale-records audit, its recommendation, the report
// and the terminal summary all quote this one scope, so they give the same figure under the same words.
import type { RecordsResult } from './schema.js';

export interface FreshnessScope {
  /** how many records the figures are about */
  records: number;
  /** true: open records only */
  open: boolean;
  medianDaysSinceModified: number | null;
  staleShare: number | null;
}

export function freshnessScope(r: RecordsResult): FreshnessScope {
  if (r.open && r.open.staleShare !== null) {
    return { records: r.open.records, open: true, medianDaysSinceModified: r.open.medianDaysSinceModified, staleShare: r.open.staleShare };
  }
  return { records: r.records, open: false, medianDaysSinceModified: r.freshness.medianDaysSinceModified, staleShare: r.freshness.staleShare };
}

/** What the scope's records are called: "open records" or "records" (singular with `one`). */
export function scopeNoun(s: Pick<FreshnessScope, 'open'>, one = false): string {
  return `${s.open ? 'open ' : ''}${one ? 'record' : 'records'}`;
}
