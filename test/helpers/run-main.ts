// The command line run in-process, as a user would type it in `cwd`, with what it prints captured (no colour).
import { PassThrough } from 'node:stream';
import type { Io } from '../../src/cli/command.js';
import { main } from '../../src/cli/main.js';

export async function runMain(cwd: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += String(d)));
  stderr.on('data', (d) => (err += String(d)));
  const io: Io = { stdout, stderr, stdin: new PassThrough(), cwd, env: { NO_COLOR: '1' } };
  const code = await main(['node', 'crm-audit', ...args], io);
  return { code, out, err };
}
