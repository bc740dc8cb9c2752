import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeInterviews, pseudonyms, suppressBreakdown } from '../../src/interviews/index.js';
import { notesTable, type NoteRow } from './helpers.js';

describe('pseudonyms', () => {
  it('are stable, zero-padded, and follow neither alphabet nor interview order', () => {
    const a = pseudonyms(['zoe', 'adam', 'mia']);
    const b = pseudonyms(['mia', 'zoe', 'adam']);
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
    expect([...a.values()].sort()).toEqual(['Respondent 01', 'Respondent 02', 'Respondent 03']);
  });
});

describe('suppressBreakdown', () => {
  it('hides small cells, then the smallest shown cell when one hidden cell could be worked out', () => {
    const s = suppressBreakdown(
      [
        { name: 'North', respondents: 10 },
        { name: 'South', respondents: 6 },
        { name: 'West', respondents: 2 },
        { name: null, respondents: 0 },
      ],
      5,
    );
    expect([...s.shown]).toEqual(['North']);
    expect(s.suppressed).toBe(2);
    expect(s.hiddenRespondents).toBe(8);
  });

  it('counts people without a group as a hidden cell', () => {
    const s = suppressBreakdown(
      [
        { name: 'North', respondents: 7 },
        { name: 'South', respondents: 9 },
        { name: null, respondents: 2 },
      ],
      5,
    );
    expect([...s.shown]).toEqual(['South']);
  });

  it('shows everything when every cell is large and nobody is missing', () => {
    const s = suppressBreakdown(
      [
        { name: 'A', respondents: 5 },
        { name: 'B', respondents: 5 },
        { name: null, respondents: 0 },
      ],
      5,
    );
    expect(s.shown.size).toBe(2);
    expect(s.suppressed).toBe(0);
  });
});

// Random studies: respondents, each with a team and a role (or none), one to three notes each.
const study = fc
  .record({
    k: fc.integer({ min: 2, max: 6 }),
    people: fc.array(
      fc.record({
        team: fc.option(fc.constantFrom('North', 'South', 'East', 'West', 'Key Accounts'), { nil: undefined }),
        role: fc.option(fc.constantFrom('Field', 'Inside', 'Manager'), { nil: undefined }),
        notes: fc.array(fc.constantFrom('Logging every call takes forever.', 'The order history is really useful.', 'Nobody reads it.', 'Fine.'), {
          minLength: 1,
          maxLength: 3,
        }),
      }),
      { minLength: 0, maxLength: 40 },
    ),
  })
  .map(({ k, people }) => {
    const rows: NoteRow[] = [];
    people.forEach((p, i) => {
      for (const note of p.notes) rows.push({ respondent: `P${i}`, team: p.team ?? '', role: p.role ?? '', note });
    });
    return { k, people, rows };
  });

describe('group suppression, property-based', () => {
  it('never shows a group under the threshold, and never lets a hidden group be recovered by subtraction', () => {
    fc.assert(
      fc.property(study, ({ k, people, rows }) => {
        if (rows.length === 0) return;
        const { result } = analyzeInterviews([notesTable(rows, 'notes.csv', ['respondent', 'team', 'role', 'note'])], {
          minGroupSize: k,
          minQuoteGroupSize: k * 2,
        });
        for (const b of ['team', 'role'] as const) {
          const truth = new Map<string | null, number>();
          for (const p of people) truth.set(p[b] ?? null, (truth.get(p[b] ?? null) ?? 0) + 1);
          const shown = result.groups.filter((g) => g.breakdown === b);
          for (const g of shown) {
            // no group under the threshold appears, and what appears is true
            expect(g.respondents).toBeGreaterThanOrEqual(k);
            expect(g.respondents).toBe(truth.get(g.name));
          }
          if (shown.length === 0) continue;
          // overall minus the shown groups is what subtraction reveals: nobody, or at least k people
          const remainder = result.respondents - shown.reduce((s, g) => s + g.respondents, 0);
          expect(remainder === 0 || remainder >= k).toBe(true);
          // the same holds for every figure: the hidden notes belong to at least k people or to nobody
          const hiddenNotes =
            result.scored - shown.reduce((s, g) => s + g.sentiment.positive + g.sentiment.neutral + g.sentiment.negative, 0);
          if (remainder === 0) expect(hiddenNotes).toBe(0);
        }
        const hiddenNamed = new Set<string>();
        for (const b of ['team', 'role'] as const) {
          const names = new Set(people.flatMap((p) => (p[b] ? [p[b]] : [])));
          for (const n of names) if (!result.groups.some((g) => g.breakdown === b && g.name === n)) hiddenNamed.add(`${b}:${n}`);
        }
        expect(result.suppressedGroups).toBe(hiddenNamed.size);
      }),
      { numRuns: 200 },
    );
  });

  it('quotes only people whose groups have at least minQuoteGroupSize respondents, and attributes only to those', () => {
    fc.assert(
      fc.property(study, ({ k, people, rows }) => {
        if (rows.length === 0) return;
        const q = k * 2;
        const { result } = analyzeInterviews([notesTable(rows, 'notes.csv', ['respondent', 'team', 'role', 'note'])], {
          minGroupSize: k,
          minQuoteGroupSize: q,
        });
        if (people.length < q) expect(result.quotes).toEqual([]);
        for (const quote of result.quotes) {
          if (quote.group) {
            const g = result.groups.find((x) => x.name === quote.group);
            expect(g?.respondents ?? 0).toBeGreaterThanOrEqual(q);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
