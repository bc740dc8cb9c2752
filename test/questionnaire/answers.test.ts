// The answers file: derived from the questions, strict, and read with every problem at its line and column.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answeredOn, answersForResult, AnswersFile, loadAnswers, orderedAnswers, questionnaireCoverage, readAnswers } from '../../src/questionnaire/answers.js';
import { answerRows, isAsked, QUESTION_BY_ID, QUESTIONS, questionText } from '../../src/questionnaire/questions.js';
import { CrmAuditError } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'crm-audit-answers-'));
function write(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}
function failure(file: string): CrmAuditError {
  try {
    loadAnswers(file, 'answers.json');
  } catch (e) {
    return e as CrmAuditError;
  }
  throw new Error('loaded');
}

describe('the questions', () => {
  it('have unique ids, and every choice list unique values and risks in [0, 1]', () => {
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
    for (const q of QUESTIONS) {
      if (!('choices' in q)) continue;
      expect(new Set(q.choices.map((c) => c.value)).size, q.id).toBe(q.choices.length);
      for (const c of q.choices) if (c.risk !== undefined) expect(c.risk >= 0 && c.risk <= 1, `${q.id}.${c.value}`).toBe(true);
    }
  });

  it('branch on earlier answers and speak of a live CRM after go-live', () => {
    const reviews = QUESTION_BY_ID.get('activityInReviews')!;
    expect(isAsked(reviews, { activityTracking: 'none' })).toBe(false);
    expect(isAsked(reviews, { activityTracking: 'quota' })).toBe(true);
    const plan = QUESTION_BY_ID.get('ownToolsPlan')!;
    expect(isAsked(plan, {})).toBe(false);
    expect(isAsked(plan, { ownTools: 'none' })).toBe(false);
    expect(isAsked(plan, { ownTools: 'some' })).toBe(true);
    const planned = QUESTION_BY_ID.get('plannedFields')!;
    expect(isAsked(planned, {})).toBe(false);
    expect(isAsked(planned, {}, { plannedFields: true })).toBe(true);
    const training = QUESTION_BY_ID.get('trainingPlan')!;
    expect(questionText(training, 'pre-implementation')).toBe('How will reps be trained?');
    expect(questionText(training, 'post-implementation')).toBe('How were reps trained?');
  });
});

describe('AnswersFile', () => {
  it('takes a partial file, and any subset of questions', () => {
    expect(AnswersFile.safeParse({}).success).toBe(true);
    expect(AnswersFile.safeParse({ situation: 'in-progress', repData: ['orders', 'credit'], entryMinutes: 12.5 }).success).toBe(true);
    expect(AnswersFile.safeParse({ repData: [] }).success).toBe(true);
  });

  it('refuses an unknown key, a value no choice has, "none" beside another choice, a number out of range', () => {
    expect(AnswersFile.safeParse({ sponsr: 'active' }).success).toBe(false);
    expect(AnswersFile.safeParse({ sponsor: 'yes' }).success).toBe(false);
    expect(AnswersFile.safeParse({ repData: ['none', 'orders'] }).success).toBe(false);
    expect(AnswersFile.safeParse({ repData: ['orders', 'orders'] }).success).toBe(false);
    expect(AnswersFile.safeParse({ entryMinutes: -1 }).success).toBe(false);
    expect(AnswersFile.safeParse({ entryMinutes: '20' }).success).toBe(false);
    expect(AnswersFile.safeParse({ answeredOn: '2026-13-01' }).success).toBe(false);
  });

  it('refuses an answer to a question the other answers made moot, a fraction of a field, a folder in a file name', () => {
    const moot = AnswersFile.safeParse({ activityTracking: 'none', activityInReviews: 'yes' });
    expect(moot.success).toBe(false);
    expect(moot.error?.issues[0]).toMatchObject({ path: ['activityInReviews'], message: expect.stringContaining('this question is asked only when calls and visits are counted, and the other answers say otherwise') });
    expect(AnswersFile.safeParse({ ownTools: 'none', ownToolsPlan: 'none' }).success).toBe(false);
    expect(AnswersFile.safeParse({ ownTools: 'some', ownToolsPlan: 'none' }).success).toBe(true);
    expect(AnswersFile.safeParse({ mandatoryFields: 12.5 }).success).toBe(false);
    expect(AnswersFile.safeParse({ entryMinutes: 12.5 }).success).toBe(true);
    const p = { fields: 3, high: 1, low: 1, lowCard: ['A'], lowCardRead: [] };
    expect(AnswersFile.safeParse({ plannedFields: { ...p, file: '/home/acme/Secret Plan.csv' } }).success).toBe(false);
    expect(AnswersFile.safeParse({ plannedFields: { ...p, file: 'C:\\plans\\plan.csv' } }).success).toBe(false);
    expect(AnswersFile.safeParse({ plannedFields: { ...p, file: 'plan.csv' } }).success).toBe(true);
    // no control characters or escape sequences, which a report would print
    expect(AnswersFile.safeParse({ plannedFields: { ...p, file: 'pl\u001b[31mred.csv' } }).success).toBe(false);
    expect(AnswersFile.safeParse({ plannedFields: { ...p, lowCard: ['A\u0007'], low: 1 } }).success).toBe(false);
  });

  it('checks that a planned field list adds up', () => {
    const p = { file: 'f.csv', fields: 10, high: 3, low: 2, lowCard: ['A', 'B'], lowCardRead: ['A'] };
    expect(AnswersFile.safeParse({ plannedFields: p }).success).toBe(true);
    expect(AnswersFile.safeParse({ plannedFields: { ...p, lowCardRead: ['C'] } }).success).toBe(false);
    expect(AnswersFile.safeParse({ plannedFields: { ...p, low: 3 } }).success).toBe(false);
    expect(AnswersFile.safeParse({ plannedFields: { ...p, high: 9 } }).success).toBe(false);
  });
});

