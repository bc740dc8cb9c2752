// What a cell is: filled or not, a boolean token, a placeholder (junk), a number.
// DESIGN.md section 3, "Definitions that the numbers rest on".

const SENTINELS = new Set(['#n/a', '#value!', '#ref!', '#name?', '#div/0!', '#null!', '#num!', '#n/a n/a', '#getting_data']);

/** Empty, whitespace or an Excel error sentinel. Boolean "false" is handled per column, not here. */
export function isBlank(v: string): boolean {
  return trimmedOrNull(v) === null;
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x3000 || c === 0xfeff;

/** The trimmed value, or null when the cell is blank (see isBlank). Avoids a copy when nothing to trim. */
export function trimmedOrNull(v: string): string | null {
  const n = v.length;
  if (n === 0) return null;
  const t = isSpace(v.charCodeAt(0)) || isSpace(v.charCodeAt(n - 1)) ? v.trim() : v;
  if (t.length === 0) return null;
  if (t.charCodeAt(0) === 35 /* # */ && SENTINELS.has(t.toLowerCase())) return null;
  return t;
}

const TRUE_TOKENS = new Set(['true', '1', 'yes']);
const FALSE_TOKENS = new Set(['false', '0', 'no']);

/** 1 true, 0 false, -1 not a boolean token. */
export function booleanToken(t: string): 1 | 0 | -1 {
  if (t.length > 5) return -1;
  const l = t.toLowerCase();
  if (TRUE_TOKENS.has(l)) return 1;
  if (FALSE_TOKENS.has(l)) return 0;
  return -1;
}

const PLACEHOLDERS = new Set(['.', '-', '..', '...', 'x', 'xx', 'xxx', 'n/a', 'na', 'n.a.', 'tbd', 'tba', 'test', 'asdf', 'none', '?', '??', '-/-', 'null', 'nil', 'dummy', 'todo', 'qwerty', 'abc', 'xyz']);

/** A placeholder a rep types to get past a mandatory field: ".", "x", "n/a", "tbd", "test", "asdf", "?", "----". */
export function isPlaceholder(t: string): boolean {
  if (t.length > 40) return false;
  const l = t.length <= 6 ? t.toLowerCase() : t;
  if (PLACEHOLDERS.has(l)) return true;
  // One repeated character ("xxxx", "....", "aaaa"); digits excluded, "11" or "000" can be real values.
  if (l.length >= 2 && l.length <= 40) {
    const c = l.charCodeAt(0);
    if (c >= 48 && c <= 57) return false;
    for (let i = 1; i < l.length; i++) if (l.charCodeAt(i) !== c) return false;
    return true;
  }
  return false;
}

const NUMBER = /^[-+(]?\s*(?:[$€£¥₹]|[A-Z]{3}\s)?\s*[-+]?(?:\d{1,3}(?:[,. '\u00a0\u202f]\d{3})+|\d+)(?:[.,]\d+)?\s*(?:[kKmM]|%)?\s*(?:[$€£¥₹]|\s?[A-Z]{3})?\)?$/;

/** Digits with an optional leading minus and one decimal point: the common case, without a regex. */
function plainNumber(t: string): boolean {
  let i = t.charCodeAt(0) === 45 ? 1 : 0;
  let dot = false;
  let digits = 0;
  for (; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 46 && !dot) dot = true;
    else if (c >= 48 && c <= 57) digits++;
    else return false;
  }
  return digits > 0;
}

export function looksNumeric(t: string): boolean {
  if (t.length > 40) return false;
  if (plainNumber(t)) return true;
  // A number carries at most a 3-letter currency code and a k/M suffix: more letters, or an ISO date, is not one.
  let letters = 0;
  for (let i = 0; i < t.length; i++) {
    const ch = t.charCodeAt(i) | 32;
    if (ch >= 97 && ch <= 122 && ++letters > 4) return false;
  }
  if (t.charCodeAt(4) === 45 && t.charCodeAt(7) === 45) return false;
  const c = t.charCodeAt(0);
  // Fast exit: a number starts with a digit, a sign, a bracket, a currency sign or a 3-letter currency code.
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (letter && t.charCodeAt(3) !== 32) return false;
  return NUMBER.test(t);
}

/**
 * Parse a number with currency, thousands separators, decimal comma and k/M suffixes.
 * `decimalComma` decides "1,234" when the value alone cannot (true in de-DE, fr-FR ...).
 */
export function parseNumber(raw: string, decimalComma = false): number | null {
  let t = raw.trim();
  if (!looksNumeric(t)) return null;
  let negative = false;
  if (t.startsWith('(') && t.endsWith(')')) {
    negative = true;
    t = t.slice(1, -1);
  }
  t = t.replace(/[$€£¥₹%]|[A-Z]{3}/g, '').trim();
  let mult = 1;
  const suffix = t.slice(-1);
  if (suffix === 'k' || suffix === 'K') mult = 1e3;
  else if (suffix === 'm' || suffix === 'M') mult = 1e6;
  if (mult !== 1) t = t.slice(0, -1).trim();
  if (t.startsWith('-')) {
    negative = !negative;
    t = t.slice(1);
  } else if (t.startsWith('+')) t = t.slice(1);
  t = t.replace(/[ '\u00a0\u202f]/g, '');
  const lastDot = t.lastIndexOf('.');
  const lastComma = t.lastIndexOf(',');
  let decimalSep: '.' | ',' | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimalSep = lastDot > lastComma ? '.' : ',';
  else if (lastDot >= 0 || lastComma >= 0) {
    const sepChar = lastDot >= 0 ? '.' : ',';
    const count = t.split(sepChar).length - 1;
    const after = t.length - t.lastIndexOf(sepChar) - 1;
    if (count > 1) decimalSep = null; // "1.234.567": thousands only
    else if (after !== 3) decimalSep = sepChar; // "1,5" or "1.25"
    else decimalSep = decimalComma ? ',' : '.'; // "1,234" / "1.234": the locale decides
    if (decimalSep !== sepChar) decimalSep = null;
  }
  if (decimalSep === ',') t = t.replace(/\./g, '').replace(',', '.');
  else if (decimalSep === '.') t = t.replace(/,/g, '');
  else t = t.replace(/[.,]/g, '');
  const n = Number(t);
  if (!Number.isFinite(n)) return null;
  return (negative ? -n : n) * mult;
}
