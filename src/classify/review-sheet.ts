// The review sheet: `classify --format csv` writes one row per field for the consultant to check in a
// spreadsheet; the edited sheet comes back through `--rules`, each row setting the card of one field.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { usageError } from '../errors.js';
import { csvLine } from '../report/write.js';
import { CARDS } from '../result/schema.js';
import type { Card } from './types.js';

export const REVIEW_COLUMNS = ['object', 'name', 'label', 'card', 'confidence', 'decidedBy', 'reasons'] as const;

export interface ReviewRow {
  object: string | null;
  name: string;
  label: string;
  card: Card;
  confidence: number;
  decidedBy: string;
  reasons: readonly string[];
}

/** Join reasons in one cell. */
export const REASON_SEPARATOR = '; ';

/** The sheet as CSV text: CRLF, spreadsheet-safe cells (formulas defused). */
export function reviewSheet(rows: readonly ReviewRow[]): string {
  let out = csvLine([...REVIEW_COLUMNS]);
  for (const r of rows) {
    out += csvLine([r.object ?? '', r.name, r.label, r.card, r.confidence, r.decidedBy, r.reasons.join(REASON_SEPARATOR)]);
  }
  return out;
}

export interface ReviewSheetRow {
  /** physical line of the row (1-based) */
  line: number;
  object: string | null;
  name: string;
  card: Card;
  reasons: string;
}

function decode(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Undo the `'` that csvCell puts before a cell starting with =, +, -, @, tab or CR. */
function undefuse(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function lineBreaksBefore(buf: Buffer, end: number): number {
  let n = 0;
  for (let i = 0; i < end && i < buf.length; i++) {
    const c = buf[i];
    if (c === 0x0a) n++;
    else if (c === 0x0d && buf[i + 1] !== 0x0a) n++;
  }
  return n;
}

/** Parse a card as a consultant may type it: `Low`, `low card`, ` HIGH `. */
export function parseCard(cell: string): Card | null {
  const c = cell.trim().toLowerCase().replace(/\s*card$/, '');
  return (CARDS as readonly string[]).includes(c) ? (c as Card) : null;
}

/**
 * Read an edited review sheet (UTF-8, UTF-16 or Windows-1252; comma, semicolon or tab, as a spreadsheet may
 * save it). Rows with an empty card are skipped. Errors point at file:line:column and never quote a cell.
 */
export function readReviewSheet(file: string, shownAs: string = file): ReviewSheetRow[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw usageError(`cannot read the review sheet (${code ?? 'unreadable'})`, { where: { file: shownAs }, hint: 'check the --rules path' });
  }
  let text = decode(bytes);
  let lineOffset = 0;
  let delimiter: string | undefined;
  const sep = /^sep=(.)\r?\n/.exec(text);
  if (sep) {
    delimiter = sep[1];
    text = text.slice(sep[0].length);
    lineOffset = 1;
  }
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  if (!delimiter) {
    const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
    delimiter = counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  }
  let records: { record: string[]; info: { bytes: number } }[];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw usageError('the review sheet is not valid CSV (an unclosed quote is the usual cause)', {
      where: { file: shownAs, ...(line ? { line: line + lineOffset } : {}) },
      hint: 'save it from the spreadsheet as CSV again',
    });
  }
  const buf = Buffer.from(text, 'utf8');
  const header = records[0]?.record.map((h) => h.trim().toLowerCase()) ?? [];
  const col = (name: string) => header.indexOf(name.toLowerCase());
  for (const required of ['name', 'card']) {
    if (col(required) < 0) {
      throw usageError(`the review sheet has no "${required}" column`, {
        where: { file: shownAs, line: 1 + lineOffset },
        hint: `keep the header of \`crm-audit classify --format csv\`: ${REVIEW_COLUMNS.join(', ')}`,
      });
    }
  }
  const iName = col('name');
  const iCard = col('card');
  const iObject = col('object');
  const iReasons = col('reasons');
  const out: ReviewSheetRow[] = [];
  let prevEnd = records[0]?.info.bytes ?? 0;
  for (const rec of records.slice(1)) {
    // the record starts after the previous one and any blank lines
    let start = prevEnd;
    while (start < buf.length && (buf[start] === 0x0a || buf[start] === 0x0d)) start++;
    prevEnd = rec.info.bytes;
    const line = lineBreaksBefore(buf, start) + 1 + lineOffset;
    const cells = rec.record.map(undefuse);
    const name = (cells[iName] ?? '').trim();
    const cardCell = cells[iCard] ?? '';
    if (!name || !cardCell.trim()) continue;
    const card = parseCard(cardCell);
    if (!card) {
      throw usageError('the card must be high, low, system or neutral', {
        where: { file: shownAs, line, column: iCard + 1 },
        hint: 'correct the card column of that row',
      });
    }
    const object = iObject >= 0 ? (cells[iObject] ?? '').trim() : '';
    out.push({ line, object: object || null, name, card, reasons: iReasons >= 0 ? (cells[iReasons] ?? '').trim() : '' });
  }
  return out;
}
