// `crm-audit questionnaire` through main(), its prompts driven by @inquirer/testing: where the answers go,
// a save after every answer, Ctrl-C and resuming, --situation, --fields with real field lists, and refusals.
import { screen } from '@inquirer/testing/vitest';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { lowCardLabels, runQuestionnaire, shellWord } from '../../src/cli/questionnaire.js';
import type { Prompts } from '../../src/questionnaire/ask.js';
import { AnswersFile, loadAnswers } from '../../src/questionnaire/answers.js';
import { QUESTIONS } from '../../src/questionnaire/questions.js';
import type { FieldResult } from '../../src/result/schema.js';
import { FIXTURES } from '../helpers/cli.js';
import { CTRL_C, drive, shownQuestion, terminalIo, until, type Key } from '../questionnaire/drive.js';

const questionnaire = (io: ReturnType<typeof terminalIo>['io'], ...flags: string[]) => main(['node', 'crm-audit', 'questionnaire', ...flags], io);
const FIELD_LIST = join(FIXTURES, 'fields/fields.csv');
const EXPORT = join(FIXTURES, 'real/salesforce-dataloader/opportunityData.csv');
const questionIds = (file: string) => Object.keys(loadAnswers(file)).filter((k) => k !== 'questionnaire' && k !== 'answeredOn');

describe('crm-audit questionnaire, start to end', () => {
  it('writes answers.json in the current folder after every answer, valid as a whole, and says what to run next', async () => {
    const t = terminalIo();
    const file = join(t.cwd, 'answers.json');
    const savedCounts: number[] = [];
    const d = await drive(questionnaire(t.io), {}, () => savedCounts.push(questionIds(file).length));
    expect(d.code).toBe(0);
    expect(savedCounts).toEqual(d.asked.map((_, i) => i + 1));
    const written = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(AnswersFile.safeParse(written).success).toBe(true);
    expect(Object.keys(written)).toEqual(['questionnaire', 'answeredOn', ...d.asked]);
    // the day of the last answer, as the clock says (it dates an audit that has no other date)
    expect(written['answeredOn']).toBe(new Date().toISOString().slice(0, 10));
    expect(t.out()).toContain(`Done: ${d.asked.length} questions answered, saved in answers.json.`);
    expect(t.out()).toContain('crm-audit analyze --answers answers.json --out report.pdf');
    expect(readdirSync(t.cwd)).toEqual(['answers.json']); // no temp file left
    expect(t.err()).toBe('');
  });

  it('Ctrl-C leaves a valid partial file and says how to go on (exit 130); --answers asks only the rest and updates it in place', async () => {
    const t = terminalIo();
    const file = join(t.cwd, 'answers.json');
    const first = await drive(questionnaire(t.io, '--fields', FIELD_LIST), { activityTracking: [CTRL_C] });
    expect(first.code).toBe(130);
    expect(first.asked).toEqual(['situation', 'goalsWritten', 'repBenefit', 'dataUsePromise', 'kickoffWorkshop', 'repsInDesign', 'activityTracking']);
    expect(questionIds(file)).toEqual(first.asked.slice(0, -1));
    expect(t.err()).toContain('questionnaire stopped; 6 answers are saved in answers.json. To go on:');
    // the planned field list is not asked about yet: the command line to go on names it again
    expect(t.err()).toContain(`  crm-audit questionnaire --answers answers.json --fields ${FIELD_LIST}\n`);
    expect(readdirSync(t.cwd)).toEqual(['answers.json']);

    screen.clear(); // the interrupted prompt is not the next run's
    const again = terminalIo({ cwd: t.cwd });
    const second = await drive(questionnaire(again.io, '--answers', 'answers.json', '--fields', FIELD_LIST));
    expect(second.code).toBe(0);
    expect(again.out()).toContain('Resuming answers.json: 6 of the questions are answered already');
    expect(second.asked[0]).toBe('activityTracking');
    expect(second.asked).toContain('plannedFields');
    expect(second.asked.filter((id) => first.asked.slice(0, -1).includes(id))).toEqual([]);
    const answers = loadAnswers(file);
    expect(Object.keys(answers)).toEqual(['questionnaire', 'answeredOn', ...first.asked.slice(0, -1), ...second.asked]);
    expect(again.out()).toContain(`Done: ${6 + second.asked.length} questions answered (${second.asked.length} now), saved in answers.json.`);
  });

  it('Ctrl-C at the first question: nothing saved, and the same command line starts again', async () => {
    const t = terminalIo();
    const d = await drive(questionnaire(t.io, '--out', 'my answers.json'), { situation: [CTRL_C] });
    expect(d.code).toBe(130);
    expect(readdirSync(t.cwd)).toEqual([]);
    expect(t.err()).toContain("nothing was answered, and nothing saved. To go on:\n  crm-audit questionnaire --out 'my answers.json'\n");
  });

  it('--answers with --out: the partial file stays as it was, the answers go to --out', async () => {
    const t = terminalIo();
    const partial = join(t.cwd, 'partial.json');
    const text = '{\n  "situation": "post-implementation",\n  "goalsWritten": "none"\n}\n';
    writeFileSync(partial, text);
    const d = await drive(questionnaire(t.io, '--answers', 'partial.json', '--out', 'complete.json'));
    expect(d.code).toBe(0);
    expect(d.asked).not.toContain('situation');
    expect(d.live).toContain('activityTracking');
    expect(readFileSync(partial, 'utf8')).toBe(text);
    expect(loadAnswers(join(t.cwd, 'complete.json'))).toMatchObject({ situation: 'post-implementation', goalsWritten: 'none' });
  });
});

