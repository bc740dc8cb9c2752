// The audit registry and runner (DESIGN.md section 7, examples 1, 3 and 4).
// One file per audit, named by its id; this list is the registry. An audit whose inputs are absent is
// not-applicable; an audit that throws becomes an `error` result and the run goes on.
import type { WeightsConfig } from '../config/config-schema.js';
import { AuditResultItem, CATEGORY_IDS, Evidence, type Dataset } from '../result/schema.js';
import { resolveWeights } from '../scoring/weights.js';
import type { z } from 'zod';
import type { Audit, AuditMeta } from './lib/types.js';
import { FAIL_AT } from './lib/types.js';
import { r4 } from './lib/util.js';
import { lowCardBurden, THRESHOLDS as lowCardBurdenT } from './low-card-burden.js';
import { junkCompliance, THRESHOLDS as junkComplianceT } from './junk-compliance.js';
import { bulkLogging, THRESHOLDS as bulkLoggingT } from './bulk-logging.js';
import { highCardGap, THRESHOLDS as highCardGapT } from './high-card-gap.js';
import { noReasonToBeThere, THRESHOLDS as noReasonT } from './no-reason-to-be-there.js';
import { inactiveUsers, THRESHOLDS as inactiveUsersT } from './inactive-users.js';
import { usageConcentration, THRESHOLDS as usageConcentrationT } from './usage-concentration.js';
import { usagePolarization, THRESHOLDS as usagePolarizationT } from './usage-polarization.js';
import { staleRecords, THRESHOLDS as staleRecordsT } from './stale-records.js';
import { negativeVoice, THRESHOLDS as negativeVoiceT } from './negative-voice.js';
import { controlPerception, THRESHOLDS as controlPerceptionT } from './control-perception.js';
import { shadowSystems, THRESHOLDS as shadowSystemsT } from './shadow-systems.js';
import { dataEntryBurden, THRESHOLDS as dataEntryBurdenT } from './data-entry-burden.js';
import { goalsUnshared } from './goals-unshared.js';
import { repsLeftOut } from './reps-left-out.js';
import { activityPolicing } from './activity-policing.js';
import { nothingForReps } from './nothing-for-reps.js';
import { entryLoad } from './entry-load.js';
import { leadershipAbsent } from './leadership-absent.js';
import { trainingGap } from './training-gap.js';
import { ownToolsKept } from './own-tools-kept.js';

export type { Audit, AuditMeta, AuditOutcome, Threshold, DatasetMember } from './lib/types.js';
export { FAIL_AT } from './lib/types.js';
export { defineReadinessAudit, type ReadinessAudit, type ReadinessSpec } from './lib/readiness.js';
import type { ReadinessAudit } from './lib/readiness.js';

/**
 * The readiness audits of the questionnaire (category `readiness`, reading `answers`; see
 * src/audits/lib/readiness.ts). In the order the questionnaire asks their questions.
 */
export const READINESS_AUDITS: readonly ReadinessAudit[] = [
  goalsUnshared,
  repsLeftOut,
  activityPolicing,
  nothingForReps,
  entryLoad,
  leadershipAbsent,
  trainingGap,
  ownToolsKept,
];

/** Every audit, in report order: by category, then as the method reads them. */
export const AUDITS: readonly Audit[] = [
  lowCardBurden,
  junkCompliance,
  bulkLogging,
  highCardGap,
  noReasonToBeThere,
  inactiveUsers,
  usagePolarization,
  usageConcentration,
  staleRecords,
  negativeVoice,
  controlPerception,
  dataEntryBurden,
  shadowSystems,
  ...READINESS_AUDITS,
];

/** The thresholds of every built-in audit, by id (for the README table and the report appendix). */
export const AUDIT_THRESHOLDS = {
  'low-card-burden': lowCardBurdenT,
  'junk-compliance': junkComplianceT,
  'bulk-logging': bulkLoggingT,
  'high-card-gap': highCardGapT,
  'no-reason-to-be-there': noReasonT,
  'inactive-users': inactiveUsersT,
  'usage-polarization': usagePolarizationT,
  'usage-concentration': usageConcentrationT,
  'stale-records': staleRecordsT,
  'negative-voice': negativeVoiceT,
  'control-perception': controlPerceptionT,
  'data-entry-burden': dataEntryBurdenT,
  'shadow-systems': shadowSystemsT,
  ...Object.fromEntries(READINESS_AUDITS.map((a) => [a.meta.id, a.meta.thresholds])),
} as const;

