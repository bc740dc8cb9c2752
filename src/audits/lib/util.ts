// Small numeric and text helpers shared by the audits, the scoring and the recommendations.
import type { Dataset, FieldResult } from '../../result/schema.js';

export const clamp01 = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/**
 * Linear ramp from 0 (at `zeroAt`) to 1 (at `fullAt`). Every audit scores through one or more ramps,
 * so its pass/fail boundary is the midpoint: (zeroAt + fullAt) / 2. Works reversed when fullAt < zeroAt.
 */
export function ramp(x: number, zeroAt: number, fullAt: number): number {
  if (fullAt === zeroAt) return x >= fullAt ? 1 : 0;
  return clamp01((x - zeroAt) / (fullAt - zeroAt));
}

/** Ratios are rounded to 4 decimals in every output (DESIGN.md section 3). */
export const r4 = (x: number): number => Math.round(x * 10_000) / 10_000;
export const r2 = (x: number): number => Math.round(x * 100) / 100;
export const r1 = (x: number): number => Math.round(x * 10) / 10;

export const share = (part: number, whole: number): number => (whole > 0 ? part / whole : 0);

/** "37%" — whole percents; "<1%" for a small non-zero share. */
export function pct(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return 'n/a';
  if (x > 0 && x < 0.005) return '<1%';
  return `${Math.round(x * 100)}%`;
}

/** A count as the report writes it, with thousands separators: 7,609 (whole numbers; the words are English). */
export function count(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

/** "a, b and c", or "a, b, c and 4 more" past `max`. */
export function listNames(names: readonly string[], max = 3): string {
  if (names.length === 0) return '';
  const shown = names.slice(0, max);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length === 1) return shown[0] ?? '';
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1] ?? ''}`;
}

/** Stable text comparison, independent of the machine's locale. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A field's display name: Object.Name when the object is known. */
export function fieldRef(f: Pick<FieldResult, 'object' | 'name'>): string {
  return f.object ? `${f.object}.${f.name}` : f.name;
}

/** Fields a salesperson sees or fills: everything but system fields (ids, timestamps, audit stamps). */
export const repFacing = (f: FieldResult): boolean => f.card !== 'system';

/** Fields measured in data (not only known from a field list). */
export const measured = (f: FieldResult): boolean => f.rows !== null && f.rows > 0 && f.fillRate !== null;

/** Evidence tables are capped so that a report stays readable; metrics carry the full counts. */
export const TABLE_CAP = 15;

/**
 * Split an API name or label into lower-case word tokens: camelCase, snake_case, Salesforce `__c`,
 * namespace and `hs_`/`new_` prefixes, Pipedrive's `Entity - Field`, digits.
 */
export function tokens(text: string): string[] {
  return text
    .replace(/__(c|r|mdt|x|e)$/i, '')
    .replace(/^[a-z0-9]+__/i, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0)
    .filter((t, i) => !(i === 0 && (t === 'hs' || t === 'new' || t === 'msdyn')));
}

/**
 * Why how often people use the CRM cannot be told: no export of what they did (logins, activities, records, field
 * history) was given, only a users export, whose last login date says who was in the CRM lately, once each.
 */
export function noUseOverTime(d: Pick<Dataset, 'inputs'>): string | null {
  const kinds = new Set(d.inputs.map((i) => i.kind));
  return !kinds.has('users') || ['logins', 'activities', 'records', 'field-history'].some((k) => kinds.has(k as (typeof d.inputs)[number]['kind']))
    ? null
    : "only a users export was given: its last login dates tell who was in the CRM lately, not how often; give a login history, activities or records";
}
