// The review sheet: `classify --format csv` writes one row per field for the consultant to check in a
// spreadsheet; the edited sheet comes back through `--rules`, each row setting the card of one field.
import { usageError } from '../errors.js';
import { readTable } from '../ingest/index.js';
import { malformedSheetError } from '../ingest/row-errors.js';
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

/** Undo the `'` that csvCell puts before a cell starting with =, +, -, @, tab or CR. */
function undefuse(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** Parse a card as a consultant may type it: `Low`, `low card`, ` HIGH `. */
export function parseCard(cell: string): Card | null {
  const c = cell.trim().toLowerCase().replace(/\s*card$/, '');
  return (CARDS as readonly string[]).includes(c) ? (c as Card) : null;
}

/**
 * Read an edited review sheet as every input is read (ingest's reader: UTF-8, UTF-16 or Windows-1252; comma,
 * semicolon, tab or pipe, as a spreadsheet may save it). Rows with an empty card are skipped. A malformed row (an
 * unclosed quote, a cell too many or too few) refuses the sheet at the line where it starts and the column at
 * fault, as the interviews review sheet is refused. Errors point at file:line:column and never quote a cell.
 */
export async function readReviewSheet(file: string, shownAs: string = file): Promise<ReviewSheetRow[]> {
  const table = await readTable(file, { kind: 'fields', displayPath: shownAs });
  const malformed = malformedSheetError(table.input);
  if (malformed) throw malformed;
  const header = table.header.map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name.toLowerCase());
  for (const required of ['name', 'card']) {
    if (col(required) < 0) {
      throw usageError(`the review sheet has no "${required}" column`, {
        where: { file: shownAs, line: table.headerLine ?? 1 },
        hint: `keep the header of \`crm-audit classify --format csv\`: ${REVIEW_COLUMNS.join(', ')}`,
      });
    }
  }
  const iName = col('name');
  const iCard = col('card');
  const iObject = col('object');
  const iReasons = col('reasons');
  const out: ReviewSheetRow[] = [];
  table.rows.forEach((row, r) => {
    const line = table.lines[r]!;
    const cells = row.map(undefuse);
    const name = (cells[iName] ?? '').trim();
    const cardCell = cells[iCard] ?? '';
    if (!name || !cardCell.trim()) return;
    const card = parseCard(cardCell);
    if (!card) {
      throw usageError('the card must be high, low, system or neutral', {
        where: { file: shownAs, line, column: iCard + 1 },
        hint: 'correct the card column of that row',
      });
    }
    const object = iObject >= 0 ? (cells[iObject] ?? '').trim() : '';
    out.push({ line, object: object || null, name, card, reasons: iReasons >= 0 ? (cells[iReasons] ?? '').trim() : '' });
  });
  return out;
}
