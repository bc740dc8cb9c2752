// A names file (for --redact): one name a line, # starts a comment. Read with the CSV reader's decoding (a BOM,
// UTF-16 with or without one, UTF-8, else Windows-1252; --encoding forces one), so that a list saved by Notepad as
// "ANSI" or "Unicode" is read as written. A binary file is refused; a line that does not look like a name is
// warned about by its line number, never shown.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { usageError } from '../errors.js';
import { decodeWhole, InvalidUtf8Error, sniffBinary, sniffEncoding } from './decode.js';
import type { Encoding } from './types.js';

export interface NamesFile {
  names: string[];
  encoding: Encoding;
  /** what the user should know, with the line it is about (or null); never a line's text */
  warnings: { line: number | null; message: string }[];
}

/** Longer than this, a line is a sentence or a pasted row, not a name. */
const LONGEST_NAME = 60;
const MOST_WORDS = 6;
const LISTED_LINES = 5;

/** Why a line does not look like a name, or null. An address is left to the address rule, digits and all. */
export function notAName(line: string): string | null {
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/.test(line)) return 'it holds characters that are not text';
  if (line.length > LONGEST_NAME) return `it is ${line.length} characters long`;
  if (line.split(/\s+/).length > MOST_WORDS) return `it has ${line.split(/\s+/).length} words`;
  if (/\d/.test(line) && !line.includes('@')) return 'it holds digits';
  if (/[\t;|=]/.test(line)) return 'it holds a tab, ; | or =, as a row of a table does';
  return null;
}

export function readNamesFile(file: string, cwd: string, opts: { encoding?: Encoding } = {}): NamesFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(cwd, file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw usageError(code === 'ENOENT' ? 'the names file was not found' : `cannot read the names file (${code ?? 'unreadable'})`, {
      where: { file },
      hint: code === 'ENOENT' ? 'check the path given to --redact' : 'give a text file with one name a line',
    });
  }
  const notText = (what: string) =>
    usageError(`the names file is not a text file: it looks like ${what.replace(/ \(.*\)$/, '')}`, {
      where: { file },
      hint: 'give --redact a plain text file with one name a line (in Excel or Notepad: save as text)',
    });
  const sniffed = opts.encoding ?? sniffEncoding(bytes).encoding;
  const binary = sniffed === 'utf-16le' || sniffed === 'utf-16be' ? null : sniffBinary(bytes);
  if (binary) throw notText(binary);
  let decoded: ReturnType<typeof decodeWhole>;
  try {
    decoded = decodeWhole(bytes, opts.encoding);
  } catch (e) {
    if (!(e instanceof InvalidUtf8Error)) throw e;
    throw usageError(`the names file is not valid ${opts.encoding} as --encoding says`, {
      where: { file },
      hint: 'try --encoding windows-1252, or leave --encoding out to detect it',
    });
  }
  // bytes read as UTF-16 (sniffed or forced) are checked once decoded
  const control = decoded.text.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (control >= 8 && control / decoded.text.length > 0.02) throw notText('a binary file');
  const warnings: NamesFile['warnings'] = [];
  if (decoded.fellBack) warnings.push({ line: null, message: 'the bytes are not valid UTF-8; read as Windows-1252 (pass --encoding to choose another)' });
  const names: string[] = [];
  const odd: { line: number; why: string }[] = [];
  decoded.text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, i) => {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) return;
      const why = notAName(line);
      if (why) odd.push({ line: i + 1, why });
      names.push(line);
    });
  for (const o of odd.slice(0, LISTED_LINES)) {
    warnings.push({ line: o.line, message: `this line does not look like a name (${o.why}); it is redacted as written` });
  }
  if (odd.length > LISTED_LINES) {
    warnings.push({ line: null, message: `${odd.length - LISTED_LINES} more lines do not look like names (${odd.length} in all): is this the names file?` });
  }
  return { names, encoding: decoded.encoding, warnings };
}