describe('--situation and the config', () => {
  it('--situation answers the first question: it is not asked, and it is saved before the next answer', async () => {
    const t = terminalIo();
    const file = join(t.cwd, 'answers.json');
    const run = questionnaire(t.io, '--situation', 'post-implementation');
    await until(() => shownQuestion(), 'the first question');
    expect(shownQuestion()?.q.id).toBe('goalsWritten');
    expect(loadAnswers(file)).toEqual({ questionnaire: expect.any(String), answeredOn: expect.any(String), situation: 'post-implementation' });
    const d = await drive(run, { activityTracking: [CTRL_C] });
    expect(d.code).toBe(130);
    expect(d.live).toContain('kickoffWorkshop');
    expect(t.err()).toContain('crm-audit questionnaire --answers answers.json\n');
  });

  it("the config's analysis.situation answers it too, when neither --situation nor the file does", async () => {
    const t = terminalIo();
    writeFileSync(join(t.cwd, 'crm-audit.config.json'), JSON.stringify({ analysis: { situation: 'in-progress' } }));
    const d = await drive(questionnaire(t.io, '--config', 'crm-audit.config.json'), { goalsWritten: [CTRL_C] });
    expect(d.asked).toEqual(['goalsWritten']);
    expect(loadAnswers(join(t.cwd, 'answers.json'))).toMatchObject({ situation: 'in-progress' });
  });

  it('a --situation that disagrees with the resumed file is refused (exit 2), at the line and column of its answer', async () => {
    const t = terminalIo();
    writeFileSync(join(t.cwd, 'partial.json'), '{\n  "goalsWritten": "none",\n  "situation": "pre-implementation"\n}\n');
    expect(await questionnaire(t.io, '--answers', 'partial.json', '--situation', 'post-implementation')).toBe(2);
    expect(t.err()).toMatch(/^crm-audit: error: partial\.json:3:16: the answers file gives the situation as pre-implementation, and --situation as post-implementation; /);
    expect(t.out()).toBe('');
  });
});

