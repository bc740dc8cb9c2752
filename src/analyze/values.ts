// What a cell is: filled or not, a boolean token, a placeholder (junk), a number.
// DESIGN.md section 3, "Definitions that the numbers rest on".

const SENTINELS = new Set(['#n/a', '#value!', '#ref!', '#name?', '#div/0!', '#null!', '#num!', '#n/a n/a', '#getting_data']);

/** Empty, whitespace or an Excel error sentinel. Boolean "false" is handled per column, not here. */
export function isBlank(v: string): boolean {
  if (v.length === 0) return true;
  const t = v.trim();
  if (t.length === 0) return true;
  return t.charCodeAt(0) === 35 /* # */ && SENTINELS.has(t.toLowerCase());
}

const TRUE_TOKENS = new Set(['true', '1', 'yes', 'y']);
const FALSE_TOKENS = new Set(['false', '0', 'no', 'n']);

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
  const l = t.toLowerCase();
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

export function looksNumeric(t: string): boolean {
  return t.length <= 40 && NUMBER.test(t);
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
