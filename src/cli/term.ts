// Terminal helpers: colour that follows the terminal and NO_COLOR, safe text, progress on a TTY only.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Io } from './command.js';

export function colorFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): ChalkInstance {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const force = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== '';
  const level = noColor ? 0 : force || stream.isTTY ? 1 : 0;
  return new Chalk({ level });
}

// C0/C1 control characters and ANSI escapes in data must never reach the terminal.
// eslint-disable-next-line no-control-regex
// The escape-sequence alternative comes first, or ESC alone would be removed and "[31m" left behind.
// Bidirectional overrides are removed too: they can make a file name read backwards.
const CONTROL = /\u001b\[[0-9;?]*[ -\/]*[@-~]|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Make a data value safe to print: no control characters, no escape sequences, newlines as spaces. */
export function safeText(value: string): string {
  return value.replace(/\r\n|\r|\n|\t/g, ' ').replace(CONTROL, '');
}

export interface Progress {
  update(done: number, total: number | null, label: string): void;
  done(): void;
}

/** A single-line progress indicator on stderr, only on a terminal and not with --quiet. */
export function progressFor(io: Io, quiet: boolean): Progress {
  if (quiet || !io.stderr.isTTY) return { update() {}, done() {} };
  let last = 0;
  let shown = false;
  return {
    update(done, total, label) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      shown = true;
      const pct = total ? ` ${Math.min(100, Math.floor((done / total) * 100))}%` : '';
      io.stderr.write(`\r\u001b[2K${safeText(label)}${pct}`);
    },
    done() {
      if (shown) io.stderr.write('\r\u001b[2K');
      shown = false;
    },
  };
}
