// The questionnaire's prompts, driven through @inquirer/testing: the branching, the wording by situation,
// the refusals (an exclusive "None of these" with another choice, a number out of its range), and a save
// after every answer.
import { screen } from '@inquirer/testing/vitest';
import { Chalk } from 'chalk';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { askQuestions, checkboxProblem, numberProblem, readTyped, wrapStyled, type PlannedList } from '../../src/questionnaire/ask.js';
import { AnswersFile } from '../../src/questionnaire/answers.js';
import { QUESTION_BY_ID, QUESTIONS, type Answers, type CheckboxQuestion, type NumberQuestion } from '../../src/questionnaire/questions.js';
import { collector, CTRL_C, drive, press, screenText, shownQuestion, until, type Key } from './drive.js';

function ask(answers: Answers = {}, planned?: PlannedList) {
  const output = collector(true);
  const saves: Answers[] = [];
  const run = askQuestions({
    terminal: { input: new PassThrough(), output, color: new Chalk({ level: 0 }) },
    answers,
    planned,
    save: (a) => saves.push(a),
  });
  return { run, saves, output };
}

/** Keys that pick the choice with this value in a select (or tick it in a checkbox, with space). */
function pick(id: string, value: string, then: Key = 'enter'): Key[] {
  const q = QUESTION_BY_ID.get(id)!;
  const i = 'choices' in q ? q.choices.findIndex((c) => c.value === value) : -1;
  if (i < 0) throw new Error(`${id} has no choice ${value}`);
  return [...Array<Key>(i).fill('down'), then];
}

const count = async (p: Promise<{ answers: Answers; asked: number }>) => p.then((r) => r.asked);

describe('branching', () => {
  it('before implementation: the future wording; no question about activity in reviews when none is counted, none about the plan for tools nobody keeps', async () => {
    const { run, saves, output } = ask();
    const d = await drive(count(run), {
      situation: pick('situation', 'pre-implementation'),
      activityTracking: pick('activityTracking', 'none'),
      ownTools: pick('ownTools', 'none'),
    });
    expect(d.error).toBeUndefined();
    expect(d.asked).not.toContain('activityInReviews');
    expect(d.asked).not.toContain('ownToolsPlan');
    expect(d.asked).not.toContain('plannedFields'); // no --fields
    expect(d.live).toEqual([]);
    expect(d.asked).toEqual(QUESTIONS.map((q) => q.id).filter((id) => !['activityInReviews', 'ownToolsPlan', 'plannedFields'].includes(id)));
    const { answers } = await run;
    expect(answers).toMatchObject({ situation: 'pre-implementation', activityTracking: 'none', ownTools: 'none' });
    expect(AnswersFile.safeParse(answers).success).toBe(true);
    expect(saves).toHaveLength(d.asked.length);
    // a heading for each section, in order, once
    const headings = output.text().split('\n').filter((l) => l.startsWith('── '));
    expect(headings).toEqual(['── The situation', '── Goals', "── The reps' part in it", '── Controls', '── Value for the reps', '── Data entry', '── Leadership', '── Training and the long run', '── Tools the reps keep']);
  });

  it('after go-live: the live wording, and the follow-up questions when activity is counted and reps keep their own tools', async () => {
    const { run } = ask();
    const d = await drive(count(run), {
      situation: pick('situation', 'post-implementation'),
      activityTracking: pick('activityTracking', 'quota'),
      activityInReviews: pick('activityInReviews', 'yes'),
      ownTools: pick('ownTools', 'most'),
      ownToolsPlan: pick('ownToolsPlan', 'migrate'),
    });
    expect(d.asked).toContain('activityInReviews');
    expect(d.asked[d.asked.length - 1]).toBe('ownToolsPlan');
    // every question that has a wording of its own after go-live was asked in it
    const withLive = QUESTIONS.filter((q) => q.live && q.live !== q.text && d.asked.includes(q.id)).map((q) => q.id);
    expect(d.live).toEqual(withLive);
    expect(d.live).toContain('activityTracking');
    const { answers } = await run;
    expect(answers).toMatchObject({ activityTracking: 'quota', activityInReviews: 'yes', ownTools: 'most', ownToolsPlan: 'migrate' });
  });

  it('in progress: the future wording too', async () => {
    const { run } = ask({ situation: 'in-progress' });
    await until(() => shownQuestion(), 'the first question');
    expect(screenText()).toContain('Are the goals of the CRM written down');
    const d = await drive(count(run), { kickoffWorkshop: [CTRL_C] });
    expect(d.live).toEqual([]);
    expect(d.asked).toEqual(['goalsWritten', 'repBenefit', 'dataUsePromise', 'kickoffWorkshop']);
    expect(screenText()).toContain("Is there a kickoff workshop where the reps'");
  });
});

