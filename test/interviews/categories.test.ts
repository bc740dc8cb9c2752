import { describe, expect, it } from 'vitest';
import { inferCategory, normalizeCategory } from '../../src/interviews/index.js';

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
    const r = analyzeInterviews([t], { minGroupSize: 5, minQuoteGroupSize: 10, redactNames: [] }).result;
    expect(r.categories.proposal).toBe(1);
    expect(r.categories.concern).toBe(1);
    expect(Object.values(r.categories).reduce((a, b) => a + b, 0)).toBe(2);
  });
});
