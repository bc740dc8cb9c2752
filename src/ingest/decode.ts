// Bytes to text. BOM sniffing for UTF-8 and UTF-16 LE/BE; otherwise strict UTF-8, and Windows-1252 when the
// bytes are not valid UTF-8 (the reader restarts the file with a warning when that is found mid-file).
import { TextDecoder } from 'node:util';
import type { Encoding } from './types.js';

export interface EncodingGuess {
  encoding: Encoding;
  bomLength: number;
}

export function sniffEncoding(head: Uint8Array): EncodingGuess {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  // UTF-16 without BOM: every other byte NUL in ASCII-heavy text.
  if (head.length >= 8) {
    let evenNul = 0;
    let oddNul = 0;
    const n = Math.min(head.length, 512) & ~1;
    for (let i = 0; i < n; i += 2) {
      if (head[i] === 0) evenNul++;
      if (head[i + 1] === 0) oddNul++;
    }
    if (oddNul > n / 4 && evenNul === 0) return { encoding: 'utf-16le', bomLength: 0 };
    if (evenNul > n / 4 && oddNul === 0) return { encoding: 'utf-16be', bomLength: 0 };
  }
  return { encoding: 'utf-8', bomLength: 0 };
}

export class InvalidUtf8Error extends Error {
  constructor() {
    super('bytes are not valid UTF-8');
  }
}

/** A streaming decoder; UTF-8 is strict so that invalid bytes are noticed, never turned into U+FFFD. */
export class ChunkDecoder {
  private readonly decoder: TextDecoder;
  private readonly strict: boolean;

  constructor(readonly encoding: Encoding) {
    this.strict = encoding === 'utf-8';
    // ignoreBOM: false strips a leading BOM of the encoding.
    this.decoder = new TextDecoder(encoding, { fatal: this.strict, ignoreBOM: false });
  }

  write(chunk: Uint8Array): string {
    try {
      return this.decoder.decode(chunk, { stream: true });
    } catch {
      throw new InvalidUtf8Error();
    }
  }

  end(): string {
    try {
      return this.decoder.decode();
    } catch {
      throw new InvalidUtf8Error();
    }
  }
}

/**
 * Files that are not text at all: a workbook, a PDF or a program passed by mistake. Returns what the file
 * looks like, or null for text. (A UTF-16 file has NUL bytes by design and is sniffed before this.)
 */
export function sniffBinary(head: Uint8Array): string | null {
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'an Excel workbook or another zip file (save the sheet as CSV first)';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'an old Excel workbook (.xls; save the sheet as CSV first)';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'a PDF';
  if (starts(0x7f, 0x45, 0x4c, 0x46) || starts(0x4d, 0x5a)) return 'a program';
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46, 0x38)) return 'an image';
  // Many control bytes (other than tab, line breaks and form feed) in the first part: not a text export.
  let control = 0;
  const n = Math.min(head.length, 8192);
  for (let i = 0; i < n; i++) {
    const b = head[i]!;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control >= 8 && control / n > 0.02 ? 'a binary file' : null;
}

/**
 * Text files that are not CSV: a saved analysis or another JSON file, a web page (a login page saved instead of
 * the export is the usual case) or XML. Looks at the decoded start of the file; returns what it looks like, or
 * null. A CSV header never starts with `{"` or `[{`, so these do not catch a real export.
 */
export function sniffNotCsv(text: string): string | null {
  const head = text.slice(0, 512).replace(/^\uFEFF/, '').trimStart();
  if (/^\{\s*("|\}|$)/.test(head) || /^\[\s*([{[\]"]|-?\d|true\b|false\b|null\b|$)/.test(head)) return 'JSON';
  if (/^<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(head)) return 'a web page (HTML)';
  if (/^<\?xml\b/i.test(head)) return 'XML';
  return null;
}

/**
 * A small text file read whole (a names file), decoded as the CSV reader decodes: a BOM, UTF-16 without one, then
 * strict UTF-8, and Windows-1252 when the bytes are not valid UTF-8 (`fellBack`). A forced encoding is used as
 * given; forced UTF-8 that is not valid throws InvalidUtf8Error.
 */
export function decodeWhole(bytes: Uint8Array, forced?: Encoding): { text: string; encoding: Encoding; fellBack: boolean } {
  const encoding = forced ?? sniffEncoding(bytes).encoding;
  const decode = (e: Encoding) => {
    const d = new ChunkDecoder(e);
    return d.write(bytes) + d.end();
  };
  try {
    return { text: decode(encoding), encoding, fellBack: false };
  } catch (e) {
    if (!(e instanceof InvalidUtf8Error) || forced) throw e;
    return { text: decode('windows-1252'), encoding: 'windows-1252', fellBack: true };
  }
}
