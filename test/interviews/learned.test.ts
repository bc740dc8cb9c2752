// The learned layer of the interview coder: its weights are reproducible from the dev parts, it never codes
// on one word, and its evidence says why.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render, train, WEIGHTS_FILE } from '../../scripts/train-interviews.js';
import { trainLogistic } from '../../scripts/lib/logistic.js';
import { codeNote, compileLexicon } from '../../src/interviews/index.js';
import { describeFeature, noteFeatures, stem } from '../../src/interviews/features.js';
import { learnedThemes } from '../../src/interviews/learned.js';
import { LEARNED_MODEL } from '../../src/interviews/learned-weights.js';
import { LEXICON_VERSION } from '../../src/interviews/lexicon.js';

describe('learned layer', () => {
  it('has the weights that training on the development parts gives (npm run train:interviews)', () => {
    expect(LEARNED_MODEL.lexiconVersion).toBe(LEXICON_VERSION);
    expect(LEARNED_MODEL.trainedOn.parts.some((p) => p.startsWith('heldout'))).toBe(false);
    expect(render(train())).toBe(readFileSync(WEIGHTS_FILE, 'utf8'));
  }, 60_000);

  it('marks negated words and classes, and keeps word pairs', () => {
    const f = noteFeatures('Nobody reads the visit reports. It is not slow.');
    expect(f).toContain('b:NEG_~read');
    expect(f).toContain('w:~read');
    expect(f).toContain('c:~v.speed');
    expect(f).not.toContain('c:v.speed');
    expect(stem('logging')).toBe(stem('logged'));
    expect(describeFeature('b:NEG_~read')).toBe('"not read"');
    expect(describeFeature('c:~v.speed')).toBe('[not speed]');
  });

  it('never codes a theme on one word, however often it is said', () => {
    for (const text of ['Phone.', 'Phone, phone, phone!', 'I take the train to the office.', 'Spreadsheet.']) {
      const words = new Set(text.toLowerCase().match(/[a-z]+/g));
      for (const l of learnedThemes(text)) {
        // whatever it codes rests on at least two different words of the note
        expect(words.size).toBeGreaterThan(1);
        expect(l.because.length).toBeGreaterThanOrEqual(2);
      }
    }
    expect(learnedThemes('Phone, phone, phone!')).toEqual([]);
    expect(learnedThemes('Spreadsheet.')).toEqual([]);
  });

  it('codes wording the rules miss, and names the features that decided', () => {
    const text = 'My own spreadsheet has twenty years of history, the portal has six months of junk.';
    const rulesOnly = codeNote(text, { lexicon: compileLexicon([], { learned: false }) });
    const c = codeNote(text);
    const learned = c.evidence.filter((e) => /^[a-z-]+:learned\(.+\)$/.test(e));
    expect(learned.length).toBeGreaterThan(0);
    const learnedIds = learned.map((e) => e.slice(0, e.indexOf(':')));
    for (const id of learnedIds) expect(c.themes).toContain(id);
    // at least one of them is a theme the rules alone do not find in this note
    expect(learnedIds.some((id) => !rulesOnly.themes.includes(id))).toBe(true);
  });
});

describe('logistic regression (the trainer)', () => {
  it('learns which feature signals the label, the same way every time', () => {
    const xs: string[][] = [];
    const ys: boolean[] = [];
    for (let i = 0; i < 60; i++) {
      const on = i % 3 === 0;
      xs.push(on ? ['signal', `noise${i % 5}`] : ['other', `noise${i % 5}`]);
      ys.push(on);
    }
    const a = trainLogistic(xs, ys);
    const b = trainLogistic(xs, ys);
    expect(a.weights.get('signal')!).toBeGreaterThan(1);
    expect(a.weights.get('other')!).toBeLessThan(-1);
    expect(Math.abs(a.weights.get('noise1')!)).toBeLessThan(0.5);
    expect([...a.weights]).toEqual([...b.weights]);
    expect(() => trainLogistic([['x']], [])).toThrow();
  });
});
