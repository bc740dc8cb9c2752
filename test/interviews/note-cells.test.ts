import { describe, expect, it } from 'vitest';
import { checkNotesTable, isPlaceholderNote, ratingCell } from '../../src/interviews/note-cells.js';
import { analyzeInterviews } from '../../src/interviews/index.js';
import { notesTable } from './helpers.js';

const check = (t: ReturnType<typeof notesTable>) => {
  checkNotesTable(t, { dateOrder: 'dmy', dating: false, today: Date.UTC(2030, 0, 1) });
  return t.input.warnings;
};

describe('a note that is only a placeholder', () => {
  it('is blank: skipped, and counted with the rows whose note is empty', () => {
    for (const p of ['n/a', 'N/A', 'na', '-', '--', 'none', 'None', 'NULL', '.', '?', '  n/a  ']) expect(isPlaceholderNote(p), p).toBe(true);
    for (const p of ['–', '—', '---', '...', '…', '??', 'x', 'X', 'tbd', 'TODO', 'nil', 'n.a.']) expect(isPlaceholderNote(p), p).toBe(true);
    for (const p of ['no', 'nothing to add', 'n/a for me: I never open it', 'xx', '----', 'ok']) expect(isPlaceholderNote(p), p).toBe(false);
    const t = notesTable([{ note: 'The CRM is slow.' }, { note: 'n/a' }, { note: '-' }, { note: '' }, { note: '?' }]);
    expect(check(t)).toEqual([]);
    const a = analyzeInterviews([t]);
    expect(a.result.notes).toBe(1);
    expect(a.warnings.map((w) => w.message)).toContain('4 rows without a note (empty, or a placeholder such as n/a) skipped');
  });
});

describe('a language or rating that cannot be read', () => {
  it('is warned about once per file, with a count and the first lines, never the value', () => {
    const t = notesTable([
      { note: 'The CRM is slow.', language: 'klingon', rating: '9' },
      { note: 'Nobody reads it.', language: 'en', rating: '0' },
      { note: 'I like the app.', language: 'English', rating: 'five' },
      { note: 'Es ist langsam.', language: 'Deutsch', rating: '4/5' },
      { note: 'n/a', language: 'elvish', rating: '99' },
      { note: 'Fine.', language: '', rating: '' },
    ]);
    const messages = check(t).map((w) => `${w.code}: ${w.message}`);
    expect(messages).toEqual([
      `note-language: 1 language value in "language" is not a language crm-audit knows (line 2): that note's language was told from its words; write a code (en, de) or a name (English, Deutsch)`,
      `note-rating: 3 ratings in "rating" are not a number from 1 to 5 (lines 2, 3, 4) and were left out; write 1 to 5 (4, 4.5 or 4/5), or leave the cell blank`,
    ]);
    expect(messages.join()).not.toMatch(/klingon|five|elvish|99/);
  });

  it('reads a rating as the notes analysis does', () => {
    expect([' 4 ', '4.5', '4,5', '4/5', '1', '5'].map(ratingCell)).toEqual([4, 4.5, 4.5, 4, 1, 5]);
    expect(['', '  ', undefined].map(ratingCell)).toEqual([null, null, null]);
    expect(['0', '9', 'five', '6/5', '-1'].map(ratingCell)).toEqual(['bad', 'bad', 'bad', 'bad', 'bad']);
  });
});
