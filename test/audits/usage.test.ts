import { describe, expect, it } from 'vitest';
import { inactiveUsers } from '../../src/audits/inactive-users.js';
import { usageConcentration, topFifthShare } from '../../src/audits/usage-concentration.js';
import { usagePolarization } from '../../src/audits/usage-polarization.js';
import { staleRecords } from '../../src/audits/stale-records.js';
import { runAudit } from '../../src/audits/index.js';
import { dataset, userRow, users } from './helpers.js';

const run = (a: Parameters<typeof runAudit>[0], d: Parameters<typeof runAudit>[1]) => runAudit(a, d, 1);

describe('inactive-users', () => {
  it('is not applicable without users', () => {
    expect(run(inactiveUsers, dataset()).status).toBe('not-applicable');
    expect(run(inactiveUsers, dataset({ users: users({ total: 0, perUser: [] }) })).status).toBe('not-applicable');
  });

  it('fails when a fifth of users did nothing for 90 days', () => {
    const r = run(inactiveUsers, dataset({ users: users({ total: 10, active90: 8, active30: 8, inactiveShare: 0.2 }) }));
    expect(r).toMatchObject({ status: 'fail', risk: 0.5 });
    expect(r.evidence?.metrics.inactive90Share).toBe(0.2);
  });

  it('also fails on 30-day inactivity of 40%', () => {
    const r = run(inactiveUsers, dataset({ users: users({ total: 10, active90: 10, active30: 6, inactiveShare: 0 }) }));
    expect(r).toMatchObject({ status: 'fail', risk: 0.5 });
  });

  it('passes an active team, and says when there is no roster', () => {
    const r = run(inactiveUsers, dataset({ users: users({ total: 10, active90: 10, active30: 10, rosterGiven: false }) }));
    expect(r).toMatchObject({ status: 'pass', risk: 0 });
    expect(r.evidence?.summary).toMatch(/without a users export/);
  });
});

describe('usage-concentration', () => {
  it('needs two users', () => {
    expect(run(usageConcentration, dataset({ users: users({ total: 1, perUser: [userRow(1)] }) })).status).toBe('not-applicable');
  });

  it('ramps from a Gini of 0.3 to 0.7, failing at 0.5', () => {
    expect(run(usageConcentration, dataset({ users: users({ gini: 0.3 }) }))).toMatchObject({ status: 'pass', risk: 0 });
    expect(run(usageConcentration, dataset({ users: users({ gini: 0.5 }) }))).toMatchObject({ status: 'fail', risk: 0.5 });
    expect(run(usageConcentration, dataset({ users: users({ gini: 0.8 }) })).risk).toBe(1);
  });

  it('reports the share of the most active fifth by quintile, naming nobody', () => {
    const perUser = [userRow(1, { records: 80, activities: 10, logins: 10 }), ...Array.from({ length: 4 }, (_, i) => userRow(i + 2, { records: 5, activities: 0, logins: 0 }))];
    expect(topFifthShare(perUser)).toBe(100 / 120);
    const r = run(usageConcentration, dataset({ users: users({ total: 5, perUser, gini: 0.6 }) }));
    expect(r.evidence?.metrics.topFifthShare).toBe(0.8333);
    expect(JSON.stringify(r.evidence)).not.toMatch(/Rep \d/);
    expect(r.evidence?.table?.rows[0]).toEqual(['most active fifth', 1, 0.8333]);
  });
});

describe('usage-polarization', () => {
  it('needs four users', () => {
    expect(run(usagePolarization, dataset({ users: users({ total: 3 }) })).status).toBe('not-applicable');
  });

  it('fails from an index of 0.4 (a fifth on each side)', () => {
    const at = (lowShare: number, highShare: number) =>
      run(usagePolarization, dataset({ users: users({ polarization: { index: 2 * Math.min(lowShare, highShare), lowShare, highShare } }) }));
    expect(at(0.2, 0.5)).toMatchObject({ status: 'fail', risk: 0.5 });
    expect(at(0.15, 0.5).status).toBe('pass');
    expect(at(0.5, 0.5).risk).toBe(1);
    expect(at(0, 0.9).risk).toBe(0);
  });

  it('fails when a fifth of users sit in split teams, even if the org looks fine on average', () => {
    const team = (name: string, users: number, index: number) => ({
      name,
      users,
      active90: users,
      inactiveShare: 0,
      polarization: { index, lowShare: index / 2, highShare: 1 - index / 2 },
    });
    const d = (teams: ReturnType<typeof team>[]) =>
      dataset({ users: users({ total: 45, polarization: { index: 0.34, lowShare: 0.17, highShare: 0.83 }, teams }) });
    const mixed = run(usagePolarization, d([team('North', 9, 0), team('South', 9, 0.89), team('East', 9, 0), team('West', 9, 0.89), team('Central', 9, 0)]));
    expect(mixed.status).toBe('fail');
    expect(mixed.risk).toBe(1);
    expect(mixed.evidence?.metrics).toMatchObject({ splitTeams: 2, usersInSplitTeams: 0.4 });
    expect(mixed.evidence?.summary).toMatch(/2 of 5 teams are split within \(South and West\)/);
    // one split team of 5 among 45 users (11%) stays under the team threshold; the org index decides
    const one = run(usagePolarization, d([team('North', 5, 0.8), team('South', 40, 0)]));
    expect(one.status).toBe('pass');
  });

  it('shows the three groups in the table', () => {
    const r = run(usagePolarization, dataset({ users: users({ total: 20, polarization: { index: 0.9, lowShare: 0.45, highShare: 0.5 } }) }));
    expect(r.evidence?.table?.rows.slice(0, 3)).toEqual([
      ['active on under 10% of working days', 9, 0.45],
      ['in between', 1, 0.05],
      ['active on 60% or more', 10, 0.5],
    ]);
  });
});

describe('stale-records', () => {
  it('is not applicable without records or without modified dates', () => {
    expect(run(staleRecords, dataset()).status).toBe('not-applicable');
    const noDates = dataset({ records: { records: 10, freshness: { medianDaysSinceModified: null, staleShare: null } } });
    expect(run(staleRecords, noDates).status).toBe('not-applicable');
  });

  it('fails when half the records are stale', () => {
    const d = dataset({ records: { records: 200, freshness: { medianDaysSinceModified: 95, staleShare: 0.5 } }, settings: { minGroupSize: 5, minQuoteGroupSize: 10, staleDays: 60 } });
    const r = run(staleRecords, d);
    expect(r).toMatchObject({ status: 'fail', risk: 0.5 });
    expect(r.evidence?.metrics.staleDays).toBe(60);
    expect(run(staleRecords, dataset({ records: { records: 200, freshness: { medianDaysSinceModified: 10, staleShare: 0.2 } } })).risk).toBe(0);
  });
});