describe('loadAnswers', () => {
  it('places each problem at its line and column, and never echoes the value', () => {
    const e = failure(write('bad.json', '{\n  "situation": "pre-implementation",\n  "sponsor": "Jane Smith"\n}\n'));
    expect(e.kind).toBe('usage');
    expect(e.where).toMatchObject({ file: 'answers.json', line: 3, column: 14 });
    expect(e.message).toContain('invalid answers file: sponsor');
    expect(JSON.stringify(e)).not.toContain('Jane');
  });

  it('points at an unknown key and a key written twice', () => {
    expect(failure(write('unknown.json', '{\n  "sponser": "active"\n}')).where).toMatchObject({ line: 2, column: 3 });
    const twice = failure(write('twice.json', '{\n  "sponsor": "active",\n  "sponsor": "none"\n}'));
    expect(twice.where).toMatchObject({ line: 3 });
  });

  it('says a CSV is not the answers file, and a missing file is not found', () => {
    expect(failure(write('a.csv', 'a,b\n1,2\n')).message).toContain('CSV file, not the JSON answers file');
    expect(failure(join(dir, 'nope.json')).message).toContain('not found');
  });
});

describe('readAnswers (for an analysis)', () => {
  it('refuses a file that answers no question, and says when the questions were another version', () => {
    const empty = write('empty.json', '{ "questionnaire": "2026.1" }');
    expect(() => readAnswers(empty, dir)).toThrow(/the answers file answers no question/);
    const notices: string[] = [];
    const old = write('old.json', '{ "questionnaire": "1999.1", "sponsor": "none" }');
    expect(readAnswers(old, dir, (m) => notices.push(m))).toMatchObject({ sponsor: 'none' });
    expect(notices).toEqual(['old.json: answers version 1999.1 of the questions; this crm-audit asks version 2026.1, and reads the answers it knows']);
    // and the analysis keeps the version the file answered
    expect(answersForResult({ questionnaire: '1999.1', sponsor: 'none' })?.['questionnaire']).toBe('1999.1');
  });

  it('counts the questions answered of those asked', () => {
    expect(questionnaireCoverage(undefined)).toBeNull();
    // not counted: the planned field list (not given), and the plan for reps' own tools (asked only when they keep
    // some); a question whose condition is not answered yet counts as asked; the situation counts like any question
    expect(questionnaireCoverage({ sponsor: 'none' })).toEqual({ answered: 1, asked: QUESTIONS.length - 2 });
    expect(questionnaireCoverage({ situation: 'in-progress', activityTracking: 'quota', ownTools: 'some' })).toEqual({ answered: 3, asked: QUESTIONS.length - 1 });
    expect(questionnaireCoverage({ activityTracking: 'none', ownTools: 'none' })?.asked).toBe(QUESTIONS.length - 3);
  });
});

describe('the answers as the analysis carries them', () => {
  it('in the questionnaire order, without $schema, with the version; nothing when nothing is answered', () => {
    const a = { $schema: 'x', sponsor: 'none', situation: 'in-progress', answeredOn: '2026-11-20' };
    // the file keeps a $schema for an editor; the analysis does not
    expect(Object.keys(orderedAnswers(a))).toEqual(['$schema', 'questionnaire', 'answeredOn', 'situation', 'sponsor']);
    expect(Object.keys(answersForResult(a)!)).toEqual(['questionnaire', 'answeredOn', 'situation', 'sponsor']);
    expect(answersForResult({ $schema: 'x', questionnaire: '2026.1' })).toBeUndefined();
    expect(answeredOn(a)).toBe(Date.parse('2026-11-20T00:00:00Z'));
    expect(answeredOn({})).toBeNull();
  });

  it('reads as questions and answers, in the situation\'s words', () => {
    const rows = answerRows({ situation: 'post-implementation', repData: ['orders', 'credit'], entryMinutes: 20, trainingPlan: 'none', repDashboard: 'x' });
    // in the audit's situation when it differs from the answers', and without an answer the others made moot
    expect(answerRows({ situation: 'pre-implementation', trainingPlan: 'none' }, 'post-implementation')[0]?.question).toBe('How were reps trained?');
    expect(answerRows({ activityTracking: 'none', activityInReviews: 'yes' }).map((r) => r.question)).toEqual(['Will calls and visits be counted and reported to management?']);
    expect(rows).toEqual([
      { section: 'Value for the reps', question: 'Which data do reps find in the CRM that they cannot easily get elsewhere?', answer: 'Orders and order history; Credit standing or blocked accounts' },
      // a value no choice has is shown as given, not dropped silently
      { section: 'Value for the reps', question: 'Does a rep see their own dashboard (their customers, orders, pipeline) when they log in?', answer: 'x' },
      { section: 'Data entry', question: 'About how many minutes a day does a rep spend entering data into the CRM?', answer: '20 minutes' },
      { section: 'Training and the long run', question: 'How were reps trained?', answer: 'No training' },
    ]);
  });
});
