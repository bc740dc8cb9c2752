// Which of the three situations the audit is in (DESIGN.md section 1, idea 2), when --situation does not say.
//
// Rule, first match wins:
//   1. an explicit situation (--situation, or the config's analysis.situation);
//   2. the questionnaire's answer, when the answers carry a valid `situation`;
//   3. post-implementation when there is a usage trail: an activities, logins or field-history input with rows;
//   4. in-progress when the CRM holds records (a records input with rows) but nobody's usage trail yet;
//   5. pre-implementation otherwise: only a planned field list, a roster, notes or answers, or nothing.
import type { InputSummary, SITUATIONS } from '../result/schema.js';
import { Situation as SituationSchema } from '../result/schema.js';

export type Situation = (typeof SITUATIONS)[number];

export interface SituationInputs {
  inputs?: readonly Pick<InputSummary, 'kind' | 'rows' | 'path'>[];
  answers?: Readonly<Record<string, unknown>>;
  explicit?: Situation | undefined;
}

export interface SituationDecision {
  situation: Situation;
  /** why, in one sentence, for the report's method appendix */
  reason: string;
}

const USAGE_TRAIL = new Set(['activities', 'logins', 'field-history']);

export function decideSituation(x: SituationInputs): SituationDecision {
  if (x.explicit) return { situation: x.explicit, reason: 'set explicitly' };
  const answered = SituationSchema.safeParse(x.answers?.situation);
  if (answered.success) return { situation: answered.data, reason: 'given in the questionnaire answers' };
  const inputs = x.inputs ?? [];
  const trail = inputs.filter((i) => USAGE_TRAIL.has(i.kind) && i.rows > 0);
  if (trail.length) {
    return { situation: 'post-implementation', reason: `usage exports are present (${[...new Set(trail.map((i) => i.kind))].sort().join(', ')})` };
  }
  if (inputs.some((i) => i.kind === 'records' && i.rows > 0)) {
    return { situation: 'in-progress', reason: 'the CRM holds records but there is no activity, login or field-history export yet' };
  }
  return { situation: 'pre-implementation', reason: 'no CRM records or usage exports were given' };
}

export function inferSituation(x: SituationInputs): Situation {
  return decideSituation(x).situation;
}
