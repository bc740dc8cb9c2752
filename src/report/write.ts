// Atomic output: write a temp file beside the target, then rename. An existing file is kept unless force.
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { outputError } from '../errors.js';

/** Can `file` be written? Checked before a command does its work, and again when it writes. */
export function checkOutput(file: string, opts: { force?: boolean; shown?: string } = {}): void {
  const where = { file: opts.shown ?? file };
  if (existsSync(file) && statSync(file).isDirectory()) {
    throw outputError('the output names a folder, not a file', { where, hint: 'name a file in that folder with --out' });
  }
  if (existsSync(file) && !opts.force) {
    throw outputError('the output file already exists', {
      where,
      hint: 'pass --force to replace it, or choose another --out',
    });
  }
  const dir = dirname(file);
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) {
    throw outputError('the output folder does not exist', { where, hint: 'create the folder first, or choose another --out' });
  }
}

export function writeAtomic(file: string, content: string | Uint8Array, opts: { force?: boolean } = {}): void {
  checkOutput(file, opts);
  const dir = dirname(file);
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code ?? 'write failed';
    throw outputError(`cannot write the output (${code})`, {
      where: { file },
      hint: 'check that the folder exists and is writable',
      cause: e,
    });
  }
}

/** Spreadsheet-safe CSV cell: quote when needed, and defuse formulas (=, +, -, @, tab, CR at the start). */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
