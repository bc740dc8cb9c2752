// The learned layer of the interview coder: its weights are reproducible from the dev parts, it never codes
// on one word, and its evidence says why.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inputsHash, WEIGHTS_FILE } from '../../scripts/train-interviews.js';
import { trainLogistic } from '../../scripts/lib/logistic.js';
import { analyzeInterviews, codeNote, compileLexicon, reviewSheet } from '../../src/interviews/index.js';
import { notesTable } from './helpers.js';
import { describeFeature, noteFeatures, readNote, stem } from '../../src/interviews/features.js';
import { learnedThemes } from '../../src/interviews/learned.js';
import { LEARNED_MODEL } from '../../src/interviews/learned-weights.js';
import { LEXICON_VERSION } from '../../src/interviews/lexicon.js';

describe('learned layer', () => {
  // Retraining takes about 15 s; .ci/run does it (npm run train:interviews -- --check). Here: the weights were
  // trained on exactly what training would read now (features, labels, options, trainer), by its hash.
  it('was trained on the committed notes and features (npm run train:interviews)', () => {
    expect(LEARNED_MODEL.lexiconVersion).toBe(LEXICON_VERSION);
    expect(LEARNED_MODEL.trainedOn.parts.some((p) => p.startsWith('heldout'))).toBe(false);
    expect(LEARNED_MODEL.inputs).toBe(inputsHash());
    expect(readFileSync(WEIGHTS_FILE, 'utf8')).not.toContain('\r');
  }, 30_000);

  it('marks negated words and classes, and keeps word pairs', () => {
    const f = noteFeatures('Nobody reads the visit reports. It is not slow.');
    expect(f).toContain('b:NEG_~read');
    expect(f).toContain('w:~read');
    expect(f).toContain('c:~v.speed');
    expect(f).not.toContain('c:v.speed');
    expect(stem('logging')).toBe(stem('logged'));
    expect(describeFeature('b:NEG_~read')).toBe('"not read"');
    expect(describeFeature('c:~v.speed')).toBe('[not speed]');
    // class names read as words: no code names in the review sheet
    expect(describeFeature('c:v.noReturn')).toBe('[nothing back]');
    expect(describeFeature('c:afterHours')).toBe('[after hours]');
  });

  it('ends a negation at "and", "so", "because", and reads every match of a class', () => {
    const f = noteFeatures('Nobody trained us so we keep our own spreadsheet and a notebook.');
    expect(f).toContain('w:~train');
    expect(f).toContain('w:spreadsheet');
    expect(f).not.toContain('w:~spreadsheet');
    const g = noteFeatures('It is not slow it just crashes constantly.');
    expect(g).toContain('c:~v.speed');
    expect(g).toContain('c:v.speed');
    expect(noteFeatures('not only useful')).not.toContain('w:~useful');
    // a lone quote mark or "'s" is not a word
    for (const x of noteFeatures("The CRM 's fine ' really")) expect(x).not.toMatch(/^w:~?$|_$|^b:_/);
  });

  it('shows a word pair inside a negation with its "not"', () => {
    const r = readNote('Nobody to ask when it breaks.');
    expect(r.shown.get('b:~to_~ask')).toBe('not to ask');
  });

  it('does not read praise of a working connection as a wish for one', () => {
    for (const t of ['The Outlook sync works great, no complaints.', 'The ERP integration works well, no complaints at all.', 'The integration with Outlook works.']) {
      expect(codeNote(t).themes).not.toContain('integration-wish');
    }
    expect(codeNote('I wish the orders from SAP showed up in the account.').themes).toContain('integration-wish');
  });

  it('keeps names, numbers and places out of the evidence (the why column)', () => {
    const rows = [
      { note: 'Jolanda Verbeek keeps her real pipeline in an Excel sheet on her laptop, call her on 0612345678 in Zwolle.', respondent: 'r1' },
      { note: 'Nobody reads the visit reports, it all disappears into the system, says Jolanda Verbeek.', respondent: 'r2' },
    ];
    const a = analyzeInterviews([notesTable(rows)], { redactNames: ['Jolanda Verbeek'] });
    const why = a.coded.flatMap((n) => n.evidence).join(' ');
    expect(why).not.toMatch(/jolanda|verbeek|zwoll|[0-9]/i);
    expect(reviewSheet(a.coded)).not.toMatch(/jolanda|verbeek|0612345678/i);
    expect(a.coded.some((n) => n.evidence.some((e) => e.includes(':learned(')))).toBe(true);
    // a hidden name the learned layer read as a word ("Forecasts" as "forecast") is not cited either ...
    const note = 'Tom Forecasts says it is reliable enough to forecast from, apart from the odd stale deal.';
    const plain = analyzeInterviews([notesTable([{ note, respondent: 'r1' }])]).coded[0]!.evidence.join(' ');
    const hidden = analyzeInterviews([notesTable([{ note, respondent: 'r1' }])], { redactNames: ['Tom Forecasts'] }).coded[0]!.evidence.join(' ');
    expect(plain).toMatch(/learned\(.*forecasts/);
    expect(hidden).not.toMatch(/forecast/);
    expect(hidden).toMatch(/learned\(.*\[name\]/);
    // ... but another word of the same stem is not a name: "Tim Price" does not hide "pricing"
    const pricing = 'Pricing is always wrong in the CRM, so I keep my own price list in Excel.';
    const pricingWhy = analyzeInterviews([notesTable([{ note: pricing, respondent: 'r1' }])], { redactNames: ['Tim Price'] }).coded[0]!.evidence.join(' ');
    expect(pricingWhy).toMatch(/learned\(.*pricing/);
    // and a word the note still shows in its redacted text ("price list", lower case) is the word, not the name
    expect(pricingWhy).not.toMatch(/\[name\]/);
  });

  it('never codes a theme on one word, however often it is said', () => {
    // one word said over and over, or one word with its stop words: nothing rests on two different words
    for (const text of ['Phone.', 'Phone, phone, phone!', 'Spreadsheet.', 'Spreadsheet spreadsheet spreadsheets!', 'The app, the app.']) {
      expect(learnedThemes(text).themes).toEqual([]);
    }
    // where it codes, the evidence names at least two features
    for (const l of learnedThemes('The tablet app dies in the basement car park, no signal at all.').themes) {
      expect(l.because.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('drops a built-in rule\'s theme that the learned layer finds very unlikely, never a config phrase', () => {
    // a rule reads "chosen for head office" as surveillance; the note is about fit (the example client's notes)
    const text = "Thinks the system was chosen for head office and doesn't fit field work in hospitals.";
    const rules = codeNote(text, { lexicon: compileLexicon([], { learned: false }) });
    const both = codeNote(text);
    const p = learnedThemes(text).probabilities.get('control-surveillance')!;
    expect(rules.themes).toContain('control-surveillance');
    expect(p).toBeLessThan(LEARNED_MODEL.veto);
    expect(both.themes).not.toContain('control-surveillance');
    expect(both.evidence.some((e) => e.startsWith('control-surveillance:'))).toBe(false);
    expect(both.themes).toContain('tool-fit');
    const withConfig = compileLexicon([{ id: 'control-surveillance', phrases: ['chosen for head office'] }]);
    expect(codeNote(text, { lexicon: withConfig }).themes).toContain('control-surveillance');
  });

  it('codes with the model the lexicon carries (the cross-author check trains its own)', () => {
    const text = 'My own spreadsheet has twenty years of history, the portal has six months of junk.';
    const learned = codeNote(text).evidence.filter((e) => e.includes(':learned('));
    expect(learned.length).toBeGreaterThan(0);
    // a model that finds every theme unlikely: nothing learned is added, and it vetoes the rules' hits too
    const silent = Object.fromEntries(Object.keys(LEARNED_MODEL.themes).map((id) => [id, { bias: -20, weights: '' }]));
    const model = { ...LEARNED_MODEL, themes: silent };
    const c = codeNote(text, { lexicon: compileLexicon([], { model }) });
    expect(c.evidence.filter((e) => e.includes(':learned('))).toEqual([]);
    expect(c.themes).toEqual([]);
    // and the sentiment label follows the model's sentiment models
    const sentiment = { negative: { bias: -20, weights: '' }, neutral: { bias: -20, weights: '' }, positive: { bias: 20, weights: '' } };
    const sayPositive = compileLexicon([], { model: { ...model, sentiment } });
    expect(codeNote('Nobody reads the call reports I write after each visit, a total waste of my time.', { lexicon: sayPositive }).sentiment).toBe('positive');
    // ... except in a note too short for it to go on, whose word-list score is clearly the other way
    expect(codeNote('Slow, clunky, a total waste.', { lexicon: sayPositive }).sentiment).toBe('negative');
    // ... and not where the note negates or turns, which the word list misreads more often than the models do
    expect(codeNote('Nobody reads my call reports, total waste.', { lexicon: sayPositive }).sentiment).toBe('positive');
    expect(codeNote('I update the deal after each meeting.', { lexicon: sayPositive }).sentiment).toBe('positive');
  });

  it('keeps the plain reading of short notes whose word-list score is clear', () => {
    // the sentiment models learned their biases on notes that are mostly complaints; on a few words they decide
    for (const t of ['The CRM is great.', 'The new system is excellent.', 'The CRM is fine, it works for me.', 'Very happy with it.']) {
      expect(codeNote(t).sentiment, t).toBe('positive');
    }
    for (const t of ['The CRM is awful.', 'I hate it.', 'It is useless.', 'Oh great, another mandatory field.']) {
      expect(codeNote(t).sentiment, t).toBe('negative');
    }
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
