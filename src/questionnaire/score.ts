// Scoring of answers, for the readiness audits (src/audits, category `readiness`). Pure: answers in, a risk and
// evidence out. Each audit reads a few questions ("components"); each answered component has a risk in [0, 1]
// (a choice's own risk, or a ramp over a number or a count), and the audit's risk is their weighted mean.
// Unanswered questions, and questions the branching did not ask, drop out; none answered: not applicable.
import type { Evidence } from '../result/schema.js';
import { clamp01, listNames, r4, ramp } from '../audits/lib/util.js';
import { validAnswer } from './answers.js';
import { choiceLabel, isAsked, QUESTION_BY_ID, type Answers, type PlannedFieldsAnswer, type Question } from './questions.js';

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
  /** the answer as the report shows it */
  answer: string;
  risk: number;
  weight: number;
}

function question(id: string): Question {
  const q = QUESTION_BY_ID.get(id);
  if (!q) throw new Error(`readiness: no question "${id}"`);
  return q;
}

function ticked(q: Question, v: readonly string[]): string[] {
  const exclusive = new Set('choices' in q ? q.choices.filter((c) => c.exclusive).map((c) => c.value) : []);
  return v.filter((x) => !exclusive.has(x));
}

/** One component's answer and risk, or null when it was not answered (or not asked). */
export function scoreComponent(c: Component, answers: Answers): ScoredComponent | null {
  const q = question(c.question);
  if (!isAsked(q, answers)) return null;
  const v = validAnswer(q, answers);
  if (v === undefined) return null;
  const base = { question: q, weight: c.weight };
  switch (c.risk.by) {
    case 'choice': {
      const choice = 'choices' in q ? q.choices.find((x) => x.value === v) : undefined;
      if (choice?.risk === undefined) return null;
      return { ...base, answer: choice.label, risk: choice.risk };
    }
    case 'number': {
      const n = v as number;
      return { ...base, answer: String(n), risk: ramp(n, c.risk.zeroAt, c.risk.fullAt) };
    }
    case 'count': {
      const picked = ticked(q, v as string[]);
      // joined without a semicolon or colon, so that a sentence quoting it is not cut there
      const answer = picked.length ? listNames(picked.map((x) => choiceLabel(q, x)), picked.length) : 'none';
      return { ...base, answer, risk: ramp(picked.length, c.risk.enough, 0) };
    }
    case 'unread-low-card': {
      const p = v as PlannedFieldsAnswer;
      if (p.low === 0) return { ...base, answer: `no Low Card field among ${p.fields}`, risk: 0 };
      const unread = p.low - p.lowCardRead.length;
      return {
        ...base,
        answer: `${unread} of ${p.low} Low Card fields read by nobody, in ${p.file}`,
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

/**
 * Score an audit's components. `floor` raises the risk to at least its value when its condition holds of the
 * scored parts (an answer the method treats as decisive on its own). Null when no component is answered.
 */
export function scoreReadiness(
  answers: Answers,
  components: readonly Component[],
  floor?: { value: number; when: (parts: ScoredComponent[]) => boolean },
): ReadinessOutcome | null {
  const parts = components.map((c) => scoreComponent(c, answers)).filter((p): p is ScoredComponent => p !== null);
  if (parts.length === 0) return null;
  const weight = parts.reduce((s, p) => s + p.weight, 0);
  let risk = clamp01(parts.reduce((s, p) => s + p.weight * p.risk, 0) / weight);
  if (floor?.when(parts)) risk = Math.max(risk, floor.value);
  const atRisk = parts.filter((p) => p.risk >= 0.5);
  const asked = components.filter((c) => isAsked(question(c.question), answers)).length;
  // the answers that decide come first; a check with none at risk says so
  const open = asked - parts.length;
  const unanswered = open ? `; ${open} question${open === 1 ? '' : 's'} unanswered` : '';
  const summary = atRisk.length
    ? `${atRisk.map((p) => `${p.question.short}: ${p.answer}`).join('; ')} (${atRisk.length} of ${parts.length} answers at risk${unanswered}).`
    : `No answer at risk (${parts.length} answer${parts.length === 1 ? '' : 's'}${unanswered}).`;
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
  return `Weighted mean of the answered questions: ${parts.join('; ')}. Questions not answered, or not asked, drop out.`;
}
