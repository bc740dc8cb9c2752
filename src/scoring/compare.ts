// The trend view of two saved analyses (`crm-audit compare before.json after.json`): did a relaunch work?
// Pure: two validated AuditResults in, a Comparison out. The CLI words and renders it.
//
// A finding is a failing audit. Between `before` and `after` a finding is
//   new         failing after, not failing before (passing, not applicable, errored or absent);
//   resolved    failing before, passing after;
//   persisting  failing in both;
//   unmeasured  failing before, but not scored after (not applicable, errored or absent): no verdict.
// scoreChange = after.score - before.score (lower is better), null when either has no score.
import type { AuditResult, AuditResultItem } from '../result/schema.js';
import { r1, r4 } from '../audits/lib/util.js';

type Status = AuditResultItem['status'];

export interface Snapshot {
  path: string | null;
  generatedAt: string | null;
  situation: AuditResult['situation'];
  client: string | null;
  score: number | null;
  band: string | null;
  confidence: string | null;
  failing: number;
}

export interface FindingChange {
  id: string;
  title: string;
  category: string;
  statusBefore: Status | null;
  statusAfter: Status | null;
  riskBefore: number | null;
  riskAfter: number | null;
  /** riskAfter - riskBefore, when both are scored */
  change: number | null;
}

export interface CategoryChange {
  id: string;
  title: string;
  riskBefore: number | null;
  riskAfter: number | null;
  change: number | null;
}

export interface Comparison {
  comparisonVersion: 1;
  before: Snapshot;
  after: Snapshot;
  scoreChange: number | null;
  /** lower scores are better */
  direction: 'better' | 'worse' | 'unchanged' | 'unknown';
  findings: { new: FindingChange[]; resolved: FindingChange[]; persisting: FindingChange[]; unmeasured: FindingChange[] };
  categories: CategoryChange[];
  /** every audit in either analysis, sorted by id */
  audits: FindingChange[];
  /** caveats a reader must know before trusting the difference */
  notes: string[];
}

function snapshot(r: AuditResult, path: string | null): Snapshot {
  return {
    path,
    generatedAt: r.generatedAt,
    situation: r.situation,
    client: r.meta.client,
    score: r.risk?.score ?? null,
    band: r.risk?.band ?? null,
    confidence: r.risk?.confidence ?? null,
    failing: (r.audits ?? []).filter((a) => a.status === 'fail').length,
  };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const diff = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : r4(b - a));

/** The different-client note leads the notes; the command line repeats it on stderr. */
export const OTHER_CLIENT = 'The two analyses are of different clients';
const DAY = 86_400_000;
/** Analyses further apart than this are rarely a before and after of one rollout. */
export const FAR_APART_YEARS = 3;

function names(xs: readonly (string | null | undefined)[]): Set<string> {
  return new Set(xs.filter((x): x is string => !!x).map((x) => x.trim().toLowerCase()));
}
const shares = (a: Set<string>, b: Set<string>) => [...a].filter((x) => b.has(x)).length;

/**
 * Whether the two analyses look like two clients. Their client names decide when both are given. When a name
 * is missing, other evidence is weighed, and two pieces of it make the note: nothing in common in the CRMs and
 * the fields (one piece: a client that changed CRM shares neither), no team name in common, or dates more
 * than FAR_APART_YEARS apart. The note never blocks the comparison: it warns.
 */
export function otherClientNote(before: AuditResult, after: AuditResult): string | null {
  const cb = before.meta.client?.trim();
  const ca = after.meta.client?.trim();
  if (cb && ca) return cb.toLowerCase() === ca.toLowerCase() ? null : `${OTHER_CLIENT}.`;
  const evidence: string[] = [];
  const crmB = names(before.inputs.map((i) => (i.crm === 'generic' ? null : i.crm)));
  const crmA = names(after.inputs.map((i) => (i.crm === 'generic' ? null : i.crm)));
  const fieldsB = names((before.fields ?? []).map((f) => f.name));
  const fieldsA = names((after.fields ?? []).map((f) => f.name));
  const fieldShare = Math.min(fieldsB.size, fieldsA.size) ? shares(fieldsB, fieldsA) / Math.min(fieldsB.size, fieldsA.size) : null;
  if (crmB.size && crmA.size && shares(crmB, crmA) === 0) {
    evidence.push(`they come from different CRMs (${[...crmB].join(', ')}; ${[...crmA].join(', ')})`);
  } else if (fieldShare !== null && fieldsB.size >= 5 && fieldsA.size >= 5 && fieldShare < 0.2) {
    evidence.push(`they share ${shares(fieldsB, fieldsA)} of ${Math.min(fieldsB.size, fieldsA.size)} field names`);
  }
  const teamsB = names((before.users?.teams ?? []).map((t) => t.name));
  const teamsA = names((after.users?.teams ?? []).map((t) => t.name));
  if (teamsB.size >= 2 && teamsA.size >= 2 && shares(teamsB, teamsA) === 0) evidence.push('no team name in common');
  if (before.generatedAt && after.generatedAt) {
    const years = Math.abs(Date.parse(after.generatedAt) - Date.parse(before.generatedAt)) / (365.25 * DAY);
    if (years > FAR_APART_YEARS) evidence.push(`dated ${Math.floor(years)} years apart`);
  }
  if (evidence.length < 2) return null;
  const missing = !cb && !ca ? 'neither names its client' : 'only one names its client';
  return `${OTHER_CLIENT}, by the look of it (${missing}): ${evidence.join(', ')}. Check the files; --client names the client when analysing.`;
}

