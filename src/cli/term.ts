// Terminal helpers: colour that follows the terminal and NO_COLOR, safe text, progress on a TTY only.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Io } from './command.js';
import { safeText } from '../report/safe-text.js';

// Data strings go through safeText before they reach the terminal.
export { safeText };

export function colorFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): ChalkInstance {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const force = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== '';
  const level = noColor ? 0 : force || stream.isTTY ? 1 : 0;
  return new Chalk({ level });
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
