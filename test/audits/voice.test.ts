import { describe, expect, it } from 'vitest';
import { negativeVoice } from '../../src/audits/negative-voice.js';
import { controlPerception } from '../../src/audits/control-perception.js';
import { shadowSystems } from '../../src/audits/shadow-systems.js';
import { dataEntryBurden } from '../../src/audits/data-entry-burden.js';
import { runAudit } from '../../src/audits/index.js';
import { dataset, interviews } from './helpers.js';

const run = (a: Parameters<typeof runAudit>[0], d: Parameters<typeof runAudit>[1]) => runAudit(a, d, 1);
const themes = (t: Record<string, number>) => Object.entries(t).map(([id, share]) => ({ id, count: Math.round(share * 100), share }));

describe('voice audits: applicability', () => {
  for (const a of [negativeVoice, controlPerception, shadowSystems, dataEntryBurden]) {
    it(`${a.meta.id} needs scored notes`, () => {
      expect(run(a, dataset()).status).toBe('not-applicable');
      expect(run(a, dataset({ interviews: interviews({ scored: 0, otherLanguage: 100 }) })).evidence?.summary).toMatch(/English/);
    });
  }
});

describe('negative-voice', () => {
  it('fails at 40% negative notes', () => {
    const r = run(negativeVoice, dataset({ interviews: interviews({ sentiment: { positive: 30, neutral: 30, negative: 40 } }) }));
    expect(r).toMatchObject({ status: 'fail', risk: 0.5 });
  });

  it('fails when many respondents hate it even if notes are mixed', () => {
    const r = run(negativeVoice, dataset({ interviews: interviews({ stances: { love: 2, hate: 14, ambivalent: 2, neutral: 2 } }) }));
    expect(r.risk).toBe(1);
    expect(r.evidence?.metrics.hateShare).toBe(0.7);
  });

  it('passes a mostly positive voice', () => {
    const r = run(negativeVoice, dataset({ interviews: interviews({ sentiment: { positive: 60, neutral: 30, negative: 10 }, stances: { love: 10, hate: 1, ambivalent: 4, neutral: 5 } }) }));
    expect(r).toMatchObject({ status: 'pass', risk: 0 });
  });
});

describe('theme audits', () => {
  it('control-perception adds half the job-threat share and fails at 0.15', () => {
    const r = run(controlPerception, dataset({ interviews: interviews({ themes: themes({ 'control-surveillance': 0.1, 'job-threat': 0.1 }) }) }));
    expect(r).toMatchObject({ status: 'fail', risk: 0.5 });
    expect(r.evidence?.metrics.weightedShare).toBe(0.15);
  });

  it('shadow-systems fails at 10% of notes', () => {
    expect(run(shadowSystems, dataset({ interviews: interviews({ themes: themes({ 'shadow-systems': 0.1 }) }) }))).toMatchObject({ status: 'fail', risk: 0.5 });
    expect(run(shadowSystems, dataset({ interviews: interviews({ themes: themes({ 'shadow-systems': 0.02 }) }) })).risk).toBe(0);
  });

  it('data-entry-burden fails at 15% of notes and carries a quote', () => {
    const iv = interviews({
      themes: themes({ 'data-entry-burden': 0.15 }),
      quotes: [{ text: 'Ten minutes per visit to fill the form.', theme: 'data-entry-burden' }],
    });
    const r = run(dataEntryBurden, dataset({ interviews: iv }));
    expect(r).toMatchObject({ status: 'fail', risk: 0.5 });
    expect(r.evidence?.metrics.quote).toBe('Ten minutes per visit to fill the form.');
  });

  it('a missing theme counts as 0', () => {
    expect(run(dataEntryBurden, dataset({ interviews: interviews() }))).toMatchObject({ status: 'pass', risk: 0 });
  });
});
