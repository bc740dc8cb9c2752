// Title and summary must never contradict each other. A passing audit shows its (neutral) title over the evidence
// at any risk below 0.5, so the title names what was checked and states no verdict; and every summary leads with
// the figure that decided the risk, so that a failing audit does not open on a mild average.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDITS, runAudit } from '../../src/audits/index.js';
import { bulkLogging } from '../../src/audits/bulk-logging.js';
import { controlPerception } from '../../src/audits/control-perception.js';
import { inactiveUsers } from '../../src/audits/inactive-users.js';
import { junkCompliance } from '../../src/audits/junk-compliance.js';
import { lowCardBurden } from '../../src/audits/low-card-burden.js';
import { negativeVoice } from '../../src/audits/negative-voice.js';
import { shadowSystems } from '../../src/audits/shadow-systems.js';
import { staleRecords } from '../../src/audits/stale-records.js';
import { usagePolarization } from '../../src/audits/usage-polarization.js';
import { activity, dataset, field, interviews, neutralFields, users } from './helpers.js';

const run = (a: Parameters<typeof runAudit>[0], d: Parameters<typeof runAudit>[1]) => runAudit(a, d, 1);

describe('titles', () => {
  it('pass titles name what was checked and claim no verdict', () => {
    for (const a of AUDITS) {
      expect(a.meta.title, a.meta.id).not.toMatch(/\b(is|are|was|were|do|does|did|not|no|none|without|kept|used|light|real)\b/i);
    }
  });

  it('a pass near the threshold shows a neutral title over its figure', () => {
    const r = run(staleRecords, dataset({ records: { records: 738, freshness: { medianDaysSinceModified: 77, staleShare: 0.47 } } }));
    expect(r).toMatchObject({ status: 'pass', title: 'Record freshness' });
    expect(r.evidence?.summary).toMatch(/^47% of 738 records were not modified in the last 90 days/);
    const s = run(shadowSystems, dataset({ interviews: interviews({ themes: [{ id: 'shadow-systems', count: 9, share: 0.09 }] }) }));
    expect(s).toMatchObject({ status: 'pass', title: 'Mentions of shadow systems' });
    expect(s.evidence?.summary).toMatch(/^9% of the 100 scored notes, from \d+ respondents, speak of shadow systems.* \(9 notes\)\.$/);
  });
});

describe('summaries lead with the deciding figure', () => {
  it('junk-compliance: the worst field when it decides, the mean otherwise', () => {
    const clean = Array.from({ length: 9 }, (_, i) => field({ name: `Ctl${i}`, card: 'low', fillRate: 1, filled: 400, junkShare: 0 }));
    const worst = run(junkCompliance, dataset({ fields: [...clean, field({ name: 'Description', object: 'Task', card: 'low', fillRate: 1, filled: 400, junkShare: 0.27 })] }));
    expect(worst).toMatchObject({ status: 'fail', risk: 1 });
    expect(worst.evidence?.summary).toMatch(/^27% of the filled cells of Task.Description are junk, the worst of 10 Low Card or required fields; on average 3%/);
    const thin = Array.from({ length: 6 }, (_, i) => field({ name: `Ctl${i}`, card: 'low', fillRate: 1, filled: 200, junkShare: 0.11 }));
    expect(run(junkCompliance, dataset({ fields: thin })).evidence?.summary).toMatch(/^On average 11% of the entries/);
  });

  it('bulk-logging: the strongest of burst, late and period-end', () => {
    const r = run(bulkLogging, dataset({ activity: activity({ burstShare: 0.06, lateShare: 0.35, periodEndShare: 0.3 }) }));
    expect(r.evidence?.summary).toMatch(/^35% of 500 dated activities were logged late \(it fails from 25%\); 6% logged in bursts and 30% logged at week or month end\.$/);
  });

  it('inactive-users: the 30-day figure when it decides', () => {
    const r = run(inactiveUsers, dataset({ users: users({ total: 20, active90: 20, active30: 8, inactiveShare: 0 }) }));
    expect(r.status).toBe('fail');
    expect(r.evidence?.summary).toMatch(/^12 of 20 users \(60%\) did nothing in the CRM in the last 30 days/);
  });

  it('usage-polarization: the split teams when they decide', () => {
    const team = (name: string, index: number) => ({ name, users: 8, active90: 8, inactiveShare: 0, polarization: { index, lowShare: index / 2, highShare: 1 - index / 2 } });
    const d = dataset({ users: users({ total: 40, polarization: { index: 0.3, lowShare: 0.15, highShare: 0.85 }, teams: [team('North', 0), team('South', 0.9), team('West', 0.9)] }) });
    expect(run(usagePolarization, d).evidence?.summary).toMatch(/^2 of 3 teams are split within \(South and West\), 40% of users; across all users/);
  });

  it('negative-voice: the share who hate the CRM when it decides', () => {
    const d = dataset({ interviews: interviews({ sentiment: { positive: 50, neutral: 30, negative: 20 }, stances: { love: 4, hate: 10, ambivalent: 4, neutral: 2 } }) });
    expect(run(negativeVoice, d).evidence?.summary).toMatch(/^50% of 20 respondents hate the CRM \(10 hate the CRM, 4 love it/);
  });

  it('control-perception: the weighted share it scores', () => {
    const d = dataset({ interviews: interviews({ themes: [{ id: 'control-surveillance', count: 10, share: 0.1 }, { id: 'job-threat', count: 4, share: 0.04 }] }) });
    expect(run(controlPerception, d).evidence?.summary).toMatch(/^A weighted 12% of the 100 scored notes, from \d+ respondents, speak of control or a threat to jobs \(/);
  });

  it('low-card-burden: the control pressure it scores', () => {
    const d = dataset({ fields: [...neutralFields(8), field({ name: 'Calls__c', card: 'low', required: true }), field({ name: 'Visits__c', card: 'low', fillRate: 0.3 })] });
    expect(run(lowCardBurden, d).evidence?.summary).toMatch(/^Low Card controls added or enforced by the implementation are 20% of the rep-facing fields \(2 of 10\), and 50% of them \(1\) are required or filled nearly always: a control pressure of 0\.15/);
  });
});

describe('polish of the summaries a client reads', () => {
  it('writes counts with thousands separators', () => {
    const b = run(bulkLogging, dataset({ activity: activity({ activities: 7609, withDate: 7609, burstShare: 0.31, lateShare: 0.08, periodEndShare: 0.46 }) }));
    expect(b.evidence?.summary).toContain('of 7,609 dated activities');
    const st = run(staleRecords, dataset({ records: { records: 12345, freshness: { medianDaysSinceModified: 5327, staleShare: 1 } } }));
    expect(st.evidence?.summary).toMatch(/of 12,345 records .* 5,327 days ago\.$/);
  });

  it('spells polarisation as the rest of the report does', () => {
    const r = run(usagePolarization, dataset({ users: users({ total: 20, polarization: { index: 0.9, lowShare: 0.45, highShare: 0.5 } }) }));
    expect(r.evidence?.summary).toContain('polarisation index 0.90');
    expect(r.evidence?.summary).not.toMatch(/polarization/);
  });

  it('says which share of record owners gets no data from each back-office source, in plain words', () => {
    const golden = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'golden', 'acme-pharma.analysis.json'), 'utf8');
    expect(golden).not.toMatch(/ misses \d+%/);
    expect(golden).toContain('38% of record owners get no orders, 38% no invoices, 40% no support data and 38% no credit data');
  });
});
