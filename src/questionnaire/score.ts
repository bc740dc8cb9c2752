// Scoring of answers, for the readiness audits (src/audits, category `readiness`). Pure: answers in, a risk and
// evidence out. Each audit reads a few questions ("components"); each answered component has a risk in [0, 1]
// (a choice's own risk, or a ramp over a number or a count), and the audit's risk is their weighted mean.
// Questions the branching did not ask drop out. A check is scored only when at least half of the questions it
// asks were answered: one answer out of three is not a finding.
import type { Evidence } from '../result/schema.js';
import { clamp01, listNames, r4, ramp } from '../audits/lib/util.js';
import { validAnswer } from './answers.js';
import { choiceLabel, describeAnswer, isAsked, QUESTION_BY_ID, type Answers, type Choice, type PlannedFieldsAnswer, type Question } from './questions.js';

/** How one answered question becomes a risk; the text says it for the audit's definition. */
export type ComponentRisk =
  /** the chosen choice's risk */
  | { by: 'choice' }
  /** a ramp over the number answered: risk 0 at `zeroAt`, 1 at `fullAt` */
  | { by: 'number'; zeroAt: number; fullAt: number }
  /** a ramp over how many choices are ticked (an exclusive "none" counts 0): risk 1 at 0 ticked, 0 at `enough` */
  | { by: 'count'; enough: number }
  /** a planned field list: a ramp over the share of its Low Card fields nobody reads */
  | { by: 'unread-low-card'; zeroAt: number; fullAt: number };

export interface Component {
  question: string;
  weight: number;
  risk: ComponentRisk;
}

export interface ScoredComponent {
  question: Question;
  /** the answer as the report's tables show it */
  answer: string;
  /** the answer as a sentence of fact (without the full stop), for the evidence and the recommendations */
  says: string;
  risk: number;
  weight: number;
}

/** A risk that an answer sets on its own, whatever the mean: a floor. */
export interface Floor {
  value: number;
  when: (parts: readonly ScoredComponent[]) => boolean;
  /** the condition, in words, for the definition */
  says: string;
}

function question(id: string): Question {
  const q = QUESTION_BY_ID.get(id);
  if (!q) throw new Error(`readiness: no question "${id}"`);
  return q;
}

/** "A minimum number" → "a minimum number", inside a sentence; acronyms ("ERP") and "Low Card" are kept. */
const lowerFirst = (t: string): string => (/^[A-Z](?![A-Z])/.test(t) && !/^(Low|High) Card/.test(t) ? t[0]!.toLowerCase() + t.slice(1) : t);

function choiceSays(c: Choice, q: Question, live: boolean): string {
  const s = c.says;
  if (s === undefined) return `${q.short}: ${lowerFirst(c.label)}`;
  return typeof s === 'string' ? s : live ? s.live : s.planned;
}

/** One component's answer and risk, or null when it was not answered (or not asked). `live`: after go-live. */
export function scoreComponent(c: Component, answers: Answers, live = false): ScoredComponent | null {
  const q = question(c.question);
  if (!isAsked(q, answers)) return null;
  const v = validAnswer(q, answers);
  if (v === undefined) return null;
  const base = { question: q, weight: c.weight };
  switch (c.risk.by) {
    case 'choice': {
      const choice = 'choices' in q ? q.choices.find((x) => x.value === v) : undefined;
      if (choice?.risk === undefined) return null;
      return { ...base, answer: describeAnswer(q, v)!, says: choiceSays(choice, q, live), risk: choice.risk };
    }
    case 'number': {
      if (q.kind !== 'number') return null;
      const n = v as number;
      return { ...base, answer: describeAnswer(q, n)!, says: q.says(String(n), live), risk: ramp(n, c.risk.zeroAt, c.risk.fullAt) };
    }
    case 'count': {
      if (q.kind !== 'checkbox') return null;
      const exclusive = new Set(q.choices.filter((x) => x.exclusive).map((x) => x.value));
      const labels = (v as string[]).filter((x) => !exclusive.has(x)).map((x) => choiceLabel(q, x));
      // joined without a semicolon or colon, so that a sentence quoting it is not cut there
      const picked = listNames(labels.map(lowerFirst), labels.length);
      return { ...base, answer: describeAnswer(q, v)!, says: q.says(picked, live), risk: ramp(labels.length, c.risk.enough, 0) };
    }
    case 'unread-low-card': {
      const p = v as PlannedFieldsAnswer;
      if (p.low === 0) return { ...base, answer: `no Low Card field among ${p.fields}`, says: `${p.file} holds no Low Card field`, risk: 0 };
      const unread = p.low - p.lowCardRead.length;
      return {
        ...base,
        answer: `${p.lowCardRead.length} of ${p.low}, in ${p.file}`,
        says: `${unread} of the ${p.low} Low Card fields in ${p.file} ${live ? 'are' : 'will be'} read by nobody`,
        risk: ramp(unread / p.low, c.risk.zeroAt, c.risk.fullAt),
      };
    }
  }
}