describe('refusals', () => {
  it('"None of these" cannot be ticked with another choice, and an empty tick list is refused', async () => {
    const { run } = ask({ situation: 'pre-implementation', goalsWritten: 'shared', repBenefit: 'concrete', dataUsePromise: 'written', kickoffWorkshop: 'held', repsInDesign: 'several', activityTracking: 'none', mandatoryFields: 3 });
    await until(() => (shownQuestion()?.q.id === 'repData' ? true : undefined), 'repData');
    // tick the first choice and "None of these"
    const none = QUESTION_BY_ID.get('repData') as CheckboxQuestion;
    screen.keypress('space');
    for (let i = 1; i < none.choices.length; i++) screen.keypress('down');
    screen.keypress('space');
    screen.keypress('enter');
    await until(() => (screenText().includes('"None of these" cannot be ticked with another choice') ? true : undefined), 'the refusal');
    expect(shownQuestion()?.q.id).toBe('repData');
    // nothing ticked
    screen.keypress('space');
    for (let i = 1; i < none.choices.length; i++) screen.keypress('up');
    screen.keypress('space');
    screen.keypress('enter');
    await until(() => (screenText().includes('Tick at least one (space), or "None of these"') ? true : undefined), 'the refusal of nothing');
    // "None of these" alone is an answer
    for (let i = 1; i < none.choices.length; i++) screen.keypress('down');
    screen.keypress('space');
    screen.keypress('enter');
    await until(() => (shownQuestion()?.q.id === 'planningViews' ? true : undefined), 'the next question');
    press([CTRL_C]);
    await expect(run).rejects.toMatchObject({ name: 'ExitPromptError' });
  });

  it('a number out of its range, or a fraction of a field, is refused; minutes take a fraction', async () => {
    const { run, saves } = ask({ situation: 'pre-implementation', goalsWritten: 'shared', repBenefit: 'concrete', dataUsePromise: 'written', kickoffWorkshop: 'held', repsInDesign: 'several', activityTracking: 'none' });
    await until(() => (shownQuestion()?.q.id === 'mandatoryFields' ? true : undefined), 'mandatoryFields');
    expect(screenText()).toContain('Fields (0 to 200):');
    const refused = async (typed: string, message: string) => {
      screen.type(typed);
      screen.keypress('enter');
      await until(() => (screenText().includes(message) ? true : undefined), `the refusal of ${typed}`);
      for (let i = 0; i < typed.length; i++) screen.keypress('backspace');
    };
    await refused('201', 'Give a number from 0 to 200');
    await refused('-1', 'Give a number of fields, 0 to 200');
    await refused('2.5', 'Give a whole number of fields');
    await refused('many', 'Give a number of fields, 0 to 200');
    // hex, exponents and signs are not how a number of fields is written
    await refused('0x10', 'Give a number of fields, 0 to 200');
    await refused('1e2', 'Give a number of fields, 0 to 200');
    expect(saves).toEqual([]);
    screen.type('12');
    screen.keypress('enter');
    await until(() => (saves.length === 1 ? true : undefined), 'the answer saved');
    expect(saves[0]).toMatchObject({ mandatoryFields: 12 });
    // a decimal comma, as much of Europe writes it
    const d = await drive(count(run), { entryMinutes: [{ type: '27,5' }, 'enter'], entryAutomation: [CTRL_C] });
    expect(d.error).toMatchObject({ name: 'ExitPromptError' });
    expect(saves[saves.length - 1]).toMatchObject({ mandatoryFields: 12, entryMinutes: 27.5 });
  });

  it('reads a number as a person types it', () => {
    expect(readTyped('12')).toBe(12);
    expect(readTyped(' 27.5 ')).toBe(27.5);
    expect(readTyped('27,5')).toBe(27.5);
    for (const bad of ['', '0x10', '1e2', '-0', '+3', '1.2.3', '12 fields', '½', '1,000']) expect(readTyped(bad), bad).toBeUndefined();
  });

  it('the same rules, as pure functions', () => {
    const minutes = QUESTION_BY_ID.get('entryMinutes') as NumberQuestion;
    const fields = QUESTION_BY_ID.get('mandatoryFields') as NumberQuestion;
    expect(numberProblem(minutes, 27.5)).toBe(true);
    expect(numberProblem(minutes, 481)).toBe('Give a number from 0 to 480');
    expect(numberProblem(fields, 2.5)).toBe('Give a whole number of fields');
    expect(numberProblem(fields, undefined)).toBe('Give a number of fields, 0 to 200');
    const auto = QUESTION_BY_ID.get('entryAutomation') as CheckboxQuestion;
    expect(checkboxProblem(auto, ['email', 'calendar'])).toBe(true);
    expect(checkboxProblem(auto, ['none'])).toBe(true);
    expect(checkboxProblem(auto, ['email', 'none'])).toBe('"None of these" cannot be ticked with another choice');
    // what the prompt refuses, the answers file refuses too
    expect(AnswersFile.safeParse({ entryAutomation: ['email', 'none'] }).success).toBe(false);
    expect(AnswersFile.safeParse({ mandatoryFields: 2.5 }).success).toBe(false);
    expect(AnswersFile.safeParse({ entryMinutes: 27.5 }).success).toBe(true);
  });
});

