import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderSummary } from '../../src/cli/interviews.js';
import { analyzeInterviews, categoriesShown, inferCategory, normalizeCategory } from '../../src/interviews/index.js';
import { buildModel } from '../../src/report/model.js';
import { fixtureCopy } from '../report/helpers.js';
import { notesTable, type NoteRow } from './helpers.js';

describe('workshop categories', () => {
  it('reads the column, with synonyms', () => {
    expect(normalizeCategory('Concerns')).toBe('concern');
    expect(normalizeCategory(' idea ')).toBe('idea');
    expect(normalizeCategory('Suggestion')).toBe('idea');
    expect(normalizeCategory('Recommendation')).toBe('proposal');
    expect(normalizeCategory('')).toBeNull();
    expect(normalizeCategory('banana')).toBeNull();
  });

  it.each([
    ['How do I export my pipeline?', 'question'],
    ['We should drop the visit report.', 'proposal'],
    ['Stop asking for the competitor on every deal.', 'proposal'],
    ['I wish the app worked offline.', 'idea'],
    ['It would be nice to see invoices.', 'idea'],
    ["I'm worried the data will be used against us.", 'concern'],
    ['What happens to my contacts if I leave?', 'concern'],
    ['I log my calls on Friday afternoon.', 'experience'],
    ["Honestly? It's fine.", 'experience'],
  ])('infers %j as %s', (text, cat) => {
    expect(inferCategory(text)).toBe(cat);
  });
});

describe('workshop categories are inferred for workshop notes only', () => {
  it('an interview note gets no inferred category when a session column says it is an interview', async () => {
    const { analyzeInterviews } = await import('../../src/interviews/index.js');
    const { notesTable } = await import('./helpers.js');
    const t = notesTable([
      { respondent: 'a', session: 'interview', note: 'We should get the order history on the phone.' },
      { respondent: 'b', session: 'workshop', note: 'We should get the order history on the phone.' },
      { respondent: 'c', session: 'interview', category: 'concern', note: 'Nobody reads the visit reports.' },
    ]);
    // (three respondents: a group of 2 lets the figures be given)
    const r = analyzeInterviews([t], { minGroupSize: 2, minQuoteGroupSize: 10, redactNames: [] }).result;
    expect(r.categories.proposal).toBe(1);
    expect(r.categories.concern).toBe(1);
    expect(Object.values(r.categories).reduce((a, b) => a + b, 0)).toBe(2);
  });
});

describe('whether the workshop categories are shown', () => {
  const interview = (i: number): NoteRow => ({ respondent: `R${i % 12}`, team: 'North', session: 'interview', note: `Logging visit ${i} takes an hour and nobody reads it.` });

  it('57 interview notes and one workshop note: one category inferred, so the block is left out', () => {
    const rows = [...Array.from({ length: 56 }, (_, i) => interview(i)), { respondent: 'R1', team: 'North', session: 'workshop', note: 'We log everything twice.' }];
    const r = analyzeInterviews([notesTable(rows)]).result;
    expect(r.categories).toMatchObject({ experience: 1, idea: 0, question: 0, concern: 0, proposal: 0 });
    expect(r.categoriesInferred).toBe(1);
    expect(categoriesShown(r)).toBe(false);
  });

  it('a category column shows them, even for one note; inferred ones from a fifth of the notes (5 at least)', () => {
    const base = { notes: 57, categories: { experience: 1, idea: 0, question: 0, concern: 0, proposal: 0 } };
    expect(categoriesShown({ ...base, categoriesInferred: 0 })).toBe(true);
    expect(categoriesShown({ ...base, categoriesInferred: 1 })).toBe(false);
    const many = { notes: 57, categories: { experience: 8, idea: 2, question: 2, concern: 0, proposal: 0 } };
    expect(categoriesShown({ ...many, categoriesInferred: 12 })).toBe(true); // 21% of the notes
    expect(categoriesShown({ ...many, categoriesInferred: 11 })).toBe(true); // one given in a column
    expect(categoriesShown({ notes: 80, categories: many.categories, categoriesInferred: 12 })).toBe(false); // 15%
    expect(categoriesShown({ notes: 10, categories: { experience: 4, idea: 0, question: 0, concern: 0, proposal: 0 }, categoriesInferred: 4 })).toBe(false);
    expect(categoriesShown({ notes: 10, categories: { experience: 0, idea: 0, question: 0, concern: 0, proposal: 0 }, categoriesInferred: 0 })).toBe(false);
    // an analysis saved before categoriesInferred: shown as before
    expect(categoriesShown({ notes: 57, categories: base.categories })).toBe(true);
  });

  it('the report leaves the block out with the rule, and the terminal too', () => {
    const rows = [...Array.from({ length: 56 }, (_, i) => interview(i)), { respondent: 'R1', team: 'North', session: 'workshop', note: 'We log everything twice.' }];
    const a = analyzeInterviews([notesTable(rows)]);
    const r = fixtureCopy();
    r.interviews = a.result;
    expect(buildModel(r).voice!.categories).toEqual([]);
    const summary = renderSummary(a, new Chalk({ level: 0 }), new Map(), { minGroupSize: 5, minQuoteGroupSize: 10 });
    expect(summary).not.toMatch(/Categories/);
  });
});