describe('--fields', () => {
  it('a planned field list (test/fixtures/fields): a checkbox over its Low Card fields; the answer keeps counts that add up', async () => {
    const t = terminalIo();
    const planned: Key[] = ['space', 'down', 'down', 'space', 'enter'];
    const run = questionnaire(t.io, '--fields', FIELD_LIST, '--situation', 'pre-implementation');
    const d = await drive(run, { plannedFields: planned, repData: [CTRL_C] });
    expect(d.code).toBe(130);
    const answer = loadAnswers(join(t.cwd, 'answers.json'))['plannedFields'] as { file: string; fields: number; high: number; low: number; lowCard: string[]; lowCardRead: string[] };
    expect(answer.file).toBe('fields.csv');
    expect(answer.fields).toBeGreaterThan(400);
    expect(answer.low).toBe(answer.lowCard.length);
    expect(answer.low).toBeGreaterThan(20);
    expect(answer.high).toBeGreaterThan(20);
    expect(answer.lowCardRead).toEqual([answer.lowCard[0], answer.lowCard[2]]);
    expect(new Set(answer.lowCard).size).toBe(answer.lowCard.length); // each tick names one field
    expect(AnswersFile.safeParse({ plannedFields: answer }).success).toBe(true);
    expect(t.err()).not.toContain('not a field list');
  });

  it('an export (Salesforce Data Loader opportunities): its columns are the fields, and stderr says so', async () => {
    const t = terminalIo();
    const d = await drive(questionnaire(t.io, '--fields', EXPORT, '--situation', 'in-progress'), { plannedFields: ['enter'], repData: [CTRL_C] });
    expect(d.asked).toContain('plannedFields');
    expect(t.err()).toContain('opportunityData.csv is not a field list: its 31 columns are asked about');
    const answer = loadAnswers(join(t.cwd, 'answers.json'))['plannedFields'] as { fields: number; lowCardRead: string[] };
    expect(answer).toMatchObject({ file: 'opportunityData.csv', fields: 31, lowCardRead: [] });
  });

  it('a resumed file that has answered it already: not asked again, and said so', async () => {
    const t = terminalIo();
    const plannedFields = { file: 'old.csv', fields: 10, high: 2, low: 1, lowCard: ['Calls'], lowCardRead: [] };
    writeFileSync(join(t.cwd, 'partial.json'), JSON.stringify({ situation: 'pre-implementation', plannedFields }));
    const d = await drive(questionnaire(t.io, '--answers', 'partial.json', '--fields', FIELD_LIST), { goalsWritten: [CTRL_C] });
    expect(d.asked).toEqual(['goalsWritten']);
    expect(t.err()).toContain('partial.json already holds the answer about a planned field list (plannedFields), so it is not asked again');
  });

  it('Low Card labels two fields share are told apart by object, then by name', () => {
    const f = (name: string, label: string, object: string | null) => ({ name, label, object }) as FieldResult;
    expect(lowCardLabels([f('A', 'Last Activity', 'Account'), f('B', 'Last Activity', 'Lead'), f('C', 'Calls', null), f('X', 'Forecast', 'Opp'), f('Y', 'Forecast', 'Opp')])).toEqual([
      'Last Activity (Account)',
      'Last Activity (Lead)',
      'Calls',
      'Forecast (Opp.X)',
      'Forecast (Opp.Y)',
    ]);
  });
});

describe('a finished file', () => {
  it('resumed, asks nothing, says so, and keeps the day it was answered', async () => {
    const t = terminalIo();
    const file = join(t.cwd, 'done.json');
    writeFileSync(file, readFileSync(join(FIXTURES, '..', '..', 'examples', 'nordwind-tools', 'answers.json'), 'utf8'));
    const d = await drive(questionnaire(t.io, '--answers', 'done.json'));
    expect(d.code).toBe(0);
    expect(d.asked).toEqual([]);
    expect(t.out().replace(/\s+/g, ' ')).toContain('none is left to ask.');
    expect(t.out()).not.toContain('Each answer is saved');
    expect(loadAnswers(file)['answeredOn']).toBe('2026-11-20');
    // the next command on a line of its own, whole
    expect(t.out()).toMatch(/\n {2}crm-audit analyze --answers done\.json --out report\.pdf\n/);
  });
});

