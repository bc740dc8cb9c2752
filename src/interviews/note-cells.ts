// The cells of a notes table that the notes analysis would read without a word: checked once a table is read, and
// warned about on its input (a count and the first lines, never a value), in `interviews` and `analyze` alike.
import type { DateOrder } from '../analyze/dates.js';
import type { Table } from '../ingest/types.js';
import { normalizeLanguage } from './language.js';
import { lineList, noteDateWarnings } from './note-dates.js';

export interface NotesCheck {
  /** how a date the values cannot tell is read (03/04/2025): --date-format, else the locale's */
  dateOrder: DateOrder;
  /** the notes may date the audit (analyze) */
  dating: boolean;
  /** the first instant after today (see endOfToday); the machine's clock by default */
  today?: number;
}

/** A note that says only that there is nothing to say: a spreadsheet's placeholder, not a note. */
const PLACEHOLDER_NOTE = /^(?:n\/a|n\.a\.|na|[-\u2010-\u2015]{1,3}|none|null|nil|tbd|tba|todo|x|\.{1,3}|\u2026|\?{1,3})$/i;

/** Whether a note's whole text is a placeholder ("n/a", "na", "-", "–", "--", "none", "null", "tbd", "x", ".", "...", "…", "?"). */
export const isPlaceholderNote = (text: string): boolean => PLACEHOLDER_NOTE.test(text.trim());

/**
 * A rating cell (1 to 5: "4", "4.5", "4,5", "4/5") as the notes analysis reads it; null when blank, and 'bad'
 * when it holds something else (9, 0, "five").
 */
export function ratingCell(cell: string | undefined): number | null | 'bad' {
  if (!cell || cell.trim() === '') return null;
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*(?:\/\s*5)?\s*$/.exec(cell);
  const n = m ? Number((m[1] ?? '').replace(',', '.')) : NaN;
  return n >= 1 && n <= 5 ? n : 'bad';
}

/**
 * Check a notes table as it is read. A note that is only a placeholder is made blank: it is skipped and counted
 * with the rows whose note is empty. Then, of the notes that remain, a language the analysis cannot read (it
 * tells the language from the note's words instead), a rating that is not one from 1 to 5 (left out), and dates
 * that cannot be read or are still to come are warned about, each once for the file.
 */
export function checkNotesTable(t: Table, opts: NotesCheck): void {
  const { note, language, rating } = t.roles;
  const warn = (code: string, message: string) => t.input.warnings.push({ code, message });
  const column = (i: number) => `"${t.header[i]?.trim() ?? ''}"`;
  const badLanguage: number[] = [];
  const badRating: number[] = [];
  if (note !== undefined) {
    t.rows.forEach((row, i) => {
      if (isPlaceholderNote(row[note] ?? '')) row[note] = '';
      if ((row[note] ?? '').trim() === '') return;
      const line = t.lines[i] ?? i + 2;
      const lang = language === undefined ? '' : (row[language] ?? '');
      if (lang.trim() !== '' && normalizeLanguage(lang) === null) badLanguage.push(line);
      if (rating !== undefined && ratingCell(row[rating]) === 'bad') badRating.push(line);
    });
  }
  if (badLanguage.length > 0) {
    const n = badLanguage.length;
    warn(
      'note-language',
      `${n} language value${n === 1 ? '' : 's'} in ${column(language!)} ${n === 1 ? 'is' : 'are'} not a language crm-audit knows (${lineList(badLanguage)}): ` +
        `${n === 1 ? "that note's language was" : "those notes' languages were"} told from ${n === 1 ? 'its' : 'their'} words; write a code (en, de) or a name (English, Deutsch)`,
    );
  }
  if (badRating.length > 0) {
    const n = badRating.length;
    warn(
      'note-rating',
      `${n} rating${n === 1 ? '' : 's'} in ${column(rating!)} ${n === 1 ? 'is' : 'are'} not a number from 1 to 5 (${lineList(badRating)}) and ` +
        `${n === 1 ? 'was' : 'were'} left out; write 1 to 5 (4, 4.5 or 4/5), or leave the cell blank`,
    );
  }
  for (const message of noteDateWarnings(t, opts.dateOrder, { dating: opts.dating, today: opts.today })) warn('note-dates', message);
}
