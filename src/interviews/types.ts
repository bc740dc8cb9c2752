// Types of the reps' voice stage: options in, coded notes and the contract's `interviews` member out.
import type { NoteCoding } from './code-note.js';
import type { ThemeConfig } from '../config/config-schema.js';
import type { InterviewsResult, STANCES, WORKSHOP_CATEGORIES } from '../result/schema.js';
import type { z } from 'zod';

export type WorkshopCategory = (typeof WORKSHOP_CATEGORIES)[number];
export type Stance = (typeof STANCES)[number];
export type SentimentLabel = 'positive' | 'neutral' | 'negative';
export type ExtraTheme = z.infer<typeof ThemeConfig>;

/** One reviewed row of the `--format csv` sheet, as read back by `loadCoding`. */
export interface CodingCorrection {
  /** the file column of the sheet (display path of the notes file), null when the sheet has none */
  file: string | null;
  line: number;
  /** undefined: the column is absent from the sheet, so the machine coding stands */
  category?: WorkshopCategory | null;
  themes?: string[];
  sentiment?: SentimentLabel | null;
  language?: string | null;
  /** the redacted text as it was in the sheet: a guard against a sheet from an older version of the notes */
  text?: string;
  /** where this row is (and its themes cell, when there is one) in the reviewed sheet, for messages */
  source: { file: string; line: number; column?: number };
}

export interface CodingMap {
  file: string;
  corrections: CodingCorrection[];
}

export interface InterviewOptions {
  /** smallest group (team, role) shown in any breakdown; default 5 */
  minGroupSize?: number;
  /** smallest group a quote may come from, and be attributed to; default 10 */
  minQuoteGroupSize?: number;
  /** roster names and `--redact` names, removed from every text output */
  redactNames?: readonly string[];
  /** the names of each person a users export lists (its name, nickname columns, handles): respondents written in
   *  two of them are one person */
  samePeople?: readonly (readonly string[])[];
  /** extra themes (and extra phrases for built-in themes) from the config */
  themes?: readonly ExtraTheme[];
  /** the consultant's corrections from `--coding reviewed.csv` */
  coding?: CodingMap;
  /** show respondent ids as given instead of pseudonyms (internal use only) */
  nameRespondents?: boolean;
  /** most quotes in the result; default 8 */
  maxQuotes?: number;
  /** machine codings made already (see parallel.ts), by noteKey(file, line); the rest are coded here */
  precoded?: ReadonlyMap<string, NoteCoding>;
}

/** One row of the review sheet: everything known about one note, already anonymised. */
export interface CodedNote {
  /** display path of the notes file */
  file: string;
  /** physical line of the note in that file (1-based) */
  line: number;
  /** "Respondent 03", or null when the note has no respondent */
  respondent: string | null;
  /** the month of the note (YYYY-MM), never the day */
  month: string | null;
  category: WorkshopCategory | null;
  /** where the category came from */
  categorySource: 'column' | 'inferred' | 'coding' | null;
  themes: string[];
  /** null when the note was not scored (another language) */
  sentiment: SentimentLabel | null;
  /**
   * the word-list score (AFINN + the CRM list, and a nudge for complaint themes stated as fact); 0 when not
   * scored. Since 2026.2 the label comes from the learned sentiment models, which read this score among other
   * things, so the two can disagree on a mixed note.
   */
  score: number;
  /** ISO 639-1 code, 'und' when unknown */
  language: string;
  /** counted in theme and sentiment figures */
  scored: boolean;
  /** lexicon rules that fired, e.g. "data-entry-burden:log-every" (explainability, never text) */
  evidence: string[];
  /** true when the consultant's coding changed this note */
  reviewed: boolean;
  /** the note with e-mail addresses, phone numbers, URLs and names redacted and dates cut to months */
  text: string;
}

export interface InterviewAnalysis {
  result: InterviewsResult;
  coded: CodedNote[];
  /**
   * plain-language warnings (never a cell value, never a notes file's path: they may reach the report): unmatched
   * coding rows, blank notes, a file without a respondent column (`file`: the notes file it is about, as read)
   */
  warnings: { file: string | null; message: string }[];
  /** a notes file's path as outputs show it, redacted like the notes: a file may be named after the person or the day */
  shownPath: (path: string) => string;
}
