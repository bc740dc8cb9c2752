// The review sheet (`interviews --format csv`) going out, and coming back corrected (`--coding reviewed.csv`).
import { listedDetails, usageError, type CrmAuditError, type Where } from '../errors.js';
import { readTable, type Table } from '../ingest/index.js';
import { malformedSheetError } from '../ingest/row-errors.js';
import { csvLine } from '../report/write.js';
import { normalizeCategory } from './categories.js';
import { normalizeLanguage } from './language.js';
import { THEMES } from './lexicon.js';
import type { CodedNote, CodingCorrection, CodingMap, ExtraTheme, SentimentLabel } from './types.js';

export const SHEET_COLUMNS = ['file', 'line', 'respondent', 'category', 'themes', 'sentiment', 'language', 'text', 'why'] as const;

/**
 * The review sheet: one row per note, spreadsheet-safe (formula cells defused by csvLine). `why` is the machine
 * coding's evidence (the rules that fired, the learned features that weighed most); it is not read back.
 */
export function reviewSheet(coded: readonly CodedNote[]): string {
  let out = csvLine([...SHEET_COLUMNS]);
  for (const n of coded) {
    out += csvLine([
      n.file,
      n.line,
      n.respondent ?? '',
      n.category ?? '',
      n.themes.join(';'),
      n.sentiment ?? '',
      n.language,
      n.text,
      n.evidence.join('; '),
    ]);
  }
  return out;
}

const compactHeader = (h: string) => h.toLowerCase().replace(/[^a-z]/g, '');

const HEADERS: Record<string, string[]> = {
  file: ['file', 'source', 'sourcefile', 'path'],
  line: ['line', 'sourceline', 'row', 'linenumber'],
  category: ['category', 'workshopcategory'],
  themes: ['themes', 'theme', 'codes', 'code'],
  sentiment: ['sentiment', 'tone'],
  language: ['language', 'lang'],
  text: ['text', 'note', 'redactedtext'],
};

/** Undo the spreadsheet guard: csvCell prefixes a formula-looking cell with an apostrophe. */
function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function sentimentOf(cell: string): SentimentLabel | null | 'bad' {
  const v = cell.trim().toLowerCase();
  if (v === '') return null;
  if (v === 'positive' || v === 'pos' || v === '+') return 'positive';
  if (v === 'negative' || v === 'neg' || v === '-') return 'negative';
  if (v === 'neutral' || v === 'neu' || v === '0' || v === 'mixed') return 'neutral';
  return 'bad';
}

