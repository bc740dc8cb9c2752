// Small deterministic building blocks for the example generator: a seeded PRNG, Salesforce-style ids,
// UTC date helpers and the CSV writers of the real export formats. Nothing here reads the clock or
// Math.random, so the same seed always gives the same bytes.

/** 32-bit FNV-1a hash of a string. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  float(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight: [[value, weight], ...]. */
  weighted<T>(pairs: readonly (readonly [T, number])[]): T;
  /** A shuffled copy. */
  shuffle<T>(items: readonly T[]): T[];
  /** k distinct items (fewer when the list is shorter), in random order. */
  sample<T>(items: readonly T[], k: number): T[];
}

/**
 * A named random stream. Each part of the generator draws from its own stream (seed + label), so adding
 * a draw in one part does not shift every number in the others.
 */
export function makeRng(seed: number, label: string): Rng {
  const next = mulberry32(hashString(`${seed}|${label}`));
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    float: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    weighted<T>(pairs: readonly (readonly [T, number])[]): T {
      const total = pairs.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [value, w] of pairs) {
        r -= w;
        if (r < 0) return value;
      }
      const last = pairs[pairs.length - 1];
      if (!last) throw new Error('weighted pick from an empty list');
      return last[0];
    },
    shuffle<T>(items: readonly T[]): T[] {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = out[i] as T;
        out[i] = out[j] as T;
        out[j] = tmp;
      }
      return out;
    },
    sample<T>(items: readonly T[], k: number): T[] {
      return rng.shuffle(items).slice(0, Math.max(0, k));
    },
  };
  return rng;
}

// ---------------------------------------------------------------------------------------------------------
// Salesforce ids: 3-character key prefix, 2-character pod, a reserved '0', 9 base-62 characters, then the
// 3-character case-safe suffix that turns the 15-character id into the 18-character one.

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SUFFIX_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

export function base62(n: number, width: number): string {
  let out = '';
  let v = Math.floor(n);
  while (v > 0) {
    out = BASE62.charAt(v % 62) + out;
    v = Math.floor(v / 62);
  }
  return out.padStart(width, '0');
}

/** The case-safe suffix Salesforce appends to a 15-character id. */
export function salesforceSuffix(id15: string): string {
  let out = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charAt(chunk * 5 + i);
      if (c >= 'A' && c <= 'Z') bits |= 1 << i;
    }
    out += SUFFIX_CHARS.charAt(bits);
  }
  return out;
}

/** Hands out increasing 18-character ids for one key prefix (005 users, 006 opportunities, ...). */
export class IdFactory {
  private counter: number;
  constructor(
    private readonly prefix: string,
    private readonly rng: Rng,
    private readonly pod = '7Q',
  ) {
    if (prefix.length !== 3) throw new Error(`key prefix must have 3 characters: ${prefix}`);
    // Start somewhere in the 6-character base-62 range so ids look lived-in, not 000...001.
    this.counter = rng.int(62 ** 5, 62 ** 5 * 8);
  }
  next(): string {
    this.counter += this.rng.int(1, 37);
    const id15 = `${this.prefix}${this.pod}0${base62(this.counter, 9)}`;
    return id15 + salesforceSuffix(id15);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Time, in UTC milliseconds. Date is used only to format, never to read the clock.

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export function parseIsoDate(text: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new Error(`now must be an ISO date (YYYY-MM-DD): ${text}`);
  const ms = Date.parse(`${text}T00:00:00.000Z`);
  if (Number.isNaN(ms)) throw new Error(`now is not a valid date: ${text}`);
  return ms;
}

/** Salesforce timestamp: 2026-10-12T09:14:00.000Z */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

/** Salesforce date: 2026-10-12 */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday */
export function weekday(ms: number): number {
  return new Date(ms).getUTCDay();
}

/** HubSpot UI export: 2026-10-12 09:14 */
export function hubspotTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}

/** What Excel (en-US) shows for a date-time cell: 10/12/2026 9:14 */
export function excelUsTime(ms: number): string {
  const d = new Date(ms);
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${d.getUTCHours()}:${mm}`;
}

/** What Excel (en-US) shows for a date cell: 10/12/2026 */
export function excelUsDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
}

// ---------------------------------------------------------------------------------------------------------
// Number formats.

/** Salesforce data export writes number, currency and percent fields as doubles: 4.0, 12500.0, 2.5 */
export function sfNumber(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  return Number.isInteger(rounded) ? `${rounded}.0` : String(rounded);
}

/** Rounds a ratio to 4 decimals, as the tool's JSON does. */
export function ratio(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}

// ---------------------------------------------------------------------------------------------------------
// CSV writers for the shapes of real exports.

/** Salesforce data export: every field double-quoted, CRLF, a final CRLF. Line breaks inside a value stay. */
export function salesforceCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',');
  const out: string[] = [line(header)];
  for (const row of rows) out.push(line(row));
  return out.join('\r\n') + '\r\n';
}

/** Minimal quoting (only where needed), as most UI exports and spreadsheets write it. */
export function plainCsv(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  delimiter = ',',
  eol = '\n',
): string {
  const needs = new RegExp(`["\\r\\n${delimiter === '\t' ? '\\t' : delimiter}]`);
  const cell = (c: string): string => (needs.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  const line = (cells: readonly string[]): string => cells.map(cell).join(delimiter);
  const out: string[] = [line(header)];
  for (const row of rows) out.push(line(row));
  return out.join(eol) + eol;
}

/** Excel "Unicode text": UTF-16LE with a BOM, tab-delimited, CRLF. */
export function excelUnicodeText(header: readonly string[], rows: readonly (readonly string[])[]): Buffer {
  const text = plainCsv(header, rows, '\t', '\r\n');
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}