export type AuditId = keyof typeof AUDIT_THRESHOLDS;
export const AUDIT_IDS = Object.keys(AUDIT_THRESHOLDS) as AuditId[];

export function auditById(id: string, audits: readonly Audit[] = AUDITS): Audit | undefined {
  return audits.find((a) => a.meta.id === id);
}

export interface RunAuditsOptions {
  /** the config's `weights` section; unknown audit ids are a usage error */
  weights?: z.infer<typeof WeightsConfig>;
  /** the audits to run (default: the registry); tests pass their own */
  audits?: readonly Audit[];
}

const CATEGORY_ORDER = new Map<string, number>(CATEGORY_IDS.map((c, i) => [c, i]));

function base(meta: AuditMeta, weight: number) {
  return {
    id: meta.id,
    title: meta.title,
    failureTitle: meta.failureTitle,
    description: meta.description,
    category: meta.category,
    weight,
  };
}

function missingMembers(meta: AuditMeta, d: Dataset): string[] {
  return meta.requires.filter((m) => d[m] === undefined || d[m] === null);
}

function firstLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return (msg.split('\n')[0] ?? '').slice(0, 300) || 'the audit failed';
}

/** The inputs an audit reads, as a reader of the report names them. */
const KIND_WORDS: Readonly<Record<string, string>> = {
  fields: 'a field list',
  records: 'CRM records',
  activities: 'activities',
  logins: 'logins',
  'field-history': 'field history',
  users: 'a users list',
  interviews: 'interview or workshop notes',
};

/** "a field list, CRM records or activities": what would let a not-applicable audit be scored. */
function kindsInWords(kinds: readonly string[]): string {
  const words = kinds.map((k) => KIND_WORDS[k] ?? k);
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}` : (words[0] ?? 'more input');
}

/** Run one audit in isolation: whatever it does, a valid AuditResultItem comes back. */
export function runAudit(audit: Audit, dataset: Dataset, weight: number): AuditResultItem {
  const meta = audit.meta;
  const head = base(meta, weight);
  try {
    const missing = missingMembers(meta, dataset);
    const reason = missing.length
      ? missing.includes('answers')
        ? 'no questionnaire answers were given'
        : `needs ${kindsInWords(meta.requiredKinds)}`
      : (audit.notApplicable?.(dataset) ?? null);
    if (reason !== null) {
      return { ...head, applicable: false, status: 'not-applicable', risk: null, evidence: { summary: `Not scored: ${reason}.`, metrics: {} } };
    }
    const out = audit.run(dataset);
    if (typeof out?.risk !== 'number' || !Number.isFinite(out.risk)) throw new Error(`audit ${meta.id} returned a risk that is not a number`);
    const evidence = Evidence.safeParse(out.evidence);
    if (!evidence.success) throw new Error(`audit ${meta.id} returned invalid evidence: ${evidence.error.issues[0]?.message ?? 'unknown'}`);
    const risk = r4(Math.min(1, Math.max(0, out.risk)));
    return { ...head, applicable: true, status: risk >= FAIL_AT ? 'fail' : 'pass', risk, evidence: evidence.data };
  } catch (e) {
    return { ...head, applicable: true, status: 'error', risk: null, evidence: null, error: firstLine(e) };
  }
}

/**
 * Run every audit on the dataset. Items are sorted by category (controls, value, usage, voice, readiness) and then
 * by registry order. Each item carries its weight within its category, after the config's overrides.
 */
export function runAudits(dataset: Dataset, opts: RunAuditsOptions = {}): AuditResultItem[] {
  const audits = opts.audits ?? AUDITS;
  const seen = new Set<string>();
  for (const a of audits) {
    if (seen.has(a.meta.id)) throw new Error(`audit id ${a.meta.id} is registered twice`);
    seen.add(a.meta.id);
  }
  const weights = resolveWeights(opts.weights, audits.map((a) => ({ id: a.meta.id, category: a.meta.category })));
  const items = audits.map((a, i) => ({ i, item: runAudit(a, dataset, weights.audits[a.meta.id] ?? 1) }));
  items.sort((a, b) => (CATEGORY_ORDER.get(a.item.category) ?? 9) - (CATEGORY_ORDER.get(b.item.category) ?? 9) || a.i - b.i);
  return items.map((x) => AuditResultItem.parse(x.item));
}
