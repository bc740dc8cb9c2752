import { describe, expect, it } from 'vitest';
import { compileRedactor } from '../../src/interviews/redact.js';
import { pathRedactor } from '../../src/interviews/shown-path.js';

const shown = pathRedactor(compileRedactor(['Jane Smith', 'Bob Lee']));

describe('a notes path as outputs show it', () => {
  it('keeps what is plainly the file name: its extension, digits written onto a word, a leading @', () => {
    for (const p of ['h1100000.csv', 'h5000000.csv', '@notes.csv', 'notes2.csv', 'q3notes.tsv', '2024q1/notes.csv', '../data/@team.csv', 'export/Task_1.csv']) {
      expect(shown(p), p).toBe(p);
    }
  });

  it('still takes out names, addresses, phone numbers and the day of a date', () => {
    expect(shown('interview_jane_smith_2024-03-15.csv')).toBe('interview_[name]_[name]_2024-03.csv');
    expect(shown('Bob_Lee_interview.tsv')).toBe('[name]_[name]_interview.tsv');
    expect(shown('@bob.csv')).toBe('@[name].csv');
    expect(shown('jane.smith@acme.com.csv')).toBe('[email].csv');
    expect(shown('notes_+49 170 1234567.csv')).toBe('notes_[phone].csv');
    expect(shown('call_0171-2345678.csv')).toBe('call_[phone].csv');
    expect(shown('notes_1100000.csv')).toBe('notes_[phone].csv');
    // ten digits and more, even written onto a word, read as a phone number, as in a note
    expect(shown('tel015112345678.csv')).toBe('tel[phone].csv');
    // digits running into a date are the date's
    expect(shown('export2024-03-15.csv')).not.toContain('15');
  });

  it('redacts each folder apart, with either slash', () => {
    expect(shown('data/jane smith/notes.csv')).toBe('data/[name]/notes.csv');
    expect(shown('jane.smith/notes.csv')).toBe('[name].[name]/notes.csv');
    expect(shown('C:\\data\\jane_smith.csv')).toBe('C:\\data\\[name]_[name].csv');
  });
});
