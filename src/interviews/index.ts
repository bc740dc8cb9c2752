// The reps' voice: interview, focus-group and workshop notes coded into themes, sentiment, categories and
// stances, anonymised (pseudonyms, redaction, months, group suppression) before anything leaves.
export { analyzeInterviews, NO_NOTES_HINT, noteKey, notesPathShown, readNotes, whyNoNotes } from './analyze.js';
export { notesNameSoFar } from './error-name.js';
export { checkNotesTable, type NotesCheck } from './note-cells.js';
export { ParallelCoder } from './parallel.js';
export { loadCoding, parseCoding, reviewSheet, SHEET_COLUMNS } from './coding.js';
export { codeNote, THEME_VALENCE, type NoteCoding } from './code-note.js';
export { redactText, compileRedactor, coarsenDate, type Redactor } from './redact.js';
export { LEXICON_VERSION, THEMES, type ThemeSpec } from './lexicon.js';
export { compileLexicon, codeThemes, type Lexicon } from './themes.js';
export { scoreSentiment } from './sentiment-score.js';
export { detectLanguage, normalizeLanguage } from './language.js';
export { categoriesShown, inferCategory, normalizeCategory } from './categories.js';
export { pseudonyms, suppressAcross, suppressBreakdown, type Cell, type CrossCell, type Suppression } from './anonymity.js';
export { stanceOf, polarization } from './stance.js';
export { whyNoFigures, whyNoQuotes, whyNoStances } from './withheld.js';
export type {
  CodedNote,
  CodingCorrection,
  CodingMap,
  ExtraTheme,
  InterviewAnalysis,
  InterviewOptions,
  SentimentLabel,
  Stance,
  WorkshopCategory,
} from './types.js';
