// The cells of a notes table that the notes analysis reads without a word: checked once a table is read, and
// warned about on its input (by line, never by value), in `interviews` and `analyze` alike.
import type { DateOrder } from '../analyze/dates.js';
import type { Table } from '../ingest/types.js';
import { noteDateWarnings } from './note-dates.js';

export interface NotesCheck {
  /** how a date the values cannot tell is read (03/04/2025): --date-format, else the locale's */
  dateOrder: DateOrder;
  /** the notes may date the audit (analyze) */
  dating: boolean;
  /** the first instant after today (see endOfToday); the machine's clock by default */
  today?: number;
}

/** Check a notes table as it is read: its dates that cannot be read or are still to come. */
export function checkNotesTable(t: Table, opts: NotesCheck): void {
  const dates = noteDateWarnings(t, opts.dateOrder, { dating: opts.dating, today: opts.today });
  for (const message of dates) t.input.warnings.push({ code: 'note-dates', message });
}
