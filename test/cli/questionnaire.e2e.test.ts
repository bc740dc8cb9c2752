// The built bin at a real terminal (tmux): the whole questionnaire answered with arrow keys, space, Enter and
// digits, refusals seen on the screen, then Ctrl-C midway and --answers to go on. The answers file is checked.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AnswersFile, loadAnswers } from '../../src/questionnaire/answers.js';
import { QUESTIONS, questionText, type Question } from '../../src/questionnaire/questions.js';
import { BIN } from '../helpers/cli.js';
import { EXITED, inCi, tmuxFound, tmuxTests, TmuxSession } from '../helpers/tmux.js';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The question being asked: the last `? ` line of the pane and what follows it, matched to a question's wording. */
function asked(screen: string, situation: string): Question | undefined {
  const lines = screen.split('\n');
  const at = lines.map((l) => l.startsWith('? ')).lastIndexOf(true);
  if (at < 0) return undefined;
  const text = norm(lines.slice(at).join(' ').slice(2));
  return QUESTIONS.find((q) => text.startsWith(norm(questionText(q, situation))));
}

describe.runIf(tmuxTests())('crm-audit questionnaire at a real terminal (tmux)', () => {
  const sessions: TmuxSession[] = [];
  const start = (argv: string[], cwd: string, env: Record<string, string | null> = {}, width = 120) => {
    const s = new TmuxSession(`q${sessions.length}`, [process.execPath, BIN, 'questionnaire', ...argv], { cwd, env, width });
    sessions.push(s);
    return s;
  };
  afterEach(() => {
    for (const s of sessions.splice(0)) s.kill();
  });

  it.runIf(inCi)('has tmux in CI', () => {
    expect(tmuxFound, 'tmux not found: install it (apt-get install tmux) before the tests; .ci/run does').toBe(true);
  });

  it('answers the whole questionnaire with the keys, in colour, and writes the answers file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-audit-tmux-'));
    const file = join(dir, 'answers.json');
    const t = start(['--out', file], dir, { NO_COLOR: null, FORCE_COLOR: null });
    const at = (id: string) => t.waitFor((s) => asked(s, 'pre-implementation')?.id === id, `the question ${id}`);
    const answer = async (id: string, ...keys: string[]) => {
      await at(id);
      t.keys(...keys);
    };
    const typed = async (id: string, text: string) => {
      await at(id);
      t.type(text);
      t.keys('Enter');
    };
    const refused = (message: string) => t.waitFor((s) => s.includes(message), `the refusal "${message}"`);

    await at('situation');
    expect(t.screen()).toContain('The readiness questionnaire: 24 questions at most');
    expect(t.screen()).toContain('── The situation');
    expect(t.screen()).toContain('Not started (a CRM is planned or being chosen)');
    await answer('situation', 'Enter');
    await answer('goalsWritten', 'Down', 'Enter');
    await answer('repBenefit', 'Enter');
    await answer('dataUsePromise', 'Down', 'Enter');
    await answer('kickoffWorkshop', 'Down', 'Down', 'Enter');
    await answer('repsInDesign', 'Enter');
    await answer('activityTracking', 'Down', 'Enter');
    await answer('activityInReviews', 'Down', 'Enter');
    // a number out of range is refused on the screen, then corrected
    await typed('mandatoryFields', '250');
    await refused('Give a number from 0 to 200');
    t.keys('BSpace', 'BSpace', 'BSpace');
    t.type('8');
    t.keys('Enter');
    await answer('repData', 'Space', 'Down', 'Space', 'Enter');
    await answer('planningViews', 'Space', 'Enter');
    await answer('repDashboard', 'Enter');
    await answer('mobileAccess', 'Down', 'Enter');
    await typed('entryMinutes', '27.5');
    // "None of these" with another choice is refused; untick it and the answer goes
    await answer('entryAutomation', 'Space', 'Down', 'Down', 'Down', 'Down', 'Down', 'Space', 'Enter');
    await refused('"None of these" cannot be ticked with another choice');
    t.keys('Space', 'Enter');
    for (const id of ['sponsor', 'managersUseIt', 'starsExempt', 'trainingPlan', 'supportAfterLaunch', 'planHorizon']) await answer(id, 'Enter');
    await answer('ownTools', 'Down', 'Enter');
    await answer('ownToolsPlan', 'Down', 'Enter');

    expect(await t.exitCode()).toBe(0);
    const screen = t.screen();
    expect(screen).toContain('Done: 23 questions answered, saved in');
    expect(norm(screen)).toContain(`crm-audit analyze --answers ${file} --out report.pdf`);
    expect(screen).toContain('✔ Will activity figures from the CRM be used in performance reviews or bonuses? Not decided');
    expect(t.screen({ escapes: true })).toContain('\u001b['); // colour on a terminal
    const written = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    expect(AnswersFile.safeParse(written).success).toBe(true);
    expect(written).toEqual({
      questionnaire: expect.any(String),
      answeredOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      situation: 'pre-implementation',
      goalsWritten: 'management',
      repBenefit: 'concrete',
      dataUsePromise: 'informal',
      kickoffWorkshop: 'none',
      repsInDesign: 'several',
      activityTracking: 'reported',
      activityInReviews: 'undecided',
      mandatoryFields: 8,
      repData: ['orders', 'invoices'],
      planningViews: ['account-plans'],
      repDashboard: 'at-login',
      mobileAccess: 'limited',
      entryMinutes: 27.5,
      entryAutomation: ['email'],
      sponsor: 'active',
      managersUseIt: 'yes',
      starsExempt: 'no',
      trainingPlan: 'by-cohort',
      supportAfterLaunch: 'ongoing',
      planHorizon: 'multi-year',
      ownTools: 'some',
      ownToolsPlan: 'migrate',
    });
  });

  it('Ctrl-C midway exits 130 with the command line to go on; that command asks the rest, without colour under NO_COLOR, on a narrow terminal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-audit-tmux-'));
    const first = start(['--out', 'answers.json'], dir, { NO_COLOR: '1' });
    await first.waitFor((s) => asked(s, '')?.id === 'situation', 'the first question');
    first.keys('Down', 'Down', 'Enter');
    await first.waitFor((s) => asked(s, 'post-implementation')?.id === 'goalsWritten', 'goalsWritten');
    first.keys('Enter');
    await first.waitFor((s) => asked(s, 'post-implementation')?.id === 'repBenefit', 'repBenefit');
    first.keys('C-c');
    expect(await first.exitCode()).toBe(130);
    expect(first.screen()).toContain('crm-audit: questionnaire stopped; 2 answers are saved in answers.json. To go on:');
    expect(first.screen()).toMatch(/^ {2}crm-audit questionnaire --answers answers\.json$/m);
    expect(loadAnswers(join(dir, 'answers.json'))).toEqual({ questionnaire: expect.any(String), answeredOn: expect.any(String), situation: 'post-implementation', goalsWritten: 'shared' });

    // the command it gave, on a terminal 60 columns wide
    const second = start(['--answers', 'answers.json'], dir, { NO_COLOR: '1' }, 60);
    await second.waitFor((s) => norm(s).includes('Resuming answers.json: 2 of the questions are answered already'), 'the resumption');
    const seen: string[] = [];
    for (;;) {
      const q = await second.waitFor((s) => {
        if (EXITED.test(s)) return 'end';
        const now = asked(s, 'post-implementation');
        return now?.id !== seen[seen.length - 1] && now;
      }, 'the next question or the end');
      if (q === 'end') break;
      seen.push(q.id);
      if (q.kind === 'number') second.type('3');
      if (q.kind === 'checkbox') second.keys('Space');
      second.keys('Enter');
    }
    expect(await second.exitCode()).toBe(0);
    expect(seen[0]).toBe('repBenefit');
    expect(seen).not.toContain('situation');
    expect(seen).not.toContain('activityInReviews'); // the first choice of activityTracking: not counted
    // no colour; every question wrapped between words, never inside one, in its wording after go-live
    expect(second.screen({ escapes: true, history: true })).not.toContain('\u001b[');
    const transcript = norm(second.screen({ history: true }));
    for (const id of seen) expect(transcript).toContain(`✔ ${norm(questionText(QUESTIONS.find((q) => q.id === id)!, 'post-implementation'))}`);
    const answers = loadAnswers(join(dir, 'answers.json'));
    expect(Object.keys(answers)).toEqual(['questionnaire', 'answeredOn', 'situation', 'goalsWritten', ...seen]);
  });
});
