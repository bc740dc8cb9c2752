// The --chrome flag's value as a path: shared by the commands and by the early browser start.
import { existsSync } from 'node:fs';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import type { Io } from './command.js';

/** --chrome takes a path, or a bare program name looked up on PATH (e.g. --chrome chromium). */
export function resolveChrome(value: string | undefined, io: Pick<Io, 'cwd' | 'env'>): string | undefined {
  if (value === undefined) return undefined;
  if (isAbsolute(value) || /[\\/]/.test(value)) return resolve(io.cwd, value);
  const exts = process.platform === 'win32' ? ['', '.exe'] : [''];
  for (const dir of (io.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const ext of exts) {
      const candidate = join(dir, value + ext);
      if (existsSync(candidate)) return candidate;
    }
  }
  return resolve(io.cwd, value);
}