describe('refusals', () => {
  it('--out naming a folder, or a file in a folder that does not exist: said as typed, exit 1', async () => {
    const t = terminalIo();
    mkdirSync(join(t.cwd, 'plans'));
    expect(await questionnaire(t.io, '--out', 'plans')).toBe(1);
    expect(t.err()).toContain('plans: the output names a folder, not a file');
    const u = terminalIo({ cwd: t.cwd });
    expect(await questionnaire(u.io, '--out', 'nofolder/a.json')).toBe(1);
    expect(u.err()).toMatch(/error: nofolder\/a\.json: the output folder does not exist/);
  });

  it('no terminal: exit 2, with how to write the answers by hand', async () => {
    const t = terminalIo({ stdin: false });
    expect(await questionnaire(t.io)).toBe(2);
    expect(t.err()).toContain('the questionnaire asks its questions at a terminal');
    expect(t.err()).toContain('`crm-audit schema answers`');
    expect(readdirSync(t.cwd)).toEqual([]);
  });

  it('stdout redirected, stderr a terminal: the questions go to stderr', async () => {
    const t = terminalIo({ stdout: false, stderr: true });
    const d = await drive(questionnaire(t.io), { situation: [CTRL_C] });
    expect(d.code).toBe(130);
    expect(t.out()).toBe('');
    expect(t.err()).toContain('The readiness questionnaire');
  });

  it('an existing output file that is not the one resumed: exit 2, pointing at --answers; --force starts again over it', async () => {
    const t = terminalIo();
    writeFileSync(join(t.cwd, 'answers.json'), '{"situation": "pre-implementation"}');
    expect(await questionnaire(t.io)).toBe(2);
    expect(t.err()).toMatch(/^crm-audit: error: answers\.json: the answers file already exists; resume it with --answers answers\.json, pass --force/);
    const forced = terminalIo({ cwd: t.cwd });
    const d = await drive(questionnaire(forced.io, '--force'), { goalsWritten: [CTRL_C] });
    expect(d.asked).toEqual(['situation', 'goalsWritten']);
  });

  it('an answers file to resume that does not exist: exit 2, pointing at --out for a new one', async () => {
    const t = terminalIo();
    expect(await questionnaire(t.io, '--answers', 'new.json')).toBe(2);
    expect(t.err()).toBe(
      'crm-audit: error: new.json: the answers file to resume was not found; check the path; to start a new answers file, name it with --out instead of --answers\n',
    );
  });

  it('an invalid answers file: exit 2 at its line and column, before any question', async () => {
    const t = terminalIo();
    writeFileSync(join(t.cwd, 'partial.json'), '{\n  "situation": "later"\n}\n');
    expect(await questionnaire(t.io, '--answers', 'partial.json')).toBe(2);
    expect(t.err()).toMatch(/^crm-audit: error: partial\.json:2:16: invalid answers file: situation: /);
    expect(t.out()).toBe('');
    expect(screen.getScreen()).toBe('');
  });
});

describe('the prompts as a parameter', () => {
  it('runs the whole command with scripted prompts, no inquirer involved', async () => {
    const t = terminalIo();
    const messages: string[] = [];
    const prompts = {
      select: async (c: { message: string; choices: readonly { value: string }[] }) => (messages.push(c.message), c.choices[c.choices.length - 1]!.value),
      checkbox: async (c: { message: string; choices: readonly { value: string }[] }) => (messages.push(c.message), [c.choices[0]!.value]),
      input: async (c: { message: string }) => (messages.push(c.message), '7'),
    } as unknown as Prompts;
    expect(await runQuestionnaire({}, t.io, prompts)).toBe(0);
    const answers = loadAnswers(join(t.cwd, 'answers.json'));
    // the last choice of each select: live and unused, activity in a quota, reps keep most tools
    expect(answers).toMatchObject({ situation: 'post-implementation', activityTracking: 'quota', activityInReviews: 'yes', ownTools: 'most', ownToolsPlan: 'none', mandatoryFields: 7 });
    expect(messages).toHaveLength(QUESTIONS.length - 1); // all but the planned field list
    expect(messages).toContain('Are calls and visits counted and reported to management?');
  });

  it('quotes a path for the shell only when it must', () => {
    expect(shellWord('answers.json')).toBe('answers.json');
    expect(shellWord('../client/a-b_c.json')).toBe('../client/a-b_c.json');
    expect(shellWord("Acme's answers.json")).toBe(`'Acme'\\''s answers.json'`);
  });
});