export function compareResults(
  before: AuditResult,
  after: AuditResult,
  paths: { before?: string; after?: string } = {},
): Comparison {
  const b = new Map((before.audits ?? []).map((a) => [a.id, a]));
  const a = new Map((after.audits ?? []).map((x) => [x.id, x]));
  const ids = [...new Set([...b.keys(), ...a.keys()])].sort();
  const audits: FindingChange[] = ids.map((id) => {
    const x = b.get(id);
    const y = a.get(id);
    const riskBefore = x?.risk ?? null;
    const riskAfter = y?.risk ?? null;
    return {
      id,
      title: (y?.status === 'fail' ? y.failureTitle : undefined) ?? (x?.status === 'fail' ? x.failureTitle : undefined) ?? y?.title ?? x?.title ?? id,
      category: y?.category ?? x?.category ?? 'unknown',
      statusBefore: x?.status ?? null,
      statusAfter: y?.status ?? null,
      riskBefore,
      riskAfter,
      change: diff(riskBefore, riskAfter),
    };
  });
  const desc = (k: 'riskAfter' | 'riskBefore') => (p: FindingChange, q: FindingChange) => (q[k] ?? 0) - (p[k] ?? 0) || byId(p, q);
  const findings = {
    new: audits.filter((f) => f.statusAfter === 'fail' && f.statusBefore !== 'fail').sort(desc('riskAfter')),
    resolved: audits.filter((f) => f.statusBefore === 'fail' && f.statusAfter === 'pass').sort(desc('riskBefore')),
    persisting: audits.filter((f) => f.statusBefore === 'fail' && f.statusAfter === 'fail').sort(desc('riskAfter')),
    unmeasured: audits
      .filter((f) => f.statusBefore === 'fail' && f.statusAfter !== 'fail' && f.statusAfter !== 'pass')
      .sort(byId),
  };

  const cb = new Map<string, NonNullable<AuditResult['categories']>[number]>((before.categories ?? []).map((c) => [c.id, c]));
  const ca = new Map<string, NonNullable<AuditResult['categories']>[number]>((after.categories ?? []).map((c) => [c.id, c]));
  const categories: CategoryChange[] = [...new Set([...cb.keys(), ...ca.keys()])].map((id) => {
    const x = cb.get(id);
    const y = ca.get(id);
    return { id, title: y?.title ?? x?.title ?? id, riskBefore: x?.risk ?? null, riskAfter: y?.risk ?? null, change: diff(x?.risk ?? null, y?.risk ?? null) };
  });

  const sb = snapshot(before, paths.before ?? null);
  const sa = snapshot(after, paths.after ?? null);
  const scoreChange = sb.score === null || sa.score === null ? null : r1(sa.score - sb.score);
  const direction = scoreChange === null ? 'unknown' : scoreChange < 0 ? 'better' : scoreChange > 0 ? 'worse' : 'unchanged';

  const notes: string[] = [];
  const other = otherClientNote(before, after);
  if (other) notes.push(other);
  const lb = before.interviews?.lexiconVersion;
  const la = after.interviews?.lexiconVersion;
  if (before.interviews && after.interviews && lb !== la) {
    notes.push(
      `The interview notes were coded by different versions of the coder (${lb ?? 'before 2026.2'} and ${la ?? 'before 2026.2'}), so theme and sentiment figures, and the voice audits, may differ for that reason alone.`,
    );
  }
  if (sa.generatedAt !== null && sb.generatedAt !== null && sa.generatedAt < sb.generatedAt) notes.push('The "after" analysis is dated before the "before" one: were the files given in the wrong order?');
  if (sb.situation !== sa.situation) {
    notes.push(`The situation changed from ${sb.situation} to ${sa.situation}, so different audits may apply.`);
  }
  const reweighted = ids.filter((id) => {
    const x = b.get(id);
    const y = a.get(id);
    return x && y && x.weight !== y.weight;
  });
  const catReweighted = categories.filter((c) => cb.get(c.id) && ca.get(c.id) && cb.get(c.id)!.weight !== ca.get(c.id)!.weight).map((c) => c.id);
  if (reweighted.length || catReweighted.length) {
    notes.push(`Weights differ between the two analyses (${[...catReweighted, ...reweighted].join(', ')}), so the scores are not strictly comparable.`);
  }
  const appliesOnlyOnce = audits.filter((f) => (f.riskBefore === null) !== (f.riskAfter === null)).map((f) => f.id);
  if (appliesOnlyOnce.length) {
    notes.push(`Scored in only one of the two analyses: ${appliesOnlyOnce.join(', ')}; part of the score change comes from what was measured.`);
  }
  return { comparisonVersion: 1, before: sb, after: sa, scoreChange, direction, findings, categories, audits, notes };
}
