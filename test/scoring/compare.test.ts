import { describe, expect, it } from 'vitest';
import { compareResults } from '../../src/scoring/compare.js';
import { item } from '../audits/helpers.js';
import { after, analysis, before } from './fixtures.js';

describe('compareResults', () => {
  it('sorts findings into new, resolved, persisting and unmeasured', () => {
    const c = compareResults(before(), after(), { before: 'q1.json', after: 'q3.json' });
    expect(c.scoreChange).toBe(-20.5);
    expect(c.direction).toBe('better');
    expect(c.findings.new.map((f) => f.id)).toEqual(['low-card-burden']);
    expect(c.findings.resolved.map((f) => f.id)).toEqual(['junk-compliance']);
    expect(c.findings.persisting).toEqual([
      { id: 'bulk-logging', title: 'bulk-logging failing', category: 'controls', statusBefore: 'fail', statusAfter: 'fail', riskBefore: 0.8, riskAfter: 0.6, change: -0.2 },
    ]);
    expect(c.findings.unmeasured.map((f) => f.id)).toEqual(['usage-polarization']);
    expect(c.before).toMatchObject({ path: 'q1.json', score: 62, band: 'high', failing: 3 });
    expect(c.after).toMatchObject({ path: 'q3.json', score: 41.5, band: 'moderate', failing: 2 });
    expect(c.audits.map((a) => a.id)).toEqual(['bulk-logging', 'junk-compliance', 'low-card-burden', 'usage-polarization']);
    expect(c.notes.join(' ')).toMatch(/Scored in only one of the two analyses: usage-polarization/);
  });

  it('calls an increase worse and equal unchanged; no score is unknown', () => {
    expect(compareResults(after(), before()).direction).toBe('worse');
    expect(compareResults(before(), before()).direction).toBe('unchanged');
    const none = analysis({ score: null, audits: [] });
    expect(compareResults(none, before())).toMatchObject({ scoreChange: null, direction: 'unknown' });
  });

  it('warns about swapped dates, another client, a changed situation or changed weights', () => {
    const b = before();
    const a = analysis({
      score: 50,
      generatedAt: '2025-01-01',
      client: 'Other Co',
      situation: 'in-progress',
      audits: [item({ id: 'junk-compliance', risk: 0.2, weight: 9 })],
    });
    const notes = compareResults(b, a).notes.join('\n');
    expect(notes).toMatch(/different clients/);
    expect(notes).toMatch(/wrong order/);
    expect(notes).toMatch(/situation changed from post-implementation to in-progress/);
    expect(notes).toMatch(/Weights differ .*junk-compliance/);
  });

  it('warns when the interview notes were coded by different versions of the coder', () => {
    const voice = (lexiconVersion?: string) =>
      ({
        ...(lexiconVersion ? { lexiconVersion } : {}),
        notes: 10, respondents: 5, scored: 10, otherLanguage: 0,
        sentiment: { positive: 3, neutral: 3, negative: 4 }, themes: [],
        categories: { experience: 0, idea: 0, question: 0, concern: 0, proposal: 0 },
        stances: { love: 1, hate: 1, ambivalent: 1, neutral: 2 },
        polarization: { index: 0.4, lowShare: 0.2, highShare: 0.2 },
        groups: [], suppressedGroups: 0, quotes: [],
      }) as never;
    const b = { ...before(), interviews: voice('2026.1') };
    expect(compareResults(b, { ...after(), interviews: voice('2026.4') }).notes.join('\n')).toMatch(/coded by different versions of the coder \(2026.1 and 2026.4\)/);
    expect(compareResults(b, { ...after(), interviews: voice() }).notes.join('\n')).toMatch(/2026.1 and before 2026.2/);
    expect(compareResults(b, { ...after(), interviews: voice('2026.1') }).notes.join('\n')).not.toMatch(/versions of the coder/);
  });
});
