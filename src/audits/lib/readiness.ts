// The readiness audits of the questionnaire (category `readiness`): each is one file src/audits/<id>.ts that
// exports `defineReadinessAudit({...})`, is listed in READINESS_AUDITS in src/audits/index.ts, and has a weight
// in AUDIT_WEIGHTS (src/scoring/weights.ts). It reads `dataset.answers` only, through the questions it names
// (src/questionnaire/questions.ts); the arithmetic is src/questionnaire/score.ts. With none of its questions
// answered it is not applicable.
import type { Dataset } from '../../result/schema.js';
import { describeComponents, scoreReadiness, type Component, type ScoredComponent } from '../../questionnaire/score.js';
import type { Audit, AuditMeta, Threshold } from './types.js';

export interface ReadinessSpec {
  id: string;
  title: string;
  failureTitle: string;
  description: string;
  components: readonly Component[];
  /** an answer decisive on its own: the risk is at least `value` when `when` holds of the scored answers */
  floor?: { value: number; when: (parts: ScoredComponent[]) => boolean; says: string };
}

/** The documented numbers of an audit: its ramps' ends, and its floor. */
function thresholdsOf(spec: ReadinessSpec): Record<string, Threshold> {
  const out: Record<string, Threshold> = {};
  for (const c of spec.components) {
    const r = c.risk;
    if (r.by === 'number' || r.by === 'unread-low-card') {
      const what = r.by === 'number' ? `answer to ${c.question}` : 'share of Low Card fields read by nobody';
      out[`${c.question}Zero`] = { value: r.zeroAt, meaning: `${what} at or below which its risk is 0` };
      out[`${c.question}Full`] = { value: r.fullAt, meaning: `${what} at which its risk is 1` };
    } else if (r.by === 'count') {
      out[`${c.question}Enough`] = { value: r.enough, meaning: `choices ticked in ${c.question} at which its risk is 0` };
    }
  }
  if (spec.floor) out['floor'] = { value: spec.floor.value, meaning: `the least risk when ${spec.floor.says}` };
  return out;
}

/** A readiness audit, with the questions it reads. */
export interface ReadinessAudit extends Audit {
  readonly questions: readonly string[];
}

export function defineReadinessAudit(spec: ReadinessSpec): ReadinessAudit {
  const score = (d: Dataset) => scoreReadiness(d.answers ?? {}, spec.components, spec.floor);
  const meta: AuditMeta = {
    id: spec.id,
    title: spec.title,
    failureTitle: spec.failureTitle,
    description: spec.description,
    category: 'readiness',
    requiredKinds: [],
    requires: ['answers'],
    definition: describeComponents(spec.components) + (spec.floor ? ` The risk is at least ${spec.floor.value} when ${spec.floor.says}.` : ''),
    thresholds: thresholdsOf(spec),
  };
  return {
    meta,
    questions: spec.components.map((c) => c.question),
    notApplicable(d: Dataset) {
      return score(d) === null ? 'the questionnaire questions this check reads were not answered' : null;
    },
    run(d: Dataset) {
      const out = score(d);
      if (out === null) throw new Error(`readiness audit ${spec.id}: no answers to score`);
      return { risk: out.risk, evidence: out.evidence };
    },
  };
}
