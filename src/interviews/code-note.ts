// One note in, its machine coding out: language, sentiment, themes, category. Pure; no anonymity here.
import { inferCategory } from './categories.js';
import { noteWords, readNote } from './features.js';
import { detectLanguage } from './language.js';
import { learnedSentiment } from './learned.js';
import { labelFor, scoreSentiment } from './sentiment-score.js';
import { codeThemes, compileLexicon, type Lexicon } from './themes.js';
import type { SentimentLabel, WorkshopCategory } from './types.js';

export interface NoteCoding {
  language: string;
  /** false when the note is in another language: no themes, no sentiment */
  scored: boolean;
  themes: string[];
  sentiment: SentimentLabel | null;
  score: number;
  /** inferred category (null for a note in another language without a question mark) */
  category: WorkshopCategory | null;
  evidence: string[];
}

/** How much a theme stated as fact moves the sentiment score. */
export const THEME_VALENCE: Record<string, number> = {
  'data-entry-burden': -1,
  'control-surveillance': -1.5,
  'no-value': -1.5,
  'job-threat': -1.5,
  'tool-fit': -1,
  // 2026.1: a shadow system or a missing feed stated as fact leans negative, a little
  'shadow-systems': -0.5,
  'integration-wish': -0.5,
  'positive-value': 1,
};

let defaultLexicon: Lexicon | undefined;

/**
 * A note of at most this many words gives the learned sentiment models too little to go on: their biases, learned
 * from notes that are mostly complaints, decide it. Where such a note's word-list score is clearly one way and the
 * models say the other ("The CRM is great." read as negative), the word-list label stands.
 */
export const SHORT_NOTE_WORDS = 8;
/** ... unless the note negates or turns ("Happy to never open it again.", "Was fine before the update."): the
 *  word list misreads those, and the models read them better */
const TURNS = /\b(?:not|never|no|nobody|nothing|but|until|till|before|except|only|without)\b|n't\b/i;

export interface CodeNoteOptions {
  lexicon?: Lexicon;
  /** the language column's value, already normalised; wins over detection */
  language?: string | null;
  rating?: number | null;
}

/** Code one note with the built-in lexicon (or the one given). */
export function codeNote(text: string, opts: CodeNoteOptions = {}): NoteCoding {
  const lex = opts.lexicon ?? (defaultLexicon ??= compileLexicon());
  const language = opts.language ?? detectLanguage(text).language;
  if (language !== 'en') {
    return {
      language,
      scored: false,
      themes: [],
      sentiment: null,
      score: 0,
      category: text.includes('?') || text.includes('¿') ? 'question' : null,
      evidence: [],
    };
  }
  const s = scoreSentiment(text, opts.rating);
  const reading = lex.learned ? readNote(text) : undefined;
  const t = codeThemes(text, lex, s.label, s.clauses, reading);
  // A complaint theme stated as fact is itself a negative signal ("it's built for a call centre").
  const nudge = t.asserted.reduce((sum, id) => sum + (THEME_VALENCE[id] ?? 0), 0);
  const score = Math.round((s.score + nudge) * 100) / 100;
  // the label: the learned sentiment models, given the word-list score (without the nudge, as in training)
  const plain = labelFor(score);
  let sentiment = reading ? learnedSentiment(reading.features, s, lex.model).label : plain;
  if (plain !== 'neutral' && sentiment !== 'neutral' && sentiment !== plain && wordCount(text) <= SHORT_NOTE_WORDS && !TURNS.test(text)) sentiment = plain;
  return {
    language,
    scored: true,
    themes: t.themes,
    sentiment,
    score,
    category: inferCategory(text),
    evidence: t.evidence,
  };
}

const wordCount = (text: string): number => noteWords(text).length;
