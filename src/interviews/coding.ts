// The review sheet (`interviews --format csv`) going out, and coming back corrected (`--coding reviewed.csv`).
import { dataError, usageError } from '../errors.js';
import { readTable, type Table } from '../ingest/index.js';
import { csvLine } from '../report/write.js';
import { normalizeCategory } from './categories.js';
import { normalizeLanguage } from './language.js';
import type { CodedNote, CodingCorrection, CodingMap, SentimentLabel } from './types.js';

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

/** Read a reviewed sheet already parsed into a Table. Theme ids are checked later, against the lexicon in use. */
export function parseCoding(table: Table): CodingMap {
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
  const corrections: CodingCorrection[] = [];
  table.rows.forEach((row, i) => {
    const at = { file, line: table.lines[i] ?? i + 2 };
    const cell = (c: number | undefined) => (c === undefined ? undefined : unguard(row[c] ?? ''));
    const lineCell = (cell(cols.line) ?? '').trim();
    if (lineCell === '') return;
    const line = Number(lineCell);
    if (!Number.isInteger(line) || line < 1) {
      throw usageError('the line column must hold the note\'s line number', {
        where: { ...at, column: cols.line! + 1 },
        hint: 'keep the line column as crm-audit wrote it',
      });
    }
    const source = cols.themes === undefined ? at : { ...at, column: cols.themes + 1 };
    const c: CodingCorrection = { file: cell(cols.file)?.trim() || null, line, source };
    const category = cell(cols.category);
    if (category !== undefined) {
      const n = normalizeCategory(category);
      if (category.trim() !== '' && n === null) {
        throw usageError('unknown category in the review sheet', {
          where: { ...at, column: cols.category! + 1 },
          hint: 'use experience, idea, question, concern or proposal, or leave it blank',
        });
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
    }
    const sentiment = cell(cols.sentiment);
    if (sentiment !== undefined) {
      const s = sentimentOf(sentiment);
      if (s === 'bad') {
        throw usageError('unknown sentiment in the review sheet', {
          where: { ...at, column: cols.sentiment! + 1 },
          hint: 'use positive, neutral or negative',
        });
      }
      c.sentiment = s;
    }
    const language = cell(cols.language);
    if (language !== undefined) c.language = normalizeLanguage(language);
    const text = cell(cols.text);
    if (text !== undefined) c.text = text;
    corrections.push(c);
  });
  return { file, corrections };
}

/** Read the consultant's corrected review sheet (`--coding reviewed.csv`), whatever the spreadsheet saved it as. */
export async function loadCoding(file: string, displayPath: string = file): Promise<CodingMap> {
  const table = await readTable(file, { kind: 'interviews', displayPath, exactWidth: true });
  // a malformed row is a correction that would be lost without a word: refuse the sheet, whatever --strict says
  const bad = table.input.errors[0];
  if (bad) {
    const n = table.input.skipped;
    const others = table.input.errors.slice(1, 4).map((e) => e.line);
    const also = others.length ? ` (also line${others.length === 1 ? '' : 's'} ${others.join(', ')}${n > 4 ? ', …' : ''})` : '';
    throw dataError(`the review sheet has ${n} malformed row${n === 1 ? '' : 's'}: ${bad.message}${also}; ${n === 1 ? 'its correction' : 'their corrections'} would be lost`, {
      where: { file: table.input.path, line: bad.line, ...(bad.column ? { column: bad.column } : {}) },
      hint: 'fix the row in the sheet (a cell too many or too few, or an unclosed quote), or delete it',
    });
  }
  return parseCoding(table);
}
