// Scoring of answers: each answered question a risk, the check's risk their weighted mean, the evidence the
// answers at risk first, as sentences of fact in the situation's tense.
import { describe, expect, it } from 'vitest';
import { scoreComponent, scoreReadiness, type Component, type ReadinessOutcome } from '../../src/questionnaire/score.js';
import { READINESS_AUDITS, runAudits } from '../../src/audits/index.js';
import { activityPolicing } from '../../src/audits/activity-policing.js';
import { dataset } from '../audits/helpers.js';
import type { Dataset } from '../../src/result/schema.js';

const run = (answers: Record<string, unknown>, situation: Dataset['situation'] = 'pre-implementation') =>
  Object.fromEntries(runAudits(dataset({ situation, answers }), { audits: READINESS_AUDITS }).map((i) => [i.id, i]));

function scored(x: ReadinessOutcome | { unscored: string }): ReadinessOutcome {
  if ('unscored' in x) throw new Error(x.unscored);
  return x;
}

describe('scoreComponent', () => {
  it('a choice carries its risk and its sentence; a number and a count are ramps', () => {
    const choice: Component = { question: 'sponsor', weight: 1, risk: { by: 'choice' } };
    expect(scoreComponent(choice, { sponsor: 'named' })).toMatchObject({ risk: 0.5, answer: 'Named, but not visible', says: 'The executive sponsor is named but not seen using the CRM' });
    const minutes: Component = { question: 'entryMinutes', weight: 1, risk: { by: 'number', zeroAt: 10, fullAt: 45 } };
    expect(scoreComponent(minutes, { entryMinutes: 10 })?.risk).toBe(0);
    expect(scoreComponent(minutes, { entryMinutes: 27.5 })).toMatchObject({ risk: 0.5, answer: '27.5 minutes', says: 'A rep will spend about 27.5 minutes a day entering data' });
    expect(scoreComponent(minutes, { entryMinutes: 120 }, true)).toMatchObject({ risk: 1, says: 'A rep spends about 120 minutes a day entering data' });
    const data: Component = { question: 'repData', weight: 1, risk: { by: 'count', enough: 3 } };
    expect(scoreComponent(data, { repData: ['none'] })).toMatchObject({ risk: 1, answer: 'None of these', says: 'Reps will find no data in the CRM that they cannot get elsewhere' });
    expect(scoreComponent(data, { repData: [] })?.risk).toBe(1);
    expect(scoreComponent(data, { repData: ['orders', 'invoices', 'support', 'credit'] })?.risk).toBe(0);
    expect(scoreComponent(data, { repData: ['orders', 'credit'] })?.says).toBe(
      'Reps will find only orders and order history and credit standing or blocked accounts in the CRM that they cannot get elsewhere',
    );
  });

  it('an unanswered question, one the branching skips, or an invalid answer is not scored', () => {
    const reviews: Component = { question: 'activityInReviews', weight: 1, risk: { by: 'choice' } };
    expect(scoreComponent(reviews, {})).toBeNull();
    expect(scoreComponent(reviews, { activityTracking: 'none', activityInReviews: 'yes' })).toBeNull();
    expect(scoreComponent(reviews, { activityTracking: 'quota', activityInReviews: 'yes' })?.risk).toBe(1);
    expect(scoreComponent(reviews, { activityTracking: 'quota', activityInReviews: 'sometimes' })).toBeNull();
  });

  it('a planned field list: the share of its Low Card fields nobody reads', () => {
    const c: Component = { question: 'plannedFields', weight: 1, risk: { by: 'unread-low-card', zeroAt: 0.1, fullAt: 0.6 } };
    const p = (read: string[]) => ({ plannedFields: { file: 'plan.csv', fields: 20, high: 5, low: 4, lowCard: ['A', 'B', 'C', 'D'], lowCardRead: read } });
    expect(scoreComponent(c, p(['A', 'B', 'C', 'D']))?.risk).toBe(0);
    expect(scoreComponent(c, p(['A', 'B']))).toMatchObject({ risk: 0.8, answer: '2 of 4, in plan.csv', says: '2 of the 4 Low Card fields in plan.csv will be read by nobody' });
    expect(scoreComponent(c, { plannedFields: { file: 'p.csv', fields: 3, high: 1, low: 0, lowCard: [], lowCardRead: [] } })?.risk).toBe(0);
  });
});

