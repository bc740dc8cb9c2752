// The registry slot for the readiness audits of the pre-implementation questionnaire (category `readiness`).
//
// The questionnaire is not built yet. When it is, each readiness audit is one file src/audits/<id>.ts that
// exports `defineReadinessAudit({...})` and is listed in READINESS_AUDITS in src/audits/index.ts, and its
// weight goes into AUDIT_WEIGHTS in src/scoring/weights.ts (an audit without one weighs 1).
// A readiness audit reads `dataset.answers` only, validates the part it needs itself (answers are a free
// record in the contract), and returns null when its questions were not answered: it is then not applicable.
import type { Dataset, Evidence } from '../../result/schema.js';
import type { Audit, AuditMeta, Threshold } from './types.js';

export interface ReadinessSpec {
  id: string;
  title: string;
  failureTitle: string;
  description: string;
  definition: string;
  thresholds: Readonly<Record<string, Threshold>>;
  /** Pure: the answers in, a risk in [0, 1] and evidence out; null when the questions it needs are unanswered. */
  score(answers: Readonly<Record<string, unknown>>): { risk: number; evidence: Evidence } | null;
}

export function defineReadinessAudit(spec: ReadinessSpec): Audit {
  const meta: AuditMeta = {
    id: spec.id,
    title: spec.title,
    failureTitle: spec.failureTitle,
    description: spec.description,
    category: 'readiness',
    requiredKinds: [],
    requires: ['answers'],
    definition: spec.definition,
    thresholds: spec.thresholds,
  };
  return {
    meta,
    notApplicable(d: Dataset) {
      return spec.score(d.answers ?? {}) === null ? 'the questionnaire questions this audit needs were not answered' : null;
    },
    run(d: Dataset) {
      const out = spec.score(d.answers ?? {});
      if (out === null) throw new Error(`readiness audit ${spec.id}: no answers to score`);
      return out;
    },
  };
}
