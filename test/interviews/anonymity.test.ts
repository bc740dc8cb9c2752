import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeInterviews, pseudonyms, suppressAcross, suppressBreakdown, type CrossCell } from '../../src/interviews/index.js';
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

const cell = (row: string | null, col: string | null, respondents: number, orphanNotes = 0): CrossCell => ({ row, col, respondents, orphanNotes });

/**
 * The oracle, by brute force: every set of non-empty cells that the total, the shown rows and the shown columns
 * add up to with some factors (Gaussian elimination over the reals), and that holds someone but fewer than k.
 */
function derivableSmallSets(cells: readonly CrossCell[], rows: ReadonlySet<string>, cols: ReadonlySet<string>, k: number): number[][] {
  const live = cells.filter((c) => c.respondents > 0 || c.orphanNotes > 0);
  const published = [
    live.map(() => 1),
    ...[...rows].map((r) => live.map((c) => (c.row === r ? 1 : 0))),
    ...[...cols].map((r) => live.map((c) => (c.col === r ? 1 : 0))),
  ];
  const rank = (m: number[][]) => {
    const a = m.map((r) => [...r]);
    let rk = 0;
    for (let col = 0; col < live.length && rk < a.length; col++) {
      const p = a.findIndex((r, i) => i >= rk && Math.abs(r[col]!) > 1e-9);
      if (p < 0) continue;
      [a[rk], a[p]] = [a[p]!, a[rk]!];
      for (let i = 0; i < a.length; i++) {
        if (i === rk) continue;
        const f = a[i]![col]! / a[rk]![col]!;
        a[i] = a[i]!.map((x, j) => x - f * a[rk]![j]!);
      }
      rk++;
    }
    return rk;
  };
  const base = rank(published);
  const found: number[][] = [];
  for (let mask = 1; mask < 1 << live.length; mask++) {
    const v = live.map((_, i) => ((mask >> i) & 1 ? 1 : 0));
    const people = live.reduce((s, c, i) => s + (v[i] ? c.respondents : 0), 0);
    if (people >= k) continue;
    if (rank([...published, v]) === base) found.push(live.flatMap((_, i) => (v[i] ? [i] : [])));
  }
  return found;
}

