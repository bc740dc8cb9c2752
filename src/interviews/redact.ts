// Redaction: e-mail addresses, phone numbers, URLs and names come out of every text we show, and dates are cut
// to the month. Over-redaction is accepted: a long invoice number may read [phone]; a leaked phone number may not.
import { COMMON_WORDS } from './common-words.js';
import { givenNameKey, relatedGivenNames, SPELLINGS_OF_KEY } from './diminutives.js';

const EMAIL = '[email]';
const PHONE = '[phone]';
const URL_TOKEN = '[url]';
const NAME = '[name]';
/** A date whose day and month cannot be told apart, and that has no year to keep ("03/04"). */
const DATE = '[date]';
/** A number that names a person: an employee, passport or licence plate number after the word that says so. */
const ID = '[id]';

/**
 * Words that say the number after them is a person's: "employee ID E12345", "Personalnummer 004711", "passport
 * C01X00T47", "licence plate M-AB 1234". The number is a run of letters, digits, spaces and hyphens that holds a
 * digit, up to the end of the clause.
 */
const ID_LABELS =
  '(?:employee|staff|personnel|payroll|badge|user|member|customer|client|account|tax|policy|insurance|registration|id card|identity card)\\s*(?:id|no\\.?|nr\\.?|number|#)|' +
  'passport(?:\\s*(?:number|no\\.?))?|driver\'?s licen[cs]e(?:\\s*(?:number|no\\.?))?|national insurance number|ni number|social security number|ssn|nino|iban|licen[cs]e plate|number plate|' +
  '(?:employee|staff|user|member)-id|pers\\.?-?nr\\.?|' +
  'personal-?(?:nummer|nr\\.?)|mitarbeiter-?(?:nummer|nr\\.?|id)|personalausweis(?:nummer)?|ausweis-?(?:nummer|nr\\.?)|reisepass(?:nummer)?|kennzeichen|steuer-?id|sozialversicherungsnummer|kunden-?(?:nummer|nr\\.?)';
const LABELLED_ID = new RegExp(
  `(?<![\\p{L}])(${ID_LABELS})(\\s*(?:[:#=]|no\\.?|nr\\.?)?\\s*)((?=[\\p{L}\\p{N} -]{0,60}\\p{N})[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:[ -][\\p{L}\\p{N}]+){0,8})`,
  'giu',
);

function redactIds(text: string): string {
  // the value is read up to nine words ahead, and the words after the number are given back: a second labelled id
  // in them ("ID E1 and ID E2") is found on the next pass
  let out = text;
  for (let pass = 0; pass < 8; pass++) {
    const next = redactIdsOnce(out);
    if (next === out) break;
    out = next;
  }
  return out;
}

function redactIdsOnce(text: string): string {
  // the words of the run that hold a digit, or a plate's few capitals ("M-AB 1234"), from its start: "plate M-AB
  // 1234 yesterday" keeps "yesterday", "ID E12345 said 3 times" keeps "said 3 times"
  return text.replace(LABELLED_ID, (whole, label: string, gap: string, value: string) => {
    const parts = value.split(' ');
    const plate = /plate|kennzeichen/i.test(label);
    let n = 0;
    while (n < parts.length && (/\p{N}/u.test(parts[n]!) || (plate && /^\p{Lu}{1,3}(?:-\p{Lu}{1,3})?-?$/u.test(parts[n]!)))) n++;
    // a number of three digits or more, or of letters and digits ("E12345"): "customer number 2 complained",
    // "passport 2 weeks ago", "account #1" are counts and ranks
    const idLike = (p: string) => /\p{N}.*\p{N}.*\p{N}/u.test(p) || (/\p{N}/u.test(p) && /\p{L}/u.test(p)) || (plate && /\p{N}/u.test(p));
    if (n === 0 || !parts.slice(0, n).some(idLike)) return whole;
    return `${label}${gap}${ID}${n < parts.length ? ` ${parts.slice(n).join(' ')}` : ''}`;
  });
}

/** Trailing punctuation that belongs to the sentence, not to the address. */
const TRAILING = /[.,;:!?)\]}>"'\u2019\u201d]+$/;

function splitTrailing(s: string): [string, string] {
  const m = TRAILING.exec(s);
  return m ? [s.slice(0, m.index), m[0]] : [s, ''];
}

