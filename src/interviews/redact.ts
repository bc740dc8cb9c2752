// Redaction: e-mail addresses, phone numbers, URLs and names come out of every text we show, and dates are cut
// to the month. Over-redaction is accepted: a long invoice number may read [phone]; a leaked phone number may not.
import { COMMON_WORDS } from './common-words.js';

const EMAIL = '[email]';
const PHONE = '[phone]';
const URL_TOKEN = '[url]';
const NAME = '[name]';

/** Trailing punctuation that belongs to the sentence, not to the address. */
const TRAILING = /[.,;:!?)\]}>"'\u2019\u201d]+$/;

function splitTrailing(s: string): [string, string] {
  const m = TRAILING.exec(s);
  return m ? [s.slice(0, m.index), m[0]] : [s, ''];
}

const URL_PATTERNS = [
  /\b(?:https?|ftp|file):\/\/[^\s<>"]+/gi,
  /\bwww\.[^\s<>"]+/gi,
  // a bare domain with a path: linkedin.com/in/someone
  /\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/[^\s<>"]*/gi,
];

function redactUrls(text: string): string {
  let out = text;
  for (const re of URL_PATTERNS) {
    out = out.replace(re, (m) => {
      const [, tail] = splitTrailing(m);
      return URL_TOKEN + tail;
    });
  }
  return out;
}

const ALNUM = /[\p{L}\p{N}]/u;

const AT = '[@\uFF20\uFE6B]';
/** Endings of a domain written out in words ("acme dot com", "acme.com" after "at"): common top-level domains. */
const TLD = '(?:com|org|net|edu|gov|io|co|biz|info|eu|de|at|ch|uk|fr|nl|be|lu|es|it|pt|ie|dk|se|no|fi|pl|cz|us|ca|au|nz|za|in|jp|br|mx)';

/**
 * Any run of non-space text holding an @ with a letter or digit after it is an address or a handle; so are the
 * ways people write an address so that it is not one: "jane @ acme . com", "jane[at]acme[dot]com",
 * "jane<at>acme.com", "jane.doe at customer dot com", "jane.doe at customer.com", a full-width ＠.
 */
function redactEmails(text: string): string {
  let out = text.replace(new RegExp(`[\\w.+-]+[ \\t]*${AT}[ \\t]*[\\w-]+(?:\\.[\\w-]+)+`, 'g'), EMAIL);
  out = out.replace(new RegExp(`[\\w.+-]+[ \\t]+${AT}[ \\t]+[\\w-]+(?:[ \\t]+\\.[ \\t]+[\\w-]+)+`, 'g'), EMAIL);
  out = out.replace(/[\w.+-]+[ \t]*[[({<]at[\])}>][ \t]*[\w-]+(?:[ \t]*(?:\.|[[({<]dot[\])}>])[ \t]*[\w-]+)+/gi, EMAIL);
  // written out in words: the domain must end in a common top-level domain, and the local part must not be an
  // ordinary word ("logged in at salesforce.com", "our users at acme.co.uk" stay; "Kim at google.com" goes: we
  // would rather remove too much). Each separator is one alternative: no backtracking blow-up.
  out = out.replace(
    new RegExp(`([\\w.+-]+)[ \\t]+at[ \\t]+[\\w-]+((?:[ \\t]+dot[ \\t]+[\\w-]+)*[ \\t]+dot[ \\t]+|(?:\\.[\\w-]+)*\\.)${TLD}(?![\\w.-]*\\w)`, 'gi'),
    (whole, local: string) => (/[._+\d-]/.test(local) || !COMMON_WORDS.has(local.toLowerCase()) ? EMAIL : whole),
  );
  // from the start of a run of non-space text only: from every position, a long run (a pasted image) took minutes
  out = out.replace(new RegExp(`(?<!\\S)\\S*${AT}\\S*`, 'g'), (token) => {
    const lead = /^[(<["'\u2018\u201c]+/.exec(token)?.[0] ?? '';
    const [core, tail] = splitTrailing(token.slice(lead.length));
    const at = core.search(new RegExp(AT));
    // "@" alone, or at the end of a word ("meet me @"), is not an address
    if (at < 0 || at === core.length - 1) return token;
    const before = core.slice(0, at);
    // "@SUM(1+1)": a spreadsheet formula typed into a note, not a handle (the review sheet defuses it)
    if (before === '' && /^[A-Za-z][\w.]*\(/.test(core.slice(at + 1))) return token;
    return lead + (before.length > 0 || !ALNUM.test(core.slice(at + 1, at + 2)) ? EMAIL : NAME) + tail;
  });
  return out;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
/**
 * Month names and their usual abbreviations, in English and in the languages notes are most often written in
 * beside it (German, French, Spanish, Dutch, Italian, Portuguese), accents folded: the month each one is.
 */
const MONTH_WORDS: Record<string, number> = Object.fromEntries(
  (
    [
      ['january jan januar janner janvier janv enero januari gennaio janeiro', 1],
      ['february feb februar fevrier fevr febrero februari febbraio fevereiro', 2],
      ['march mar marz maerz mars marzo maart mrt marco', 3],
      ['april apr avril avr abril aprile', 4],
      ['may mai mayo mei maggio maio', 5],
      ['june jun juni juin junio giugno junho', 6],
      ['july jul juli juillet juil julio luglio julho', 7],
      ['august aug aout agosto augustus', 8],
      ['september sep sept septembre septiembre setiembre settembre setembro', 9],
      ['october oct oktober octobre octubre ottobre outubro okt', 10],
      ['november nov novembre noviembre novembro', 11],
      ['december dec dezember dez decembre diciembre dicembre dezembro', 12],
    ] as const
  ).flatMap(([words, m]) => words.split(' ').map((w) => [w, m])),
);
/** Month words that are written out, in any of the languages (not abbreviations): lower case, they are still months. */
const FULL_MONTHS = new Set(
  'january february march april may june july august september october november december januar janner februar marz maerz mai juni juli oktober dezember janvier fevrier mars avril juin juillet aout septembre octobre novembre decembre enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre januari februari maart mei augustus gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre janeiro fevereiro marco maio junho julho setembro outubro novembro dezembro'.split(' '),
);
const ENGLISH_MONTHS = new Set('january jan february feb march mar april apr may june jun july jul august aug september sep sept october oct november nov december dec'.split(' '));
const foldAccents = (s: string): string => s.normalize('NFD').replace(/\p{M}+/gu, '');
/** Any month word as written (accents allowed where the folded form has none: "März", "août", "déc"). */
const MONTH_ALT = `(${Object.keys(MONTH_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[aeiouc]/g, (c) => `[${c}${{ a: 'àáâäå', e: 'èéêë', i: 'ìíîï', o: 'òóôö', u: 'ùúûü', c: 'ç' }[c] ?? ''}]`))
  .join('|')})`;

/**
 * A month word as a cut date shows it: an English one written out in full ("Mar" is "March"); another language's as
 * written ("1. Juli 2025" in a German note is "Juli 2025").
 */
function monthAsShown(word: string): string {
  const bareWord = word.replace(/\.$/, '');
  return ENGLISH_MONTHS.has(foldAccents(bareWord).toLowerCase()) ? MONTHS[monthIndex(bareWord) - 1]! : bareWord;
}

function monthIndex(name: string): number {
  return MONTH_WORDS[foldAccents(name).toLowerCase().replace(/\.$/, '')] ?? 0;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
/** A two-digit year: 00–69 is 20xx, 70–99 is 19xx ("12/7/85" is 1985). */
const fullYear = (y: string) => (y.length === 2 ? `${Number(y) <= 69 ? '20' : '19'}${y}` : y);

/** A date value (ISO, d/m/y, m/d/y, d.m.y, "15 March 2024", "15-Mar-2024") to YYYY-MM, or YYYY when the month is ambiguous. */
export function coarsenDate(value: string): string | null {
  const v = value.trim();
  let m = /^(\d{4})([-/.])(\d{1,2})(?:\2(\d{1,2}))?(?:[T ].*)?$/.exec(v);
  if (m) {
    const month = Number(m[3]);
    return month >= 1 && month <= 12 ? `${m[1]}-${pad2(month)}` : null;
  }
  m = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?:[T ].*)?$/.exec(v);
  if (m) return dmyOrMdy(Number(m[1]), Number(m[3]), m[2] ?? '/', fullYear(m[4] ?? ''));
  m = new RegExp(`^(?:\\d{1,2}(?:st|nd|rd|th)?\\.?[\\s-]+)?${MONTH_ALT}\\.?(?:[\\s-]+\\d{1,2}(?:st|nd|rd|th)?)?,?[\\s-]+(\\d{4})$`, 'iu').exec(v);
  if (m && monthIndex(m[1] ?? '') > 0) return `${m[2]}-${pad2(monthIndex(m[1] ?? ''))}`;
  return null;
}

function dmyOrMdy(a: number, b: number, sep: string, year: string): string | null {
  if (a < 1 || b < 1 || a > 31 || b > 31) return null;
  if (a > 12 && b <= 12) return `${year}-${pad2(b)}`;
  if (b > 12 && a <= 12) return `${year}-${pad2(a)}`;
  // A dotted date is day.month everywhere it is used; a slashed one is ambiguous: keep the year only.
  if (sep === '.' && b <= 12) return `${year}-${pad2(b)}`;
  return year;
}

// Dates are swapped for a placeholder while phone numbers are found, so "2024-03-15" never reads as a phone.
const HOLD = '\u0000';

function holdDates(text: string, held: string[]): string {
  const keep = (s: string) => {
    held.push(s);
    return `${HOLD}${held.length - 1}${HOLD}`;
  };
  // A date inside a phone number is the phone's: digits run straight into it, or the run of digits, spaces and
  // brackets before it holds a "+" or a bracket opening on a digit ("+49 30 12.10.2024", "(0475) 12.10.20",
  // "(0) 30 12.10.2024"). Over-redaction is accepted: "(1) 15.03.2024" reads [phone].
  const inPhone = (all: string, at: number): boolean =>
    /(?:\+|\(\s*[\d+])[\d\s().+\/\u2010-\u2015\u2212-]*$/.test(all.slice(Math.max(0, at - 24), at).replace(/^.*[^\d\s().+\/\u2010-\u2015\u2212-]/s, ''));
  // year first: only a plausible year (19xx, 20xx): "0475.12.10" is a phone number
  let out = text.replace(
    /(?<!\d[-/.]?)(?<![A-Za-z0-9])((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![-/.]?\d)/g,
    (whole, y: string, _sep: string, mo: string, _d: string, at: number, all: string) => {
      const month = Number(mo);
      if (inPhone(all, at)) return whole;
      return month >= 1 && month <= 12 ? keep(`${y}-${pad2(month)}`) : whole;
    },
  );
  out = out.replace(/(?<!\d[-/.]?)(?<![A-Za-z0-9])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![-/.]?\d)/g, (whole, a: string, sep: string, b: string, y: string, at: number, all: string) => {
    // "0475 12.10.20": a two-digit year after a number and a space is the end of a phone number
    if ((y.length === 2 && /\d\s$/.test(all.slice(Math.max(0, at - 2), at))) || inPhone(all, at)) return whole;
    const r = dmyOrMdy(Number(a), Number(b), sep, fullYear(y));
    return r ? keep(r) : whole;
  });
  // "15 March 2024", "15-Mar-2024", "March 15th, 2024", "the 15th of march", "3rd–7th June", "15. März 2024",
  // "15 de marzo de 2024": the month (and year) stay, the day goes. A month word in lower case is a month too,
  // except "may" without a year ("we may 2x it").
  const DAY = '\\d{1,2}(?:st|nd|rd|th|er|º)?\\.?';
  const RANGE = `(?:${DAY}\\s*[-\\u2010-\\u2015]\\s*)?`;
  const named = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${RANGE}${DAY}(?:\\s+(?:of|de|del)\\s+|[\\s/.-]+)${MONTH_ALT}|${MONTH_ALT.replace('(', '(?<m2>')}\\.?[\\s-]+(?:the\\s+(?=\\d{1,2}(?:st|nd|rd|th)))?${RANGE}${DAY})(?![\\p{L}\\p{N}])` +
      `(?:(?:,?\\s+(?:de\\s+)?|[-/.\\s]+)(?<y>\\d{4})(?!\\d)|-(?<yy>\\d{2})(?!\\d))?`,
    'giu',
  );
  out = out.replace(named, (...args: unknown[]) => {
    const whole = args[0] as string;
    const groups = args[args.length - 1] as { m2?: string; y?: string; yy?: string };
    const month = (args[1] as string | undefined) ?? groups.m2 ?? '';
    const year = groups.y ?? (groups.yy ? fullYear(groups.yy) : undefined);
    const i = monthIndex(month);
    const plain = foldAccents(month).toLowerCase().replace(/\.$/, '');
    // a lower-case abbreviation that is also a word or a name ("mar", "may", "dec", "jan", "feb") is a month only
    // with a year ("in dec 12 people joined", "3 mar reports" are not dates); "marco" is a name unless written "março"
    const lowerWordy = month === month.toLowerCase() && ['mar', 'may', 'dec', 'jan', 'feb'].includes(plain);
    if (i === 0 || (lowerWordy && !year) || (plain === 'marco' && !/ç/i.test(month))) return whole;
    const name = monthAsShown(month);
    return keep(year ? `${name} ${year}` : name);
  });
  // "2024年3月15日", "2024년 3월 15일"
  out = out.replace(/(?<!\d)((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월](?:\s*\d{1,2}\s*[日일])?/g, (whole, y: string, mo: string) =>
    Number(mo) >= 1 && Number(mo) <= 12 ? keep(`${y}-${pad2(Number(mo))}`) : whole,
  );
  // "am 15.03.", "vom 1.10." (a date without its year, after a word that introduces one): the month stays; a price
  // or a version ("costs 15.03.", "Version 1.2.") is not a date
  out = out.replace(
    /(?<![\p{L}\p{N}])(am|vom|bis|ab|seit|zum|den|on|since|until|till|from|le|du|au|el|del|op|tot|van|il|dal|al)(\s+)(\d{1,2})\.(\d{1,2})\.(?!\d)/giu,
    (whole, word: string, space: string, d: string, mo: string) =>
      Number(d) >= 1 && Number(d) <= 31 && Number(mo) >= 1 && Number(mo) <= 12 ? `${word}${space}${keep(MONTHS[Number(mo) - 1]!)}` : whole,
  );
  // "15mar2024", "15MAR24": written together
  out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])\\d{1,2}${MONTH_ALT}(\\d{4}|\\d{2})(?![\\p{L}\\p{N}])`, 'giu'), (whole, month: string, y: string) => {
    const i = monthIndex(month);
    return i === 0 ? whole : keep(`${monthAsShown(month)} ${fullYear(y)}`);
  });
  return out;
}

function releaseDates(text: string, held: string[]): string {
  return text.replace(new RegExp(`${HOLD}(\\d+)${HOLD}`, 'g'), (_, i: string) => held[Number(i)] ?? '');
}

/**
 * Seven or more digits, with white space, dots, dashes (the typed one, and the en dash and non-breaking hyphen a
 * word processor puts in), slashes or brackets between them, are a phone number.
 */
function redactPhones(text: string): string {
  return text.replace(/\+?\(?\d(?:[\d\s().\/\u2010-\u2015\u2212-]*\d)?/g, (m) => {
    const digits = m.replace(/\D/g, '').length;
    // a span of years ("2023 - 2024", "2023–2024") is not a phone number
    if (digits < 7 || /^(?:19|20)\d{2}\s*[-/\u2010-\u2015]\s*(?:19|20)\d{2}$/.test(m)) return m;
    const lead = m.startsWith('(') && !m.includes(')') ? '(' : '';
    return lead + PHONE;
  });
}

// Common English words that are also first names: matched only when written with a capital.
const WORD_NAMES = new Set([
  'will', 'mark', 'bill', 'grant', 'rose', 'may', 'june', 'april', 'august', 'art', 'guy', 'sue', 'jack', 'frank',
  'joy', 'hope', 'faith', 'grace', 'dawn', 'summer', 'sky', 'king', 'rich', 'don', 'ken', 'pat', 'rob', 'ray', 'max',
  'tim', 'gene', 'dean', 'chase', 'hunter', 'miles', 'price', 'long', 'young', 'white', 'black', 'brown', 'green',
  'wood', 'hill', 'lane', 'ward', 'bell', 'cook', 'fox', 'page', 'reed', 'rush', 'sales', 'team', 'lead', 'north',
  'south', 'east', 'west', 'the', 'and', 'von', 'van', 'der', 'den', 'del', 'de', 'la', 'le', 'di', 'da',
  'field', 'fields', 'key', 'keys', 'case', 'call', 'best', 'hall', 'day', 'cash', 'sharp', 'banks', 'church', 'moss',
  'park', 'stone', 'cross', 'lord', 'hart', 'little', 'small', 'short', 'strong', 'swift', 'law', 'love', 'lucky',
]);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// a name ends where letters and digits do: "jane_smith" holds two names
const B = '(?<![\\p{L}\\p{M}\\p{N}\\[])';
const E = '(?![\\p{L}\\p{M}\\p{N}\\]])';

export interface Redactor {
  (text: string): string;
}

export interface RedactorOptions {
  /**
   * For team and role names: in a name made of team words ("Field Sales North": two or more besides "team"), those
   * words stay, whoever is called Field; anywhere else a name part goes, even an ordinary word ("Team Field",
   * "Team Hall"). Over-redaction is accepted ("Small Business" beside a Kate Small).
   */
  label?: boolean;
}

/** Compile the name list once; the result redacts a text in one pass per pattern. */
export function compileRedactor(names: readonly string[], opts: RedactorOptions = {}): Redactor {
  const all = compileNames(names, false);
  if (!opts.label) return all;
  const keep = compileNames(names, true);
  return (label) => {
    const teamWords = (label.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w !== 'team' && TEAM_WORDS.has(w)).length;
    return (teamWords >= 2 ? keep : all)(label);
  };
}

/** Letters with no plain-Latin decomposition, as people write them without the accent: "Søren" is "Soren". */
const PLAIN: Record<string, string> = { ø: 'o', Ø: 'O', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', ß: 'ss' };
/** German umlauts as written without them: "Müller" is "Mueller". */
const UMLAUT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

/** A name without its accents, as plain Latin letters: "Søren Müller" is "Soren Muller". */
export const plainLatin = (s: string): string => foldAccents(s.replace(/[øØæÆœŒłŁđĐıß]/g, (c) => PLAIN[c] ?? c)).normalize('NFC');

/** The plain spellings of a name: "Zoë Müller" is "Zoe Muller" and "Zoe Mueller"; the pattern adds the accents back. */
export function spellings(name: string): string[] {
  // as written too: the plain form of "Йосиф" or "Γιώργος" loses marks that no Latin pattern adds back
  return [...new Set([name.normalize('NFC'), plainLatin(name), plainLatin(name.replace(/[äöüÄÖÜ]/g, (c) => UMLAUT[c] ?? c))])];
}

/** The accented forms of each plain letter: a name matches with or without them ("Alvarez", "Álvarez"). */
const ACCENTED: Record<string, string> = {
  a: 'àáâãäåāăą', c: 'çćčĉċ', d: 'ďđ', e: 'èéêëēĕėęě', g: 'ğĝġģ', i: 'ìíîïĩīĭįı', l: 'łľĺļ', n: 'ñńňņ',
  o: 'òóôõöøōŏő', r: 'řŕŗ', s: 'śšşșŝ', t: 'ťţț', u: 'ùúûüũūŭůűų', y: 'ýÿŷ', z: 'źżž',
};

/** A plain name as a pattern that also matches it written with accents, in the letter's case. */
function accentLoose(plain: string): string {
  let out = '';
  for (const ch of plain) {
    const lower = ch.toLowerCase();
    const acc = ACCENTED[lower];
    if (acc) out += `[${ch}${ch === lower ? acc : acc.toUpperCase()}]`;
    else out += escapeRe(ch);
  }
  return out;
}

function compileNames(names: readonly string[], keepTeamWords: boolean): Redactor {
  const anyCase = new Set<string>();
  const capitalOnly = new Set<string>();
  const addPart = (part: string, allParticles: boolean) => {
    if (part.length < 2 || !/\p{L}/u.test(part)) return;
    const lower = part.toLowerCase();
    if (keepTeamWords && TEAM_WORDS.has(lower)) return;
    // a particle alone ("van", "bin", "al") is no one's name, unless the name is made of nothing else ("Al Le")
    if (PARTICLES.has(lower) && !allParticles) return;
    // a part that is also a word, or a short one, is a name where it is written as one: Capitalised or in
    // capitals ("Amy Week": "every week" stays; "Bacon", "BACON" go). Over-redaction is accepted: a respondent
    // "Ai Tanaka" takes "AI" out of the notes too.
    const word = WORD_NAMES.has(lower) || COMMON_WORDS.has(lower) || PARTICLES.has(lower) || part.length < 3;
    if (word) {
      capitalOnly.add(part[0]!.toUpperCase() + part.slice(1).toLowerCase());
      capitalOnly.add(part.toUpperCase());
    } else anyCase.add(part);
  };
  for (const raw of names) {
    const name = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
    if (name.length < 2 || name.includes('@')) continue;
    for (const spelt of spellings(name)) {
      // "Watson-Clarke" is also written "Watson Clarke", and either half may be used alone
      const parts = spelt.split(/[\s,\u2010\u2011-]+/).map((p) => p.replace(/^[.'’-]+|[.'’-]+$/g, '')).filter(Boolean);
      if (spelt.split(/[\s,]+/).filter(Boolean).length > 1) anyCase.add(spelt);
      if (parts.length > 1) anyCase.add(parts.join(' '));
      const allParticles = parts.every((p) => PARTICLES.has(p.toLowerCase()));
      for (const p of parts) addPart(p, allParticles);
    }
  }
  // a space in a name may be any white space or a hyphen, and an apostrophe either kind ("O'Neill", "O’Neill")
  const alt = (set: Set<string>) =>
    [...set]
      .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
      .map((n) => accentLoose(n).replace(/ /g, '[\\s\\u2010\\u2011-]+').replace(/['’‘]/g, "['’‘]"))
      .join('|');
  const reAny = anyCase.size ? new RegExp(`${B}(?:${alt(anyCase)})${E}`, 'giu') : null;
  const reCap = capitalOnly.size ? new RegExp(`${B}(?:${alt(capitalOnly)})${E}`, 'gu') : null;
  const withNames = (text: string) => {
    let out = text;
    if (reAny) out = out.replace(reAny, NAME);
    if (reCap) out = out.replace(reCap, NAME);
    return out;
  };
  return (text: string) => {
    const held: string[] = [];
    let out = redactUrls(text.normalize('NFC'));
    out = redactEmails(out);
    out = holdDates(out, held);
    out = redactPhones(out);
    out = releaseDates(out, held);
    return withNames(out);
  };
}

const cache = new WeakMap<readonly string[], Redactor>();

/** Redact e-mail addresses, phone numbers, URLs and the given names, and cut dates in the text to months. */
export function redactText(text: string, names: readonly string[] = []): string {
  let r = cache.get(names);
  if (!r) {
    r = compileRedactor(names);
    cache.set(names, r);
  }
  return r(text);
}

// A respondent value that looks like a person's name is redacted from the text too, in the forms HR and survey
// exports write it: "Jane Smith", "Smith, Jane", "SMITH Jane", "J. Smith", "Jane Smith (North)", "jane.smith@acme.com".
// A role or a label is not a name: its words would otherwise be removed from every note ("CRM Admin" would blank
// out "CRM"). Words that are surnames too (Field, Key, Price) are judged in context, never alone.
// Words of a label. A value made only of them ("CRM Admin", "Head of Marketing", "Team North") is not a name; a
// name that holds one ("Mary West", "Rose Head", "Li Na") still is.
const NOT_NAMES = new Set([
  'respondent', 'participant', 'interviewee', 'anonymous', 'unknown', 'group', 'session', 'workshop', 'interview',
  'survey', 'team', 'n/a', 'na', 'rep', 'reps', 'manager', 'managers', 'admin', 'administrator', 'head', 'director',
  'marketing', 'support', 'success', 'customer', 'customers', 'office', 'region', 'regional', 'business', 'operations',
  'ops', 'sales', 'crm', 'it', 'hr', 'vp', 'kam', 'sdr', 'bdr', 'ae', 'emea', 'apac', 'of', 'for', 'and', 'the',
  'user', 'users', 'staff', 'everyone', 'all', 'other', 'others', 'north', 'south', 'east', 'west', 'central',
  'focus', 'panel', 'pilot',
]);
// Words that team and role names are made of; in such a name they are the words, not somebody's surname.
const TEAM_WORDS = new Set([
  'field', 'sales', 'inside', 'outside', 'key', 'account', 'accounts', 'north', 'south', 'east', 'west', 'central',
  'northern', 'southern', 'eastern', 'western', 'regional', 'national', 'international', 'senior', 'junior', 'lead',
  'team', 'new', 'business', 'enterprise', 'retail', 'direct', 'channel', 'partner', 'partners', 'service',
  'customer', 'support', 'marketing', 'manager', 'representative', 'rep', 'executive', 'director', 'head', 'area',
  'territory', 'district', 'hospital', 'clinic', 'care', 'trade', 'wholesale', 'government', 'public', 'private',
]);
// Label words that are surnames too ("Mary West", "Rose Head", "Li Na"): never stripped from a name.
const SURNAME_LIKE = new Set(['north', 'south', 'east', 'west', 'central', 'head', 'na']);
const ROLE_PHRASES = /\b(key account|field sales|inside sales|field rep|account manager|account executive|area manager|sales rep)\b/i;
const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'la', 'le', 'da', 'di', 'del', 'du', 'dos', 'das', 'bin', 'al', 'ten', 'ter', 'y']);
const SHARED_MAILBOXES = new Set(['info', 'sales', 'support', 'admin', 'team', 'crm', 'office', 'contact', 'hello', 'service', 'noreply', 'mail']);

/** A word without the full stops after it: "IT." is "IT". */
const bare = (w: string): string => w.replace(/[.]+$/, '');

const TITLES = /^(dr|mr|mrs|ms|mx|miss|prof|herr|frau|mme|mlle|sr|sra|med|dipl|ing|mag)\.?$/i;
const SUFFIXES = /^(jr|jun|sen|ii|iii|iv|phd|md|mba)\.?$/i;
const ROLE_PHRASES_ALL = new RegExp(ROLE_PHRASES.source, 'gi');

/** "Bob Lee <bob.lee@acme.com>": a name, then an address in angle brackets. */
const ANGLE = /^(.*?)\s*<\s*([^<>\s]+@[^<>\s]+)\s*>$/;

/**
 * Who a respondent value is, as one key for the ways one person is written: "Jane Smith", "Smith, Jane", "SMITH
 * Jane", "Jane Smith (North)", "jane.smith@acme.com" and "José"/"Jose" are one person. A value that is not a name
 * ("R07", "Respondent 3") is its own key.
 */
export function personKey(v: string): string {
  const tokens = personTokens(v);
  if (tokens.length === 0) return plainLatin(v.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase());
  return `name:${[...tokens].sort().join(' ')}`;
}

/** A name's words as they are compared: lower case, plain letters ("Krüger" and "krueger" are "krueger"), initials kept. */
function personTokens(v: string): string[] {
  const t = cleanRespondent(v, true);
  const angle = ANGLE.exec(t);
  const named = angle ? nameTokens(angle[1] ?? '') : [];
  const tokens = angle ? (named.length ? named : nameTokens(angle[2] ?? '')) : nameTokens(t);
  return tokens
    // "Jürgen Müller", "juergen.mueller@" and "jurgen.muller@" are one spelling: no umlaut, no "e" after it
    .map((w) => plainLatin(w.toLowerCase()).replace(/[.'’]/g, '').replace(/([aou])e/g, '$1'))
    .flatMap((w) => w.split(/[\u2010\u2011-]+/))
    .filter((w) => w !== '' && !PARTICLES.has(w));
}

/**
 * One key for each person among respondent keys: "k.vogelsang@…" ("k vogelsang"), "Vogelsang" and "K. Vogelsang"
 * are Katrin Vogelsang when she is the only full name they fit. Merging two people would only make the figures
 * more cautious; counting one person twice could make a small group look large enough to show.
 */
export function mergePeople(keys: Iterable<string>): Map<string, string> {
  const all = [...new Set(keys)];
  const words = (k: string) => (k.startsWith('name:') ? k.slice(5).split(' ') : []);
  const full = all.filter((k) => words(k).length >= 2 && words(k).every((w) => w.length >= 2));
  const fits = (partial: string[], whole: string[]) => {
    const left = [...whole];
    for (const w of partial.filter((x) => x.length >= 2)) {
      const i = left.indexOf(w);
      if (i < 0) return false;
      left.splice(i, 1);
    }
    for (const initial of partial.filter((x) => x.length === 1)) {
      const i = left.findIndex((w) => w.startsWith(initial));
      if (i < 0) return false;
      left.splice(i, 1);
    }
    return partial.some((x) => x.length >= 2);
  };
  const out = new Map<string, string>(all.map((k) => [k, k]));
  for (const k of all) {
    const w = words(k);
    if (w.length === 0 || full.includes(k)) continue;
    const candidates = full.filter((f) => fits(w, words(f)));
    if (candidates.length === 1) out.set(k, candidates[0]!);
  }
  return out;
}

/**
 * The name a respondent value holds, if it looks like one. Privacy comes first: any value of one to four words of
 * letters that is not a label is taken for a name, whatever its case ("jane doe", "JANE SMITH", "Anne-Marie
 * Dupont", "Siobhán O'Neill", "Ian MacLeod", "Omar al-Rashid", "Kumar R"); taking a label for a name only removes
 * a few words too many from the notes.
 */
export function respondentNames(v: string): string[] {
  const t = cleanRespondent(v);
  // "Bob Lee <bob.lee@acme.com>": the name, and the name the address spells
  const angle = ANGLE.exec(t);
  if (angle) return [...new Set([...respondentNames(angle[1] ?? ''), ...respondentNames(angle[2] ?? '')])];
  // several people in one cell: "Jane Smith, Bob Lee", "Jane & Bob", "Jane Smith and Bob Lee"
  const people = listedPeople(t);
  if (people) return [...new Set(people.flatMap((p) => respondentNames(p)))];
  // an initial ("J.", "R", the "k" of "k.vogelsang@") is not redacted alone: the other parts are
  const name = nameTokens(t)
    .filter((w) => w.replace(/[.]/g, '').length > 1)
    .join(' ');
  return name === '' ? [] : [name];
}

/**
 * A respondent value as a name is read from it: no invisible characters, quotes or brackets around it, trailing
 * punctuation or a trailing number ("Jane Smith 1"), and a user name's separators as spaces ("jane_smith",
 * "Jane.Smith").
 */
function cleanRespondent(v: string, keepNumber = false): string {
  let t = v
    .normalize('NFC')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/^["'«»“”„‘’]+|["'«»“”„‘’;:,!]+$/g, '')
    .trim();
  // "Jane Smith 1" (a second Jane Smith, or a session) holds a name; "Person 1", "North person 9" are ids. The
  // number goes only for redaction: the person stays who the whole value says (personKey)
  const numbered = /^(.+?)\s+\d+$/u.exec(t);
  if (!keepNumber && numbered) {
    const words = numbered[1]!.split(/\s+/);
    const nameLike = (w: string) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w) && !NOT_NAMES.has(w.toLowerCase()) && !TEAM_WORDS.has(w.toLowerCase());
    if (words.length >= 2 && words.every(nameLike)) t = numbered[1]!;
  }
  if (!/\s/.test(t) && !t.includes('@') && /^\p{L}{2,}(?:[._]\p{L}{2,})+$/u.test(t)) t = t.replace(/[._]/g, ' ');
  return t;
}

/** The people a cell lists, or null: parts joined by "&", ";", "and", or commas between names of two words or more. */
function listedPeople(t: string): string[] | null {
  const joined = t.split(/\s*(?:[;&+]|\s(?:and|und|et|y|en)\s)\s*/i).filter(Boolean);
  if (joined.length > 1) return joined.flatMap((p) => listedPeople(p) ?? [p]);
  const commas = t.split(/\s*,\s*/).filter(Boolean);
  if (commas.length > 1 && commas.every((p) => p.split(/\s+/).length >= 2)) return commas;
  return null;
}

/** The words of the name a respondent value holds, initials included; none when it is not a name. */
function nameTokens(value: string): string[] {
  let t = value;
  if (t.includes('@')) {
    // the address itself is redacted as an e-mail; its local part may spell the name ("jane.smith", "j.smith",
    // "jane.smith2", "li.wei")
    // "jane.smith+crm@": the tag after a plus is a mailbox filter, not a name
    const local = (t.split('@')[0] ?? '').toLowerCase().replace(/\+.*$/, '');
    if (SHARED_MAILBOXES.has(local)) return [];
    const parts = local
      .split(/[._-]+/)
      .map((p) => p.replace(/\d+/g, ''))
      .filter((p) => /^\p{L}+$/u.test(p));
    const words = parts.filter((p) => p.length >= 2);
    // a mailbox is made of label words only ("sales.north@", "crm.admin@"); any other address may spell a person,
    // and all of it is taken ("mary.staff@", "jane.sales@": over-redaction is accepted)
    if (words.length === 0 || words.every((p) => NOT_NAMES.has(p) || SHARED_MAILBOXES.has(p))) return [];
    return parts;
  }
  // "Jane Smith (North)", "Jane Smith - Sales", "Jane Smith – Sales", "Jane Smith / KAM", "Jane Smith | IT": the
  // name is the first part
  t = (t.split(/\s*[(/|]|\s+[-\u2010-\u2015]\s+/)[0] ?? '').trim();
  if (t === '' || /\d/.test(t)) return [];
  // "Smith, Jane" is a name turned round; "Jane Smith, Key Account Manager" is a name and then a role
  const commaParts = t.split(/\s*,\s*/).filter(Boolean);
  if (commaParts.length > 1) {
    const words = (p: string) => p.split(/\s+/).filter((w) => !PARTICLES.has(w.toLowerCase()) && !TITLES.test(w) && !SUFFIXES.test(w));
    if (words(commaParts[0]!).length >= 2) t = commaParts[0]!;
    else if (commaParts.length > 2) t = commaParts.slice(0, 2).join(' ');
  }
  // a role written into the name ("Jane Smith Key Account Manager") goes, and the words of a name that are left stay
  const withoutRole = t.replace(ROLE_PHRASES_ALL, ' ').replace(/\s+/g, ' ').trim();
  if (withoutRole !== t) {
    const left = withoutRole.split(' ').filter((w) => w !== '' && !NOT_NAMES.has(bare(w).toLowerCase()) && !TEAM_WORDS.has(bare(w).toLowerCase()));
    if (left.length === 0) return [];
    t = left.join(' ');
  }
  // titles and suffixes are not the name: "Dr. med. Klaus Meier", "Jane Smith Jr."
  const tokens = t.split(/[\s,]+/).filter((w) => w !== '' && !TITLES.test(w) && !SUFFIXES.test(w));
  // A job acronym in capitals ("CRM", "IT", "KAM") before or after a name is a label beside it ("Jane Smith CRM",
  // "IT Jane Smith"), when that name has two words that are not particles or is made of particles only ("Al Le
  // CRM"); beside one word it may be the surname ("Lily de KAM") and stays, as do "Sales", "Staff", "Kam".
  const isJob = (w: string) => {
    const b = bare(w);
    return b === b.toUpperCase() && b.length <= 4 && NOT_NAMES.has(b.toLowerCase()) && !SURNAME_LIKE.has(b.toLowerCase());
  };
  const besideAName = () => {
    const rest = tokens.filter((w) => !isJob(w));
    const core = rest.filter((w) => !PARTICLES.has(w.toLowerCase()));
    return core.length >= 2 || (core.length === 0 && rest.length >= 2);
  };
  while (tokens.length > 2 && isJob(tokens[tokens.length - 1]!) && besideAName()) tokens.pop();
  while (tokens.length > 2 && isJob(tokens[0]!) && besideAName()) tokens.shift();
  // particles are not the name's core, unless the name is made of nothing else ("Al Le")
  const nonParticles = tokens.filter((w) => !PARTICLES.has(w.toLowerCase()));
  const core = nonParticles.length > 0 ? nonParticles : tokens.length > 1 ? tokens : [];
  if (core.length === 0 || core.length > 4) return [];
  if (!tokens.every((w) => /^\p{L}[\p{L}\p{M}'’.\u2010\u2011-]*$/u.test(w))) return [];
  // a label ("CRM Admin", "Team North", "Workshop A"), or one word of a label alone ("Manager"), is not a name
  const labelWord = (w: string) => NOT_NAMES.has(bare(w).toLowerCase()) || /^\p{L}$/u.test(w);
  if (core.every(labelWord)) return [];
  return tokens;
}
