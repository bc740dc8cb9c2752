// The learned layer of the theme coder. The hand-written lexicon (lexicon.ts) is precise but knows only the
// wordings someone wrote a rule for; on notes by authors it was never tuned on, it found under half of the
// themes. This layer is a weighted lexicon learned from the labelled development notes: each theme has a
// weight for words, word pairs and word classes (features.ts), and a theme is coded when the weights of the
// note's features add up to a probability of at least `threshold`, with at least `minFeatures` features each
// adding `minWeight` or more, resting on at least two different words, so that no single word decides. The evidence names the features that weighed
// most ("no-value:learned(nobody read, [noReturn], ...)"), so a reviewer sees why.
//
// Sentiment works the same way: one model per label over the same features plus what the word-list scorer
// (AFINN and the CRM list, sentiment-score.ts) says of the note; the label with the highest probability wins.
// The word-list score stays the secondary signal it was meant to be, and is what `score` reports.
import { describeFeature, noteFeatures } from './features.js';
import { LEARNED_MODEL } from './learned-weights.js';
import type { SentimentLabel } from './types.js';

interface ThemeModel {
  id: string;
  bias: number;
  weights: Map<string, number>;
}

const parse = (models: Record<string, { bias: number; weights: string }>): ThemeModel[] =>
  Object.entries(models).map(([id, t]) => ({
    id,
    bias: t.bias,
    weights: new Map(
      t.weights.split('\n').map((line) => {
        const tab = line.indexOf('\t');
        return [line.slice(0, tab), Number(line.slice(tab + 1))] as [string, number];
      }),
    ),
  }));

let themeModels: ThemeModel[] | undefined;
let sentimentModels: ThemeModel[] | undefined;

function logit(m: ThemeModel, features: Set<string>): number {
  let z = m.bias;
  for (const f of features) z += m.weights.get(f) ?? 0;
  return z;
}

export interface LearnedTheme {
  theme: string;
  probability: number;
  /** the features that weighed most for it, as a reader would recognise them */
  because: string[];
}

/**
 * The themes the learned layer codes in one English note, strongest first. A theme needs at least
 * `minFeatures` features of weight `minWeight` or more, resting on at least two different words.
 */
export function learnedThemes(text: string, features?: Set<string>, anchors?: Map<string, Set<string>>): LearnedTheme[] {
  if (!features || !anchors) {
    anchors = new Map();
    features = noteFeatures(text, anchors);
  }
  const out: LearnedTheme[] = [];
  for (const m of (themeModels ??= parse(LEARNED_MODEL.themes))) {
    const support: [string, number][] = [];
    for (const f of features) {
      const w = m.weights.get(f);
      if (w !== undefined && w >= LEARNED_MODEL.minWeight) support.push([f, w]);
    }
    const probability = 1 / (1 + Math.exp(-logit(m, features)));
    if (probability < LEARNED_MODEL.threshold || support.length < LEARNED_MODEL.minFeatures) continue;
    const words = new Set(support.flatMap(([f]) => [...(anchors.get(f) ?? [])]));
    if (words.size < 2) continue;
    support.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    out.push({ theme: m.id, probability, because: support.slice(0, 3).map(([f]) => describeFeature(f)) });
  }
  return out.sort((a, b) => b.probability - a.probability);
}

/** What the word-list scorer said, as features of the sentiment models: its label and its score, rounded and capped. */
export function sentimentFeatures(base: { label: SentimentLabel; score: number }): string[] {
  return [`s:${base.label}`, `s:${Math.max(-3, Math.min(3, Math.round(base.score)))}`];
}

/** The sentiment label of one English note: the learned models' choice, given the word-list scorer's view. */
export function learnedSentiment(
  features: Set<string>,
  base: { label: SentimentLabel; score: number },
): { label: SentimentLabel; probability: number } {
  const all = new Set([...features, ...sentimentFeatures(base)]);
  let best: { label: SentimentLabel; probability: number } = { label: base.label, probability: -1 };
  for (const m of (sentimentModels ??= parse(LEARNED_MODEL.sentiment))) {
    const probability = 1 / (1 + Math.exp(-logit(m, all)));
    if (probability > best.probability) best = { label: m.id as SentimentLabel, probability };
  }
  return best;
}
