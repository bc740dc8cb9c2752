import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandFor, computeScore, scoreAudits } from '../../src/scoring/index.js';
import { CATEGORY_WEIGHTS, resolveWeights } from '../../src/scoring/weights.js';
import { validateWeights } from '../../src/scoring/validate.js';
import { CrmAuditError } from '../../src/errors.js';
import { RiskResult } from '../../src/result/schema.js';
import { dataset, item } from '../audits/helpers.js';

describe('bands', () => {
  it('cut at 25, 50 and 75, a boundary taking the higher band', () => {
    expect(bandFor(0)).toBe('low');
    expect(bandFor(24.9)).toBe('low');
    expect(bandFor(25)).toBe('moderate');
    expect(bandFor(49.9)).toBe('moderate');
    expect(bandFor(50)).toBe('high');
    expect(bandFor(74.9)).toBe('high');
    expect(bandFor(75)).toBe('critical');
    expect(bandFor(100)).toBe('critical');
  });
});

describe('computeScore', () => {
  const items = [
    item({ id: 'a', category: 'controls', weight: 3, risk: 1 }),
    item({ id: 'b', category: 'controls', weight: 2, risk: 0 }),
    item({ id: 'c', category: 'usage', weight: 1, risk: 0.5 }),
    item({ id: 'd', category: 'usage', weight: 5, risk: null }), // not applicable: out of the mean
    item({ id: 'e', category: 'voice', weight: 2, risk: null, status: 'error', applicable: true }),
  ];

  it('takes weighted means of scored audits, then of scored categories', () => {
    const s = computeScore(items);
    expect(s.categories.find((c) => c.id === 'controls')?.risk).toBe(0.6);
    expect(s.categories.find((c) => c.id === 'usage')?.risk).toBe(0.5);
    expect(s.categories.find((c) => c.id === 'voice')?.risk).toBeNull();
    expect(s.categories.find((c) => c.id === 'value')?.risk).toBeNull();
    // 100 x (30 x 0.6 + 25 x 0.5) / 55 = 55.45
    expect(s.score).toBe(55.5);
    expect(s.band).toBe('high');
  });

  it('ranks failing audits by the points they add', () => {
    const s = computeScore(items);
    // a: 100 x 30/55 x 3/5 x 1 = 32.73; c: 100 x 25/55 x 1/1 x 0.5 = 22.73; b adds 0 and passes
    expect(s.drivers).toEqual([
      { audit: 'a', contribution: 32.73 },
      { audit: 'c', contribution: 22.73 },
    ]);
    expect(s.contributions.map((c) => c.audit)).toEqual(['a', 'c', 'b']);
  });

  it('drops a category whose weight is 0 from the score but still reports its risk', () => {
    const s = computeScore(items, { ...CATEGORY_WEIGHTS, usage: 0 });
    expect(s.score).toBe(60);
    expect(s.categories.find((c) => c.id === 'usage')).toMatchObject({ risk: 0.5, weight: 0 });
    expect(s.drivers.map((d) => d.audit)).toEqual(['a']);
  });

  it('has no score when nothing is scored', () => {
    const s = computeScore([item({ id: 'x', risk: null })]);
    expect(s).toMatchObject({ score: null, band: null, drivers: [] });
  });

  it('property: score in [0, 100], contributions add up to it, raising a risk never lowers it', () => {
    const cat = fc.constantFrom('controls', 'value', 'usage', 'voice', 'readiness' as const);
    const audit = fc.record({ category: cat, weight: fc.integer({ min: 0, max: 5 }), risk: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }) });
    fc.assert(
      fc.property(fc.array(audit, { minLength: 1, maxLength: 12 }), fc.nat(), (specs, pick) => {
        const list = specs.map((s, i) => item({ id: `a${i}`, category: s.category, weight: s.weight, risk: s.risk === null ? null : Math.round(s.risk * 1e4) / 1e4 }));
        const s = computeScore(list);
        if (s.score === null) return;
        expect(s.score).toBeGreaterThanOrEqual(0);
        expect(s.score).toBeLessThanOrEqual(100);
        const sum = s.contributions.reduce((t, c) => t + c.contribution, 0);
        expect(Math.abs(sum - s.score)).toBeLessThan(0.05 + 0.005 * list.length);
        const i = pick % list.length;
        const target = list[i]!;
        if (target.risk === null) return;
        const raised = list.map((x, j) => (j === i ? item({ ...x, risk: 1 }) : x));
        expect(computeScore(raised).score!).toBeGreaterThanOrEqual(s.score - 1e-9);
      }),
      { numRuns: 300 },
    );
  });
});

describe('weights', () => {
  const known = [
    { id: 'low-card-burden', category: 'controls' as const },
    { id: 'new-readiness', category: 'readiness' as const },
  ];

  it('defaults from the table, 1 for an audit missing from it, and takes overrides', () => {
    const w = resolveWeights({ categories: { voice: 40 }, audits: { 'low-card-burden': 5 } }, known);
    expect(w.categories.voice).toBe(40);
    expect(w.categories.controls).toBe(30);
    expect(w.audits).toEqual({ 'low-card-burden': 5, 'new-readiness': 1 });
  });

  it('rejects an unknown audit id at its key, with the known ids', () => {
    let err: unknown;
    const asked: unknown[] = [];
    try {
      validateWeights({ audits: { 'low-card-burdens': 2 } }, (path, part) => {
        asked.push([path, part]);
        return { file: 'crm-audit.config.json', line: 4, column: 7 };
      });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CrmAuditError);
    const e = err as CrmAuditError;
    expect(e.kind).toBe('usage');
    expect(e.message).toBe('weights.audits: unknown audit id "low-card-burdens"');
    expect(e.where).toEqual({ file: 'crm-audit.config.json', line: 4, column: 7 });
    expect(asked).toEqual([[['audits', 'low-card-burdens'], 'key']]);
    expect(e.hint).toMatch(/known audit ids: .*low-card-burden/);
  });

  it('rejects all-zero category weights', () => {
    const zero = { controls: 0, value: 0, usage: 0, voice: 0, readiness: 0 };
    expect(() => validateWeights({ categories: zero })).toThrow(/every category weight is 0/);
  });

  it('accepts the config without a weights section', () => {
    expect(validateWeights(undefined).categories).toEqual(CATEGORY_WEIGHTS);
  });
});

describe('scoreAudits (the pipeline entry)', () => {
  it('returns categories and a schema-valid risk', () => {
    const items = [item({ id: 'low-card-burden', weight: 3, risk: 0.8 }), item({ id: 'inactive-users', category: 'usage', weight: 3, risk: 0.2 })];
    const { categories, risk } = scoreAudits(items, dataset(), { categories: { usage: 30 } });
    expect(categories).toHaveLength(5);
    expect(categories.find((c) => c.id === 'usage')?.weight).toBe(30);
    expect(RiskResult.safeParse(risk).success).toBe(true);
    // 100 x (30 x 0.8 + 30 x 0.2) / 60 = 50
    expect(risk).toMatchObject({ score: 50, band: 'high', drivers: [{ audit: 'low-card-burden', contribution: 40 }] });
  });
});