describe('suppressAcross', () => {
  it('hides what lets the reps be set against team North (one rep in no shown team)', () => {
    const cells = [cell('North', 'Rep', 10), cell('East', 'KAM', 5), cell('West', 'KAM', 5), cell(null, 'Rep', 1)];
    const rows = new Set(['North', 'East', 'West']);
    const cols = new Set(['Rep', 'KAM']);
    expect(derivableSmallSets(cells, rows, cols, 5).length).toBeGreaterThan(0);
    const hidden = suppressAcross(cells, rows, cols, 5);
    expect(hidden.size).toBe(1);
    for (const h of hidden) (h.startsWith('row:') ? rows : cols).delete(h.slice(4));
    expect(derivableSmallSets(cells, rows, cols, 5)).toEqual([]);
  });

  it('follows a chain of subtractions: the reps minus team North minus team East', () => {
    const cells = [cell('North', 'Rep', 6), cell('East', 'Rep', 6), cell('West', 'KAM', 7), cell('West', 'Rep', 2)];
    const hidden = suppressAcross(cells, new Set(['North', 'East', 'West']), new Set(['Rep', 'KAM']), 5);
    expect(hidden.size).toBeGreaterThan(0);
  });

  it('protects notes without a respondent like a person', () => {
    const cells = [cell('North', 'Rep', 6), cell('South', 'KAM', 6), cell(null, 'Rep', 0, 3)];
    expect(suppressAcross(cells, new Set(['North', 'South']), new Set(['Rep', 'KAM']), 5).size).toBeGreaterThan(0);
  });

  it('leaves alone what no subtraction can narrow down', () => {
    const cells = [cell('North', 'Rep', 6), cell('North', 'KAM', 6), cell('South', 'Rep', 6), cell('South', 'KAM', 6)];
    expect(suppressAcross(cells, new Set(['North', 'South']), new Set(['Rep', 'KAM']), 5).size).toBe(0);
  });

  it('leaves no set under k that the published figures add up to (checked against brute force)', () => {
    const names: (string | null)[] = ['A', 'B', 'C', null];
    const roles: (string | null)[] = ['x', 'y', null];
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.array(fc.record({ row: fc.constantFrom(...names), col: fc.constantFrom(...roles), respondents: fc.integer({ min: 0, max: 7 }), orphanNotes: fc.constantFrom(0, 0, 0, 2) }), {
          minLength: 1,
          maxLength: 9,
        }),
        (k, raw) => {
          // one cell per row and column
          const byKey = new Map<string, CrossCell>();
          for (const c of raw) byKey.set(JSON.stringify([c.row, c.col]), c);
          const cells = [...byKey.values()];
          const total = (pick: (c: CrossCell) => boolean) => cells.filter(pick).reduce((s, c) => s + c.respondents, 0);
          const rows = new Set(names.filter((n): n is string => n !== null && total((c) => c.row === n) >= k));
          const cols = new Set(roles.filter((n): n is string => n !== null && total((c) => c.col === n) >= k));
          for (const h of suppressAcross(cells, rows, cols, k)) (h.startsWith('row:') ? rows : cols).delete(h.slice(4));
          // the whole set under k is published whatever is hidden: only what the groups add matters
          const everyone = cells.filter((c) => c.respondents > 0 || c.orphanNotes > 0).length;
          const small = derivableSmallSets(cells, rows, cols, k).filter((s) => s.length < everyone);
          if (total(() => true) >= k) expect(small).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

const analyzeStudy = (rows: NoteRow[], k: number) =>
  analyzeInterviews([notesTable(rows, 'notes.csv', ['respondent', 'team', 'role', 'note'])], { minGroupSize: k, minQuoteGroupSize: k * 2 });

describe('group suppression, property-based', () => {
  it('never shows a group under the threshold, and never lets a hidden group be recovered by subtraction', () => {
    fc.assert(
      fc.property(study, ({ k, people, rows }) => {
        if (rows.length === 0) return;
        const { result } = analyzeStudy(rows, k);
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

  it('never lets a team be set against a role to recover fewer than k people', () => {
    fc.assert(
      fc.property(study, ({ k, people, rows }) => {
        if (rows.length === 0) return;
        const { result } = analyzeStudy(rows, k);
        // the people behind each published figure: the total, and every shown group of either breakdown
        const everyone = people.map((_, i) => i);
        const published = [
          everyone,
          ...result.groups.map((g) => everyone.filter((i) => (people[i]![g.breakdown as 'team' | 'role'] ?? null) === g.name)),
        ];
        const inside = (a: number[], b: number[]) => a.every((i) => b.includes(i));
        const safe = (rest: number[]) => rest.length === 0 || rest.length >= k;
        for (const s of published) {
          const within = published.filter((t) => t !== s && t.length < s.length && inside(t, s));
          // a figure minus one inside it, and minus two inside it that do not overlap
          for (const t of within) expect(safe(s.filter((i) => !t.includes(i)))).toBe(true);
          for (const t of within)
            for (const u of within)
              if (t !== u && !t.some((i) => u.includes(i))) expect(safe(s.filter((i) => !t.includes(i) && !u.includes(i)))).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('hides a team that a role would reveal one person beside (the reps minus team North)', () => {
    const rows: NoteRow[] = [];
    for (let i = 0; i < 10; i++) rows.push({ respondent: `N${i}`, team: 'North', role: 'Rep', note: 'The visit report is only there so the manager can count our calls.' });
    for (let i = 0; i < 5; i++) rows.push({ respondent: `E${i}`, team: 'East', role: 'KAM', note: 'Logging every call takes forever.' });
    for (let i = 0; i < 5; i++) rows.push({ respondent: `W${i}`, team: 'West', role: 'KAM', note: 'Logging every call takes forever.' });
    rows.push({ respondent: 'Z', team: 'Solo', role: 'Rep', note: 'Honestly the pipeline view saves me time, I like it a lot.' });
    const { result } = analyzeInterviews([notesTable(rows, 'notes.csv', ['respondent', 'team', 'role', 'note'])], { minGroupSize: 5 });
    const shown = new Set(result.groups.map((g) => `${g.breakdown}:${g.name}`));
    // Rep (11) and North (10) never appear together
    expect(shown.has('role:Rep') && shown.has('team:North')).toBe(false);
    expect(result.suppressedGroups).toBe(6 - result.groups.length);
    expect(result.groups.length).toBeGreaterThan(0);
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
