import { describe, expect, it } from 'vitest';
import { endOfToday, newestNoteDate, noteDateWarnings } from '../../src/interviews/note-dates.js';
import { notesTable } from './helpers.js';

const day = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString().slice(0, 10));

describe('newestNoteDate', () => {
  it('is the last day of the month of the newest date of the date column, ISO or with the order its values show', () => {
    // the newest note is of 25 February: the last interview's day is not the audit's date, its month's end is
    expect(day(newestNoteDate([notesTable([{ note: 'a', date: '2025-02-03' }, { note: 'b', date: '2025-02-25 14:30' }, { note: 'c', date: '' }])], 'mdy'))).toBe('2025-02-28');
    // 25/02 can only be day first: the column is read day first, so 03/04 is 3 April
    expect(day(newestNoteDate([notesTable([{ note: 'a', date: '25/02/2025' }, { note: 'b', date: '03/04/2025' }])], 'mdy'))).toBe('2025-04-30');
    // nothing tells: the fallback (the locale's, or --date-format)
    expect(day(newestNoteDate([notesTable([{ note: 'a', date: '03/04/2025' }])], 'mdy'))).toBe('2025-03-31');
    expect(day(newestNoteDate([notesTable([{ note: 'a', date: '03/04/2025' }])], 'dmy'))).toBe('2025-04-30');
    expect(new Date(newestNoteDate([notesTable([{ note: 'a', date: '2024-12-31T23:59' }])], 'mdy')!).toISOString()).toBe('2024-12-31T00:00:00.000Z');
  });

  it('is null without a date column or without a date that reads as one', () => {
    expect(newestNoteDate([notesTable([{ note: 'a' }])], 'mdy')).toBeNull();
    expect(newestNoteDate([notesTable([{ note: 'a', date: 'spring' }])], 'mdy')).toBeNull();
  });
});

describe('a note date after today, or one that cannot be read', () => {
  const today = Date.UTC(2025, 5, 11); // the first instant after 10 June 2025
  const table = () =>
    notesTable([
      { note: 'a', date: '2025-03-15' },
      { note: 'b', date: '2052-03-16' },
      { note: 'c', date: '15.03.2025' },
      { note: 'd', date: '31/02/2025' },
      { note: 'e', date: '2025-13-45' },
      { note: 'f', date: '2025-06-10' },
    ]);

  it('dates nothing: a typo in one year does not move the whole audit', () => {
    expect(day(newestNoteDate([table()], 'dmy', today))).toBe('2025-06-30');
    expect(day(newestNoteDate([notesTable([{ note: 'a', date: '2025-03-15' }, { note: 'b', date: '2052-03-16' }])], 'dmy', today))).toBe('2025-03-31');
    // only dates to come: nothing dates the audit
    expect(newestNoteDate([notesTable([{ note: 'b', date: '2052-03-16' }])], 'dmy', today)).toBeNull();
  });

  it('is warned about once per file, with a count and the first lines, never the value', () => {
    const w = noteDateWarnings(table(), 'dmy', { today, dating: true });
    expect(w).toEqual([
      `2 note dates in "date" could not be read as dates (lines 5, 6): they are left out of the audit's date; write a date as YYYY-MM-DD, or as day/month/year or month/day/year with a real day and month`,
      `1 note date in "date" is after today (line 3) and cannot be right: it is left out of the audit's date; check the year`,
    ]);
    for (const m of w) expect(m).not.toMatch(/2052|31\/02|2025-13/);
    // more than five lines: the first five, then …
    const many = notesTable(Array.from({ length: 7 }, (_, i) => ({ note: String(i), date: 'spring' })));
    expect(noteDateWarnings(many, 'dmy', { today, dating: false })).toEqual([
      `7 note dates in "date" could not be read as dates (lines 2, 3, 4, 5, 6, …); write a date as YYYY-MM-DD, or as day/month/year or month/day/year with a real day and month`,
    ]);
    // blank dates and a table without a date column say nothing
    expect(noteDateWarnings(notesTable([{ note: 'a', date: '' }]), 'dmy', { today, dating: true })).toEqual([]);
    expect(noteDateWarnings(notesTable([{ note: 'a' }]), 'dmy', { today, dating: true })).toEqual([]);
  });

  it('today is the machine\'s calendar day: a note of today is not after it', () => {
    const clock = new Date(2025, 5, 10, 23, 30).getTime();
    expect(endOfToday(clock)).toBe(Date.UTC(2025, 5, 11));
    expect(newestNoteDate([notesTable([{ note: 'a', date: '2025-06-10' }])], 'dmy', endOfToday(clock))).not.toBeNull();
  });
});
