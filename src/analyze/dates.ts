// Dates in a column are ISO 8601, month/day/year or day/month/year. The order of a slash or dot date is
// decided per column from the values (a first part above 12 means day first), else by --date-format or
// the locale. Times without a zone are read as UTC; days are UTC days.

export type DateOrder = 'mdy' | 'dmy';
export const DAY_MS = 86_400_000;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;
const SLASH = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;
const EPOCH_MS = /^1\d{12}$/;

function offsetMinutes(z: string | undefined): number {
  if (!z || z === 'Z') return 0;
  const sign = z.startsWith('-') ? -1 : 1;
  const digits = z.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

function daysInMonth(y: number, mo: number): number {
  if (mo === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, z: string | undefined): number {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return NaN;
  if (d > daysInMonth(y, mo)) return NaN; // 31 February
  return Date.UTC(y, mo - 1, d, h, mi, s, ms) - offsetMinutes(z) * 60_000;
}

/** Evidence for the order of slash dates: 'dmy' or 'mdy' when the value alone decides, else null. */
export function slashEvidence(v: string): DateOrder | null {
  const m = SLASH.exec(v.trim());
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a > 12 && b <= 12) return 'dmy';
  if (b > 12 && a <= 12) return 'mdy';
  return null;
}

/** True when the value has the shape of a date (any order). */
export function looksLikeDate(v: string): boolean {
  const c = v.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  return ISO.test(v) || SLASH.test(v);
}

const digit = (v: string, i: number): number => {
  const c = v.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
};
const two = (v: string, i: number): number => digit(v, i) * 10 + digit(v, i + 1);

/**
 * The common export shapes without a regex: 2026-10-12, 2026-10-12T09:14:00.000Z, 2026-10-12 09:14:00,
 * with +0000 / +00:00 / Z. Anything else returns undefined and takes the general path.
 */
function fastIso(v: string): number | undefined {
  const n = v.length;
  if (n < 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return undefined;
  const y = two(v, 0) * 100 + two(v, 2);
  const mo = two(v, 5);
  const d = two(v, 8);
  if (n === 10) return Number.isNaN(y + mo + d) ? undefined : build(y, mo, d, 0, 0, 0, 0, undefined);
  const sep = v.charCodeAt(10);
  if ((sep !== 84 && sep !== 32) || n < 19 || v.charCodeAt(13) !== 58 || v.charCodeAt(16) !== 58) return undefined;
  const h = two(v, 11);
  const mi = two(v, 14);
  const s = two(v, 17);
  let i = 19;
  let ms = 0;
  if (v.charCodeAt(i) === 46) {
    if (n < 23) return undefined;
    ms = digit(v, 20) * 100 + digit(v, 21) * 10 + digit(v, 22);
    i = 23;
    while (i < n && v.charCodeAt(i) >= 48 && v.charCodeAt(i) <= 57) i++;
  }
  const zone = v.slice(i);
  if (zone !== '' && zone !== 'Z' && !/^[+-]\d{2}:?\d{2}$/.test(zone)) return undefined;
  const t = build(y, mo, d, h, mi, s, ms, zone === '' ? undefined : zone);
  return Number.isNaN(t) ? undefined : t;
}

/** Epoch milliseconds, or NaN when the value is not a date. */
export function parseDate(raw: string, order: DateOrder): number {
  const v = raw.trim();
  const fast = fastIso(v);
  if (fast !== undefined) return fast;
  let m = ISO.exec(v);
  if (m) {
    const frac = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
    return build(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), frac, m[8]);
  }
  m = SLASH.exec(v);
  if (m) {
    let y = Number(m[3]);
    if (m[3]!.length === 2) y += y < 70 ? 2000 : 1900;
    const a = Number(m[1]);
    const b = Number(m[2]);
    const [mo, d] = order === 'mdy' ? [a, b] : [b, a];
    let h = Number(m[4] ?? 0);
    const ampm = m[7]?.toLowerCase();
    if (ampm === 'pm' && h < 12) h += 12;
    if (ampm === 'am' && h === 12) h = 0;
    return build(y, mo, d, h, Number(m[5] ?? 0), Number(m[6] ?? 0), 0, m[8]);
  }
  if (EPOCH_MS.test(v)) return Number(v);
  return NaN;
}

export function dayNumber(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Monday = 0 ... Sunday = 6 */
export function weekday(day: number): number {
  return (new Date(day * DAY_MS).getUTCDay() + 6) % 7;
}

/** Per-column decision: collect evidence from a sample of values, then fix the order. */
export class DateOrderVote {
  private mdy = 0;
  private dmy = 0;
  add(v: string): void {
    const e = slashEvidence(v);
    if (e === 'mdy') this.mdy++;
    else if (e === 'dmy') this.dmy++;
  }
  decide(fallback: DateOrder): DateOrder {
    if (this.dmy > this.mdy) return 'dmy';
    if (this.mdy > this.dmy) return 'mdy';
    return fallback;
  }
}

/** The order used when the values cannot tell: --date-format, else the locale (US-style locales month first). */
export function fallbackOrder(dateFormat: string | undefined, locale: string): DateOrder {
  if (dateFormat === 'mdy' || dateFormat === 'dmy') return dateFormat;
  return /^en-(US|PH|CA)$|^en$/i.test(locale) ? 'mdy' : 'dmy';
}
