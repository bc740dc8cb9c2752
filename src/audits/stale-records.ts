// stale-records (usage): the data in the CRM is not being kept up to date.
import type { Dataset } from '../result/schema.js';
import type { Audit } from './lib/types.js';
import { pct, r4, ramp } from './lib/util.js';

export const THRESHOLDS = {
  staleZero: { value: 0.2, meaning: 'share of records not modified for staleDays at or below which the risk is 0' },
  staleFull: { value: 0.8, meaning: 'stale share at which the risk is 1 (fails from 0.50)' },
} as const;

export const staleRecords: Audit = {
  meta: {
    id: 'stale-records',
    title: 'Record freshness',
    failureTitle: 'Most records are stale',
    description:
      'Records nobody touches for months mean the pipeline and account data are not where the work happens. ' +
      'Managers then stop trusting the reports and ask the reps directly, which makes the CRM pointless for everyone.',
    category: 'usage',
    requiredKinds: ['records'],
    requires: ['records'],
    definition:
      'records.freshness.staleShare: the share of records not modified for more than staleDays (default 90) before ' +
      '--now, over every record export together (accounts and opportunities, open and closed). Risk ramps from 0 at ' +
      '0.20 to 1 at 0.80.',
    thresholds: THRESHOLDS,
  },
  notApplicable(d: Dataset) {
    const r = d.records;
    if (!r || r.records === 0) return 'no records were given';
    return r.freshness.staleShare === null ? 'no record has a usable modified date' : null;
  },
  run(d: Dataset) {
    const r = d.records!;
    const stale = r.freshness.staleShare ?? 0;
    const staleDays = d.settings?.staleDays ?? 90;
    const median = r.freshness.medianDaysSinceModified;
    return {
      risk: ramp(stale, THRESHOLDS.staleZero.value, THRESHOLDS.staleFull.value),
      evidence: {
        summary:
          `${pct(stale)} of ${r.records} records were not modified in the last ${staleDays} days` +
          (median === null ? '.' : `; the median record was last modified ${Math.round(median)} days ago.`),
        metrics: {
          records: r.records,
          staleShare: r4(stale),
          staleDays,
          medianDaysSinceModified: median === null ? null : Math.round(median * 10) / 10,
        },
      },
    };
  },
};

export default staleRecords;
