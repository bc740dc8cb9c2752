// `npm run train:interviews`: trains the learned layer of the interview theme coder (src/interviews/learned.ts)
// on the development parts of the labelled notes and writes src/interviews/learned-weights.ts.
//   npm run train:interviews            write the weights
//   npm run train:interviews -- --check exit 1 when the committed weights are not what training gives now
//                                       (.ci/run does this; the unit test compares only the inputs' hash)
// Only development parts are read (TRAIN_PARTS): the held-out parts stay unseen, by the trainer as by people.
// Retrain whenever the features (features.ts, vocabulary.ts, the lexicon's CONTEXTS) or the dev parts change,
// and bump LEXICON_VERSION.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { noteFeatures } from '../src/interviews/features.js';
import { sentimentFeatures, type LearnedModel } from '../src/interviews/learned.js';
import { scoreSentiment } from '../src/interviews/sentiment-score.js';
import { LEXICON_VERSION } from '../src/interviews/lexicon.js';
import { THEME_IDS } from '../src/result/ids.js';
import { GEN_DEV, loadExample, loadPart, type LabelledNote, type Part } from './eval-interviews.js';
import { DEFAULT_LOGISTIC, trainLogistic } from './lib/logistic.js';

export const TRAIN_PARTS: Part[] = [
  'dev', 'dev-2', 'dev-3', 'dev-4', 'dev-5', 'dev-6', 'dev-7', 'dev-8', 'dev-9', 'dev-10', 'dev-11', 'dev-12', 'dev-13', 'dev-14', 'dev-15', 'dev-16', 'dev-17',
];
/** a theme is coded at this probability or above ... */
export const THRESHOLD = 0.55;
/** ... and only when at least this many features each add this much to it: never one word alone */
export const MIN_FEATURES = 2;
export const MIN_WEIGHT = 0.1;
/** a built-in rule's theme is dropped when the learned probability for it is below this (themes.ts) */
export const VETO = 0.2;
/** weights smaller than this are left out of the file: it stays small, and cross-author checks scored the same (F1 70.5 against 71.1) */
const PRUNE = 0.1;

/**
 * Who wrote each part: dev, dev-2 and dev-3 are one author, the example generator another, every other part its
 * own. A word or word pair is learned only when at least two authors used it: the layer is meant to carry over to
 * new authors, and a place, a product or a name that only one author wrote would not (nor may it reach the
 * evidence). Words with digits are never learned (numbers, years, pieces of phone numbers).
 */
export const AUTHOR_OF = (part: string): string => (part === 'dev-2' || part === 'dev-3' ? 'dev' : part);
const MIN_AUTHORS = 2;

export const WEIGHTS_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'interviews', 'learned-weights.ts');

export interface TrainedTheme {
  bias: number;
  /** feature -> weight, rounded to 3 decimals, pruned */
  weights: [string, number][];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;

export interface Trained {
  notes: number;
  /** inputsHash() of what was trained on */
  inputs: string;
  themes: Record<string, TrainedTheme>;
  sentiment: Record<string, TrainedTheme>;
}

function fit(examples: string[][], labels: boolean[]): TrainedTheme {
  const model = trainLogistic(examples, labels, DEFAULT_LOGISTIC);
  const weights = [...model.weights]
    .filter(([, w]) => Math.abs(w) >= PRUNE)
    .map(([f, w]): [string, number] => [f, round(w)])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { bias: round(model.bias), weights };
}

export interface TrainingNote {
  note: LabelledNote;
  author: string;
}

export function trainingNotes(): TrainingNote[] {
  // the example client's notes (gen-42, a development part) too: without them the layer over-coded the
  // generator's short, templated notes (gen-42 precision 54%), and cross-author checks scored the same with them
  return [
    ...TRAIN_PARTS.flatMap((p) => loadPart(p).map((note) => ({ note, author: AUTHOR_OF(p) }))),
    ...loadExample().map((note) => ({ note, author: GEN_DEV })),
  ].filter((n) => n.note.language === 'en');
}

/** The features each note is trained on: word features only when two authors or more used them, never with digits. */
function trainingExamples(notes: TrainingNote[]): string[][] {
  const all = notes.map((n) => [...noteFeatures(n.note.text)]);
  const authors = new Map<string, Set<string>>();
  all.forEach((fs, i) => {
    for (const f of fs) {
      let a = authors.get(f);
      if (!a) authors.set(f, (a = new Set()));
      a.add(notes[i]!.author);
    }
  });
  const learnable = (f: string) => !/^[wb]:/.test(f) || (!/[0-9]/.test(f) && authors.get(f)!.size >= MIN_AUTHORS);
  return all.map((fs) => fs.filter(learnable));
}

/**
 * A hash of everything training reads: the notes' features and labels, the options and the trainer's code. The
 * weights file records it, and a unit test recomputes it in a second, where retraining takes fifteen.
 */
export function inputsHash(): string {
  const notes = trainingNotes();
  return hashInputs(notes, trainingExamples(notes));
}

function hashInputs(notes: TrainingNote[], examples: string[][]): string {
  const h = createHash('sha256');
  h.update(JSON.stringify({ LEXICON_VERSION, THRESHOLD, MIN_FEATURES, MIN_WEIGHT, VETO, PRUNE, MIN_AUTHORS, DEFAULT_LOGISTIC }));
  h.update(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'lib', 'logistic.ts')));
  notes.forEach((n, i) => {
    h.update(JSON.stringify([examples[i], n.note.themes, n.note.sentiment, sentimentFeatures(baseScore(n))]));
  });
  return h.digest('hex');
}

