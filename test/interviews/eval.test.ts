// The eval figures behind the README. `heldout` was split off by hash before any tuning and must meet the
// issue's targets. `heldout-3` was written after the lexicon and never used for tuning: it is the honest
// estimate on new wording, far lower, and is asserted only as a floor against regressions.
import { describe, expect, it } from 'vitest';
import { evaluate, loadExample, loadPart } from '../../scripts/eval-interviews.js';

describe('interview coding eval', () => {
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

  it('does not regress on the blind set (figures recorded in eval/interviews/README.md)', () => {
    const r = evaluate('heldout-3', loadPart('heldout-3'));
    expect(r.macroPrecision).toBeGreaterThanOrEqual(0.78);
    expect(r.macroRecall).toBeGreaterThanOrEqual(0.53);
  });

  it('does not regress on dev-4 (lexicon 2025.2 was tuned on it)', () => {
    const r = evaluate('dev-4', loadPart('dev-4'));
    expect(r.notes).toBeGreaterThanOrEqual(60);
    expect(r.macroPrecision).toBeGreaterThanOrEqual(0.9);
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
