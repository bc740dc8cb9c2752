// The newest date the notes carry: what dates an audit made from notes alone (no export holds a date). A note's
// date that cannot be read, or that is still to come, dates nothing, and is warned about by its line.
import { DateOrderVote, DAY_MS, parseDate, type DateOrder } from '../analyze/dates.js';
import type { Table } from '../ingest/types.js';

/** How many lines a warning about a notes file's date cells lists; the rest are counted. */
const LISTED_LINES = 5;

/** The first instant after today, the machine's own calendar day, as a date cell of that day reads (00:00 UTC). */
export function endOfToday(clock: number = Date.now()): number {
  const d = new Date(clock);
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) + DAY_MS;
}

/**
 * The filled date cells of a notes table's date column, each with its physical line and its time (NaN when it
 * does not read as a date): ISO, or day/month/year and month/day/year decided for the column from its values as
 * for the exports, else by `fallback`. None without a date column.
 */
function noteDates(t: Table, fallback: DateOrder): { line: number; ms: number }[] {
  const col = t.roles.date;
  if (col === undefined) return [];
  const vote = new DateOrderVote();
  for (const row of t.rows) vote.add((row[col] ?? '').trim());
  const order = vote.decide(fallback);
  return t.rows.flatMap((row, i) => {
    const v = (row[col] ?? '').trim();
    return v === '' ? [] : [{ line: t.lines[i] ?? i + 2, ms: parseDate(v, order) }];
  });
}

/**
 * The date an audit of notes alone is made as of: the last day of the month of the newest date in the date column
 * of the notes tables, as epoch milliseconds at 00:00 UTC; null when no note has a date that reads as one. A date
 * after today (`today`: the first instant after it, see endOfToday) is a typo, and is left out: it would date the
 * whole audit years ahead. Not the newest date itself: it is the day of the last interview, and the audit's date
 * is shown on the cover, in the colophon, on the terminal and in the JSON (`generatedAt`), where a note's own date
 * is shown as its month.
 */
export function newestNoteDate(tables: readonly Table[], fallback: DateOrder, today: number = endOfToday()): number | null {
  let newest = -Infinity;
  for (const t of tables) for (const { ms } of noteDates(t, fallback)) if (ms < today && ms > newest) newest = ms;
  if (!Number.isFinite(newest)) return null;
  const d = new Date(newest);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0);
}

/** "line 3" or "lines 3, 7, …": the first lines of a warning about a notes file's cells, the rest left to the count. */
export const lineList = (lines: readonly number[]): string =>
  `line${lines.length === 1 ? '' : 's'} ${lines.slice(0, LISTED_LINES).join(', ')}${lines.length > LISTED_LINES ? ', …' : ''}`;

/**
 * What a notes table's date cells call for, one message for each kind of problem, by line and never by value:
 * dates that cannot be read (31/02/2025, 2025-13-45), and dates after today. `dating`: the notes may date the
 * audit (analyze), and these dates are left out of it.
 */
export function noteDateWarnings(t: Table, fallback: DateOrder, opts: { today?: number; dating: boolean }): string[] {
  const today = opts.today ?? endOfToday();
  const dates = noteDates(t, fallback);
  const column = `"${t.header[t.roles.date!]?.trim() ?? ''}"`;
  const unread = dates.filter((d) => Number.isNaN(d.ms)).map((d) => d.line);
  const future = dates.filter((d) => d.ms >= today).map((d) => d.line);
  const out: string[] = [];
  if (unread.length > 0) {
    const n = unread.length;
    out.push(
      `${n} note date${n === 1 ? '' : 's'} in ${column} could not be read as ${n === 1 ? 'a date' : 'dates'} (${lineList(unread)})` +
        `${opts.dating ? `: ${n === 1 ? 'it is' : 'they are'} left out of the audit's date` : ''}; write a date as YYYY-MM-DD, ` +
        'or as day/month/year or month/day/year with a real day and month',
    );
  }
  if (future.length > 0) {
    const n = future.length;
    out.push(
      `${n} note date${n === 1 ? '' : 's'} in ${column} ${n === 1 ? 'is' : 'are'} after today (${lineList(future)}) and cannot be right` +
        `${opts.dating ? `: ${n === 1 ? 'it is' : 'they are'} left out of the audit's date` : ''}; check the year`,
    );
  }
  return out;
}
