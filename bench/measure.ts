// What the stages of `npm run bench` share: one measured run in a child process of its own, and the best of three.
import { execFileSync } from 'node:child_process';

export interface Run {
  mode: string;
  rows: number;
  ms: number;
  maxRssMB: number;
}

/** One run of a bench child (`tsx <script> <args...>`), which prints its Run as its last line. */
export function measure(root: string, script: string, args: readonly string[]): Run {
  const out = execFileSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as Run;
}

/** Each run three times, alternating, and the best of each: a busy moment of the machine does not decide. */
export function bestOfThree(runs: readonly (() => Run)[]): Run[] {
  const all: Run[][] = runs.map(() => []);
  for (let i = 0; i < 3; i++) runs.forEach((run, j) => all[j]!.push(run()));
  return all.map((rs) => rs.reduce((a, b) => (b.ms < a.ms ? b : a)));
}

export const pad = (s: string, n: number): string => s.padEnd(n);
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
