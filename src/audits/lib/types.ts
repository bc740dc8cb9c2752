// The shape of one audit: `{ meta, run }` (DESIGN.md section 7, example 1).
// `meta` is data (what the audit is, why it matters, how it is scored); `run` is pure: dataset in, risk and
// evidence out. Wording for a passing or failing state lives in meta; colour belongs to the renderers.
import type { CATEGORY_IDS, Dataset, Evidence, KINDS } from '../../result/schema.js';

export type CategoryId = (typeof CATEGORY_IDS)[number];
export type KindId = (typeof KINDS)[number];

/** Members of the analysed dataset an audit can depend on. */
export type DatasetMember = 'fields' | 'users' | 'activity' | 'records' | 'fieldHistory' | 'interviews' | 'answers';

/** One documented threshold: the number and what it means. Exported so that the README table is generated. */
export interface Threshold {
  readonly value: number;
  readonly meaning: string;
}

export interface AuditMeta {
  /** = the file name; a noun naming the failing state */
  readonly id: string;
  /** shown when the audit passes */
  readonly title: string;
  /** shown when the audit fails */
  readonly failureTitle: string;
  /** why it matters, in a sentence or two */
  readonly description: string;
  readonly category: CategoryId;
  /** input kinds that feed the members below (documentation, and the not-applicable message) */
  readonly requiredKinds: readonly KindId[];
  /** dataset members that must all be present, else the audit is not applicable */
  readonly requires: readonly DatasetMember[];
  /** how the risk is computed, in words */
  readonly definition: string;
  readonly thresholds: Readonly<Record<string, Threshold>>;
}

export interface AuditOutcome {
  /** in [0, 1]; the audit fails at 0.5 and above */
  risk: number;
  evidence: Evidence;
}

export interface Audit {
  readonly meta: AuditMeta;
  /**
   * Beyond the presence of `meta.requires`: is there enough in them to score? Return the reason when not
   * (for example an activity export without a usable created date), or null when the audit can run.
   */
  notApplicable?(dataset: Dataset): string | null;
  /** Pure: no I/O, no clock, no randomness. May throw; the runner turns that into an `error` result. */
  run(dataset: Dataset): AuditOutcome;
}

/** A risk of at least this fails (DESIGN.md section 3). */
export const FAIL_AT = 0.5;
