// What a playbook sees: the audit items by id, the failing set, the dataset and the situation,
// with small readers for the evidence numbers a recommendation quotes.
import type { AuditResultItem, Dataset, SITUATIONS } from '../result/schema.js';
import { listNames } from '../audits/lib/util.js';
import { READINESS_AUDITS } from '../audits/index.js';

export type Situation = (typeof SITUATIONS)[number];

export interface Context {
  items: ReadonlyMap<string, AuditResultItem>;
  /** failing audits, less those the consultant hid: a recommendation argues only from these */
  failing: ReadonlySet<string>;
  /** audits the consultant hid in the report (--editorial): their figures are not quoted */
  hidden: ReadonlySet<string>;
  dataset: Dataset;
  situation: Situation;
}

export function makeContext(
  items: readonly AuditResultItem[],
  dataset: Dataset,
  situation: Situation,
  hidden: ReadonlySet<string> = new Set(),
): Context {
  return {
    items: new Map(items.map((i) => [i.id, i])),
    failing: new Set(items.filter((i) => i.status === 'fail' && !hidden.has(i.id)).map((i) => i.id)),
    hidden,
    dataset,
    situation,
  };
}

/** A numeric evidence metric of an audit, or null. */
export function metric(ctx: Context, audit: string, key: string): number | null {
  const v = ctx.items.get(audit)?.evidence?.metrics[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function metricText(ctx: Context, audit: string, key: string): string | null {
  const v = ctx.items.get(audit)?.evidence?.metrics[key];
  return typeof v === 'string' ? v : null;
}

export function scored(ctx: Context, audit: string): boolean {
  const s = ctx.items.get(audit)?.status;
  return s === 'pass' || s === 'fail';
}

/** Words that change with the situation: what the change is called. */
export function moment(s: Situation): { change: string; before: string } {
  switch (s) {
    case 'pre-implementation':
      return { change: 'the first release', before: 'before the build starts' };
    case 'in-progress':
      return { change: 'go-live', before: 'before go-live' };
    case 'post-implementation':
      return { change: 'the relaunch', before: 'before the relaunch' };
  }
}

/** What evidence an audit was given: usage exports, a field list, the questionnaire's answers, interview notes. */
export interface Evidence {
  exports: boolean;
  fieldList: boolean;
  questionnaire: boolean;
  notes: boolean;
}

const EXPORT_KINDS: ReadonlySet<string> = new Set(['records', 'activities', 'logins', 'field-history', 'users']);

export function evidenceOf(d: Pick<Dataset, 'inputs' | 'answers' | 'interviews'>): Evidence {
  return {
    exports: d.inputs.some((i) => EXPORT_KINDS.has(i.kind) && i.rows > 0),
    fieldList: d.inputs.some((i) => i.kind === 'fields' && i.rows > 0),
    questionnaire: d.answers !== undefined && Object.keys(d.answers).length > 0,
    notes: (d.interviews?.notes ?? 0) > 0,
  };
}

/**
 * The evidence given, besides the notes, as a phrase: "the planned field list and the questionnaire"; null when
 * there is none. Only what was supplied is named.
 */
export function evidenceBesideNotes(e: Evidence, s: Situation): string | null {
  const parts = [
    ...(e.exports ? [s === 'post-implementation' ? 'what the CRM actually records' : s === 'in-progress' ? 'the first months of real use' : 'the exports supplied'] : []),
    ...(e.fieldList ? [s === 'pre-implementation' ? 'the planned field list' : 'the field list'] : []),
    ...(e.questionnaire ? ['the questionnaire'] : []),
  ];
  return parts.length ? listNames(parts, parts.length) : null;
}

/** The checks of the reps' voice, scored from interview notes. */
export const VOICE_AUDITS = ['negative-voice', 'control-perception', 'data-entry-burden', 'shadow-systems'] as const;

/** Were the reps heard: is any check of their voice scored? */
export const voiceHeard = (ctx: Context): boolean => VOICE_AUDITS.some((id) => scored(ctx, id));

/**
 * A failing readiness check's answers at risk, each as a sentence of fact without its full stop ("No kickoff
 * workshop with the reps is planned"); none when the check is not failing or was hidden. Scored again from the
 * answers the analysis carries, in the audit's situation, so that a saved analysis reads the same.
 */
export function answersAtRisk(ctx: Context, audit: string): string[] {
  if (!ctx.failing.has(audit)) return [];
  const check = READINESS_AUDITS.find((a) => a.meta.id === audit);
  const out = check?.readiness(ctx.dataset);
  return out && !('unscored' in out) ? out.parts.filter((p) => p.risk >= 0.5).map((p) => p.says) : [];
}

/** Sentences as a paragraph: each with its full stop. */
export const sentences = (xs: readonly string[]): string => xs.map((x) => `${x.replace(/^./, (c) => c.toUpperCase())}.`).join(' ');

/** The answer given to a question, by its id, as stored in the analysis's answers (null when unanswered). */
export function answerOf(ctx: Context, question: string): unknown {
  return ctx.dataset.answers?.[question] ?? null;
}
