// The newest date the notes carry: what dates an audit made from notes alone (no export holds a date).
import { DateOrderVote, parseDate, type DateOrder } from '../analyze/dates.js';
import type { Table } from '../ingest/types.js';

/**
 * The date an audit of notes alone is made as of: the last day of the month of the newest date in the date column
 * of the notes tables (ISO, or day/month/year and month/day/year decided per column from its values as for the
 * exports, else by `fallback`), as epoch milliseconds at 00:00 UTC; null when no note has a date that reads as
 * one. Not the newest date itself: it is the day of the last interview, and the audit's date is shown on the cover,
 * in the colophon, on the terminal and in the JSON (`generatedAt`), where a note's own date is shown as its month.
 */
export function newestNoteDate(tables: readonly Table[], fallback: DateOrder): number | null {
  let newest = -Infinity;
  for (const t of tables) {
    const col = t.roles.date;
    if (col === undefined) continue;
    const vote = new DateOrderVote();
    for (const row of t.rows) vote.add((row[col] ?? '').trim());
    const order = vote.decide(fallback);
    for (const row of t.rows) {
      const v = (row[col] ?? '').trim();
      if (v === '') continue;
      const ms = parseDate(v, order);
      if (Number.isFinite(ms) && ms > newest) newest = ms;
    }
  }
  if (!Number.isFinite(newest)) return null;
  const d = new Date(newest);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0);
}