/** What the word-list scorer says of a training note: an input of the sentiment models. */
const baseScore = (n: TrainingNote) => scoreSentiment(n.note.text, n.note.rating ?? null);

export const train = (): Trained => trainOn(trainingNotes());

/** Training on the notes given: every development note for the committed model, fewer for a cross-author check. */
export function trainOn(notes: TrainingNote[]): Trained {
  const examples = trainingExamples(notes);
  const themes: Record<string, TrainedTheme> = {};
  for (const id of THEME_IDS) themes[id] = fit(examples, notes.map((n) => n.note.themes.includes(id)));
  // sentiment: the same features plus what the word-list scorer (AFINN + the CRM list) says, one model per label
  const withScore = notes.map((n, i) => [...examples[i]!, ...sentimentFeatures(baseScore(n))]);
  const sentiment: Record<string, TrainedTheme> = {};
  for (const label of SENTIMENTS) sentiment[label] = fit(withScore, notes.map((n) => n.note.sentiment === label));
  return { notes: notes.length, themes, sentiment, inputs: hashInputs(notes, examples) };
}

/** A trained model as the coder reads it (learned.ts), with the committed thresholds. */
export function asModel(trained: Trained): LearnedModel {
  const block = (models: Record<string, TrainedTheme>) =>
    Object.fromEntries(Object.entries(models).map(([id, t]) => [id, { bias: t.bias, weights: weightLines(t) }]));
  return { threshold: THRESHOLD, minFeatures: MIN_FEATURES, minWeight: MIN_WEIGHT, veto: VETO, themes: block(trained.themes), sentiment: block(trained.sentiment) };
}

const weightLines = (t: TrainedTheme): string => t.weights.map(([f, w]) => `${f}\t${w}`).join('\n');

export function render(trained: Trained): string {
  const lines = [
    '// Generated by `npm run train:interviews` (scripts/train-interviews.ts). Do not edit by hand: retrain.',
    `// Logistic regression per theme over the features of features.ts, trained on ${trained.notes} English notes of`,
    `// the development parts ${TRAIN_PARTS.join(', ')} (eval/interviews) and ${GEN_DEV} (examples/acme-pharma).`,
    '// Held-out parts were not read.',
    '// Each theme, and each sentiment label: its bias, then "feature<TAB>weight" lines.',
    'type Models = Record<string, { bias: number; weights: string }>;',
    'export const LEARNED_MODEL: {',
    '  lexiconVersion: string;',
    '  inputs: string;',
    '  threshold: number;',
    '  minFeatures: number;',
    '  minWeight: number;',
    '  veto: number;',
    '  trainedOn: { parts: string[]; notes: number };',
    '  themes: Models;',
    '  sentiment: Models;',
    '} = {',
    `  lexiconVersion: ${JSON.stringify(LEXICON_VERSION)},`,
    `  inputs: ${JSON.stringify(trained.inputs)},`,
    `  threshold: ${THRESHOLD},`,
    `  minFeatures: ${MIN_FEATURES},`,
    `  minWeight: ${MIN_WEIGHT},`,
    `  veto: ${VETO},`,
    `  trainedOn: { parts: ${JSON.stringify([...TRAIN_PARTS, GEN_DEV])}, notes: ${trained.notes} },`,
    '  themes: {',
  ];
  const block = (models: Record<string, TrainedTheme>) => {
    for (const [id, t] of Object.entries(models)) {
      lines.push(`    ${JSON.stringify(id)}: {`, `      bias: ${t.bias},`, `      weights: ${JSON.stringify(weightLines(t))},`, '    },');
    }
  };
  block(trained.themes);
  lines.push('  },', '  sentiment: {');
  block(trained.sentiment);
  lines.push('  },', '};', '');
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const t0 = Date.now();
  const text = render(train());
  if (process.argv.includes('--check')) {
    const same = readFileSync(WEIGHTS_FILE, 'utf8') === text;
    console.log(same ? 'learned-weights.ts is what training gives' : 'learned-weights.ts differs from what training gives: run npm run train:interviews');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(WEIGHTS_FILE, text);
  console.log(`wrote ${WEIGHTS_FILE} (${(text.length / 1024).toFixed(0)} kB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
