import { describe, expect, it } from 'vitest';
import { newestNoteDate } from '../../src/interviews/note-dates.js';
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