const URL_PATTERNS = [
  /\b(?:https?|ftp|file):\/\/[^\s<>"]+/gi,
  /\bwww\.[^\s<>"]+/gi,
  // a file on a share or a disk names its folders, and so often a person: "\\\\fileserver\\sales\\jane", "C:\\Users\\jane"
  /(?<![\w\\])\\\\[\w.$-]+(?:\\[^\s\\<>"]+)+\\?/g,
  /(?<![\w])[A-Za-z]:\\[^\s<>"]+/g,
  // and a Unix one: "/home/jane/notes", "~/jane/x.xlsx", "/Users/jane" (two folders at least, from the root or home)
  /(?<![\w/.~-])(?:~\/|\/(?:home|users|mnt|media|srv|var|opt|data|share|shares|net|Volumes)\/)[^\s<>"]+/gi,
  // a bare domain with a path: linkedin.com/in/someone. From the start of a run of its letters only: from every
  // word of a run ("a.b.c.d…", "12.12.12…"), 100 kB of it took twenty seconds
  /(?<![a-z0-9.-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/[^\s<>"]*/gi,
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

/** A letter, digit or mark of an address's local part, any script ("josé.müller@"); and of its domain. */
const LOCAL = '[\\p{L}\\p{M}\\p{N}_.+-]';
const DOMAIN = '[\\p{L}\\p{M}\\p{N}_-]';
/**
 * Where a local part may start: not inside a run of its letters. Tried from every position of a run, the
 * patterns below read the rest of the run each time: 100 kB of letters or digits without a space took minutes.
 */
const LOCAL_START = '(?<![\\p{L}\\p{M}\\p{N}_.+-])';

/**
 * Any run of non-space text holding an @ with a letter or digit after it is an address or a handle; so are the
 * ways people write an address so that it is not one: "jane @ acme . com", "jane[at]acme[dot]com",
 * "jane<at>acme.com", "jane.doe at customer dot com", "jane dot doe at customer dot com", "jane.doe at
 * customer.com", a full-width ＠.
 */
function redactEmails(text: string): string {
  let out = text.replace(new RegExp(`${LOCAL_START}${LOCAL}+[ \\t]*${AT}[ \\t]*${DOMAIN}+(?:\\.${DOMAIN}+)+`, 'gu'), EMAIL);
  // "jane_at_acme.com", "jane-at-acme-dot-com"
  // (the domain's words are letters and digits only, so that a separator is never read as part of one: with "_" and
  // "-" in them, "x_at_a-dot-a-dot-…" took seconds at 170 characters)
  const W = '[\\p{L}\\p{M}\\p{N}]{1,63}';
  out = out.replace(
    new RegExp(`${LOCAL_START}${LOCAL}{1,64}?[_-]at[_-]${W}(?:(?:\\.|[_-]dot[_-]|[_-](?!dot[_-]))${W}){0,8}?(?:\\.|[_-]dot[_-])${TLD}(?![\\p{L}\\p{N}])`, 'giu'),
    EMAIL,
  );
  out = out.replace(new RegExp(`${LOCAL_START}${LOCAL}+[ \\t]+${AT}[ \\t]+${DOMAIN}+(?:[ \\t]+\\.[ \\t]+${DOMAIN}+)+`, 'gu'), EMAIL);
  out = out.replace(
    new RegExp(`${LOCAL_START}${LOCAL}+[ \\t]*[[({<]at[\\])}>][ \\t]*${DOMAIN}+(?:[ \\t]*(?:\\.|[[({<]dot[\\])}>])[ \\t]*${DOMAIN}+)+`, 'giu'),
    EMAIL,
  );
  // written out in words: the domain must end in a common top-level domain, and the local part must not be an
  // ordinary word ("logged in at salesforce.com", "our users at acme.co.uk" stay; "Kim at google.com" goes: we
  // would rather remove too much); a local part spelt with "dot" ("jane dot doe", up to three of them: a long
  // chain of "a dot a dot …" would be read again from each of its words) is an address's. Each separator is one
  // alternative: no backtracking blow-up.
  out = out.replace(
    new RegExp(
      `${LOCAL_START}((?:${LOCAL}+[ \\t]+dot[ \\t]+){0,3}${LOCAL}+)[ \\t]+at[ \\t]+${DOMAIN}+((?:[ \\t]+dot[ \\t]+${DOMAIN}+)*[ \\t]+dot[ \\t]+|(?:\\.${DOMAIN}+)*\\.)${TLD}(?![\\p{L}\\p{N}_.-]*[\\p{L}\\p{N}_])`,
      'giu',
    ),
    (whole, local: string) => (/[._+\d\s-]/.test(local) || !COMMON_WORDS.has(local.toLowerCase()) ? EMAIL : whole),
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
 * beside it (German, French, Spanish, Dutch, Italian, Portuguese; Russian, Ukrainian, Bulgarian and Serbian in
 * Cyrillic, and Greek, each as a date writes it: "15 марта", "15 Μαρτίου"), accents folded: the month each one
 * is. Abbreviations that are English words ("set", "out", "ago", "gen", "mag") are left out.
 */
const MONTH_WORDS: Record<string, number> = Object.fromEntries(
  (
    [
      ['january jan januar janner janvier janv enero ene januari gennaio janeiro январь января янв січень січня януари јануар Ιανουάριος Ιανουαρίου Ιαν', 1],
      ['february feb februar fevrier fevr febrero februari febbraio fevereiro fev февраль февраля фев февр лютий лютого февруари фебруар Φεβρουάριος Φεβρουαρίου Φεβ', 2],
      ['march mar marz maerz mrz mars marzo maart mrt marco март марта мар березень березня Μάρτιος Μαρτίου Μάρτη Μαρ', 3],
      ['april apr avril avr abril abr aprile апрель апреля апр квітень квітня април Απρίλιος Απριλίου Απρίλη Απρ', 4],
      ['may mai mayo mei maggio maio май мая травень травня мај Μάιος Μαΐου Μάη', 5],
      ['june jun juni juin junio giugno giu junho июнь июня июн червень червня юни јун Ιούνιος Ιουνίου Ιούνη Ιουν', 6],
      ['july jul juli juillet juil julio luglio lug julho июль июля июл липень липня юли јул Ιούλιος Ιουλίου Ιούλη Ιουλ', 7],
      ['august aug aout agosto augustus август августа авг серпень серпня Αύγουστος Αυγούστου Αυγ', 8],
      ['september sep sept septembre septiembre setiembre settembre sett setembro сентябрь сентября сен сент вересень вересня септември септембар Σεπτέμβριος Σεπτεμβρίου Σεπτέμβρη Σεπ Σεπτ', 9],
      ['october oct oktober octobre octubre ottobre ott outubro okt октябрь октября окт жовтень жовтня октомври октобар Οκτώβριος Οκτωβρίου Οκτώβρη Οκτ', 10],
      ['november nov novembre noviembre novembro ноябрь ноября ноя нояб листопад листопада ноември новембар Νοέμβριος Νοεμβρίου Νοέμβρη Νοε', 11],
      ['december dec dezember dez decembre diciembre dic dicembre dezembro декабрь декабря дек грудень грудня декември децембар Δεκέμβριος Δεκεμβρίου Δεκέμβρη Δεκ', 12],
    ] as const
  ).flatMap(([words, m]) => words.split(' ').map((w) => [w.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase(), m])),
);
const ENGLISH_MONTHS = new Set('january jan february feb march mar april apr may june jun july jul august aug september sep sept october oct november nov december dec'.split(' '));
const foldAccents = (s: string): string => s.normalize('NFD').replace(/\p{M}+/gu, '');
/** The letters a folded month word stands for: with their accents ("März", "août", "déc", "Μαρτίου", "май"). */
const MONTH_LETTERS: Record<string, string> = {
  a: 'àáâäå', e: 'èéêë', i: 'ìíîï', o: 'òóôö', u: 'ùúûü', c: 'ç',
  α: 'ά', ε: 'έ', η: 'ή', ι: 'ίϊΐ', ο: 'ό', υ: 'ύϋΰ', ω: 'ώ', и: 'й',
};
/** Any month word as written (accents allowed where the folded form has none). */
const MONTH_ALT = `(${Object.keys(MONTH_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[aeioucαεηιουωи]/g, (c) => `[${c}${MONTH_LETTERS[c] ?? ''}]`))
  .join('|')})`;

/**
 * A month word as a cut date shows it: an English one written out in full ("Mar" is "March"); another language's as
 * written ("1. Juli 2025" in a German note is "Juli 2025").
 */
function monthAsShown(word: string): string {
  const bareWord = word.replace(/\.$/, '');
  // written with an accent it is another language's ("déc", "mär")
  return ENGLISH_MONTHS.has(bareWord.toLowerCase()) ? MONTHS[monthIndex(bareWord) - 1]! : bareWord;
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
/**
 * Weekday names, full and short, in English and German: beside a date they name its day. (Not the German
 * two-letter ones: "so 3/4 of us", "do 2/3 of them" are English.)
 */
const WEEKDAYS =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|' +
  'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag';

/**
 * The full stop that a date's last dot also was, where the date ends a sentence ("we met jan 3.", "am 15.03.
 * Dann"): the day goes, the sentence keeps its end. A dotted date's own last dot at the end of the text ("am
 * 15.3.") is the date's (`atEnd` false).
 */
function fullStopAfter(whole: string, all: string, at: number, atEnd = true): string {
  const rest = all.slice(at + whole.length);
  return whole.endsWith('.') && ((atEnd && /^\s*$/.test(rest)) || /^\s+[\p{Lu}"'“‘(]/u.test(rest)) ? '.' : '';
}

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
    /(?<!\d[-/._]?)(?<![A-Za-z0-9])((?:19|20)\d{2})([-/._])(\d{1,2})\2(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![-/._]?\d)/g,
    (whole, y: string, _sep: string, mo: string, _d: string, at: number, all: string) => {
      const month = Number(mo);
      if (inPhone(all, at)) return whole;
      return month >= 1 && month <= 12 ? keep(`${y}-${pad2(month)}`) : whole;
    },
  );
  // a dotted range of days in one month: "3.-7.3.2025", "10.–14.03.2025", "3-7.3.2025"
  out = out.replace(
    /(?<![\p{L}\p{N}./])(\d{1,2})\.?\s*[-\u2010-\u2015]\s*(\d{1,2})\.(\d{1,2})\.\s?((?:19|20)\d{2})(?![-/._]?\d)/gu,
    (whole, d1: string, d2: string, mo: string, y: string, at: number, all: string) =>
      Number(d1) <= 31 && Number(d2) <= 31 && Number(mo) >= 1 && Number(mo) <= 12 && !inPhone(all, at) ? keep(`${y}-${pad2(Number(mo))}`) : whole,
  );
  // (an underscore too, as file names write a date: "interview_15_03_24.csv")
  out = out.replace(/(?<!\d[-/._]?)(?<![A-Za-z0-9])(\d{1,2})([./_-])(\d{1,2})\2(\d{4}|\d{2})(?![-/._]?\d)/g, (whole, a: string, sep: string, b: string, y: string, at: number, all: string) => {
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
  // before a month the days may be listed, too: "15 and 16 March", "15., 16. und 17. März", "15 et 16 mars"
  const DAYS = `(?:${DAY}(?:\\s*[-\\u2010-\\u2015&,/]\\s*|\\s+(?:and|und|et|y|e|en|to|bis|au|al|till|until)\\s+)){0,3}`;
  // a day after the month too, when a year follows it: "01. January 1, 1990" left "1, 1990"
  const DAY_AGAIN = '(?:\\.?[\\s-]+\\d{1,2}(?:st|nd|rd|th)?(?=,?\\s+\\d{4}(?!\\d)))?';
  const named = new RegExp(
    `(?<![\\p{L}\\p{N}]|\\d[.,/-])(?:${DAYS}${DAY}(?:\\s+(?:of|de|del)\\s+|[\\s/.-]+)${MONTH_ALT}${DAY_AGAIN}|${MONTH_ALT.replace('(', '(?<m2>')}\\.?[\\s-]+(?:the\\s+(?=\\d{1,2}(?:st|nd|rd|th)))?${RANGE}${DAY}(?!\\.\\d{1,2}(?!\\d)))(?![\\p{L}\\p{N}])` +
      `(?:(?:,?\\s+(?:de\\s+)?|[-/.\\s]+)(?<y>\\d{4})(?!\\d)|-(?<yy>\\d{2})(?!\\d))?`,
    'giu',
  );
  out = out.replace(named, (...args: unknown[]) => {
    const whole = args[0] as string;
    const groups = args[args.length - 1] as { m2?: string; y?: string; yy?: string };
    const [at, all] = [args[args.length - 3] as number, args[args.length - 2] as string];
    const month = (args[1] as string | undefined) ?? groups.m2 ?? '';
    const year = groups.y ?? (groups.yy ? fullYear(groups.yy) : undefined);
    const i = monthIndex(month);
    const plain = foldAccents(month).toLowerCase().replace(/\.$/, '');
    // a lower-case abbreviation that is also a word or a name ("mar", "may", "dec", "jan", "feb") is a month with a
    // year, or where the text makes its day one (wordyDayIsDate: "on 15 mar", "we met mar 15."; "in dec 12 people
    // joined", "3 mar reports", "may 2 of us" are not dates); "marco" is a name unless written "março". Written with
    // its accent it is no English word: "15 déc", "3 mär" are dates
    const lowerWordy = month === month.toLowerCase() && month === plain && ['mar', 'may', 'dec', 'jan', 'feb'].includes(plain);
    if (i === 0 || (lowerWordy && !year && !wordyDayIsDate(all, at, whole.length)) || (plain === 'marco' && !/ç/i.test(month))) return whole;
    const name = monthAsShown(month);
    return keep(year ? `${name} ${year}` : name) + fullStopAfter(whole, all, at);
  });
  // "2024年3月15日", "2024년 3월 15일"
  out = out.replace(/(?<!\d)((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월](?:\s*\d{1,2}\s*[日일])?/g, (whole, y: string, mo: string) =>
    Number(mo) >= 1 && Number(mo) <= 12 ? keep(`${y}-${pad2(Number(mo))}`) : whole,
  );
  // an ISO week date ("2024-W11-5", "2024W115") names a day: the week stays
  out = out.replace(/(?<![\p{L}\p{N}])((?:19|20)\d{2})-?W(\d{2})-?[1-7](?![\p{L}\p{N}])/gu, (whole, y: string, w: string) =>
    Number(w) >= 1 && Number(w) <= 53 ? keep(`${y}-W${w}`) : whole,
  );
  // "3月15日", "3월 15일" without a year: the month stays, as written
  out = out.replace(/(?<!\d)(\d{1,2})\s*([月월])\s*\d{1,2}\s*[日일]/g, (whole, mo: string, word: string) =>
    Number(mo) >= 1 && Number(mo) <= 12 ? keep(`${Number(mo)}${word}`) : whole,
  );
  // "am 15.03.", "vom 1.10." (a date without its year, after a word that introduces one): the month stays; a price
  // or a version ("costs 15.03.", "Version 1.2.") is not a date
  out = out.replace(
    /(?<![\p{L}\p{N}])(am|vom|bis|ab|seit|zum|den|on|since|until|till|from|le|du|au|el|del|op|tot|van|il|dal|al)(\s+)(\d{1,2})\.(\d{1,2})\.(?!\d)/giu,
    (whole, word: string, space: string, d: string, mo: string, at: number, all: string) =>
      Number(d) >= 1 && Number(d) <= 31 && Number(mo) >= 1 && Number(mo) <= 12
        ? `${word}${space}${keep(MONTHS[Number(mo) - 1]!)}${fullStopAfter(whole, all, at, false)}`
        : whole,
  );
  // "15. 3. 2024", "15.3. 2024": a dotted date with spaces in it
  out = out.replace(/(?<!\d[-/._]?)(?<![\p{L}\p{N}.,])(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})(?![-/._]?\d)/gu, (whole, d: string, mo: string, y: string, at: number, all: string) =>
    Number(d) >= 1 && Number(d) <= 31 && Number(mo) >= 1 && Number(mo) <= 12 && !inPhone(all, at) ? keep(`${y}-${pad2(Number(mo))}`) : whole,
  );
  out = holdDaysOfMonths(out, keep);
  // a weekday names a day: after a date word or before a day and month without a year ("on Mon 3/3", "Tuesday
  // 4.3."), the day and month read as the month, or [date] where the order is not known ("on Mon 4/3")
  out = out.replace(
    new RegExp(`(?<![\\p{L}])(${WEEKDAYS})\\.?,?\\s+(\\d{1,2})([./])(\\d{1,2})\\.?(?![\\p{N}]|[./]\\d)`, 'giu'),
    (whole, _day: string, a: string, sep: string, b: string, at: number, all: string) => {
      const [x, y] = [Number(a), Number(b)];
      // "sat 3/4 of the time", "sun 15/20 reps": a share or a count
      if (x < 1 || y < 1 || x > 31 || y > 31 || (x > 12 && y > 12) || UNIT_AFTER.test(all.slice(at + whole.length))) return whole;
      const month = sep === '.' || x > 12 ? y : y > 12 || x === y ? x : 0;
      return keep(month >= 1 && month <= 12 ? MONTHS[month - 1]! : DATE) + fullStopAfter(whole, all, at);
    },
  );
  // and the weekday before a date cut to its month goes with the day: "Tuesday, 4 March" reads "March", not
  // "Tuesday, March"
  out = out.replace(new RegExp(`(?<![\\p{L}])(?:${WEEKDAYS})\\.?,?\\s+(?:the\\s+)?(?=${HOLD}\\d+${HOLD})`, 'giu'), '');
  // "15mar2024", "15MAR24": written together
  out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])\\d{1,2}${MONTH_ALT}(\\d{4}|\\d{2})(?![\\p{L}\\p{N}])`, 'giu'), (whole, month: string, y: string) => {
    const i = monthIndex(month);
    return i === 0 ? whole : keep(`${monthAsShown(month)} ${fullYear(y)}`);
  });
  return out;
}

/** What a phone number may hold between its digits, as redactPhones reads one. */
const PHONE_GAP = '[\\d\\s().\\/_+\\u00B7\\u2022\\u30FB\\uFF08\\uFF09\\uFF0D\\uFF0E\\uFF0F\\u2010-\\u2015\\u2212-]*';
const GAP_BEFORE = new RegExp(`${PHONE_GAP}$`);
const GAP_AFTER = new RegExp(`^${PHONE_GAP}`);
/** The span at `at` is part of a run of seven digits or more: a phone number's, which redactPhones takes whole. */
function inDigitRun(all: string, at: number, length: number): boolean {
  const before = GAP_BEFORE.exec(all.slice(Math.max(0, at - 32), at))?.[0] ?? '';
  const after = GAP_AFTER.exec(all.slice(at + length, at + length + 32))?.[0] ?? '';
  return (before + all.slice(at, at + length) + after).replace(/\D/g, '').length >= 7;
}

/** Words after which a number is a price, a version, a section or a score, not a day (see holdDaysOfMonths). */
const NUMBER_WORDS =
  'v|ver|version|versions|release|rel|build|patch|update|sprint|section|chapter|kapitel|abschnitt|punkt|point|item|step|no|nr|cost|costs|costing|price|priced|prices|kostet|kosten|preis|prix|co[uû]te|eur|euro|euros|usd|chf|gbp|ratio|score|scored|rating|rated|grade';
/** Such a word just before a number, or one word before it ("costs about 15.03.", "the price is 15.03."). */
const WORDS_BEFORE_A_NUMBER = new RegExp(`(?:^|[^\\p{L}])(?:${NUMBER_WORDS})\\.?:?\\s*(?:\\p{L}+\\s+)?$`, 'iu');
/** Such a word just before a number ("ratio 15/3", "v16/9"). */
const WORD_JUST_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${NUMBER_WORDS})\\.?:?\\s*$`, 'iu');
/** A currency or a percent sign after a number: a price or a share. */
const MONEY_AFTER = /^\s*(?:%|[€$£¥]|percent|pct|eur\b|euros?\b|usd\b|chf\b|gbp\b)/i;
/** That, or a unit or a count after a number: "12/24 months", "15/20 reps", "13/15 of them". */
const UNIT_AFTER = new RegExp(
  `${MONEY_AFTER.source}|^\\s*(?:of|out|months?|weeks?|days?|hours?|hrs?|h|mins?|minutes?|years?|yrs?|reps|people|persons|users|calls|visits|deals|points|pts|stars|x)\\b`,
  'i',
);
/** A word that introduces a date, just before a number (as in holdDates' "am 15.03."). */
const DATE_WORD_BEFORE = /(?:^|[^\p{L}])(?:am|vom|bis|ab|seit|zum|den|on|since|until|till|from|by|due|le|du|au|el|del|op|tot|van|il|dal|al)\s+$/iu;
/** The end of a clause: the text's, a punctuation mark, or a spaced dash. */
const CLAUSE_END = /^(?:$|[,;:.!?)\]]|\s+[-\u2010-\u2015]\s)/;

/**
 * A day beside a lower-case month abbreviation that is a word too ("mar", "may", "dec", "jan", "feb"), without a
 * year, is a date where the text makes it one: after a word that introduces a date ("on 15 mar", "by may 2") unless
 * a count follows ("since may 2 of us"), or as a phrase of its own that ends a clause ("we met 15 mar.", "kickoff
 * mar 15, then"). A count after it is no date ("in dec 12 people joined", "we had 3 mar reports", "may 2 of us"),
 * nor is a run of numbers and months ("sprint 1 jan 2 feb").
 */
function wordyDayIsDate(all: string, at: number, length: number): boolean {
  const before = all.slice(Math.max(0, at - 24), at);
  const after = all.slice(at + length, at + length + 12);
  if (DATE_WORD_BEFORE.test(before)) return !UNIT_AFTER.test(after);
  const previous = /(\S*)\s*$/.exec(before)?.[1] ?? '';
  // a full stop the day took with it ends the clause too, before a new sentence ("we met jan 3. Then")
  const stopped = all.slice(at, at + length).endsWith('.') && /^\s+[\p{Lu}"'“‘(]/u.test(after);
  return (CLAUSE_END.test(after) || stopped) && !/\d$/.test(previous) && monthIndex(previous) === 0;
}

/** Ratios and the always-on "24/7" that look like a day and a month and are none. */
const NOT_DAYS = new Set(['24/7', '7/24', '16/9', '21/9', '16/10']);

/** Words that open an English sentence and are not in COMMON_WORDS: after "grew 13.5." they end a decimal's sentence. */
const SENTENCE_OPENERS = new Set(
  'however overall meanwhile besides moreover furthermore nevertheless nonetheless thus hence therefore perhaps ok okay yes no yet also still instead otherwise anyway'.split(' '),
);
/**
 * A capitalised word after a dotted day and month that names something ("15.3. Berlin", "15.3. Kickoff"): not a
 * single letter ("I", "A"), an ordinary English word or a word that opens a sentence ("13.5. Then", "13.5. However"),
 * which end a decimal's sentence. A German noun ("15.3. Treffen") is a name here too: German writes a decimal with a
 * comma.
 */
function nameAfter(after: string): boolean {
  const word = /^\s+(\p{Lu}[\p{L}\p{M}]+)/u.exec(after)?.[1]?.toLowerCase();
  return word !== undefined && !COMMON_WORDS.has(word) && !SENTENCE_OPENERS.has(word);
}

/**
 * A day and a month without a year, where the text makes it a date. The rule, as a works council reads it:
 *  - with a slash ("15/03", "03/15", "15/3", "3/15"): a date when one number can only be the day (13 to 31) and
 *    the other is a month (1 to 12), or when one is written with a leading zero ("03/04": no fraction or score is
 *    written so); the month stays ("March"), and where the two cannot be told apart ("03/04": 3 April or 4 March)
 *    the whole goes ([date]), as it does for two numbers up to 12 after a word that introduces a date ("on 10/12").
 *    "3/4 of the reps", "4/5", "7/10", "10/12" stay: a fraction or a score; so do
 *    "24/7", "16/9", a number just after a score or version word ("ratio 15/3") and, without a leading zero, a
 *    number followed by a unit or a count ("12/24 months", "15/20 reps", "13/15 of them");
 *  - with dots and a dot after ("15.03.", "15.3.", "01.10."): a date when either has a leading zero, or the day
 *    can only be a day (13 to 31) and the text goes on after it ("15.3. in Berlin", "15.3., then", "15.3. Berlin":
 *    a name after it, see nameAfter): a decimal ending a sentence ("revenue grew 13.5.", "13.5. Then") stays; so does a number just after a price, version or section word,
 *    or one word after it ("costs 15.03.", "the price is 15.03.", "Version 1.2.", "section 13.2."), and one before a
 *    currency or a percent sign;
 *  - never part of a longer run of digits: that is a phone number's, and redactPhones takes it whole.
 * Without a dot after it a dotted pair ("15.03", "2.5") is a decimal, and stays unless a word that introduces a date
 * comes before it (holdDates: "am 15.03.").
 */
function holdDaysOfMonths(text: string, keep: (s: string) => string): string {
  let out = text.replace(/(?<![\p{L}\p{N}_./\\])(\d{1,2})\/(\d{1,2})(?![\p{L}\p{N}_]|[./]\d)/gu, (whole, a: string, b: string, at: number, all: string) => {
    const [x, y] = [Number(a), Number(b)];
    // a leading zero is a date's, never a fraction's or a score's
    const padded = /^0\d$/.test(a) || /^0\d$/.test(b);
    if (x < 1 || y < 1 || x > 31 || y > 31) return whole;
    if (!padded && (NOT_DAYS.has(whole) || UNIT_AFTER.test(all.slice(at + whole.length, at + whole.length + 12)))) return whole;
    if (WORD_JUST_BEFORE.test(all.slice(Math.max(0, at - 20), at))) return whole;
    const month = x > 12 && y <= 12 ? y : y > 12 && x <= 12 ? x : 0;
    // a word that introduces a date makes two numbers up to 12 one too ("on 10/12", "since 3/4"; "on 3/4 of the
    // reps" is a share: a unit or a count after it decides first)
    const introduced = DATE_WORD_BEFORE.test(all.slice(Math.max(0, at - 12), at));
    if ((month === 0 && !((padded || introduced) && x <= 12 && y <= 12)) || inDigitRun(all, at, whole.length)) return whole;
    return keep(month ? MONTHS[month - 1]! : DATE);
  });
  out = out.replace(/(?<![\p{L}\p{N}_.,/\\€$£¥])(\d{1,2})\.(\d{1,2})\.(?!\d)/gu, (whole, d: string, mo: string, at: number, all: string) => {
    const [day, month] = [Number(d), Number(mo)];
    if (day < 1 || day > 31 || month < 1 || month > 12) return whole;
    const after = all.slice(at + whole.length, at + whole.length + 40);
    const goesOn = /^(?:[,;:)\]]|\s*[-\u2010-\u2015]|\s+[\p{Ll}\d(])/u.test(after) || nameAfter(after);
    if (!(/^0\d$/.test(d) || /^0\d$/.test(mo) || (day > 12 && goesOn))) return whole;
    if (MONEY_AFTER.test(after) || WORDS_BEFORE_A_NUMBER.test(all.slice(Math.max(0, at - 40), at)) || /[€$£¥]\s?$/.test(all.slice(Math.max(0, at - 2), at))) return whole;
    return inDigitRun(all, at, whole.length) ? whole : keep(MONTHS[month - 1]!);
  });
  return out;
}

function releaseDates(text: string, held: string[]): string {
  return text.replace(new RegExp(`${HOLD}(\\d+)${HOLD}`, 'g'), (_, i: string) => held[Number(i)] ?? '');
}

/**
 * Seven or more digits, with white space, dots, dashes (the typed one, and the en dash and non-breaking hyphen a
 * word processor puts in), slashes, brackets, middle dots, bullets or underscores between them ("0171·123·4567",
 * "0171_123_4567", and the full-width brackets, dash, dot and slash of a Japanese note), are a phone number.
 */
function redactPhones(text: string): string {
  return text.replace(/[+\uFF0B]?[(\uFF08]?\d(?:[\d\s().\/_\u00B7\u2022\u30FB\uFF08\uFF09\uFF0D\uFF0E\uFF0F\u2010-\u2015\u2212-]*\d)?/g, (m) => {
    const digits = m.replace(/\D/g, '').length;
    // a span of years ("2023 - 2024", "2023–2024") is not a phone number
    if (digits < 7 || /^(?:19|20)\d{2}\s*[-/\u2010-\u2015]\s*(?:19|20)\d{2}$/.test(m)) return m;
    const lead = /^[(\uFF08]/.test(m) && !/[)\uFF09]/.test(m) ? m[0]! : '';
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
/**
 * Short forms of given names that are words too (diminutives.ts; Will, Bill, Rob, Pat … are in WORD_NAMES): where
 * only the table adds them they go only where written as a name ("chuck it" stays); a person listed as Drew or
 * Sandy is removed as any listed name is.
 */
const SHORT_FORM_WORDS = new Set(['chuck', 'sandy', 'penny', 'kit', 'kitty', 'drew', 'ally', 'dot', 'peg', 'pip']);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// a name starts where letters and digits do not ("jane_smith" holds two names), and ends where letters do: a
// number after it is a user name's ("smith2", "jane.smith01")
const B = '(?<![\\p{L}\\p{M}\\p{N}\\[])';
const E = '(?![\\p{L}\\p{M}\\]])';

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

/** Words that follow an auxiliary or a verb that opens a sentence ("Will the…", "Mark my words", "Don't …"). */
// (not "here": "Bob here:" introduces Bob; "there" only as in "Will there be …")
const AFTER_A_VERB = /^\s+(?:(?:the|a|an|we|you|they|it|i|he|she|this|that|these|those|my|our|your|their|his|her|its|us|them|me|not|any|some|all|every|no)\b|there\s+(?:be|is|are|was|were)\b)/i;
const MONTH_NAMES = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/**
 * Whether a name part that is also a word, matched where it is capitalised, is the word after all: a sentence's
 * first word before what follows a verb ("Will the new CRM help?", "Mark my words"), one with a contraction ("Don't",
 * "Will've"), a team word before another ("Field sales"), or a month before a year or after "in" ("in May 2025"). A name there is still removed when it is
 * written with its other part ("Will Grant"), or anywhere else in a sentence.
 */
function wordNotName(m: string, rest: unknown[]): boolean {
  if (/\s/.test(m)) return false;
  const all = rest[rest.length - 1] as string;
  const at = rest[rest.length - 2] as number;
  const after = all.slice(at + m.length, at + m.length + 24);
  const before = all.slice(Math.max(0, at - 12), at);
  if (/^['’](?:t|re|ve|ll|d|m)\b/i.test(after)) return true;
  // a team word before another ("Field sales", "Key accounts", "Inside team")
  const next = /^\s+(\p{L}+)/u.exec(after)?.[1]?.toLowerCase();
  if (TEAM_WORDS.has(m.toLowerCase()) && next !== undefined && (TEAM_WORDS.has(next) || /^(?:reps?|force|people|staff|accounts)$/.test(next))) return true;
  if (MONTH_NAMES.test(m) && (/^\s+(?:19|20)\d{2}\b/.test(after) || /\b(?:in|since|by|until|till|from|of|early|late|mid)\s+$/i.test(before))) return true;
  const sentenceStart = /(?:^|[.!?:;]\s+|[\r\n]\s*|^["“‘'(]|\s["“‘(])$/.test(before) || at === 0;
  return sentenceStart && AFTER_A_VERB.test(after);
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

/**
 * A plain name as a pattern that also matches it written with accents, in the letter's case. An i is also the
 * Turkish dotted capital İ and dotless ı in either case: neither folds to i under the pattern's case-insensitive
 * flag, so "İsmail Yılmaz" written "İSMAİL" stayed.
 */
function accentLoose(plain: string): string {
  let out = '';
  for (const ch of plain) {
    const lower = ch.toLowerCase();
    const acc = ACCENTED[lower];
    if (acc) out += `[${ch}${ch === lower ? acc : acc.toUpperCase()}${lower === 'i' ? 'İı' : ''}]`;
    else out += escapeRe(ch);
  }
  return out;
}

/**
 * The user names a full name makes, as systems and people write them without a separator or apostrophe:
 * "janesmith", "smithjane", "tomwu", "jsmith", "smithj", "soneill"; only where they are no ordinary word and long
 * enough to be nothing else: "Bob Ash" makes no "bash", "Bob Lee" no "blee". With an initial and a separator
 * ("t.wu", "r.lee", "j_smith") they are safe however short. (The separated ones of whole words, "jane.smith" and
 * "jane_smith", are its parts already, unless a part is a word: see compileNames.)
 */
function userNames(parts: readonly string[]): string[] {
  const core = parts.map((p) => p.replace(/['’]/g, '')).filter((p) => !PARTICLES.has(p.toLowerCase()) && /^\p{L}+$/u.test(p));
  if (core.length < 2) return [];
  const [first, last] = [core[0]!, core[core.length - 1]!];
  const joined = [first + last, last + first, first[0]! + last, last + first[0]!].filter(
    (u, i) => u.length >= 5 && (i < 2 || last.length >= 4) && !COMMON_WORDS.has(u.toLowerCase()) && !WORD_NAMES.has(u.toLowerCase()),
  );
  // an initial, a dot or an underscore, and the other word ("t.wu", "r.lee", "j_smith"), in either order (a list
  // may give "Lee Robert"): the separator makes it a user name however short the word. The word has two letters
  // at least, so "e.g", "i.e" and "a.m" are never one
  const initialled =
    first.length >= 2 && last.length >= 2 ? ['.', '_'].flatMap((sep) => [first[0]! + sep + last, last[0]! + sep + first]) : [];
  return [...joined, ...initialled];
}

/** A word as names are looked up by it: lower case, plain letters ("Søren", "SØREN", "Soren" are "soren"). */
const wordKey = (w: string): string => plainLatin(w.toLowerCase()).replace(/ς/g, 'σ').replace(/ſ/g, 's');
/** The words of a text, looked up so: runs of letters (an apostrophe written as the letter ʼ ends one). */
function wordKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const w of text.match(/[\p{L}\p{M}]+/gu) ?? [])
    for (const part of w.split('ʼ')) {
      if (!part) continue;
      const key = wordKey(part);
      keys.add(key);
      // "Müllers", "Smiths", "Wus": a name with the s of a German genitive or an English plural (namePicker)
      if (key.length > 2 && key.endsWith('s')) keys.add(key.slice(0, -1));
    }
  return keys;
}

/**
 * The pattern for the names of a list that a text can hold. A name's pattern can only match where the text has
 * its first word (its first run of letters, looked up as wordKey reads both), so a text is matched against the
 * names whose first word it has, in the list's order: the same matches as the whole list's pattern. A roster
 * of 2,000 people made a pattern of some 10,000 names that was tried at every word of every note.
 */
function namePicker(set: ReadonlySet<string>, flags: string, withS = false): (words: ReadonlySet<string>) => RegExp | null {
  // a space in a name may be any white space or a hyphen, and an apostrophe any of the marks written for one
  // ("O'Neill", "O’Neill", "O´Neill", "O`Neill", "Oʼneill"), a space or a hyphen, or nothing ("O Neill", "O-Neill",
  // "ONeill", "Daubigne" for d'Aubigné): so a name is picked when the text holds each of its words, those joined
  // by an apostrophe either apart or run together (neededWords), and looked up by one word it always needs
  // a roster's names share their words: each is read once
  const keyOf = new Map<string, string>();
  const key = (w: string) => keyOf.get(w) ?? keyOf.set(w, wordKey(w)).get(w)!;
  const list = [...set]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((n) => {
      const needs = neededWords(n, key);
      // the longest word it needs in one form only ("smith" for "j.smith": a text's "a" or "i" would pick every
      // user name of a roster that starts with an initial), else the forms of its first part
      const single = needs.filter((alts) => alts.length === 1).flatMap((alts) => alts[0]!);
      const keys = single.length > 0 ? [single.reduce((a, b) => (b.length > a.length ? b : a))] : [...new Set(needs[0]?.map((alt) => alt[0]!) ?? [''])];
      return { name: n, keys, needs, source: undefined as string | undefined };
    });
  // the pattern of a name, made when a text first picks it
  const source = (i: number): string =>
    (list[i]!.source ??=
      accentLoose(list[i]!.name).replace(/ /g, '[\\s\\u2010\\u2011-]+').replace(/['’‘]/g, "(?:['’‘´`ʼ′]|[\\s\\u2010\\u2011-]?)") + (withS ? 's?' : ''));
  const byKey = new Map<string, number[]>();
  list.forEach(({ keys }, i) => {
    for (const key of keys) {
      const at = byKey.get(key);
      if (at) at.push(i);
      else byKey.set(key, [i]);
    }
  });
  // a name without a letter is tried on every text
  const always = byKey.get('') ?? [];
  const compiled = new Map<string, RegExp>();
  return (words) => {
    const picked = [...always];
    for (const w of words)
      for (const i of byKey.get(w) ?? []) if (list[i]!.needs.every((alts) => alts.some((alt) => alt.every((x) => words.has(x))))) picked.push(i);
    if (picked.length === 0) return null;
    picked.sort((a, b) => a - b);
    picked.splice(0, picked.length, ...new Set(picked));
    const id = picked.join(',');
    let re = compiled.get(id);
    if (!re) {
      if (compiled.size >= 1000) compiled.clear();
      compiled.set(id, (re = new RegExp(`${B}(?:${picked.map(source).join('|')})${E}`, flags)));
    }
    return re;
  };
}

/**
 * The words (as wordKeys reads a text) that a text holds wherever a name's pattern matches in it: one entry a part
 * of the name, with the ways it may be written. A word is one way; words joined by an apostrophe are two, apart or
 * run together ("O'Neill": "o" and "neill", or "oneill"), as the pattern takes an apostrophe as a mark, a space, a
 * hyphen or nothing.
 */
function neededWords(n: string, key: (word: string) => string = wordKey): string[][][] {
  const needs: string[][][] = [];
  for (const segment of n.split(/[^\p{L}\p{M}'’‘]+/u)) {
    const parts = segment.split(/['’‘]/).map((p) => p.split('ʼ').filter(Boolean).map(key));
    if (parts.length === 1) {
      for (const w of parts[0]!) needs.push([[w]]);
      continue;
    }
    // an apostrophe at either end, or more than three in a word: taken as needing nothing
    if (parts.some((p) => p.length === 0) || parts.length > 4) continue;
    const ways: string[][] = [];
    for (let mask = 0; mask < 1 << (parts.length - 1); mask++) {
      const way = [...parts[0]!];
      parts.slice(1).forEach((p, j) => {
        if (mask & (1 << j)) way.push(way.pop()! + p[0]!, ...p.slice(1));
        else way.push(...p);
      });
      ways.push(way);
    }
    needs.push(ways);
  }
  return needs;
}

function compileNames(names: readonly string[], keepTeamWords: boolean): Redactor {
  const anyCase = new Set<string>();
  const capitalOnly = new Set<string>();
  const capitalAlways = new Set<string>();
  // a part that is also a word, or a short one, is a name where it is written as one: Capitalised or in
  // capitals ("Amy Week": "every week" stays; "Bacon", "BACON" go). Over-redaction is accepted: a respondent
  // "Ai Tanaka" takes "AI" out of the notes too.
  const wordLike = (part: string) => {
    const lower = part.toLowerCase();
    return WORD_NAMES.has(lower) || COMMON_WORDS.has(lower) || PARTICLES.has(lower) || part.length < 3;
  };
  const asName = (s: string) => {
    capitalOnly.add(s.replace(/\p{L}+/gu, (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase()));
    capitalOnly.add(s.toUpperCase());
  };
  const addPart = (part: string, allParticles: boolean) => {
    if (part.length < 2 || !/\p{L}/u.test(part)) return;
    const lower = part.toLowerCase();
    if (keepTeamWords && TEAM_WORDS.has(lower)) return;
    // a particle alone ("van", "bin", "al") is no one's name, unless the name is made of nothing else ("Al Le")
    if (PARTICLES.has(lower) && !allParticles) return;
    // a short form only the table adds: a word goes where written as a name; one of three letters or fewer goes
    // Capitalised, wherever it stands ("Tom not convinced"), and not in capitals, which are the notes' acronyms
    if (addedOnly.has(lower)) {
      const capitalised = lower[0]!.toUpperCase() + lower.slice(1);
      if (SHORT_FORM_WORDS.has(lower) || wordLike(part)) {
        capitalOnly.add(capitalised);
        if (lower.length > 3) capitalOnly.add(part.toUpperCase());
      } else if (lower.length <= 3) capitalAlways.add(capitalised);
      else anyCase.add(part);
    } else if (wordLike(part)) asName(part);
    else anyCase.add(part);
  };
  // a full name goes in any case, unless it is made of words only: "Will Price" and "WILL PRICE" go, "we will
  // price it" stays
  const addWhole = (whole: string, parts: string[]) => (parts.every(wordLike) ? asName(whole) : anyCase.add(whole));
  // the words of the names as listed, and the short forms that only the table of diminutives adds (addPart: those
  // of three letters or fewer go Capitalised only, since in capitals they are the notes' acronyms, "SAM" for a
  // strategic account manager and "ED" for an emergency department when a Samuel and an Edward are listed)
  const listedWords = new Set<string>();
  const addedOnly = new Set<string>();
  const lowerWords = (s: string) => (s.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase());
  const read = [
    ...new Set(
      names.flatMap((raw) => {
        const name = asRead(raw).trim().replace(/\s+/g, ' ');
        const nick = nicknameForms(name);
        const listed = nick ? [nick.without, nick.nicknamed] : [name];
        for (const w of listed.flatMap(lowerWords)) listedWords.add(w);
        const forms = listed.flatMap(withDiminutives);
        for (const w of forms.flatMap(lowerWords)) addedOnly.add(w);
        return forms;
      }),
    ),
  ];
  for (const w of listedWords) addedOnly.delete(w);
  for (const name of read) {
    if (name.length < 2 || name.includes('@')) continue;
    for (const spelt of spellings(name)) {
      // "Watson-Clarke" is also written "Watson Clarke", and either half may be used alone; so are the words of a
      // name listed as "J.Smith" or "jane_smith"
      const parts = spelt.split(/[\s,\u2010\u2011-]+|(?<=\p{L})[._](?=\p{L})/u).map((p) => p.replace(/^[.'’-]+|[.'’-]+$/g, '')).filter(Boolean);
      if (spelt.split(/[\s,]+/).filter(Boolean).length > 1) addWhole(spelt, parts);
      // a user name as written, separators and all ("kate.sj", "j_smith"): its parts may be too short to go alone
      else if (/\p{L}[._]\p{L}/u.test(spelt)) anyCase.add(spelt);
      if (parts.length > 1) addWhole(parts.join(' '), parts);
      const allParticles = parts.every((p) => PARTICLES.has(p.toLowerCase()));
      for (const p of parts) addPart(p, allParticles);
      for (const u of userNames(parts)) anyCase.add(u);
      // a part that is a word goes alone only written as a name; "mark.will" and "mark_will" are Mark Will's in any case
      if (parts.length > 1 && parts.some(wordLike)) for (const sep of ['.', '_']) anyCase.add(parts.join(sep));
    }
  }
  // a name that is no word may take an s: the German genitive ("Müllers Kunden", "Schmidts Bericht") and the
  // English plural ("the Smiths") name the person too; a word-name may not ("Prices are high" stays)
  const pickAny = namePicker(anyCase, 'giu', true);
  const pickCap = namePicker(capitalOnly, 'gu');
  const pickAlways = namePicker(capitalAlways, 'gu');
  const withNames = (text: string) => {
    const words = wordKeys(text);
    const reAny = pickAny(words);
    const reCap = pickCap(words);
    let out = text;
    if (reAny) out = out.replace(reAny, NAME);
    if (reCap) out = out.replace(reCap, (m: string, ...rest: unknown[]) => (wordNotName(m, rest) ? m : NAME));
    const reAlways = pickAlways(words);
    if (reAlways) out = out.replace(reAlways, NAME);
    return out;
  };
  return (text: string) => {
    const held: string[] = [];
    let out = redactUrls(asRead(text));
    out = redactEmails(out);
    out = redactIds(out);
    out = holdDates(out, held);
    out = redactPhones(out);
    out = releaseDates(out, held);
    return withNames(out);
  };
}

/** Characters that show nothing: a soft hyphen, zero-width spaces, word joiners, direction marks, a stray BOM. */
const INVISIBLE = /(?<=\S)[\u00AD\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]+(?=\S)/g;
/** Zero-width (non-)joiners between letters of scripts that never need them ("Sm\u200Dith"); elsewhere they shape
 * the script (Persian, Indic) or an emoji, and stay. */
const JOINER = /(?<=[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{Nd}@.+-])[\u200C\u200D]+(?=[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{Nd}@.+-])/gu;
/** Letters and digits written in other forms: full-width ("ｓｍｉｔｈ", "０１７１"), mathematical ("𝐒𝐦𝐢𝐭𝐡"), and the
 * digits of other scripts ("٠١٧١", "０１７１"). */
const OTHER_FORMS = /[\uFF21-\uFF3A\uFF41-\uFF5A]|[\u{1D400}-\u{1D7FF}]|(?![0-9])\p{Nd}/gu;
const asciiForm = new Map<string, string>();
function plainForm(c: string): string {
  let v = asciiForm.get(c);
  if (v === undefined) {
    const cp = c.codePointAt(0)!;
    if (/\p{Nd}/u.test(c) && !(cp >= 0x1d400 && cp <= 0x1d7ff)) {
      // the digits of a script are ten code points in a row, from 0 to 9
      let k = 0;
      while (k < 60 && /\p{Nd}/u.test(String.fromCodePoint(cp - k - 1))) k++;
      v = String(k % 10);
    } else v = c.normalize('NFKC');
    asciiForm.set(c, v);
  }
  return v;
}

/**
 * A text as the patterns read it, and as it is then shown: composed (NFC); without the characters that show
 * nothing, which hid a name, a phone number or a date from every pattern while a reader saw it whole
 * ("Sm\u200Bith", "0171\u200B123\u200B4567"); with plain letters and digits for their full-width and mathematical
 * forms and for the digits of other scripts ("２０２４年３月１５日" is read, and shown, as "2024年3月15日", then cut to
 * "2024-03"); and an i without the dot above that lower-casing İ leaves on it ("i̇smail" is "ismail").
 */
export function asRead(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(JOINER, '')
    .replace(OTHER_FORMS, plainForm)
    .replace(/([ij])\u0307/g, '$1');
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
/** A display name without the quotes mail programs put round it ('"Robert Lee" <rl@…>'). */
const unquoted = (s: string): string => s.trim().replace(/^["'“”‘’«»„]+|["'“”‘’«»„]+$/g, '');

/**
 * A nickname written into a name, in quotes anywhere or in brackets between its words: `Robert "Bob" Lee`,
 * `Robert “Bob” Lee`, `Robert 'Bob' Lee`, `Robert (Bob) Lee`, `Lee, Robert "Bob"`. Brackets at the end are a
 * label, as ever ("Jane Smith (North)"). The nickname is one or two words of letters.
 */
const NICKNAME =
  /(?<=^|\s)(?:"([^"]{1,40})"|“([^“”]{1,40})”|„([^„“”]{1,40})[“”]|«\s*([^«»]{1,40}?)\s*»|'([^']{1,40})'|‘([^‘’]{1,40})’|\(([^()]{1,40})\)(?=\s+\p{L}))(?=[\s,]|$)/u;

/**
 * The forms a name with a nickname stands for: the name without it ("Robert Lee"), and the name with the
 * nickname for the word it follows ("Bob Lee", "Lee, Bob"), so that notes which say "Bob" or "Bob Lee" lose it
 * too; a quoted remark of several words is left out of the name. Null when the value holds no nickname.
 */
export function nicknameForms(value: string): { without: string; nicknamed: string } | null {
  const m = NICKNAME.exec(value);
  if (!m) return null;
  const nick = m.slice(1).find((g) => g !== undefined)!.trim();
  const before = value.slice(0, m.index).trimEnd();
  const after = value.slice(m.index + m[0].length).trimStart();
  const without = [before, after].filter(Boolean).join(' ').replace(/\s+,/g, ',');
  // a quoted display name before an address ('"Robert Lee" <rl@acme.com>') is the name, not a nickname
  if (!/\p{L}/u.test(without.replace(/<[^<>]*>/g, ''))) return null;
  // a nickname is one word; 'Jane "the boss" Smith' is Jane Smith with a remark
  if (!/^\p{L}[\p{L}'’.-]*$/u.test(nick)) return { without, nicknamed: without };
  // the nickname stands for the word before it, or, written first, for the word after it
  const nicknamed = before
    ? [before.replace(/\p{L}[\p{L}'’.-]*$/u, nick), after].filter(Boolean).join(' ')
    : [after.replace(/^\p{L}[\p{L}'’.-]*/u, nick)].join(' ');
  return { without, nicknamed: nicknamed.replace(/\s+,/g, ',') };
}

/**
 * A name, and the name with each of its given names in the short or full forms people call them by
 * (diminutives.ts): "Robert Lee" is also "Bob Lee", "Bobby Lee", "Rob Lee" and "Robbie Lee", "Lee, Bob" is also
 * "Lee, Robert", and a name of one word ("Bob", from a nickname column) the others alone. Each form is then read as
 * the name is: a short form goes alone and with the surname, and one that is a word only where it is written as a
 * name. Any word of the name on the table is read so, the surname too ("Jane Thomas" is also "Jane Tom"): a list
 * does not say which word is the given name ("Lee Robert"), and we would rather remove too much; not a particle
 * ("Omar al-Rashid"). A user name or an address ("rlee", "bob.lee@…") is none.
 */
export function withDiminutives(name: string): string[] {
  if (name.includes('@') || (!/\s/.test(name) && /[\d._]/.test(name))) return [name];
  const out = [name];
  for (const m of name.matchAll(/\p{L}[\p{L}\p{M}]*/gu)) {
    const at = m.index;
    // a particle is no given name ("Omar al-Rashid"), unless it opens the name as one ("Al Jones")
    if (PARTICLES.has(m[0].toLowerCase()) && !(at === 0 && /^\p{Lu}\p{Ll}/u.test(m[0]))) continue;
    for (const other of relatedGivenNames(plainLatin(m[0]))) out.push(name.slice(0, at) + other + name.slice(at + m[0].length));
  }
  return out;
}

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
  // (a number after a name is dropped: "Ann Abel 2", a second interview, is Ann Abel; two people of one name
  // counted as one only makes the figures more cautious)
  const t = cleanRespondent(nicknameForms(asRead(v).trim())?.without ?? v);
  const angle = ANGLE.exec(t);
  const named = angle ? nameTokens(unquoted(angle[1] ?? '')) : [];
  const tokens = angle ? (named.length ? named : nameTokens(angle[2] ?? '')) : nameTokens(t);
  return tokens
    .map((w) => plainLatin(w.toLowerCase()).replace(/[.'’]/g, ''))
    .flatMap((w) => w.split(/[\u2010\u2011-]+/))
    .filter((w) => w !== '' && !PARTICLES.has(w))
    // "Bob Lee" and "Robert Lee" are one person (diminutives.ts): a given name is read as one spelling of all the
    // names it goes by; two people it makes one only make the figures more cautious
    .map(givenNameKey)
    .map(foldUmlaut);
}

/** "Jürgen Müller", "juergen.mueller@" and "jurgen.muller@" are one spelling: no umlaut, no "e" after it. */
const foldUmlaut = (w: string): string => w.replace(/([aou])e/g, '$1');

/** The names one word of a person key stands for: a given name's every spelling ("bob": robert, bobby …), else itself. */
const KEY_SPELLINGS: ReadonlyMap<string, readonly string[]> = (() => {
  // two keys may fold to one ("joe" and "jo"): their spellings are that key's together
  const out = new Map<string, string[]>();
  for (const [key, names] of SPELLINGS_OF_KEY) {
    const k = foldUmlaut(key);
    out.set(k, [...new Set([...(out.get(k) ?? []), ...names.map(foldUmlaut)])]);
  }
  return out;
})();
const spelledAs = (w: string): readonly string[] => KEY_SPELLINGS.get(w) ?? [w];

/**
 * One key for each person among respondent keys: "k.vogelsang@…" ("k vogelsang"), "Vogelsang" and "K. Vogelsang"
 * are Katrin Vogelsang when she is the only full name they fit. Merging two people would only make the figures
 * more cautious; counting one person twice could make a small group look large enough to show.
 */
export function mergePeople(keys: Iterable<string>, groups: readonly (readonly string[])[] = []): Map<string, string> {
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
    // a middle initial the whole name lacks ("Ann B. Abel" for Ann Abel) is no other person when two words fit
    const words = partial.filter((x) => x.length >= 2).length;
    for (const initial of partial.filter((x) => x.length === 1)) {
      // "R. Lee" is Robert Lee, whose key reads "bob lee"
      const i = left.findIndex((w) => spelledAs(w).some((n) => n.startsWith(initial)));
      if (i < 0 && words < 2) return false;
      if (i >= 0) left.splice(i, 1);
    }
    return words > 0;
  };
  // a user name a full name of two words makes ("aabel", "annabel", "abela"): the words are sorted in a key, so
  // both orders
  const handles = (f: string[]): string[] => {
    if (f.length !== 2) return [];
    return spelledAs(f[0]!).flatMap((a) => spelledAs(f[1]!).flatMap((b) => [a + b, b + a, a[0]! + b, b[0]! + a, a + b[0]!, b + a[0]!]));
  };
  // one person, however reached: a partial that fits several full names ("B. Lee" for a Robert, "Bob", and a
  // Betty Lee) makes them one person with it, since counting it apart could make a group look larger than it is
  const parent = new Map<string, string>([...all, ...groups.flat()].map((k) => [k, k]));
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r)! !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  for (const g of groups) for (const k of g.slice(1)) union(g[0]!, k);
  for (const k of all) {
    const w = words(k);
    if (w.length === 0 || full.includes(k)) continue;
    for (const f of full) if (fits(w, words(f)) || (w.length === 1 && w[0]!.length >= 4 && handles(words(f)).includes(w[0]!))) union(k, f);
  }
  return new Map(all.map((k) => [k, find(k)]));
}

/** Words of job titles and departments: a part of a cell made of them is a role, not a second person. */
const JOB_WORDS = new Set([
  'chief', 'officer', 'director', 'manager', 'head', 'vp', 'president', 'lead', 'specialist', 'advisor', 'adviser',
  'consultant', 'analyst', 'engineer', 'executive', 'representative', 'coordinator', 'assistant', 'associate',
  'partner', 'revenue', 'finance', 'financial', 'legal', 'medical', 'development', 'research', 'colleague',
  'colleagues', 'intern', 'trainee', 'owner', 'founder', 'ceo', 'cfo', 'cto', 'coo', 'cro', 'cmo', 'guest', 'guests',
  'facilitator', 'moderator', 'observer', 'note-taker', 'notetaker', 'scribe', 'unknown', 'tbd', 'others', 'friend',
]);
/** A respondent id: "R1", "P07", "Respondent 3", "Participant #12", "ID 4". */
const RESPONDENT_ID = /^(?:\p{L}{1,2}|resp|respondent|participant|interviewee|person|rep|id)\s?#?\d{1,4}$/iu;

/**
 * A part of a respondent cell that is surely one person: a respondent id, or a name of two to four words none of
 * which is a label, team or job word ("Ann Abel", "Dr. Jane Smith", "Anne-Marie Dupont").
 */
function surelyPerson(part: string): boolean {
  const t = part.trim();
  if (RESPONDENT_ID.test(t)) return true;
  const words = t.split(/\s+/).filter((w) => !TITLES.test(w) && !PARTICLES.has(w.toLowerCase()));
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((w) => /^\p{L}[\p{L}\p{M}'’.-]*$/u.test(w) && !NOT_NAMES.has(w.toLowerCase()) && !TEAM_WORDS.has(w.toLowerCase()) && !JOB_WORDS.has(w.toLowerCase()))
  );
}

/**
 * The people a respondent cell names, each as written: one for a single person or a label, several for a cell that
 * joins people explicitly ("Ann Abel & Ben Baker", "Ann Abel and Ben Baker", "R1 + R2", "Ann Abel; Ben Baker", one
 * a line). A joint note counts for each of them: a team of four people written in pairs is four respondents, never
 * ten. A cell is split only where every part is surely a person (surelyPerson): "Jane Smith, Sales", "Jane Smith /
 * Medical Advisor", "Jane Smith & colleague", "Session 1 & 2", "Marks & Spencer" stay one. In doubt, one: merging
 * people only makes the figures more cautious.
 */
export function cellPeople(v: string, parts: ReturnType<typeof jointParts> = jointParts(v)): string[] {
  if (!parts || !parts.every((p) => p.sure)) return [v];
  return [...new Map(parts.map((p) => [personKey(p.raw), p.raw] as const)).values()];
}

/**
 * The parts of a cell that joins several ("Ann & Ben Baker", "Ann Abel with a colleague", "Interview with Ann
 * Abel"), each with whether it is surely a person on its own; null for a cell that joins nothing. The notes
 * analysis maps a part that is not surely a person to someone the other rows name ("Ann" is Ann Abel), and
 * drops it otherwise.
 */
export function jointParts(v: string): { raw: string; sure: boolean }[] | null {
  const t = cleanRespondent(v, true);
  if (nicknameForms(asRead(v).trim()) || ANGLE.test(t)) return null;
  const parts = t
    .split(/\s*(?:[;&+\r\n\u2028\u2029]|\s(?:and|und|et|y|en|with|mit|avec|con|w\/)\s)\s*/i)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return parts.length < 2 ? null : parts.map((raw) => ({ raw, sure: surelyPerson(raw) }));
}

/**
 * The name a respondent value holds, if it looks like one. Privacy comes first: any value of one to six words of
 * letters that is not a label is taken for a name, whatever its case ("jane doe", "JANE SMITH", "Anne-Marie
 * Dupont", "Siobhán O'Neill", "Ian MacLeod", "Omar al-Rashid", "Kumar R"); taking a label for a name only removes
 * a few words too many from the notes.
 */
export function respondentNames(v: string): string[] {
  // before the quotes around a value go: `Lee, Robert "Bob"` ends in one
  const nick = nicknameForms(asRead(v).trim());
  if (nick) return [...new Set([...respondentNames(nick.without), ...respondentNames(nick.nicknamed)])];
  const t = cleanRespondent(v);
  // "Bob Lee <bob.lee@acme.com>": the name, and the name the address spells
  const angle = ANGLE.exec(t);
  if (angle) return [...new Set([...respondentNames(angle[1] ?? ''), ...respondentNames(angle[2] ?? '')])];
  // one person a line, or a name wrapped over lines: each line, and where a line is one word the lines together
  // ("Jane\nSmith")
  const lines = t.split(/\s*[\r\n\u2028\u2029]+\s*/).filter(Boolean);
  if (lines.length > 1) {
    const wrapped = lines.some((l) => !/\s/.test(l)) ? respondentNames(lines.join(' ')) : [];
    return [...new Set([...lines.flatMap((l) => respondentNames(l)), ...wrapped])];
  }
  // several people in one cell: "Jane Smith, Bob Lee", "Jane & Bob", "Jane Smith and Bob Lee"
  const people = listedPeople(t) ?? slashedPeople(t);
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
  let t = asRead(v)
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/^["'«»“”„‘’]+|["'«»“”„‘’;:,!]+$/g, '')
    .trim();
  // a user name's separators as spaces: "jane_smith", "Jane.Smith", "jane_smith 2"
  if (!keepNumber) t = t.replace(/^\p{L}{2,}(?:[._]\p{L}{2,})+(?=\s+\d+$|$)/u, (u) => u.replace(/[._]/g, ' '));
  else if (!/\s/.test(t) && /^\p{L}{2,}(?:[._]\p{L}{2,})+$/u.test(t)) t = t.replace(/[._]/g, ' ');
  // "Jane Smith 1" (a second Jane Smith, or a session) holds a name; "Person 1", "North person 9" are ids. The
  // number goes only for redaction: the person stays who the whole value says (personKey)
  const numbered = /^(.+?)\s+\d+$/u.exec(t);
  if (!keepNumber && numbered) {
    const words = numbered[1]!.split(/\s+/);
    // in any case: "jane smith 2", "JANE SMITH 2" too
    const nameLike = (w: string) => /^\p{L}[\p{L}'’-]+$/u.test(w) && !NOT_NAMES.has(w.toLowerCase()) && !TEAM_WORDS.has(w.toLowerCase());
    if (words.length >= 2 && words.every(nameLike)) t = numbered[1]!;
  }
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

/**
 * The people of a cell whose parts are joined by a slash, a bar or a spaced dash, or null. "Jane Smith / KAM",
 * "Jane Smith – Sales" and "Jane Smith / Munich" are a name and a label; "Jane Smith / Bob Lee" and "Smith/Lee" are
 * two people. A part after the first is a person when it has two words or more, or when every part has one: a
 * lone word after a full name is read as a label (a team, a town), so "Jane Smith / Bob" keeps "Bob" (accepted).
 * A part of two words that are not known labels is a person ("Jane Smith / Medical Advisor" takes "Medical"
 * and "Advisor" out of the notes too, as a comma does): we would rather remove too much.
 */
function slashedPeople(t: string): string[] | null {
  const parts = t.split(/\s*[/|\\]\s*|\s+[-\u2010-\u2015]\s+/).filter(Boolean);
  if (parts.length < 2) return null;
  const words = (p: string) => p.split(/\s+/).filter(Boolean).length;
  const single = parts.every((p) => words(p) === 1);
  const later = parts.slice(1).filter((p) => single || words(p) >= 2);
  return later.length > 0 ? [parts[0]!, ...later] : null;
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
  t = (t.split(/\s*[([/|]|\s+[-\u2010-\u2015]\s+/)[0] ?? '').trim();
  // "Interview: Ann Abel", "Session 3: Ann Abel": a label before a colon is not the name
  const labelled = /^([\p{L}\p{N} ]{1,30}):\s*(.+)$/u.exec(t);
  if (labelled && labelled[1]!.split(/\s+/).every((w) => /\d/.test(w) || NOT_NAMES.has(w.toLowerCase()))) t = labelled[2]!;
  if (t === '' || /\d/.test(t)) return [];
  // a dot or an underscore between letters parts two words: "J.Smith", "Dr.Jane Smith", "Jane.Smith (North)"
  t = t.replace(/(\p{L}{2,})[._](?=\p{L})/gu, '$1 ').replace(/(\p{L})\.(?=\p{L})/gu, '$1. ').replace(/(\p{L})_(?=\p{L})/gu, '$1 ');
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
  // up to six words: "Maria Fernanda da Silva Santos Oliveira" is one name
  if (core.length === 0 || core.length > 6) return [];
  if (!tokens.every((w) => /^\p{L}[\p{L}\p{M}'’.\u2010\u2011-]*$/u.test(w))) return [];
  // a label ("CRM Admin", "Team North", "Workshop A"), or one word of a label alone ("Manager"), is not a name
  const labelWord = (w: string) => NOT_NAMES.has(bare(w).toLowerCase()) || /^\p{L}$/u.test(w);
  if (core.every(labelWord)) return [];
  return tokens;
}
