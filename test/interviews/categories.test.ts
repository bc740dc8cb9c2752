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
