import { describe, expect, it } from 'vitest';
import { runAudits } from '../../src/audits/index.js';
import { recommend, ROADMAP, horizonFor } from '../../src/recommend/index.js';
import { PHASES, Recommendation } from '../../src/result/schema.js';
import type { Dataset } from '../../src/result/schema.js';
import { activity, dataset, field, interviews, neutralFields, users } from '../audits/helpers.js';

const recs = (d: Dataset) => recommend(runAudits(d), d, d.situation);
const ids = (d: Dataset) => recs(d).map((r) => r.id);

/** A resisting org: junk in controls, empty High Card, split usage, Friday bursts. */
function resisting(situation: Dataset['situation'] = 'post-implementation'): Dataset {
  return dataset({
    situation,
    fields: [
      ...neutralFields(6),
      field({ name: 'Calls_Per_Week__c', card: 'low', required: true, fillRate: 0.98, filled: 98, junkShare: 0.45 }),
      field({ name: 'Visit_Report__c', card: 'low', required: true, fillRate: 1, filled: 100, junkShare: 0.3 }),
      field({ name: 'Customer_Feedback__c', card: 'high', fillRate: 0.03 }),
    ],
    users: users({ total: 20, active90: 18, active30: 14, inactiveShare: 0.1, gini: 0.55, polarization: { index: 0.9, lowShare: 0.45, highShare: 0.5 } }),
    activity: activity({ burstShare: 0.45, lateShare: 0.05, periodEndShare: 0.62 }),
    records: { records: 800, freshness: { medianDaysSinceModified: 30, staleShare: 0.25 } },
  });
}

