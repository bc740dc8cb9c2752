import { describe, expect, it } from 'vitest';
import { newestNoteDate } from '../../src/interviews/note-dates.js';
import { notesTable } from './helpers.js';

const day = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString().slice(0, 10));

describe('newestNoteDate', () => {
  it('is the newest date of the date column, ISO or with the order its values show', () => {
    expect(day(newestNoteDate([notesTable([{ note: 'a', date: '2025-02-03' }, { note: 'b', date: '2025-02-25' }, { note: 'c', date: '' }])], 'mdy'))).toBe('2025-02-25');
    // 25/02 can only be day first: the column is read day first, so 03/04 is 3 April
    expect(day(newestNoteDate([notesTable([{ note: 'a', date: '25/02/2025' }, { note: 'b', date: '03/04/2025' }])], 'mdy'))).toBe('2025-04-03');
    // nothing tells: the fallback (the locale's, or --date-format)
    expect(day(newestNoteDate([notesTable([{ note: 'a', date: '03/04/2025' }])], 'mdy'))).toBe('2025-03-04');
    expect(day(newestNoteDate([notesTable([{ note: 'a', date: '03/04/2025' }])], 'dmy'))).toBe('2025-04-03');
  });

  it('is null without a date column or without a date that reads as one', () => {
    expect(newestNoteDate([notesTable([{ note: 'a' }])], 'mdy')).toBeNull();
    expect(newestNoteDate([notesTable([{ note: 'a', date: 'spring' }])], 'mdy')).toBeNull();
  });
});
