// The readiness audits of the questionnaire (category `readiness`): each is one file src/audits/<id>.ts that
// exports `defineReadinessAudit({...})`, is listed in READINESS_AUDITS in src/audits/index.ts, and has a weight
// in AUDIT_WEIGHTS (src/scoring/weights.ts). It reads `dataset.answers` only, through the questions it names
// (src/questionnaire/questions.ts); the arithmetic is src/questionnaire/score.ts. With fewer than half of its
// questions answered it is not applicable.
import type { Dataset } from '../../result/schema.js';
import { describeComponents, scoreReadiness, type Component, type Floor, type ReadinessOutcome } from '../../questionnaire/score.js';
import type { Audit, AuditMeta, Threshold } from './types.js';

export interface ReadinessSpec {
  id: string;
  title: string;
  failureTitle: string;
  description: string;
  components: readonly Component[];
  /** answers decisive on their own: the risk is at least a floor's `value` when its `when` holds of the scored answers */
  floors?: readonly Floor[];
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
  spec.floors?.forEach((f, i) => {
    out[spec.floors!.length === 1 ? 'floor' : `floor${i + 1}`] = { value: f.value, meaning: `the least risk when ${f.says}` };
  });
  return out;
}

/** A readiness audit, with the questions it reads. */
export interface ReadinessAudit extends Audit {
  readonly questions: readonly string[];
  /** the scored answers (each with its sentence of fact), or why the check is not scored */
  readiness(d: Dataset): ReadinessOutcome | { unscored: string };
}

export function defineReadinessAudit(spec: ReadinessSpec): ReadinessAudit {
  const score = (d: Dataset) =>
    scoreReadiness(d.answers ?? {}, spec.components, { ...(spec.floors ? { floors: spec.floors } : {}), live: d.situation === 'post-implementation' });
  const meta: AuditMeta = {
    id: spec.id,
    title: spec.title,
    failureTitle: spec.failureTitle,
    description: spec.description,
    category: 'readiness',
    requiredKinds: [],
    requires: ['answers'],
    definition: describeComponents(spec.components) + (spec.floors ?? []).map((f) => ` The risk is at least ${f.value} when ${f.says}.`).join(''),
    thresholds: thresholdsOf(spec),
  };
  return {
    meta,
    questions: spec.components.map((c) => c.question),
    readiness: score,
    notApplicable(d: Dataset) {
      const out = score(d);
      return 'unscored' in out ? out.unscored : null;
    },
    run(d: Dataset) {
      const out = score(d);
      if ('unscored' in out) throw new Error(`readiness audit ${spec.id}: ${out.unscored}`);
      return { risk: out.risk, evidence: out.evidence };
    },
  };
}