const ordinal = (n: number): string => `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;

/** A cell the sheet cannot hold: where, what is wrong with it (never its content), and how to fix it. */
interface BadCell {
  where: Where;
  what: string;
  fix: string;
}

export interface CodingOptions {
  /**
   * The themes the config adds: every theme id of the sheet is checked against the lexicon's and these, so that
   * all its bad cells are told at once, in the order of the file. Without it, theme ids are checked when the
   * corrections are applied (analyzeInterviews), for the rows that fit a note.
   */
  themes?: readonly ExtraTheme[];
}

/**
 * Read a reviewed sheet already parsed into a Table. A cell it cannot hold (a line that is not a number, an
 * unknown category, theme id or sentiment) stops the run: one is said as any error, several are listed under the
 * error in the order of the file (the first ten, then how many more), each at its line and column.
 */
export function parseCoding(table: Table, opts: CodingOptions = {}): CodingMap {
  const file = table.input.path;
  const col = (key: string): number | undefined => {
    const names = HEADERS[key] ?? [];
    const i = table.header.findIndex((h) => names.includes(compactHeader(h)));
    return i >= 0 ? i : undefined;
  };
  const cols = {
    file: col('file'),
    line: col('line'),
    category: col('category'),
    themes: col('themes'),
    sentiment: col('sentiment'),
    language: col('language'),
    text: col('text'),
  };
  if (cols.line === undefined) {
    throw usageError('the review sheet has no line column', {
      where: { file },
      hint: 'pass the CSV written by `crm-audit interviews --format csv`, with its header row kept',
    });
  }
  const themeIds = opts.themes ? [...new Set([...THEMES.map((t) => t.id), ...opts.themes.map((t) => t.id)])] : undefined;
  const corrections: CodingCorrection[] = [];
  const bad: BadCell[] = [];
  table.rows.forEach((row, i) => {
    const at = { file, line: table.lines[i] ?? i + 2 };
    const cellAt = (c: number) => ({ ...at, column: c + 1 });
    const cell = (c: number | undefined) => (c === undefined ? undefined : unguard(row[c] ?? ''));
    const lineCell = (cell(cols.line) ?? '').trim();
    if (lineCell === '') return;
    const line = Number(lineCell);
    if (!Number.isInteger(line) || line < 1) {
      bad.push({ where: cellAt(cols.line!), what: "the line column must hold the note's line number", fix: 'keep the line column as crm-audit wrote it' });
      return;
    }
    const source = cols.themes === undefined ? at : cellAt(cols.themes);
    const c: CodingCorrection = { file: cell(cols.file)?.trim() || null, line, source };
    const category = cell(cols.category);
    if (category !== undefined) {
      const n = normalizeCategory(category);
      if (category.trim() !== '' && n === null) {
        bad.push({ where: cellAt(cols.category!), what: 'unknown category in the review sheet', fix: 'use experience, idea, question, concern or proposal, or leave it blank' });
      }
      c.category = n;
    }
    const themes = cell(cols.themes);
    if (themes !== undefined) {
      c.themes = [
        ...new Set(
          themes
            .split(/[;,|\n]/)
            .map((t) => t.trim().toLowerCase())
            .filter(Boolean),
        ),
      ];
      const unknown = themeIds ? c.themes.flatMap((t, k) => (themeIds.includes(t) ? [] : [k + 1])) : [];
      if (unknown.length > 0) {
        // which of the cell's ids, never what they are
        bad.push({
          where: cellAt(cols.themes!),
          what: `unknown theme id in the review sheet (the ${unknown.map(ordinal).join(' and ')} of ${c.themes.length} in this cell)`,
          fix:
            `use theme ids separated by ";": ${themeIds!.join(', ')}` +
            (opts.themes!.length === 0 ? '; if the sheet was written with a config that adds themes, pass that config again (--config)' : ''),
        });
      }
    }
    const sentiment = cell(cols.sentiment);
    if (sentiment !== undefined) {
      const s = sentimentOf(sentiment);
      if (s === 'bad') bad.push({ where: cellAt(cols.sentiment!), what: 'unknown sentiment in the review sheet', fix: 'use positive, neutral or negative' });
      else c.sentiment = s;
    }
    const language = cell(cols.language);
    if (language !== undefined) c.language = normalizeLanguage(language);
    const text = cell(cols.text);
    if (text !== undefined) c.text = text;
    corrections.push(c);
  });
  if (bad.length > 0) throw badCells(bad, file);
  return { file, corrections };
}

/** One bad cell is an error as any other; several are listed under one, in the order of the file. */
function badCells(bad: BadCell[], file: string): CrmAuditError {
  const inOrder = [...bad].sort((a, b) => (a.where.line ?? 0) - (b.where.line ?? 0) || (a.where.column ?? 0) - (b.where.column ?? 0));
  const [first] = inOrder;
  if (inOrder.length === 1) return usageError(first!.what, { where: first!.where, hint: first!.fix });
  return usageError(`the review sheet has ${inOrder.length} cells it cannot read`, {
    where: { file },
    hint: 'fix each cell listed below, or clear it',
    details: listedDetails(inOrder.map((b) => ({ where: b.where, message: `${b.what}: ${b.fix}` }))),
  });
}

/** Read the consultant's corrected review sheet (`--coding reviewed.csv`), whatever the spreadsheet saved it as. */
export async function loadCoding(file: string, displayPath: string = file, opts: CodingOptions = {}): Promise<CodingMap> {
  const table = await readTable(file, { kind: 'interviews', displayPath, exactWidth: true });
  const malformed = malformedSheetError(table.input);
  if (malformed) throw malformed;
  return parseCoding(table, opts);
}
