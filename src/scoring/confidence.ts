// How much the score can be trusted. Thin evidence is said plainly rather than hidden behind a precise number.
// Each reason caps the confidence at `medium` or at `low`; with no reason it is `high`.
import type { AuditResultItem, Dataset } from '../result/schema.js';
import { CATEGORY_IDS } from '../result/schema.js';
import { pct, plural } from '../audits/lib/util.js';
import { questionnaireCoverage } from '../questionnaire/answers.js';

export type Confidence = 'low' | 'medium' | 'high';

/** Below `low` the evidence is thin (confidence low); below `medium` it is limited (confidence medium). */
export const THIN = {
  users: { low: 5, medium: 15 },
  records: { low: 30, medium: 200 },
  activities: { low: 30, medium: 200 },
  notes: { low: 10, medium: 30 },
  respondents: { low: 5, medium: 10 },
  /** share of an input's rows skipped as malformed that makes its figures doubtful */
  skippedShare: { medium: 0.05, low: 0.2 },
  /** share of scored notes left out because they were in another language */
  otherLanguageShare: { medium: 0.2 },
} as const;

export interface ConfidenceOutcome {
  confidence: Confidence;
  reasons: string[];
}

export function assessConfidence(dataset: Dataset, items: readonly AuditResultItem[]): ConfidenceOutcome {
  const found: { level: 'low' | 'medium'; text: string }[] = [];
  const add = (level: 'low' | 'medium', text: string) => found.push({ level, text });
  const tier = (n: number, t: { low: number; medium: number }): 'low' | 'medium' | null =>
    n < t.low ? 'low' : n < t.medium ? 'medium' : null;

  const scoredItems = items.filter((i) => i.status === 'pass' || i.status === 'fail');
  if (scoredItems.length === 0) add('low', 'No audit could be scored from the inputs given, so there is no score.');

  const categoriesScored = CATEGORY_IDS.filter((c) => scoredItems.some((i) => i.category === c));
  if (scoredItems.length > 0 && categoriesScored.length === 1) {
    add('low', `Only one category (${categoriesScored[0]}) could be scored; the score rests on one kind of evidence.`);
  }
  const post = dataset.situation !== 'pre-implementation';
  const unscored = (c: string) => !categoriesScored.includes(c as (typeof CATEGORY_IDS)[number]);
  if (post && unscored('usage') && scoredItems.length > 0) {
    add('medium', 'No usage exports (users, logins, activities or records): how the CRM is really used is not measured.');
  }
  if (post && unscored('voice') && scoredItems.length > 0) {
    add('medium', "No interview or workshop notes: the reps' voice is not heard, so causes are inferred from data alone.");
  }
  if (!post && unscored('voice') && scoredItems.length > 0) {
    add('medium', "No interview or workshop notes: the plan is judged without the reps' own view of it.");
  }
  // a questionnaire answered in part: the readiness checks rest on the questions answered
  const q = questionnaireCoverage(dataset.answers);
  if (q && q.answered < q.asked) {
    const t = q.answered * 4 < q.asked ? 'low' : q.answered * 2 < q.asked ? 'medium' : null;
    if (t) add(t, `Only ${q.answered} of the ${q.asked} questions of the questionnaire were answered.`);
  }

  const u = dataset.users;
  if (u && u.total > 0) {
    const t = tier(u.total, THIN.users);
    if (t) add(t, `Only ${plural(u.total, 'user')} in the data: usage figures rest on very few people.`);
    if (!u.rosterGiven) add('medium', 'No users export: people who never used the CRM do not appear, so inactivity is understated.');
  }
  const r = dataset.records;
  if (r) {
    const t = tier(r.records, THIN.records);
    if (t) add(t, `Only ${plural(r.records, 'record')}: fill rates and freshness rest on a small sample.`);
  }
  const a = dataset.activity;
  if (a) {
    const t = tier(a.activities, THIN.activities);
    if (t) add(t, `Only ${plural(a.activities, 'activity', 'activities')}: logging patterns rest on a small sample.`);
  }
  const iv = dataset.interviews;
  if (iv && iv.notes > 0) {
    const tn = tier(iv.scored, THIN.notes);
    // with too few people no figure of the notes is given (figuresHidden): no theme share to swing, and the voice
    // is not heard in the score at all
    if (tn && !iv.figuresHidden) add(tn, `Only ${plural(iv.scored, 'scored note')}: theme shares can swing with one note.`);
    const tr = tier(iv.respondents, THIN.respondents);
    if (tr) {
      add(
        tr,
        iv.figuresHidden
          ? `Only ${plural(iv.respondents, 'respondent')}: too few for any figure of their notes to be shown, so the reps' voice is not in the score.`
          : `Only ${plural(iv.respondents, 'respondent')}: the voice may be a few people's view.`,
      );
    }
    const other = iv.notes > 0 ? iv.otherLanguage / iv.notes : 0;
    if (other >= THIN.otherLanguageShare.medium) {
      add('medium', `${pct(other)} of the notes are in another language and were left out of themes and sentiment.`);
    }
  }
  for (const input of dataset.inputs) {
    const total = input.rows + input.skipped;
    if (total === 0 || input.skipped === 0) continue;
    const s = input.skipped / total;
    if (s >= THIN.skippedShare.low) add('low', `${pct(s)} of the rows of ${input.path} were malformed and skipped.`);
    else if (s >= THIN.skippedShare.medium) add('medium', `${pct(s)} of the rows of ${input.path} were malformed and skipped.`);
  }
  const errors = items.filter((i) => i.status === 'error');
  if (errors.length) {
    add('medium', `${plural(errors.length, 'check')} failed to run and ${errors.length === 1 ? 'is' : 'are'} left out: ${errors.map((e) => e.id).join(', ')}.`);
  }

  const confidence: Confidence = found.some((f) => f.level === 'low') ? 'low' : found.length ? 'medium' : 'high';
  // Low-level reasons first: they are the ones a reader must see.
  const reasons = [...found.filter((f) => f.level === 'low'), ...found.filter((f) => f.level === 'medium')].map((f) => f.text);
  return { confidence, reasons };
}