describe('scoreReadiness', () => {
  const parts: Component[] = [
    { question: 'trainingPlan', weight: 2, risk: { by: 'choice' } },
    { question: 'supportAfterLaunch', weight: 1, risk: { by: 'choice' } },
    { question: 'planHorizon', weight: 1, risk: { by: 'choice' } },
  ];

  it('is the weighted mean of what was answered, and is not scored on fewer than half of its questions', () => {
    expect(scoreReadiness({}, parts)).toEqual({ unscored: 'none of the questions this check reads was answered' });
    expect(scoreReadiness({ trainingPlan: 'one-size' }, parts)).toEqual({ unscored: 'only 1 of the 3 questions this check reads was answered' });
    expect(scored(scoreReadiness({ trainingPlan: 'one-size', planHorizon: 'go-live' }, parts)).risk).toBe(0.7333);
  });

  it('leads its evidence with the answers at risk, as sentences, and says what was left open', () => {
    const out = scored(scoreReadiness({ trainingPlan: 'one-size', planHorizon: 'multi-year' }, parts));
    expect(out.evidence.summary).toBe('Training will be one session for everyone. 1 question of this check was not answered.');
    expect(out.evidence.table?.rows).toEqual([
      ['Training', 'One session for everyone', 0.6],
      ['Adoption plan reaches', 'Several years, with steps after go-live', 0],
    ]);
    expect(scored(scoreReadiness({ trainingPlan: 'by-cohort', planHorizon: 'multi-year' }, parts)).evidence.summary).toBe('No answer puts this at risk (2 of 3 questions answered).');
    // after go-live, in the past or present tense
    expect(scored(scoreReadiness({ trainingPlan: 'none', planHorizon: 'multi-year' }, parts, { live: true })).evidence.summary).toMatch(/^Reps were not trained\./);
  });
});

describe('the readiness checks', () => {
  it('counting activity fails activity-policing on its own, and a quota or reviews fail it harder', () => {
    const calm = { activityInReviews: 'no', mandatoryFields: 2, dataUsePromise: 'written' };
    expect(run({ activityTracking: 'reported', ...calm })['activity-policing']).toMatchObject({ status: 'fail', risk: 0.5 });
    expect(run({ activityTracking: 'quota', ...calm })['activity-policing']).toMatchObject({ status: 'fail', risk: 0.75 });
    expect(run({ activityTracking: 'none', mandatoryFields: 2 })['activity-policing']).toMatchObject({ status: 'pass', risk: 0 });
    expect(activityPolicing.meta.thresholds['floor2']?.value).toBe(0.75);
  });

  it('a healthy plan passes every check; a poor one fails every check', () => {
    const healthy = run({
      goalsWritten: 'shared', repBenefit: 'concrete', dataUsePromise: 'written', kickoffWorkshop: 'held', repsInDesign: 'several', activityTracking: 'none',
      mandatoryFields: 3, repData: ['orders', 'invoices', 'credit'], planningViews: ['account-plans', 'territory'], repDashboard: 'at-login', mobileAccess: 'full', entryMinutes: 10,
      entryAutomation: ['email', 'calendar', 'back-office'], sponsor: 'active', managersUseIt: 'yes', starsExempt: 'no',
      trainingPlan: 'by-cohort', supportAfterLaunch: 'ongoing', planHorizon: 'multi-year', ownTools: 'none',
    });
    for (const a of READINESS_AUDITS) expect(healthy[a.meta.id], a.meta.id).toMatchObject({ status: 'pass', risk: 0 });
    const poor = run({
      goalsWritten: 'none', repBenefit: 'none', dataUsePromise: 'no', kickoffWorkshop: 'none', repsInDesign: 'none', activityTracking: 'quota', activityInReviews: 'yes',
      mandatoryFields: 15, repData: ['none'], planningViews: ['none'], repDashboard: 'none', entryMinutes: 60, entryAutomation: ['none'],
      sponsor: 'none', managersUseIt: 'no', starsExempt: 'yes', trainingPlan: 'none', supportAfterLaunch: 'none', planHorizon: 'go-live',
      ownTools: 'most', ownToolsPlan: 'none',
    });
    for (const a of READINESS_AUDITS) expect(poor[a.meta.id]?.status, a.meta.id).toBe('fail');
    expect(poor['goals-unshared']?.risk).toBe(0.9333);
  });

  it('a check with too few of its questions answered is not applicable, and says why', () => {
    const r = run({ sponsor: 'active', trainingPlan: 'none' });
    expect(r['leadership-absent']).toMatchObject({ status: 'not-applicable' });
    expect(r['leadership-absent']?.evidence?.summary).toBe('Not scored: only 1 of the 3 questions this check reads was answered.');
    expect(r['training-gap']?.evidence?.summary).toContain('Not scored: only 1 of the 3 questions');
    expect(r['own-tools-kept']?.evidence?.summary).toBe('Not scored: none of the questions this check reads was answered.');
  });

  it('speaks of the audit\'s situation, not the answers\'', () => {
    const r = run({ situation: 'pre-implementation', trainingPlan: 'none', planHorizon: 'go-live' }, 'post-implementation');
    expect(r['training-gap']?.evidence?.summary).toMatch(/^Reps were not trained\./);
  });
});
