// Drive the questionnaire's real inquirer prompts through @inquirer/testing's screen: find the question on
// the screen, press keys, wait for the next one. A test file imports '@inquirer/testing/vitest' before this
// and before src, so that the prompts ask.ts imports are the screen's.
import { screen } from '@inquirer/testing/vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import type { Io } from '../../src/cli/command.js';
import { QUESTIONS, type Question } from '../../src/questionnaire/questions.js';

/** A key by its name ('enter', 'down', 'space'), Ctrl-C, or text typed. */
export type Key = string | { name: string; ctrl: true } | { type: string };
export const CTRL_C: Key = { name: 'c', ctrl: true };

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

export function press(keys: readonly Key[]): void {
  for (const k of keys) {
    if (typeof k === 'string') screen.keypress(k);
    else if ('type' in k) screen.type(k.type);
    else screen.keypress(k);
  }
}

/** The screen as one line (the prompts wrap their text). */
export const screenText = () => norm(screen.getScreen());

/** Poll until `probe` gives a value; fail, with what the screen shows, after `ms`. */
export async function until<T>(probe: () => T | undefined, what: string, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; the screen shows: ${screen.getScreen()}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

/** The question being asked (its prompt waits for an answer), and in which wording. */
export function shownQuestion(): { q: Question; live: boolean } | undefined {
  const text = screenText();
  if (!text.startsWith('?')) return undefined;
  for (const q of QUESTIONS) {
    if (q.live && q.live !== q.text && text.includes(norm(q.live))) return { q, live: true };
    if (text.includes(norm(q.text))) return { q, live: false };
  }
  return undefined;
}

/** The first choice, one tick, a number in range, or no Low Card field ticked. */
export function defaultKeys(q: Question): Key[] {
  switch (q.kind) {
    case 'select':
    case 'planned-fields':
      return ['enter'];
    case 'checkbox':
      return ['space', 'enter'];
    case 'number':
      return [{ type: String(q.min + 1) }, 'enter'];
  }
}

export interface Driven {
  code: number | undefined;
  error: unknown;
  /** the questions asked, in order */
  asked: string[];
  /** the ids of those asked in the post-implementation wording */
  live: string[];
}

/**
 * Answer every question `run` asks, by `plan` (keys by question id) or else by `defaultKeys`, until it settles.
 * `after(id)` runs once the answer to `id` is given and the next question (or the end) is reached.
 */
export async function drive(
  run: Promise<number>,
  plan: Partial<Record<string, readonly Key[]>> = {},
  after?: (id: string) => void,
): Promise<Driven> {
  let settled = false;
  const outcome = run.then(
    (code) => ({ code, error: undefined }),
    (error: unknown) => ({ code: undefined, error }),
  );
  void outcome.then(() => (settled = true));
  const asked: string[] = [];
  const live: string[] = [];
  for (;;) {
    const last = asked[asked.length - 1];
    const next = await until(() => {
      if (settled) return 'end' as const;
      const s = shownQuestion();
      return s && s.q.id !== last ? s : undefined;
    }, `the question after ${last ?? 'the start'}`);
    if (last && after) after(last);
    if (next === 'end') break;
    asked.push(next.q.id);
    if (next.live) live.push(next.q.id);
    press(plan[next.q.id] ?? defaultKeys(next.q));
  }
  return { ...(await outcome), asked, live };
}

/** Everything written to a stream, as text. */
export function collector(tty: boolean, columns = 80): Writable & { isTTY: boolean; columns: number; text(): string } {
  const chunks: string[] = [];
  const w = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return Object.assign(w, { isTTY: tty, columns, text: () => chunks.join('') });
}

/** A terminal's io for `runQuestionnaire`, in a fresh folder; `stdin: false` is no terminal. */
export function terminalIo(opts: { stdin?: boolean; stdout?: boolean; stderr?: boolean; cwd?: string } = {}) {
  const stdout = collector(opts.stdout ?? true);
  const stderr = collector(opts.stderr ?? false);
  const cwd = opts.cwd ?? mkdtempSync(join(tmpdir(), 'crm-audit-questionnaire-'));
  const io: Io = { stdin: Object.assign(new PassThrough(), { isTTY: opts.stdin ?? true }), stdout, stderr, cwd, env: { NO_COLOR: '1' } };
  return { io, cwd, out: () => stdout.text(), err: () => stderr.text() };
}
