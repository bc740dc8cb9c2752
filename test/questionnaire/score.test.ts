// Scoring of answers: each answered question a risk, the check's risk their weighted mean, the evidence the
// answers at risk first.
import { describe, expect, it } from 'vitest';
import { scoreComponent, scoreReadiness, type Component } from '../../src/questionnaire/score.js';
import { READINESS_AUDITS, runAudits } from '../../src/audits/index.js';
import { activityPolicing } from '../../src/audits/activity-policing.js';
import { dataset } from '../audits/helpers.js';

const run = (answers: Record<string, unknown>) =>
  Object.fromEntries(runAudits(dataset({ situation: 'pre-implementation', answers }), { audits: READINESS_AUDITS }).map((i) => [i.id, i]));

describe('scoreComponent', () => {
  it('a choice carries its risk; a number and a count are ramps', () => {
    const choice: Component = { question: 'sponsor', weight: 1, risk: { by: 'choice' } };
    expect(scoreComponent(choice, { sponsor: 'named' })).toMatchObject({ risk: 0.5, answer: 'Named, but not visible' });
    const minutes: Component = { question: 'entryMinutes', weight: 1, risk: { by: 'number', zeroAt: 10, fullAt: 45 } };
    expect(scoreComponent(minutes, { entryMinutes: 10 })?.risk).toBe(0);
    expect(scoreComponent(minutes, { entryMinutes: 27.5 })?.risk).toBe(0.5);
    expect(scoreComponent(minutes, { entryMinutes: 120 })?.risk).toBe(1);
    const data: Component = { question: 'repData', weight: 1, risk: { by: 'count', enough: 3 } };
    expect(scoreComponent(data, { repData: ['none'] })).toMatchObject({ risk: 1, answer: 'none' });
    expect(scoreComponent(data, { repData: [] })?.risk).toBe(1);
    expect(scoreComponent(data, { repData: ['orders', 'invoices', 'support', 'credit'] })?.risk).toBe(0);
    expect(scoreComponent(data, { repData: ['orders', 'credit'] })?.answer).toBe('Orders and order history and Credit standing or blocked accounts');
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
    expect(scoreComponent(c, p(['A', 'B']))).toMatchObject({ risk: 0.8, answer: '2 of 4 Low Card fields read by nobody, in plan.csv' });
    expect(scoreComponent(c, { plannedFields: { file: 'p.csv', fields: 3, high: 1, low: 0, lowCard: [], lowCardRead: [] } })?.risk).toBe(0);
  });
});

describe('scoreReadiness', () => {
  const parts: Component[] = [
    { question: 'trainingPlan', weight: 2, risk: { by: 'choice' } },
    { question: 'supportAfterLaunch', weight: 1, risk: { by: 'choice' } },
    { question: 'planHorizon', weight: 1, risk: { by: 'choice' } },
  ];

  it('is the weighted mean of what was answered, null when nothing was', () => {
    expect(scoreReadiness({}, parts)).toBeNull();
    expect(scoreReadiness({ trainingPlan: 'one-size', planHorizon: 'go-live' }, parts)?.risk).toBe(0.7333);
  });

  it('leads its evidence with the answers at risk, and says what was left open', () => {
    const out = scoreReadiness({ trainingPlan: 'one-size', planHorizon: 'multi-year' }, parts)!;
    expect(out.evidence.summary).toBe('Training: One session for everyone (1 of 2 answers at risk; 1 question unanswered).');
    expect(out.evidence.table?.rows).toEqual([
      ['Training', 'One session for everyone', 0.6],
      ['Adoption plan reaches', 'Several years, with steps after go-live', 0],
    ]);
    expect(scoreReadiness({ trainingPlan: 'by-cohort' }, parts)!.evidence.summary).toBe('No answer at risk (1 answer; 2 questions unanswered).');
  });
});

describe('the readiness checks', () => {
  it('a quota, or activity in reviews, fails activity-policing on its own', () => {
    const r = run({ activityTracking: 'quota', activityInReviews: 'no', mandatoryFields: 2, plannedFields: undefined });
    expect(r['activity-policing']).toMatchObject({ status: 'fail', risk: 0.75 });
    expect(run({ activityTracking: 'reported', activityInReviews: 'no', mandatoryFields: 2 })['activity-policing']).toMatchObject({ status: 'pass', risk: 0.28 });
    expect(activityPolicing.meta.thresholds['floor']?.value).toBe(0.75);
  });

  it('a healthy plan passes every check; a poor one fails every check', () => {
    const healthy = run({
      goalsWritten: 'shared', repBenefit: 'concrete', kickoffWorkshop: 'held', repsInDesign: 'several', activityTracking: 'none',
      mandatoryFields: 3, repData: ['orders', 'invoices', 'credit'], repDashboard: 'at-login', mobileAccess: 'full', entryMinutes: 10,
      entryAutomation: ['email', 'calendar', 'back-office'], sponsor: 'active', managersUseIt: 'yes', starsExempt: 'no',
      trainingPlan: 'by-cohort', supportAfterLaunch: 'ongoing', planHorizon: 'multi-year', ownTools: 'none',
    });
    for (const a of READINESS_AUDITS) expect(healthy[a.meta.id], a.meta.id).toMatchObject({ status: 'pass', risk: 0 });
    const poor = run({
      goalsWritten: 'none', repBenefit: 'none', kickoffWorkshop: 'none', repsInDesign: 'none', activityTracking: 'quota', activityInReviews: 'yes',
      mandatoryFields: 15, repData: ['none'], repDashboard: 'none', mobileAccess: 'none', entryMinutes: 60, entryAutomation: ['none'],
      sponsor: 'none', managersUseIt: 'no', starsExempt: 'yes', trainingPlan: 'none', supportAfterLaunch: 'none', planHorizon: 'go-live',
      ownTools: 'most', ownToolsPlan: 'none',
    });
    for (const a of READINESS_AUDITS) expect(poor[a.meta.id], a.meta.id).toMatchObject({ status: 'fail', risk: 1 });
  });

  it('a check whose questions were not answered is not applicable, and says so', () => {
    const r = run({ sponsor: 'active' });
    expect(r['leadership-absent']?.status).toBe('pass');
    expect(r['training-gap']).toMatchObject({ status: 'not-applicable', applicable: false });
    expect(r['training-gap']?.evidence?.summary).toContain('questionnaire questions this check reads were not answered');
  });
});