describe('saving', () => {
  it('hands every answer to save as soon as it is given, with all the answers before it', async () => {
    const { run, saves } = ask();
    const seen: number[] = [];
    const d = await drive(count(run), {}, () => seen.push(saves.length));
    // by the time the next question shows, the answer before it is saved
    expect(seen).toEqual(d.asked.map((_, i) => i + 1));
    saves.forEach((s, i) => expect(Object.keys(s)).toEqual(d.asked.slice(0, i + 1)));
  });

  it('asks only what a partial set of answers leaves open', async () => {
    const partial = { situation: 'post-implementation', goalsWritten: 'none', activityTracking: 'none', entryMinutes: 40, ownTools: 'some' };
    const { run } = ask(partial);
    const d = await drive(count(run));
    expect(d.asked).not.toContain('situation');
    expect(d.asked).not.toContain('goalsWritten');
    expect(d.asked).not.toContain('activityInReviews');
    expect(d.asked[d.asked.length - 1]).toBe('ownToolsPlan');
    expect(d.asked).toHaveLength(QUESTIONS.length - 5 - 2); // the five answered; no activityInReviews, no plannedFields
    const { answers, asked } = await run;
    expect(asked).toBe(d.asked.length);
    expect(answers).toMatchObject(partial);
  });
});

describe('a hand-written file resumed', () => {
  it('drops a follow-up answer that a new answer makes moot, says so, and saves a file analyze accepts', async () => {
    const { run, saves, output } = ask({ situation: 'pre-implementation', activityInReviews: 'yes' });
    const d = await drive(count(run), { activityTracking: pick('activityTracking', 'none') });
    expect(d.error).toBeUndefined();
    const { answers } = await run;
    expect(answers).not.toHaveProperty('activityInReviews');
    expect(output.text()).toContain('the earlier answer to "Activity in reviews or bonuses" no longer applies and is dropped');
    expect(AnswersFile.safeParse(answers).success).toBe(true);
    expect(AnswersFile.safeParse(saves[saves.length - 1]).success).toBe(true);
  });
});

describe('a planned field list', () => {
  const planned: PlannedList = { file: 'planned.csv', fields: 40, high: 10, low: 3, lowCard: ['Call count', 'Visit report', 'Next Step (Task)'] };

  it('asks which of its Low Card fields someone reads, and keeps the counts with the ticks', async () => {
    const { run, saves } = ask({ situation: 'pre-implementation', goalsWritten: 'shared', repBenefit: 'concrete', dataUsePromise: 'written', kickoffWorkshop: 'held', repsInDesign: 'several', activityTracking: 'none', mandatoryFields: 5 }, planned);
    await until(() => (shownQuestion()?.q.id === 'plannedFields' ? true : undefined), 'plannedFields');
    expect(screenText()).toContain('planned.csv has 3 Low Card fields among its 40');
    expect(screenText()).toContain('Visit report');
    screen.keypress('down');
    screen.keypress('space');
    screen.keypress('enter');
    await until(() => (shownQuestion()?.q.id === 'repData' ? true : undefined), 'repData');
    const answer = { ...planned, lowCardRead: ['Visit report'] };
    expect(saves).toEqual([expect.objectContaining({ plannedFields: answer })]);
    expect(AnswersFile.safeParse({ plannedFields: answer }).success).toBe(true);
    press([CTRL_C]);
    await expect(run).rejects.toMatchObject({ name: 'ExitPromptError' });
  });

  it('without a Low Card field, there is nothing to tick and nothing is asked', async () => {
    const { run, saves, output } = ask(
      { situation: 'pre-implementation', goalsWritten: 'shared', repBenefit: 'concrete', dataUsePromise: 'written', kickoffWorkshop: 'held', repsInDesign: 'several', activityTracking: 'none', mandatoryFields: 5 },
      { ...planned, low: 0, lowCard: [] },
    );
    await until(() => (shownQuestion()?.q.id === 'repData' ? true : undefined), 'repData');
    expect(saves[0]?.['plannedFields']).toEqual({ file: 'planned.csv', fields: 40, high: 10, low: 0, lowCard: [], lowCardRead: [] });
    expect(output.text()).toContain('none of its 40 fields is a Low Card control');
    press([CTRL_C]);
    await expect(run).rejects.toThrow();
  });
});

describe('wrapStyled', () => {
  it('wraps at word boundaries, indents the lines after the first, and styles word by word', () => {
    const text = wrapStyled([['one two three four five six seven eight nine ten eleven', (s) => s]], 24, 2);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(24);
    expect(text.split('\n').slice(1).every((l) => l.startsWith('  ') && !l.startsWith('   '))).toBe(true);
    expect(text.replace(/\s+/g, ' ')).toBe('one two three four five six seven eight nine ten eleven');
    expect(wrapStyled([['a', (s) => s], ['(b c)', (s) => `<${s}>`]], 80, 2)).toBe('a <(b> <c)>');
  });
});
