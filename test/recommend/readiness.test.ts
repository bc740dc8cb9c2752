// Recommendations from the questionnaire: the readiness checks' own playbooks, and the shared ones that also
// answer a check measured in the data, each quoting the answers at risk and nothing a consultant hid.
import { describe, expect, it } from 'vitest';
import { runAudits } from '../../src/audits/index.js';
import { recommend } from '../../src/recommend/index.js';
import type { Dataset } from '../../src/result/schema.js';
import { dataset, interviews, users } from '../audits/helpers.js';

const POOR = {
  goalsWritten: 'none', repBenefit: 'vague', kickoffWorkshop: 'none', repsInDesign: 'none', activityTracking: 'reported',
  activityInReviews: 'yes', mandatoryFields: 12, repData: ['orders'], repDashboard: 'none', mobileAccess: 'none',
  entryMinutes: 50, entryAutomation: ['none'], sponsor: 'none', managersUseIt: 'no', starsExempt: 'yes',
  trainingPlan: 'one-size', supportAfterLaunch: 'none', planHorizon: 'go-live', ownTools: 'most', ownToolsPlan: 'none',
};

function recs(d: Dataset, hidden: ReadonlySet<string> = new Set()) {
  return recommend(runAudits(d), d, d.situation, undefined, hidden);
}
const byId = (d: Dataset, hidden?: ReadonlySet<string>) => new Map(recs(d, hidden).map((r) => [r.id, r]));

describe('readiness recommendations', () => {
  it('every failing readiness check is answered by a recommendation that quotes its answers', () => {
    const r = byId(dataset({ situation: 'pre-implementation', answers: POOR }));
    const answering = (audit: string) => [...r.values()].filter((x) => x.phase !== 'sustain' && x.audits.includes(audit));
    for (const audit of ['goals-unshared', 'reps-left-out', 'activity-policing', 'nothing-for-reps', 'entry-load', 'leadership-absent', 'training-gap', 'own-tools-kept']) {
      expect(answering(audit).length, audit).toBe(1);
    }
    expect(r.get('say-what-reps-get')?.why).toMatch(/^The goals of the CRM are not written down\. A rep could name what they get from the CRM only in general words\. Salespeople judge/);
    expect(r.get('lead-from-the-crm')?.why).toMatch(
      /^There is no executive sponsor\. Pipeline and forecast meetings will run from spreadsheets or slides, not from the CRM\. In practice the best performers may ignore the CRM\. /,
    );
    expect(r.get('lead-from-the-crm')?.steps[0]).toMatch(/^Name one executive sponsor in sales/);
    expect(r.get('cut-data-entry')?.why).toMatch(/^A rep will spend about 50 minutes a day entering data\. Nothing will be filled in automatically\. Every minute/);
    expect(r.get('pipe-in-back-office-data')?.why).toMatch(/^Reps will find only orders and order history in the CRM that they cannot get elsewhere\. Reps will have no dashboard of their own\./);
    expect(r.get('stop-policing-with-the-crm')?.steps[0]).toBe('Take any quota of logged calls and visits out of the plan, and keep activity figures out of reviews and bonuses.');
    expect(r.get('stop-policing-with-the-crm')?.steps[1]).toContain('Cut the call and visit form to the few fields someone reads before it is built');
  });

  it('asks for the kickoff workshop once: hear-the-reps brings it when no notes were given', () => {
    const alone = byId(dataset({ situation: 'pre-implementation', answers: POOR }));
    expect(alone.get('hear-the-reps')?.title).toBe('Hold a kickoff workshop with the reps before the design is settled');
    expect(alone.get('reps-on-the-design-team')?.steps.join(' ')).not.toContain('workshop');
    const heard = byId(dataset({ situation: 'pre-implementation', answers: POOR, interviews: interviews() }));
    expect(heard.has('hear-the-reps')).toBe(false);
    expect(heard.get('reps-on-the-design-team')?.steps.join(' ')).toContain('Hold a kickoff workshop');
    const held = byId(dataset({ situation: 'pre-implementation', answers: { ...POOR, kickoffWorkshop: 'held' }, interviews: interviews() }));
    expect(held.get('reps-on-the-design-team')?.steps.join(' ')).not.toContain('workshop');
  });

  it('after go-live with a usage gap, retraining by cohort answers the training gap too', () => {
    const split = users({ total: 20, active90: 18, active30: 14, inactiveShare: 0.1, polarization: { index: 0.9, lowShare: 0.45, highShare: 0.5 } });
    const r = byId(dataset({ situation: 'post-implementation', answers: POOR, users: split }));
    expect(r.has('plan-training-by-cohort')).toBe(false);
    expect(r.get('retrain-by-cohort')?.audits).toContain('training-gap');
    const noGap = byId(dataset({ situation: 'post-implementation', answers: POOR }));
    expect(noGap.get('plan-training-by-cohort')?.title).toBe('Retrain by cohort, and keep help going after the class');
  });

  it('notes and answers on the same subject make one recommendation that quotes both', () => {
    const iv = interviews({ themes: [{ id: 'data-entry-burden', count: 40, share: 0.4 }] });
    const r = byId(dataset({ situation: 'in-progress', answers: POOR, interviews: iv }));
    const cut = r.get('cut-data-entry')!;
    expect(cut.audits).toEqual(['data-entry-burden', 'entry-load']);
    expect(cut.why).toMatch(/^40% of the notes complain about the time data entry takes\. A rep will spend about 50 minutes a day/);
  });

  it('asks a named sponsor to be seen, rather than to be named', () => {
    const r = byId(dataset({ situation: 'pre-implementation', answers: { ...POOR, sponsor: 'named' } }));
    expect(r.get('lead-from-the-crm')?.steps[0]).toMatch(/^Ask the named sponsor to be seen using the CRM/);
  });

  it('a readiness finding the consultant hid is not argued from', () => {
    const r = byId(dataset({ situation: 'pre-implementation', answers: POOR }), new Set(['leadership-absent', 'entry-load']));
    expect(r.has('lead-from-the-crm')).toBe(false);
    expect(r.has('cut-data-entry')).toBe(false);
  });
});
