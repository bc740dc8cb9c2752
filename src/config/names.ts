// A names file (for --redact): one name a line, # starts a comment; UTF-8 with or without BOM.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { usageError } from '../errors.js';

export function readNamesFile(file: string, cwd: string): string[] {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (e) {
    throw usageError(`cannot read the names file (${(e as NodeJS.ErrnoException).code ?? 'unreadable'})`, {
      where: { file },
      hint: 'give a text file with one name a line',
    });
  }
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}
