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

/** Any run of non-space text holding an @ with a letter or digit after it is an address or a handle. */
function redactEmails(text: string): string {
  let out = text.replace(/[\w.+-]+[ \t]+@[ \t]+[\w-]+(?:\.[\w-]+)+/g, EMAIL);
  out = out.replace(/[\w.+-]+[ \t]*[[({]at[\])}][ \t]*[\w-]+(?:[ \t]*(?:\.|[[({]dot[\])}])[ \t]*[\w-]+)+/gi, EMAIL);
  out = out.replace(/\S*@\S*/g, (token) => {
    const lead = /^[(<["'\u2018\u201c]+/.exec(token)?.[0] ?? '';
    const [core, tail] = splitTrailing(token.slice(lead.length));
    const at = core.indexOf('@');
    // "@" alone, or at the end of a word ("meet me @"), is not an address
    if (at < 0 || at === core.length - 1) return token;
    const before = core.slice(0, at);
    return lead + (before.length > 0 || !ALNUM.test(core.slice(at + 1, at + 2)) ? EMAIL : NAME) + tail;
  });
  return out;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const MONTH_ALT = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

function monthIndex(name: string): number {
  const i = MONTHS.findIndex((m) => m.slice(0, 3).toLowerCase() === name.slice(0, 3).toLowerCase());
  return i + 1;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const fullYear = (y: string) => (y.length === 2 ? `20${y}` : y);

/** A date value (ISO, d/m/y, m/d/y, d.m.y, "15 March 2024") to YYYY-MM, or YYYY when the month is ambiguous. */
export function coarsenDate(value: string): string | null {
  const v = value.trim();
  let m = /^(\d{4})([-/.])(\d{1,2})(?:\2(\d{1,2}))?(?:[T ].*)?$/.exec(v);
  if (m) {
    const month = Number(m[3]);
    return month >= 1 && month <= 12 ? `${m[1]}-${pad2(month)}` : null;
  }
  m = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?:[T ].*)?$/.exec(v);
  if (m) return dmyOrMdy(Number(m[1]), Number(m[3]), m[2] ?? '/', fullYear(m[4] ?? ''));
  m = new RegExp(`^(?:\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+)?${MONTH_ALT}\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+(\\d{4})$`, 'i').exec(v);
  if (m) return `${m[2]}-${pad2(monthIndex(m[1] ?? ''))}`;
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
    /(?:\+|\(\s*[\d+])[\d\s().+\/-]*$/.test(all.slice(Math.max(0, at - 24), at).replace(/^.*[^\d\s().+\/-]/s, ''));
  // year first: only a plausible year (19xx, 20xx): "0475.12.10" is a phone number
  let out = text.replace(
    /(?<!\d[-/.]?)\b((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![-/.]?\d)/g,
    (whole, y: string, _sep: string, mo: string, _d: string, at: number, all: string) => {
      const month = Number(mo);
      if (inPhone(all, at)) return whole;
      return month >= 1 && month <= 12 ? keep(`${y}-${pad2(month)}`) : whole;
    },
  );
  out = out.replace(/(?<!\d[-/.]?)\b(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![-/.]?\d)/g, (whole, a: string, sep: string, b: string, y: string, at: number, all: string) => {
    // "0475 12.10.20": a two-digit year after a number and a space is the end of a phone number
    if ((y.length === 2 && /\d\s$/.test(all.slice(Math.max(0, at - 2), at))) || inPhone(all, at)) return whole;
    const r = dmyOrMdy(Number(a), Number(b), sep, fullYear(y));
    return r ? keep(r) : whole;
  });
  const named = new RegExp(
    `\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?${MONTH_ALT}|${MONTH_ALT.replace('(', '(?<m2>')}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?)\\b,?(?:\\s+(\\d{4}))?`,
    'g',
  );
  out = out.replace(named, (...args: unknown[]) => {
    const groups = args[args.length - 1] as { m2?: string };
    const month = (args[2] as string | undefined) ?? groups.m2 ?? '';
    const year = args[5] as string | undefined;
    const name = MONTHS[monthIndex(month) - 1] ?? month;
    return keep(year ? `${name} ${year}` : name);
  });
  return out;
}

function releaseDates(text: string, held: string[]): string {
  return text.replace(new RegExp(`${HOLD}(\\d+)${HOLD}`, 'g'), (_, i: string) => held[Number(i)] ?? '');
}

/** Seven or more digits, with white space, dots, dashes, slashes or brackets between them, are a phone number. */
function redactPhones(text: string): string {
  return text.replace(/\+?\(?\d(?:[\d\s().\/-]*\d)?/g, (m) => {
    const digits = m.replace(/\D/g, '').length;
    if (digits < 7) return m;
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
const B = '(?<![\\p{L}\\p{N}_\\[])';
const E = '(?![\\p{L}\\p{N}_\\]])';

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

function compileNames(names: readonly string[], keepTeamWords: boolean): Redactor {
  const anyCase = new Set<string>();
  const capitalOnly = new Set<string>();
  for (const raw of names) {
    const name = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
    if (name.length < 2 || name.includes('@')) continue;
    const parts = name.split(/[\s,]+/).filter(Boolean);
    if (parts.length > 1) anyCase.add(name);
    for (const p of parts) {
      const part = p.replace(/^[.'-]+|[.'-]+$/g, '');
      if (part.length < 2 || !/\p{L}/u.test(part)) continue;
      const lower = part.toLowerCase();
      if (keepTeamWords && TEAM_WORDS.has(lower)) continue;
      // a part that is also a word, or a short one, is a name where it is written as one: Capitalised or in
      // capitals ("Amy Week": "every week" stays; "Bacon", "BACON" go). Over-redaction is accepted: a respondent
      // "Ai Tanaka" takes "AI" out of the notes too.
      const word = WORD_NAMES.has(lower) || COMMON_WORDS.has(lower) || part.length < 3;
      if (word) {
        capitalOnly.add(part[0]!.toUpperCase() + part.slice(1).toLowerCase());
        capitalOnly.add(part.toUpperCase());
      } else anyCase.add(part);
    }
  }
  const alt = (set: Set<string>) =>
    [...set]
      .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
      .map((n) => escapeRe(n).replace(/ /g, '\\s+'))
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

export function respondentNames(v: string): string[] {
  let t = v.normalize('NFC').trim();
  if (t.includes('@')) {
    // the address itself is redacted as an e-mail; its local part may spell the name ("jane.smith", "j.smith", "jane")
    const local = (t.split('@')[0] ?? '').toLowerCase();
    if (SHARED_MAILBOXES.has(local)) return [];
    const parts = local.split(/[._-]+/).filter((p) => /^\p{L}{3,}$/u.test(p));
    // a mailbox is made of label words only ("sales.north@", "crm.admin@"); any other address may spell a person,
    // and all of it is taken ("mary.staff@", "jane.sales@": over-redaction is accepted)
    if (parts.length === 0 || parts.every((p) => NOT_NAMES.has(p) || SHARED_MAILBOXES.has(p))) return [];
    return [parts.join(' ')];
  }
  // "Jane Smith (North)", "Jane Smith - Sales", "Jane Smith / KAM": the name is the first part
  t = (t.split(/\s*[(/]|\s+-\s+/)[0] ?? '').trim();
  if (t === '' || /\d/.test(t) || ROLE_PHRASES.test(t)) return [];
  // "Smith, Jane" is a name turned round; "Jane Smith, Sales" is a name and a label
  const commaParts = t.split(/\s*,\s*/).filter(Boolean);
  if (commaParts.length > 2) return [];
  if (commaParts.length === 2 && commaParts[1]!.split(/\s+/).every((w) => NOT_NAMES.has(w.toLowerCase()))) t = commaParts[0]!;
  // a title is not part of the name: "Dr. Jane Smith"
  const tokens = t.split(/[\s,]+/).filter((w) => w !== '' && !/^(dr|mr|mrs|ms|mx|prof|herr|frau|mme|mlle|sr|sra)\.?$/i.test(w));
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
  if (!tokens.every((w) => /^\p{L}[\p{L}'’.-]*$/u.test(w))) return [];
  const labelWord = (w: string) => NOT_NAMES.has(bare(w).toLowerCase());
  // a label ("CRM Admin", "Team North"), or one word of a label alone ("Manager"), is not a name
  if (core.every(labelWord)) return [];
  const capitalised = (w: string) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w) || /^\p{Lu}\.$/u.test(w);
  const allCaps = (w: string) => /^\p{Lu}{2,}$/u.test(w);
  // every word is Capitalised, a particle, an initial, or (beside a Capitalised word) written in capitals: "SMITH Jane"
  const ok = tokens.every(
    (w) => capitalised(w) || PARTICLES.has(w.toLowerCase()) || (allCaps(bare(w)) && core.some(capitalised)),
  );
  if (!ok) return [];
  if (core.length === 1 && !/^\p{Lu}[\p{Ll}'’-]+$/u.test(core[0]!)) return [];
  // an initial ("J.") is not redacted alone: the other parts are
  const name = tokens.filter((w) => w.replace(/[.]/g, '').length > 1).join(' ');
  return name === '' ? [] : [name];
}
