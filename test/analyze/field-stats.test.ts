import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FieldStats, OwnerIndex } from '../../src/analyze/field-stats.js';
import { ValueCounter } from '../../src/analyze/value-counter.js';

const stats = (values: string[], owners?: (string | null)[]) => {
  const index = new OwnerIndex();
  const f = new FieldStats('F', 'Opportunity', 'x.csv', index);
  values.forEach((v, i) => {
    const o = owners?.[i];
    f.add(v, o ? index.id(o) : -1);
  });
  return f;
};

describe('field statistics follow DESIGN.md definitions', () => {
  it('fill: blanks and sentinels are empty; junk does not lower fill', () => {
    const f = stats(['a', '', '  ', '#N/A', 'x', 'b', 'tbd', 'c']);
    expect(f.rows).toBe(8);
    expect(f.filled).toBe(5);
    expect(f.junk).toBe(2);
    expect(f.type).toBe('string');
  });

  it('boolean column: a cell is filled only when true', () => {
    const f = stats(['false', 'true', 'false', 'false', 'true']);
    expect(f.type).toBe('boolean');
    expect(f.filled).toBe(2);
    expect(f.junk).toBe(0);
  });

  it('number and date columns are typed; placeholders in them are still junk', () => {
    expect(stats(['1', '2,000', '$3', '4.5']).type).toBe('number');
    expect(stats(['2026-01-01', '2026-02-03T10:00:00Z']).type).toBe('date');
  });

  it('one value repeated far above all others in free text is junk', () => {
    const values = [...Array(30).fill('Called, no answer'), ...Array.from({ length: 20 }, (_, i) => `Discussed formulary option ${i}`)];
    const f = stats(values);
    expect(f.junk).toBe(30);
  });

  it('a boilerplate value one team types is junk even when the other teams dilute it to an eighth of the column', () => {
    // one resisting team of four: half its entries "visit done", the other teams' visit reports all different
    const values = [...Array(13).fill('visit done'), ...Array.from({ length: 87 }, (_, i) => `Met the ward pharmacist about case ${i}`)];
    expect(stats(values).junk).toBe(13);
  });

  it('a common real entry that is not far above the next one is not junk', () => {
    const values = [
      ...Array(13).fill('Left voicemail'),
      ...Array(5).fill('Confirmed the meeting'),
      ...Array.from({ length: 82 }, (_, i) => `Discussed dosing with Dr. ${i}`),
    ];
    expect(stats(values).junk).toBe(0);
    // and a repeated value under a tenth of the column is left alone
    expect(stats([...Array(9).fill('visit done'), ...Array.from({ length: 91 }, (_, i) => `Report ${i}`)]).junk).toBe(0);
  });

  it('"." is a placeholder, not a number', () => {
    const f = stats(['.', '.', 'Called the pharmacist', 'Agreed a follow-up visit']);
    expect(f.junk).toBe(2);
    expect(f.type).toBe('string');
  });

  it('the dominant-value rule looks past placeholders among the other values', () => {
    const values = [
      ...Array(25).fill('visit done'),
      ...Array(30).fill('.'),
      ...Array(15).fill('x'),
      ...Array.from({ length: 30 }, (_, i) => `Discussed the new inhaler with the practice nurse, visit ${i}`),
    ];
    expect(stats(values).junk).toBe(25 + 30 + 15);
  });

  it('a picklist with a common value is not junk', () => {
    const values = [...Array(30).fill('Prospecting'), ...Array(10).fill('Closed Won'), ...Array(10).fill('Negotiation')];
    expect(stats(values).junk).toBe(0);
  });

  it('fill per owner', () => {
    const f = stats(['a', '', 'b', 'c'], ['ana', 'ana', 'ben', 'ben']);
    expect(f.ownerFill(f.owners.get('ana')!)).toBe(0.5);
    expect(f.ownerFill(f.owners.get('ben')!)).toBe(1);
  });

  it('merging parts equals reading them as one', () => {
    const a = stats(['x', 'y', '', 'tbd']);
    const b = stats(['y', 'z', 'true']);
    a.merge(b);
    const whole = stats(['x', 'y', '', 'tbd', 'y', 'z', 'true']);
    expect([a.rows, a.filled, a.junk, a.values.distinct(), a.values.topCounts()]).toEqual([
      whole.rows, whole.filled, whole.junk, whole.values.distinct(), whole.values.topCounts(),
    ]);
  });
});

describe('ValueCounter: bounded, and the same answer in any order or merge order', () => {
  it('exact below the cap', () => {
    const c = new ValueCounter(10);
    for (const v of ['a', 'b', 'a', 'c', 'a']) c.add(v);
    expect(c.isExact).toBe(true);
    expect(c.distinct()).toBe(3);
    expect(c.topCounts()).toEqual([3, 1]);
  });

  it('estimates past the cap: distinct within 10%, a heavy value still found', () => {
    const c = new ValueCounter(100);
    for (let i = 0; i < 20_000; i++) c.add(`id-${i}`);
    for (let i = 0; i < 5_000; i++) c.add('n/a');
    expect(c.isExact).toBe(false);
    expect(Math.abs(c.distinct() - 20_001) / 20_001).toBeLessThan(0.1);
    const [top] = c.topCounts();
    expect(Math.abs(top - 5_000)).toBeLessThan(100);
  });

  it('property: shuffled rows and arbitrary split points give identical results', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 3 }), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 1, max: 60 }),
        (values, split, cap) => {
          const whole = new ValueCounter(cap);
          for (const v of values) whole.add(v);
          const cut = split % (values.length + 1);
          const left = new ValueCounter(cap);
          const right = new ValueCounter(cap);
          for (const v of values.slice(cut).reverse()) right.add(v);
          for (const v of values.slice(0, cut)) left.add(v);
          right.merge(left);
          expect(right.distinct()).toBe(whole.distinct());
          expect(right.topCounts()).toEqual(whole.topCounts());
          expect(right.total).toBe(whole.total);
        },
      ),
      { numRuns: 200 },
    );
  });
});