export interface ReadinessOutcome {
  risk: number;
  evidence: Evidence;
  parts: ScoredComponent[];
}

const questions = (n: number) => `${n} question${n === 1 ? '' : 's'}`;

/**
 * Score an audit's components: the outcome, or why it is not scored (too few of its questions answered). Each
 * floor raises the risk to at least its value when its condition holds of the scored parts.
 */
export function scoreReadiness(
  answers: Answers,
  components: readonly Component[],
  opts: { floors?: readonly Floor[]; live?: boolean } = {},
): ReadinessOutcome | { unscored: string } {
  const live = opts.live ?? false;
  const parts = components.map((c) => scoreComponent(c, answers, live)).filter((p): p is ScoredComponent => p !== null);
  const asked = components.filter((c) => isAsked(question(c.question), answers)).length;
  if (parts.length === 0) return { unscored: 'none of the questions this check reads was answered' };
  if (parts.length * 2 < asked) return { unscored: `only ${parts.length} of the ${questions(asked)} this check reads ${parts.length === 1 ? 'was' : 'were'} answered` };
  const weight = parts.reduce((s, p) => s + p.weight, 0);
  let risk = clamp01(parts.reduce((s, p) => s + p.weight * p.risk, 0) / weight);
  for (const f of opts.floors ?? []) if (f.when(parts)) risk = Math.max(risk, f.value);
  // the answers that decide come first, as sentences; a check with none at risk says so
  const atRisk = parts.filter((p) => p.risk >= 0.5);
  const open = asked - parts.length;
  const unanswered = open ? ` ${questions(open)} of this check ${open === 1 ? 'was' : 'were'} not answered.` : '';
  const summary = atRisk.length
    ? `${atRisk.map((p) => `${p.says}.`).join(' ')}${unanswered}`
    : `No answer puts this at risk (${parts.length} of ${questions(asked)} answered).`;
  const metrics: Evidence['metrics'] = { answered: parts.length, asked };
  for (const p of parts) metrics[`${p.question.id}Risk`] = r4(p.risk);
  return {
    risk: r4(risk),
    parts,
    evidence: {
      summary,
      metrics,
      table: { columns: ['Question', 'Answer', 'Risk'], rows: parts.map((p) => [p.question.short, p.answer, r4(p.risk)]) },
    },
  };
}

/** The definition of an audit's risk, in words, from its components (for meta.definition and the README). */
export function describeComponents(components: readonly Component[]): string {
  const parts = components.map((c) => {
    const q = question(c.question);
    const how =
      c.risk.by === 'choice'
        ? 'the risk of the choice'
        : c.risk.by === 'number'
          ? `0 at ${c.risk.zeroAt} ${'unit' in q ? q.unit : ''} or fewer, 1 at ${c.risk.fullAt} or more`
          : c.risk.by === 'count'
            ? `1 with nothing ticked, 0 with ${c.risk.enough} or more`
            : `0 when at most ${Math.round(c.risk.zeroAt * 100)}% of the Low Card fields are read by nobody, 1 from ${Math.round(c.risk.fullAt * 100)}%`;
    return `${q.short} (weight ${c.weight}: ${how.replace(/\s+/g, ' ')})`;
  });
  return (
    `Weighted mean of the answered questions: ${parts.join('; ')}. Questions not asked drop out; ` +
    'the check is scored only when at least half of the questions it asks were answered.'
  );
}
