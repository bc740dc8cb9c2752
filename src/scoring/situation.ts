// Which of the three situations the audit is in (DESIGN.md section 1, idea 2), when --situation does not say.
//
// Rule, first match wins:
//   1. an explicit situation (--situation, or the config's analysis.situation);
//   2. the questionnaire's answer, when the answers carry a valid `situation`;
//   3. post-implementation when there is a usage trail: an activities, logins or field-history input with rows;
//   4. in-progress when the CRM holds records (a records input with rows) but nobody's usage trail yet;
//   5. the notes, when no export tells: post-implementation when they speak of the CRM in use ("I log every
//      visit on Friday", "the app logs me out"), pre-implementation when they speak of one still planned ("the
//      new CRM will…"); each needs at least 3 notes and twice as many as the other side;
//   6. pre-implementation otherwise: inferred from a planned field list (or a roster) without records, and only
//      assumed when nothing tells (notes that say neither): the output then says so.
import type { InputSummary, SITUATIONS, SITUATION_BASES } from '../result/schema.js';
import { Situation as SituationSchema } from '../result/schema.js';

export type Situation = (typeof SITUATIONS)[number];
export type SituationBasis = (typeof SITUATION_BASES)[number];

export interface SituationInputs {
  inputs?: readonly Pick<InputSummary, 'kind' | 'rows' | 'path'>[];
  answers?: Readonly<Record<string, unknown>>;
  explicit?: Situation | undefined;
  /** notes that speak of a CRM in use, and of one planned (interviews.situationSigns) */
  notes?: { inUse: number; planned: number } | undefined;
}

export interface SituationDecision {
  situation: Situation;
  /** what told it; `assumed` when nothing did */
  basis: SituationBasis;
  /** why, in one sentence */
  reason: string;
  /** the questionnaire's answer decided, and the exports alone would have said this other situation */
  exportsSay?: Situation;
}

const USAGE_TRAIL = new Set(['activities', 'logins', 'field-history']);
/** notes that must speak of one side, at least, and at least this many times as often as of the other */
const NOTES_MIN = 3;
const NOTES_RATIO = 2;

/** What the exports alone say: a usage trail means a CRM in use, records without one a CRM being rolled out. */
function fromExports(inputs: NonNullable<SituationInputs['inputs']>): SituationDecision | null {
  const trail = inputs.filter((i) => USAGE_TRAIL.has(i.kind) && i.rows > 0);
  if (trail.length) {
    return {
      situation: 'post-implementation',
      basis: 'inputs',
      reason: `usage exports are present (${[...new Set(trail.map((i) => i.kind))].sort().join(', ')})`,
    };
  }
  if (inputs.some((i) => i.kind === 'records' && i.rows > 0)) {
    return { situation: 'in-progress', basis: 'inputs', reason: 'the CRM holds records but there is no activity, login or field-history export yet' };
  }
  return null;
}

export function decideSituation(x: SituationInputs): SituationDecision {
  if (x.explicit) return { situation: x.explicit, basis: 'given', reason: 'set explicitly' };
  const inputs = x.inputs ?? [];
  const exports = fromExports(inputs);
  const answered = SituationSchema.safeParse(x.answers?.situation);
  // The consultant's answer is a fact the exports cannot overrule (they may be the old CRM's, before a new one is
  // implemented), but a disagreement is said, so that a slip in the answers does not pass unnoticed.
  if (answered.success) {
    const differs = exports !== null && exports.situation !== answered.data;
    return {
      situation: answered.data,
      basis: 'answers',
      reason: 'given in the questionnaire answers',
      ...(differs ? { exportsSay: exports.situation } : {}),
    };
  }
  if (exports) return exports;
  const n = x.notes;
  if (n && n.inUse >= NOTES_MIN && n.inUse >= NOTES_RATIO * n.planned) {
    return { situation: 'post-implementation', basis: 'notes', reason: `${n.inUse} notes speak of the CRM in use (${n.planned} of one planned)` };
  }
  if (n && n.planned >= NOTES_MIN && n.planned >= NOTES_RATIO * n.inUse) {
    return { situation: 'pre-implementation', basis: 'notes', reason: `${n.planned} notes speak of a CRM still planned (${n.inUse} of one in use)` };
  }
  if (inputs.some((i) => (i.kind === 'fields' || i.kind === 'users') && i.rows > 0)) {
    return { situation: 'pre-implementation', basis: 'inputs', reason: 'a field list or a roster, but no CRM records or usage exports, were given' };
  }
  return { situation: 'pre-implementation', basis: 'assumed', reason: 'nothing given says whether the CRM is in use or still planned' };
}

export function inferSituation(x: SituationInputs): Situation {
  return decideSituation(x).situation;
}