describe('recommend', () => {
  it('gives schema-valid recommendations sorted by roadmap phase, then id', () => {
    const r = recs(resisting());
    for (const x of r) expect(Recommendation.safeParse(x).success).toBe(true);
    const ranks = r.map((x) => PHASES.indexOf(x.phase));
    for (let i = 1; i < r.length; i++) {
      expect(ranks[i]! > ranks[i - 1]! || (ranks[i] === ranks[i - 1] && r[i]!.id > r[i - 1]!.id)).toBe(true);
    }
    expect(ROADMAP.map((p) => p.phase)).toEqual([...PHASES]);
  });

  it('answers each planted problem of a resisting org, quoting its numbers', () => {
    const r = recs(resisting());
    const byId = new Map(r.map((x) => [x.id, x]));
    expect([...byId.keys()]).toEqual([
      'end-deadline-logging',
      'hear-the-reps',
      'strip-junk-controls',
      'replace-controls-with-planning',
      'pipe-in-back-office-data',
      'retrain-by-cohort',
      'rescue-or-kill',
      'adoption-horizon',
    ]);
    expect(byId.get('strip-junk-controls')?.why).toMatch(/^On average 38% of what reps enter in the 2 Low Card or required fields .*; the worst are Opportunity.Calls_Per_Week__c and Opportunity.Visit_Report__c\./);
    expect(byId.get('strip-junk-controls')?.steps[0]).toContain('Opportunity.Calls_Per_Week__c and Opportunity.Visit_Report__c');
    expect(byId.get('strip-junk-controls')?.audits).toEqual(['junk-compliance']);
    expect(byId.get('end-deadline-logging')?.why).toMatch(/^45% of activities were logged in bursts/);
    expect(byId.get('replace-controls-with-planning')?.audits).toEqual(['high-card-gap', 'low-card-burden']);
    expect(byId.get('replace-controls-with-planning')?.title).toMatch(/^Relaunch/);
    expect(byId.get('retrain-by-cohort')?.why).toMatch(/45% of users are almost never in the CRM while 50% use it most days/);
    expect(byId.get('rescue-or-kill')?.title).toMatch(/^Rescue/);
    expect(byId.get('adoption-horizon')?.title).toBe('Plan adoption over two to three years, and measure it every quarter');
  });

  it('never names a user', () => {
    const d = resisting();
    const text = JSON.stringify(recs(d));
    for (const u of d.users!.perUser) expect(text).not.toContain(u.user);
  });

  it('leads with the average when junk is spread thin over many fields', () => {
    const d = dataset({
      fields: Array.from({ length: 6 }, (_, i) => field({ name: `Ctl${i}`, card: 'low', fillRate: 1, filled: 200, junkShare: 0.11 })),
    });
    const r = recs(d).find((x) => x.id === 'strip-junk-controls');
    expect(r?.why).toMatch(/^On average 11% of what reps enter in the 6 Low Card or required fields/);
  });

  it('leads with the worst field when one field drives the risk', () => {
    const clean = Array.from({ length: 9 }, (_, i) => field({ name: `Ctl${i}`, card: 'low', fillRate: 1, filled: 400, junkShare: 0 }));
    const d = dataset({ fields: [...clean, field({ name: 'NextStep', card: 'low', required: true, fillRate: 1, filled: 400, junkShare: 0.16 })] });
    const r = recs(d).find((x) => x.id === 'strip-junk-controls');
    expect(r?.why).toMatch(/^16% of what reps enter in Opportunity.NextStep is a placeholder or the same text every time\. /);
    expect(r?.steps[0]).toMatch(/^Find what makes reps fill Opportunity.NextStep: /);
  });

  it('names the split teams as the first cohorts', () => {
    const team = (name: string, index: number) => ({ name, users: 8, active90: 8, inactiveShare: 0, polarization: { index, lowShare: index / 2, highShare: 1 - index / 2 } });
    const d = { ...resisting(), users: users({ total: 40, polarization: { index: 0.38, lowShare: 0.19, highShare: 0.81 }, teams: [team('North', 0), team('South', 0.9), team('East', 0), team('West', 0.9), team('Central', 0)] }) };
    const r = recs(d);
    expect(r.find((x) => x.id === 'retrain-by-cohort')?.why).toContain('the split runs through 2 of 5 teams (South and West), which makes them the first cohorts');
    expect(r.find((x) => x.id === 'rescue-or-kill')?.why).toContain('the split runs through 2 of 5 teams (South and West)');
  });

  it('says to replace the CRM when nearly everyone rejects it', () => {
    const d = { ...resisting(), interviews: interviews({ stances: { love: 1, hate: 15, ambivalent: 2, neutral: 2 }, sentiment: { positive: 10, neutral: 20, negative: 70 } }) };
    const r = recs(d).find((x) => x.id === 'rescue-or-kill');
    expect(r?.title).toBe('Decide whether this CRM should be replaced');
    expect(r?.why).toMatch(/75% of respondents hate the CRM/);
    expect(r?.phase).toBe('decide');
    expect(ids(d)).not.toContain('hear-the-reps');
    // 20 respondents, 100 notes and 20 users: not thin, so no caution
    expect(r?.why).not.toContain('rest on');
    expect(r?.steps[0]).not.toContain('Widen the evidence');
  });

  it('puts a replacement on few people as something to confirm first', () => {
    const few = interviews({ notes: 12, scored: 12, respondents: 4, stances: { love: 0, hate: 3, ambivalent: 1, neutral: 0 }, sentiment: { positive: 1, neutral: 2, negative: 9 } });
    const d = { ...resisting(), interviews: few };
    const r = recs(d).find((x) => x.id === 'rescue-or-kill');
    expect(r?.title).toBe('Decide whether this CRM should be replaced');
    expect(r?.why).toContain('These figures rest on 4 respondents and 12 scored notes only: confirm them with more interviews');
    expect(r?.steps[0]).toMatch(/^Widen the evidence first/);
  });

  it('does not call for a decision in a healthy org, and still plans the horizon', () => {
    const d = dataset({
      fields: [...neutralFields(6), field({ name: 'Customer_Feedback__c', card: 'high', fillRate: 0.8 }), field({ name: 'Open_Orders__c', fillRate: 0.9 }), field({ name: 'Credit_Status__c', fillRate: 0.9 })],
      users: users({ total: 400 }),
      activity: activity(),
      interviews: interviews(),
    });
    expect(ids(d)).toEqual(['adoption-horizon']);
    const h = recs(d)[0]!;
    expect(h.why).toMatch(/^No check fails today\. .*for a sales force of 400 users/);
    expect(h.title).toMatch(/three to five years/);
    expect(h.audits).toEqual([]);
  });

  it('speaks of design, not relaunch, before implementation', () => {
    const d = dataset({
      situation: 'pre-implementation',
      fields: [...neutralFields(6, { rows: null }), field({ name: 'Calls_Per_Week__c', card: 'low', required: true, rows: null }), field({ name: 'Visits__c', card: 'low', required: true, rows: null })],
    });
    const r = recs(d);
    expect(r.map((x) => x.id)).toEqual(['hear-the-reps', 'replace-controls-with-planning', 'pipe-in-back-office-data', 'adoption-horizon']);
    expect(r[0]!.title).toMatch(/kickoff workshop/);
    expect(r[1]!.title).toMatch(/^Design the CRM/);
    expect(r[1]!.steps.join(' ')).toContain('Opportunity.Calls_Per_Week__c');
    expect(r[2]!.steps[0]).toMatch(/^Put the back-office feed in the first release/);
    expect(r[3]!.steps[0]).toMatch(/first release/);
  });

  it('rescopes before go-live when in progress', () => {
    const d = { ...resisting('in-progress') };
    const r = recs(d);
    expect(r.find((x) => x.id === 'replace-controls-with-planning')?.title).toMatch(/before go-live/);
    expect(r.find((x) => x.id === 'hear-the-reps')?.title).toBe('Hear the reps in confidence before go-live');
  });

  it('scales the horizon with the size of the sales force', () => {
    expect(horizonFor(20).text).toBe('two to three years');
    expect(horizonFor(120).text).toBe('three to four years');
    expect(horizonFor(2000).years).toBe(5);
  });

  it('quotes stale records in the stale-records finding\'s own scope (open records) and words', () => {
    const d = dataset({
      records: { records: 738, freshness: { medianDaysSinceModified: 76, staleShare: 0.47 }, open: { records: 217, medianDaysSinceModified: 60, staleShare: 0.7 } },
    });
    const items = runAudits(d);
    const stale = items.find((i) => i.id === 'stale-records')!;
    expect(stale.evidence?.summary).toContain('70% of 217 open records');
    const why = recommend(items, d, d.situation).find((r) => r.id === 'clean-up-stale-data')!.why;
    expect(why).toMatch(/^70% of open records have not been touched in 90 days, and the median open record was last changed 60 days ago\./);
  });

  it('argues a relaunch from the High Card gap alone when the Low Card check passes: no controls in its title, why or steps', () => {
    for (const situation of ['pre-implementation', 'in-progress', 'post-implementation'] as const) {
      const d = dataset({
        situation,
        fields: [
          ...neutralFields(30),
          field({ name: 'start_time', object: 'engagement', card: 'low', fillRate: 1, filled: 100 }),
          field({ name: 'SIC', object: 'Account', card: 'high', fillRate: 0 }),
        ],
      });
      const items = runAudits(d);
      expect(items.find((i) => i.id === 'low-card-burden')?.status).toBe('pass');
      expect(items.find((i) => i.id === 'high-card-gap')?.status).toBe('fail');
      const r = recommend(items, d, situation).find((x) => x.id === 'replace-controls-with-planning')!;
      expect(r.why).toMatch(/^The CRM's one High Card field is filled in 0% of rows\. /);
      expect(`${r.title} ${r.why} ${r.steps.join(' ')}`).not.toMatch(/Low Card|controls? (taken )?out|retire|start_time|report on themselves/i);
      expect(r.audits).toEqual(['high-card-gap']);
      const plan = recommend(items, d, situation).find((x) => x.id === 'adoption-horizon')!;
      expect(plan.steps.join(' ')).not.toContain('controls out');
    }
  });

  it('starts every why with a capital letter, whichever of its findings fail', () => {
    for (const high of [0, 1, 3]) {
      const d = dataset({
        fields: [...neutralFields(30), ...Array.from({ length: high }, (_, k) => field({ name: `Feedback_${k}__c`, card: 'high', fillRate: 0.01 }))],
      });
      for (const r of recs(d)) expect(r.why).toMatch(/^[A-Z0-9]/);
    }
  });

  it('names only the evidence given when the reps were not heard: a field list is not a questionnaire', () => {
    const fieldsInput = { path: 'planned.csv', kind: 'fields', kindConfidence: 1, crm: 'salesforce', object: null, rows: 8, skipped: 0, duplicates: 0, trailerLines: 0, columns: 6, encoding: 'utf-8', delimiter: ',', roles: {}, errors: [], warnings: [] } as unknown as Dataset['inputs'][number];
    const d = dataset({ situation: 'pre-implementation', inputs: [fieldsInput], fields: neutralFields(8, { rows: null }) });
    const why = recs(d).find((r) => r.id === 'hear-the-reps')!.why;
    expect(why).toContain('is read from the planned field list alone');
    expect(why).not.toContain('questionnaire');
    const withAnswers = recs({ ...d, answers: { situation: 'pre-implementation', sponsor: 'yes' } }).find((r) => r.id === 'hear-the-reps')!.why;
    expect(withAnswers).toContain('is read from the planned field list and the questionnaire alone');
  });
});
