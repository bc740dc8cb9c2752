// stale-records (usage): the data in the CRM is not being kept up to date.
import type { Dataset } from '../result/schema.js';
import { freshnessScope, scopeNoun } from '../result/freshness.js';
import { flaggedTeams, groupOwners, shownTeamOf } from './lib/owners.js';
import type { Audit } from './lib/types.js';
import { count, listNames, pct, r4, ramp, share } from './lib/util.js';

export const THRESHOLDS = {
  staleZero: { value: 0.2, meaning: 'share of (open) records not modified for staleDays at or below which the risk is 0' },
  staleFull: { value: 0.8, meaning: 'stale share at which the risk is 1 (fails from 0.50)' },
  ownerMinOpen: { value: 5, meaning: 'open records an owner needs before their own stale share counts' },
  ownerStale: { value: 0.5, meaning: 'an owner whose open records are stale at this share or more has a stale pipeline' },
  ownersZero: { value: 0.1, meaning: 'share of owners with a stale pipeline at or below which the owner signal is 0' },
  ownersFull: { value: 0.3, meaning: 'share of owners with a stale pipeline at which the owner signal is 1 (fails from 0.20)' },
} as const;

export const staleRecords: Audit = {
  meta: {
    id: 'stale-records',
    title: 'Record freshness',
    failureTitle: 'The pipeline is not kept up to date',
    description:
      'Records nobody touches for months mean the pipeline and account data are not where the work happens. ' +
      'Managers then stop trusting the reports and ask the reps directly, which makes the CRM pointless for everyone.',
    category: 'usage',
    requiredKinds: ['records'],
    requires: ['records'],
    definition:
      'Two signals, the stronger decides. The stale share: records not modified for more than staleDays (default 90) ' +
      'before --now — over open records only (not closed, won or lost) when an export has a stage or closed column, ' +
      'else over every record — ramping from 0 at 0.20 to 1 at 0.80. The owner signal: the share of owners (with at ' +
      'least 5 open records) whose open records are stale at 50% or more, ramping from 0 at 0.10 to 1 at 0.30, which ' +
      'finds a team whose pipeline has gone quiet inside an org that looks fresh on average.',
    thresholds: THRESHOLDS,
  },
  notApplicable(d: Dataset) {
    const r = d.records;
    if (!r || r.records === 0) return 'no records were given';
    return r.freshness.staleShare === null ? 'no record has a usable modified date' : null;
  },
  run(d: Dataset) {
    const r = d.records!;
    const staleDays = d.settings?.staleDays ?? 90;
    const scope = freshnessScope(r);
    const openOnly = scope.open;
    const stale = scope.staleShare ?? 0;
    const shareRisk = ramp(stale, THRESHOLDS.staleZero.value, THRESHOLDS.staleFull.value);

    const owners = (r.owners ?? []).filter((o) => o.open >= THRESHOLDS.ownerMinOpen.value);
    const isStale = (o: { open: number; staleOpen: number }) => share(o.staleOpen, o.open) >= THRESHOLDS.ownerStale.value;
    const staleOwners = owners.filter(isStale);
    const ownerShare = share(staleOwners.length, owners.length);
    const ownerRisk = owners.length >= 5 ? ramp(ownerShare, THRESHOLDS.ownersZero.value, THRESHOLDS.ownersFull.value) : 0;
    const groups = groupOwners(owners, shownTeamOf(d), isStale, (o) => share(o.staleOpen, o.open));
    const teams = flaggedTeams(groups);

    const shareText = `${pct(stale)} of ${count(scope.records)} ${scopeNoun(scope)} were not modified in the last ${staleDays} days`;
    const ownerText =
      `${staleOwners.length} of ${owners.length} owners (${pct(ownerShare)}) have mostly stale open records` +
      (teams.length ? `, in ${listNames(teams)}` : '');
    const ownerDecides = ownerRisk > shareRisk;
    const median = scope.medianDaysSinceModified;
    return {
      risk: Math.max(shareRisk, ownerRisk),
      evidence: {
        summary:
          (ownerDecides ? `${ownerText}; overall, ${shareText}` : shareText + (owners.length >= 5 && staleOwners.length ? `; ${ownerText}` : '')) +
          (median === null ? '.' : `; the median ${scopeNoun(scope, true)} was last modified ${count(median)} days ago.`),
        metrics: {
          records: scope.records,
          openOnly: openOnly ? 'yes' : 'no',
          staleShare: r4(stale),
          staleDays,
          medianDaysSinceModified: median === null ? null : Math.round(median * 10) / 10,
          owners: owners.length,
          staleOwners: staleOwners.length,
          staleOwnerShare: r4(ownerShare),
          staleTeams: teams.join(', ') || null,
          strongestSignal: ownerDecides ? 'owners' : 'share',
        },
        ...(groups.length
          ? {
              table: {
                columns: ['Team or owner', 'Owners', 'Stale pipelines', 'Mean stale share'],
                rows: groups
                  .filter((g) => g.flagged > 0)
                  .slice(0, 12)
                  .map((g) => [g.kind === 'team' ? g.name : `${g.name} (team not shown)`, g.owners, g.flagged, r4(g.mean)]),
              },
            }
          : {}),
      },
    };
  },
};

export default staleRecords;
