// Sentiment of one note. AFINN-165 (through the `sentiment` package) gives word scores as a secondary
// signal; the CRM list (crm-words.ts) is layered on top and wins where it matches. Negation flips and damps
// a score; praise inside a wish or a broken promise ("would be great if", "sold to us as") counts for nothing;
// the part before "but" counts half.
import Sentiment from 'sentiment';
import { COUNTERFACTUAL, WISH } from './lexicon.js';
import { CRM_PHRASES, NEUTRAL_WORDS, SARCASM, type CrmPhrase } from './crm-words.js';
import { clauses, matches, negatedBefore, normalize, sentences } from './text.js';
import type { SentimentLabel } from './types.js';

const afinn = new Sentiment();
const wordCache = new Map<string, number>();

/** AFINN's score of one word, through the package (never through `extras`, which would edit AFINN in place). */
export function afinnWord(word: string): number {
  if (NEUTRAL_WORDS.has(word)) return 0;
  let s = wordCache.get(word);
  if (s === undefined) {
    s = afinn.analyze(word).score;
    // bounded: a long run of unusual words must not grow it for ever
    if (wordCache.size < 50_000) wordCache.set(word, s);
  }
  return s;
}

interface Compiled {
  re: RegExp;
  weight: number;
  negatable: boolean;
}

const compile = (p: CrmPhrase): Compiled => ({
  re: new RegExp(`(?<![a-z0-9])(?:${p.pattern})(?![a-z0-9])`, 'g'),
  weight: p.weight,
  negatable: p.negatable !== false,
});

const PHRASES = CRM_PHRASES.map(compile);
const SARCASM_RES = SARCASM.map(compile);
const COUNTERFACTUAL_RE = new RegExp(COUNTERFACTUAL);
const WISH_RE = new RegExp(WISH);
const AFINN_WEIGHT = 0.5;
const TOKEN = /[^\s.,/#!?$%^&*;:{}=_`"~()[\]<>|\\+]+/g;

/** a 4 of 5 is praise and a 2 a complaint: one rating step reaches the label threshold on its own */
export const RATING_WEIGHT = 1;
export const POSITIVE_AT = 1;
export const NEGATIVE_AT = -1;

export function labelFor(score: number): SentimentLabel {
  return score >= POSITIVE_AT ? 'positive' : score <= NEGATIVE_AT ? 'negative' : 'neutral';
}

export interface SentimentScore {
  label: SentimentLabel;
  /** combined score, rounded to 2 decimals */
  score: number;
  /** score of each clause, by sentence then clause (aligned with text.ts's sentences() and clauses()) */
  clauses: number[][];
}

/** Score one English note. `rating` (1-5) from a rating column nudges the score. */
export function scoreSentiment(text: string, rating?: number | null): SentimentScore {
  const norm = normalize(text);
  let total = 0;
  const perClause: number[][] = [];
  for (const sentence of sentences(norm)) {
    // praise asked about is not praise given ("Is the CRM great?"); a complaint asked about still counts ("Why is
    // it so slow?")
    let sarcastic = sentence.trimEnd().endsWith('?');
    for (const s of SARCASM_RES) {
      s.re.lastIndex = 0;
      if (s.re.test(sentence)) {
        sarcastic = true;
        total += s.weight;
      }
    }
    const row: number[] = [];
    for (const c of clauses(sentence)) {
      const hypothetical = COUNTERFACTUAL_RE.test(c.text);
      const wish = WISH_RE.test(c.text);
      const covered = new Uint8Array(c.text.length);
      let score = 0;
      const add = (value: number) => {
        if (value > 0 && (hypothetical || sarcastic)) return;
        // a complaint inside a wish ("would save me entering it twice") is a need, not a grievance
        score += value < 0 && wish ? value * 0.5 : value;
      };
      // CRM phrases, longest first, never overlapping: "saves a lot of hassle" beats "hassle".
      const hits: { at: number; end: number; p: Compiled }[] = [];
      for (const p of PHRASES) {
        for (const m of matches(p.re, c.text)) hits.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, p });
      }
      hits.sort((x, y) => y.end - y.at - (x.end - x.at) || x.at - y.at);
      for (const { at, end, p } of hits) {
        if (covered.subarray(at, end).some((x) => x === 1)) continue;
        covered.fill(1, at, end);
        add(p.negatable && negatedBefore(c.text, at) ? -p.weight * 0.5 : p.weight);
      }
      for (const m of c.text.matchAll(TOKEN)) {
        const at = m.index ?? 0;
        if (covered[at] === 1) continue;
        const w = afinnWord(m[0]);
        if (w === 0) continue;
        add(AFINN_WEIGHT * (negatedBefore(c.text, at) ? -w * 0.5 : w));
      }
      if (c.conceded) score *= 0.5;
      row.push(Math.round(score * 100) / 100);
      total += score;
    }
    perClause.push(row);
  }
  if (rating !== undefined && rating !== null && rating >= 1 && rating <= 5) total += (rating - 3) * RATING_WEIGHT;
  const score = Math.round(total * 100) / 100;
  return { label: labelFor(score), score, clauses: perClause };
}
