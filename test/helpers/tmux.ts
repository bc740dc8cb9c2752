// A real terminal for end-to-end tests of what is asked at one (the questionnaire): tmux runs the command in
// a detached session of a known size, keys are sent with send-keys, the screen is read with capture-pane.
// Each session has a tmux server of its own (a private socket): no one else's sessions are seen, and a
// server that exits with its last session is never the one the next session starts on.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const inCi = process.env.CI === 'true';
export const tmuxFound = spawnSync('tmux', ['-V'], { encoding: 'utf8' }).status === 0;

/**
 * Whether the tests that need tmux run. In CI they always run, so that a missing tmux fails them; elsewhere
 * they are skipped, loudly.
 */
export function tmuxTests(): boolean {
  if (tmuxFound || inCi) return true;
  console.warn(
    '\n' +
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n' +
      '!! No tmux found: the questionnaire tests at a real terminal are SKIPPED here.       !!\n' +
      '!! Install it (apt-get install tmux; .ci/run does). In CI (CI=true) they fail.       !!\n' +
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n',
  );
  return false;
}

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** The line a finished command leaves in the pane, with its exit code. */
export const EXITED = /\[exit (\d+)\]/;

let sockets: string | undefined;
let started = 0;

export class TmuxSession {
  private readonly socket = join((sockets ??= mkdtempSync(join(tmpdir(), 'crm-audit-tmux-'))), `s${++started}`);

  /**
   * Start `argv` in a new detached session `name`, `width` x `height`, in `cwd`, with `env` set (a value of
   * null unsets it). When the command ends, the pane shows `[exit CODE]` and stays open.
   */
  constructor(
    readonly name: string,
    argv: readonly string[],
    opts: { cwd: string; env?: Record<string, string | null>; width?: number; height?: number },
  ) {
    const env = Object.entries(opts.env ?? {}).map(([k, v]) => (v === null ? `-u ${k}` : `${k}=${shellQuote(v)}`));
    const command = `env ${env.join(' ')} ${argv.map(shellQuote).join(' ')}; echo "[exit $?]"; sleep 600`;
    this.tmux('new-session', '-d', '-s', name, '-x', String(opts.width ?? 120), '-y', String(opts.height ?? 40), '-c', opts.cwd, command);
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-S', this.socket, ...args], { encoding: 'utf8' });
  }

  /**
   * What the pane shows; with `escapes`, its colours and attributes as escape sequences; with `history`, the
   * lines scrolled off its top too.
   */
  screen(opts: { escapes?: boolean; history?: boolean } = {}): string {
    return this.tmux('capture-pane', '-p', ...(opts.escapes ? ['-e'] : []), ...(opts.history ? ['-S', '-'] : []), '-t', this.name);
  }

  /** Keys by tmux's names: Enter, Down, Up, Space, BSpace, C-c. */
  keys(...keys: string[]): void {
    this.tmux('send-keys', '-t', this.name, ...keys);
  }

  /** Text typed as it is. */
  type(text: string): void {
    this.tmux('send-keys', '-t', this.name, '-l', text);
  }

  /** Poll the pane until `probe` finds what it looks for; fail after `ms`, saying what and showing the pane. */
  async waitFor<T>(probe: (screen: string) => T | undefined | null | false, what: string, ms = 20_000): Promise<T> {
    const end = Date.now() + ms;
    for (;;) {
      const screen = this.screen();
      const found = probe(screen);
      if (found !== undefined && found !== null && found !== false) return found;
      if (Date.now() > end) throw new Error(`tmux: timed out after ${ms} ms waiting for ${what}; the pane shows:\n${screen}`);
      await new Promise((r) => setTimeout(r, 40));
    }
  }

  /** Wait until the command has ended; its exit code. */
  async exitCode(ms?: number): Promise<number> {
    return Number((await this.waitFor((s) => EXITED.exec(s), 'the command to end', ms))[1]);
  }

  /** End the session, and with it its server; its socket is removed. */
  kill(): void {
    try {
      this.tmux('kill-session', '-t', this.name);
    } catch {
      // already gone
    }
    rmSync(this.socket, { force: true });
  }
}
