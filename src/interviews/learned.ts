// The learned layer of the theme coder. The hand-written lexicon (lexicon.ts) is precise but knows only the
// wordings someone wrote a rule for; on notes by authors it was never tuned on, it found under half of the
// themes. This layer is a weighted lexicon learned from the labelled development notes: each theme has a
// weight for words, word pairs and word classes (features.ts), and a theme is coded when the weights of the
// note's features add up to a probability of at least `threshold`, with at least `minFeatures` features each
// adding `minWeight` or more, resting on at least two different words, so that no single word decides. The
// evidence names the features that weighed most ("no-value:learned(nobody read, [noReturn], ...)"), so a
// reviewer sees why.
//
// Sentiment works the same way: one model per label over the same features plus what the word-list scorer
// (AFINN and the CRM list, sentiment-score.ts) says of the note; the label with the highest probability wins.
// The word-list score stays the secondary signal it was meant to be, and is what `score` reports.
import { describeFeature, readNote, type NoteReading } from './features.js';
import { LEARNED_MODEL } from './learned-weights.js';
import type { SentimentLabel } from './types.js';

/** Several one-against-the-rest models over the same features: one lookup per feature gives every model's weight. */
interface ModelSet {
  ids: string[];
  bias: Float64Array;
  /** feature -> its weight in each model (0 where a model left it out) */
  weights: Map<string, Float64Array>;
}

function parse(models: Record<string, { bias: number; weights: string }>): ModelSet {
  const ids = Object.keys(models);
  const weights = new Map<string, Float64Array>();
  ids.forEach((id, k) => {
    for (const line of models[id]!.weights.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      const f = line.slice(0, tab);
      let row = weights.get(f);
      if (!row) weights.set(f, (row = new Float64Array(ids.length)));
      row[k] = Number(line.slice(tab + 1));
    }
  });
  return { ids, bias: Float64Array.from(ids.map((id) => models[id]!.bias)), weights };
}

/** What the layer codes with: the committed model (learned-weights.ts), or one trained for a check (eval:interviews --loao). */
export type LearnedModel = Pick<typeof LEARNED_MODEL, 'threshold' | 'minFeatures' | 'minWeight' | 'veto' | 'themes' | 'sentiment'>;

const parsed = new WeakMap<LearnedModel['themes'], ModelSet>();
const modelSet = (models: LearnedModel['themes']): ModelSet => {
  let set = parsed.get(models);
  if (!set) parsed.set(models, (set = parse(models)));
  return set;
};

/** Every model's probability for one set of features. */
function probabilities(set: ModelSet, features: Iterable<string>): Float64Array {
  const z = Float64Array.from(set.bias);
  for (const f of features) {
    const row = set.weights.get(f);
    if (row) for (let k = 0; k < z.length; k++) z[k]! += row[k]!;
  }
  return z.map((x) => 1 / (1 + Math.exp(-x)));
}

export interface LearnedTheme {
  theme: string;
  probability: number;
  /** the features that weighed most for it, as a reader would recognise them */
  because: string[];
}

/**
 * The themes the learned layer codes in one English note, strongest first, and every built-in theme's
 * probability. A theme needs at least `minFeatures` features of weight `minWeight` or more, resting on at least
 * two different words.
 */
export function learnedThemes(
  text: string,
  reading: NoteReading = readNote(text),
  model: LearnedModel = LEARNED_MODEL,
): { themes: LearnedTheme[]; probabilities: Map<string, number> } {
  const { features, anchors, shown } = reading;
  const set = modelSet(model.themes);
  const p = probabilities(set, features);
  // a feature as the evidence shows it: the note's own words where there are some, else its class
  const say = (f: string) => {
    const written = shown.get(f);
    return written === undefined ? describeFeature(f) : f.startsWith('b:') || f.startsWith('c:') ? `"${written}"` : written;
  };
  const themes: LearnedTheme[] = [];
  set.ids.forEach((id, k) => {
    if (p[k]! < model.threshold) return;
    const support: [string, number][] = [];
    for (const f of features) {
      const w = set.weights.get(f)?.[k];
      if (w !== undefined && w >= model.minWeight) support.push([f, w]);
    }
    if (support.length < model.minFeatures) return;
    const words = new Set(support.flatMap(([f]) => [...(anchors.get(f) ?? [])]));
    if (words.size < 2) return;
    support.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    // the evidence names what a reader can weigh: not a pair of filler words ("from the"), not a bare "not"
    const telling = support.filter(([f]) => f !== 'w:NEG' && f !== 'Q' && (anchors.get(f)?.size ?? 1) > 0);
    themes.push({ theme: id, probability: p[k]!, because: (telling.length > 0 ? telling : support).slice(0, 3).map(([f]) => say(f)) });
  });
  themes.sort((a, b) => b.probability - a.probability);
  return { themes, probabilities: new Map(set.ids.map((id, k) => [id, p[k]!])) };
}

/** What the word-list scorer said, as features of the sentiment models: its label and its score, rounded and capped. */
export function sentimentFeatures(base: { label: SentimentLabel; score: number }): string[] {
  return [`s:${base.label}`, `s:${Math.max(-3, Math.min(3, Math.round(base.score)))}`];
}

/** The sentiment label of one English note: the learned models' choice, given the word-list scorer's view. */
export function learnedSentiment(
  features: Set<string>,
  base: { label: SentimentLabel; score: number },
  model: LearnedModel = LEARNED_MODEL,
): { label: SentimentLabel; probability: number } {
  const set = modelSet(model.sentiment);
  const p = probabilities(set, [...features, ...sentimentFeatures(base)]);
  let best: { label: SentimentLabel; probability: number } = { label: base.label, probability: -1 };
  set.ids.forEach((id, k) => {
    if (p[k]! > best.probability) best = { label: id as SentimentLabel, probability: p[k]! };
  });
  return best;
}
