// Notes tables in, the contract's `interviews` member and the review sheet's rows out.
// Everything that leaves this function is anonymised: pseudonyms, redacted text, months, suppressed groups.
import { createHash } from 'node:crypto';
import { DEFAULTS } from '../config/config-schema.js';
import { formatWhere, usageError } from '../errors.js';
import { whyNoRows } from '../ingest/index.js';
import type { Table } from '../ingest/types.js';
import { STANCES, WORKSHOP_CATEGORIES, type InputSummary, type InterviewsResult } from '../result/schema.js';
import { pseudonyms, suppressAcross, suppressBreakdown, type Cell, type CrossCell } from './anonymity.js';
import { normalizeCategory } from './categories.js';
import { codeNote, type NoteCoding } from './code-note.js';
import { LEXICON_VERSION } from './lexicon.js';
import { normalizeLanguage } from './language.js';
import { ratingCell } from './note-cells.js';
import { cellPeople, coarsenDate, jointParts, compileRedactor, mergePeople, personKey, plainLatin, respondentNames, spellings, withDiminutives } from './redact.js';
import { noteWords } from './features.js';
import { pathRedactor } from './shown-path.js';
import { drivers, polarization, stanceOf } from './stance.js';
import { tenseCounts } from './in-use.js';
import { compileLexicon } from './themes.js';
import type {
  CodedNote,
  CodingCorrection,
  InterviewAnalysis,
  InterviewOptions,
  SentimentLabel,
  Stance,
  WorkshopCategory,
} from './types.js';

const BREAKDOWNS = ['team', 'role'] as const;

const ordinal = (n: number): string => `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;

/** A word without a possessive or its quote marks: "price's" -> "price". */
/** A word as names are compared: no possessive, no quotes, no accents ("Álvarez's" is "alvarez"). */
const bareWord = (w: string): string => plainLatin(w.replace(/’/g, "'").toLowerCase()).replace(/'s$/, '').replace(/^'+|'+$/g, '');
type Breakdown = (typeof BREAKDOWNS)[number];

interface Note {
  file: string;
  line: number;
  text: string;
  /** who spoke: one person, several for a joint note ("Ann Abel & Ben Baker"), none without a respondent */
  people: string[];
  /** each person as the cell writes them, in the order of `people` */
  peopleRaw: string[];
  /** a cell that joins parts not all surely people ("Ann & Ben Baker"): resolved against the other rows */
  maybe?: { raw: string; sure: boolean }[];
  respondentRaw: string | null;
  groups: Record<Breakdown, string | null>;
  month: string | null;
  categoryColumn: WorkshopCategory | null;
  /** a workshop category may be inferred: the note comes from a workshop, or no session column says */
  inferCategory: boolean;
  languageColumn: string | null;
  rating: number | null;
  coding: NoteCoding;
  reviewed: boolean;
  categorySource: CodedNote['categorySource'];
}

const WORKSHOP_SESSION = /workshop|kick-?off|time to change|post-?it|brainstorm/i;
const key = (v: string) => v.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
const r4 = (x: number) => Math.round(x * 10000) / 10000;
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A rating cell's value; one that is no rating (warned about as the table is read, note-cells.ts) is none. */
function ratingOf(cell: string | undefined): number | null {
  const v = ratingCell(cell);
  return v === 'bad' ? null : v;
}

/**
 * Who a respondent cell names: its people (cellPeople), and, for a cell that joins parts not all surely people,
 * those parts, resolved against the other rows in analyzeInterviews.
 */
function peopleOf(resp: string): Pick<Note, 'people' | 'peopleRaw' | 'maybe'> {
  if (resp === '') return { people: [], peopleRaw: [] };
  const joint = jointParts(resp);
  const each = cellPeople(resp, joint);
  return { people: each.map(personKey), peopleRaw: each, ...(joint && each.length === 1 ? { maybe: joint } : {}) };
}

/**
 * A column called just "Name", "Full name" or "E-mail" in a notes file may say who spoke, or name the account a
 * note is about: it is not taken for the respondent (twelve accounts would count as twelve people and unlock a
 * small team's figures), but the names in it are taken out of the notes.
 */
export function plainRespondentColumn(header: readonly string[]): number | undefined {
  const i = header.findIndex((h) => /^(name|full ?name|e-?mail|e-?mail ?address)$/i.test(h.trim()));
  return i >= 0 ? i : undefined;
}

/** Names given to take out (--redact, the config, the roster); an address or a user name ("jane.smith@acme.com", "jane_smith") is the name it spells too. */
const listedNames = (redactNames: readonly string[]): string[] =>
  redactNames.flatMap((n) => {
    const t = n.trim();
    // "Jane Smith <jane.smith@acme.com>": the name, and the name the address spells
    if (/<[^<>\s]+@[^<>\s]+>$/.test(t)) return respondentNames(t);
    if (/\s/.test(t) || !/[@._]/.test(t)) return [n];
    // an address or a user name: the name it spells, and, where it holds digits or separators, its local part as
    // written ("xq7731@acme.com" is xq7731 in the notes, "kate.sj@acme.com" kate.sj)
    const handle = t.includes('@') ? /^([^@\s]+)@/.exec(t)?.[1] : t;
    return [n, ...respondentNames(t), ...(handle && /\p{L}/u.test(handle) && /[\d._-]/.test(handle) && handle.length >= 4 ? [handle] : [])];
  });

/**
 * A notes file's path as an error shows it when there is nothing to code (no row, no note column, no note's text):
 * redacted like the notes, with the names given and every name in a respondent column of the tables, as the
 * outputs show it (an error is printed, and may be pasted anywhere).
 */
export function notesPathShown(tables: readonly Table[], redactNames: readonly string[]): (path: string) => string {
  let shown: ((path: string) => string) | undefined;
  const compile = () => {
    const names = listedNames(redactNames);
    for (const t of tables) {
      for (const col of new Set([t.roles.respondent, plainRespondentColumn(t.header)])) {
        if (col !== undefined) for (const row of t.rows) names.push(...respondentNames((row[col] ?? '').trim()));
      }
    }
    return pathRedactor(compileRedactor(names));
  };
  // compiled when an error first needs it
  return (path) => (shown ??= compile())(path);
}

/** Why a notes file gave no note to code: no row (as any file), or a note column empty in every row. */
export function whyNoNotes(tables: readonly Table[]): (input: InputSummary) => string {
  const noteColumn = new Map(tables.map((t) => [t.input, t.header[t.roles.note!]?.trim()]));
  return (i) => whyNoRows(i) ?? `its note column "${noteColumn.get(i)}" holds no note in any row (each is empty, or a placeholder such as n/a)`;
}

/** The hint for notes files that hold rows but no note. */
export const NO_NOTES_HINT = 'if the notes are in another column, map it in the config: columns[].roles.note';

/**
 * The notes of the tables: the text and what the columns say of it, in file and row order. `shown` is how an
 * error names a notes file (see notesPathShown).
 */
export function readNotes(
  tables: readonly Table[],
  shown: (path: string) => string = (p) => p,
): { notes: Omit<Note, 'coding' | 'reviewed' | 'categorySource'>[]; blank: number } {
  const notes: Omit<Note, 'coding' | 'reviewed' | 'categorySource'>[] = [];
  let blank = 0;
  for (const t of tables) {
    const r = t.roles;
    if (r.note === undefined) {
      throw usageError('no note column found in the notes file', {
        where: { file: shown(t.input.path) },
        hint: 'name the free-text column "note" (or comment, answer, feedback), or map it in the config: columns[].roles.note',
      });
    }
    const cell = (row: string[], i: number | undefined) => (i === undefined ? undefined : row[i]);
    t.rows.forEach((row, i) => {
      const text = (cell(row, r.note) ?? '').trim();
      if (text === '') {
        blank++;
        return;
      }
      const resp = (cell(row, r.respondent) ?? '').trim();
      const group = (i2: number | undefined) => {
        const v = (cell(row, i2) ?? '').trim().replace(/\s+/g, ' ');
        return v === '' ? null : v;
      };
      const date = cell(row, r.date);
      notes.push({
        file: t.input.path,
        line: t.lines[i] ?? i + 2,
        text,
        ...peopleOf(resp),
        respondentRaw: resp === '' ? null : resp,
        groups: { team: group(r.team), role: group(r.role) },
        month: date ? coarsenDate(date) : null,
        categoryColumn: normalizeCategory(cell(row, r.category)),
        // The five workshop categories sort what a workshop collects; an interview note is not a post-it.
        inferCategory: r.session === undefined || WORKSHOP_SESSION.test(cell(row, r.session) ?? ''),
        languageColumn: normalizeLanguage(cell(row, r.language)),
        rating: ratingOf(cell(row, r.rating)),
      });
    });
  }
  return { notes, blank };
}

/**
 * The consultant's corrections by note. A row names its file as the sheet was written; run from another folder,
 * the same file has another relative path. A row goes to a file when one path ends the other ("notes.csv" and
 * "t1/notes.csv"; "march/notes.csv" read inside march/ as "notes.csv"; "../data/notes.csv" and "proj/data/notes.csv"),
 * to the one whose path ends like the row's for the most folders; "june/notes.csv" is never "march/notes.csv". In
 * a tie the file whose note the row holds, and none when that does not decide (the row then matches no note).
 */
const normalPath = (p: string): string =>
  p
    .replace(/\\/g, '/')
    .split('/')
    .filter((x) => x !== '' && x !== '.' && x !== '..')
    .join('/');

/** One normalised path ends the other ("notes.csv", "t1/notes.csv"); "june/notes.csv" does not end "march/notes.csv". */
const oneEndsOther = (a: string, b: string): boolean => a === b || a.endsWith(`/${b}`) || b.endsWith(`/${a}`);

function correctionIndex(
  corrections: readonly CodingCorrection[],
  files: readonly string[],
  /** the note's shown (redacted) text at a file and line, if there is a note there */
  textAt: (file: string, line: number) => string | undefined,
  /** a path redacted as the sheet shows it, without the number given to files that read alike */
  redacted: (path: string) => string = (p) => p,
): Map<string, CodingCorrection[]> {
  const map = new Map<string, CodingCorrection[]>();
  // a path as written first (a sheet with the real names), then redacted without the number of files that read
  // alike: the numbers follow the notes, and change when a note is added, so they never decide between two files;
  // the row's text does, or nothing does
  const unnumbered = (p: string) => p.replace(/ \(\d+\)(\.[^./\\]*)?$/, '$1');
  const views = [pathView(normalPath, corrections, files), pathView((p) => normalPath(redacted(unnumbered(p))), corrections, files)];
  for (const c of corrections) {
    let targets: string[] = [];
    for (const view of views) {
      targets = rowTargets(c, files, view);
      if (targets.length > 0 || c.file === null) break;
    }
    // a row that several files could own goes to the one whose note it holds, and is not guessed otherwise
    if (targets.length > 1) {
      targets = targets.filter((f) => {
        const text = textAt(f, c.line);
        return c.text !== undefined && text !== undefined && sameText(c.text, text);
      });
      if (targets.length > 1) targets = [];
    }
    for (const f of targets) {
      const key = `${f}\u0000${c.line}`;
      map.set(key, [...(map.get(key) ?? []), c]);
    }
  }
  return map;
}

/** Paths seen one way (as written, or redacted), each worked out once, and what the sheet's rows say in that view. */
interface PathView {
  path: (p: string) => string;
  /** a sheet naming one file, read against one notes file: that file renamed (another name, not another folder) */
  renamed: boolean;
}

function pathView(view: (p: string) => string, corrections: readonly CodingCorrection[], files: readonly string[]): PathView {
  const seen = new Map<string, string>();
  const path = (p: string) => {
    let v = seen.get(p);
    if (v === undefined) seen.set(p, (v = view(p)));
    return v;
  };
  const named = new Set(corrections.flatMap((x) => (x.file === null ? [] : [path(x.file)])));
  return { path, renamed: files.length === 1 && named.size === 1 };
}

/** The files a sheet row may belong to, comparing paths in one view (as written, or redacted). */
function rowTargets(c: CodingCorrection, files: readonly string[], view: PathView): string[] {
  const filePath = view.path;
  const parts = (p: string) => filePath(p).split('/');
  const common = (a: string[], b: string[]) => {
    let n = 0;
    while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
    return n;
  };
  if (c.file === null) return files.length === 1 ? [files[0]!] : [];
  // two files may show alike: the row's text then decides (correctionIndex)
  const same = files.filter((f) => filePath(f) === filePath(c.file!));
  if (same.length > 0) return same;
  const wanted = parts(c.file);
  // one path must end the other: "june/notes.csv" and "march/notes.csv" only end alike
  const scored = files.map((f) => {
    const tail = common(parts(f), wanted);
    return { f, n: oneEndsOther(filePath(f), filePath(c.file!)) ? tail : 0, tail };
  });
  const best = Math.max(0, ...scored.map((x) => x.n));
  // another file that ends more like the row ("q/a/notes.csv" for "z/a/notes.csv", beside "notes.csv") makes
  // the match unsure: not guessed
  if (scored.some((x) => x.n === 0 && x.tail > best)) return [];
  if (best > 0) return scored.filter((x) => x.n === best).map((x) => x.f);
  const otherName = wanted[wanted.length - 1] !== parts(files[0]!).pop();
  return view.renamed && otherName ? [files[0]!] : [];
}

/** How a note is found in `precoded`: its file and physical line. */
export const noteKey = (file: string, line: number): string => `${file}\u0000${line}`;

const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/**
 * One item of a note's machine evidence as the review sheet's `why` column shows it. The learned layer reads the
 * note before redaction, and names the features that weighed most in the note's own words, lower case
 * ("no-value:learned("nobody reads", [useless], reports)"). An item is shown only where the note's shown
 * (redacted) text holds its words, in that order (a negation's "not" aside: "nobody reads" is cited "not reads"),
 * so the column never says more than the text beside it: not a hidden name ("price says" beside "[name] says
 * ... the price"), nor a piece of an address, a phone number, a web address or a day that the text shows as
 * [email], [phone], [url] or a month. Such an item reads [name] when it holds a word of a hidden name (a name
 * "Price" hides "price" where the text does not show it, never "pricing"), and [hidden] otherwise. A class
 * ("[data entry]") is the model's word, and shown as it is. The rules' evidence is their names; all of it is
 * redacted all the same.
 */
export function shownEvidence(e: string, shownText: string, nameWords: ReadonlySet<string>, redact: (s: string) => string): string {
  const m = /^([^:]+:learned)\((.*)\)$/.exec(e);
  if (!m) return redact(e);
  const shown = ` ${noteWords(shownText).join(' ')} `;
  const items = (m[2] ?? '').split(', ').map((item) => {
    if (/^\[[^\]]*\]$/.test(item)) return item;
    const words = noteWords(item.replace(/^"|"$/g, '').replace(/^not /, ''));
    if (words.length > 0 && shown.includes(` ${words.join(' ')} `)) return item;
    const named = (item.toLowerCase().match(/\p{L}[\p{L}\p{M}'’]*/gu) ?? []).some((w) => nameWords.has(bareWord(w)));
    return named ? '[name]' : '[hidden]';
  });
  return redact(`${m[1]}(${items.join(', ')})`);
}

/** Code, anonymise and count the notes of one or more notes tables. */
export function analyzeInterviews(tables: readonly Table[], opts: InterviewOptions = {}): InterviewAnalysis {
  const minGroup = Math.max(1, opts.minGroupSize ?? DEFAULTS.minGroupSize);
  const minQuote = Math.max(1, opts.minQuoteGroupSize ?? DEFAULTS.minQuoteGroupSize);
  const maxQuotes = Math.max(0, opts.maxQuotes ?? 8);
  const warnings: InterviewAnalysis['warnings'] = [];
  const lexicon = compileLexicon(opts.themes ?? []);
  const themeIds = lexicon.themes.map((t) => t.id);
  const configTitles = new Map(lexicon.themes.flatMap((t) => (t.configTitle ? [[t.id, t.configTitle] as const] : [])));

  const { notes: raw, blank } = readNotes(tables, notesPathShown(tables, opts.redactNames ?? []));
  // one person written several ways ("Katrin Vogelsang", "k.vogelsang@…") is one respondent
  // and one a users export names in several ways (its name, a nickname column, a handle) is one respondent
  const byName = mergePeople(
    raw.flatMap((n) => [...n.people, ...(n.maybe ?? []).map((p) => personKey(p.raw))]),
    (opts.samePeople ?? []).map((names) => names.map(personKey)),
  );
  const samePerson = { get: (k: string): string => byName.get(k) ?? k };
  // a joint cell whose parts are not all surely people: each part that is surely one, or that names someone a row
  // of their own names ("Ann" when Ann Abel spoke), is that person; the rest is dropped ("colleague", "Interview").
  // Only when no part is anyone does the cell stay one respondent of its own, as a label does.
  const known = new Set(raw.filter((n) => !n.maybe).flatMap((n) => n.people.map((k) => samePerson.get(k))));
  for (const n of raw) {
    if (!n.maybe) continue;
    const found = n.maybe.flatMap((p) => {
      const k = samePerson.get(personKey(p.raw));
      return p.sure || known.has(k) ? [{ k, raw: p.raw }] : [];
    });
    if (found.length === 0) continue;
    n.people = found.map((f) => f.k);
    n.peopleRaw = found.map((f) => f.raw);
  }
  for (const n of raw) {
    // a joint note that names one person twice, once merged, names them once
    const merged = n.people.map((k) => samePerson.get(k));
    const first = new Map<string, string>();
    merged.forEach((k, i) => first.has(k) || first.set(k, n.peopleRaw[i]!));
    n.people = [...first.keys()];
    n.peopleRaw = [...first.values()];
  }
  if (blank > 0) warnings.push({ file: null, message: `${blank} row${blank === 1 ? '' : 's'} without a note (empty, or a placeholder such as n/a) skipped` });
  const columnNames: string[] = [];
  for (const t of tables) {
    const plain = plainRespondentColumn(t.header);
    if (plain !== undefined && plain !== t.roles.respondent) for (const row of t.rows) columnNames.push(...respondentNames((row[plain] ?? '').trim()));
    if (t.roles.respondent !== undefined) continue;
    warnings.push({
      file: t.input.path,
      message:
        plain !== undefined
          ? `no respondent column found: the column "${t.header[plain]!.trim()}" is not taken for who spoke (it may name accounts), but its names are ` +
            'taken out of the notes; if it says who spoke, map it in the config: columns[].roles.respondent'
          : 'no respondent column found: its notes give no stances, and only --redact names and the users export are ' +
            'taken out of them; name the column "respondent" (or interviewee, participant) or map it in the config: columns[].roles.respondent',
    });
  }

  // Names to redact: the roster and --redact names, and respondent values that look like names.
  const names = [...listedNames(opts.redactNames ?? []), ...columnNames];
  // every row's respondent, a row without a note's text too: the file may be named after them
  for (const t of tables) {
    if (t.roles.respondent !== undefined) for (const row of t.rows) names.push(...respondentNames((row[t.roles.respondent] ?? '').trim()));
  }
  const redact = compileRedactor(names);
  // the pseudonyms' key: a hash of the notes as written, which the review sheet and the report do not hold
  const secretHash = createHash('sha256');
  for (const line of raw.map((n) => `${n.respondentRaw ?? ''}\u0000${n.text}`).sort()) secretHash.update(line).update('\u0001');
  const secret = secretHash.digest('hex');
  // each note's text as it is shown, redacted once (corrections, quotes and the review sheet all read it)
  const shownTexts = new Map<string, string>();
  const shownText = (n: { file: string; line: number; text: string }): string => {
    const k = noteKey(n.file, n.line);
    let t = shownTexts.get(k);
    if (t === undefined) shownTexts.set(k, (t = redact(n.text)));
    return t;
  };
  // team and role names: in a name made of team words, those words are words ("Field Sales North", whoever is Field)
  const redactLabel = compileRedactor(names, { label: true });
  // the learned layer reads the note before redaction: its evidence is shown as the shown text allows (shownEvidence)
  const nameWords = new Set(
    names
      .flatMap((n) => withDiminutives(n))
      .flatMap((n) => spellings(n))
      .flatMap((n) => n.toLowerCase().split(/[^\p{L}\p{M}'’]+/u))
      .map(bareWord)
      .filter((p) => p.length >= 2),
  );
  const hideNames = (e: string, shownText: string): string => shownEvidence(e, shownText, nameWords, redact);

  // Machine coding, then the consultant's corrections.
  const files = [...new Set(tables.map((t) => t.input.path))];
  const rawAt = new Map(raw.map((n) => [noteKey(n.file, n.line), n]));
  const textAt = (file: string, line: number) => {
    const n = rawAt.get(noteKey(file, line));
    return n ? shownText(n) : undefined;
  };
  // a file's path as shown in the review sheet: a file named after a person or a date says who, and when; two
  // files that then read alike are numbered in an order that says nothing of their names
  const fileLabels = new Map<string, string>();
  const redactPath = pathRedactor(redact);
  {
    const byShown = new Map<string, string[]>();
    for (const f of files) byShown.set(redactPath(f), [...(byShown.get(redactPath(f)) ?? []), f]);
    for (const [label, fs] of byShown) {
      if (fs.length === 1) fileLabels.set(fs[0]!, label);
      else
        for (const [f, n] of pseudonyms(fs, '', secret)) {
          const dot = label.lastIndexOf('.');
          const slash = label.lastIndexOf('/');
          const at = dot > slash + 1 ? dot : label.length;
          fileLabels.set(f, `${label.slice(0, at)} (${Number(n.trim())})${label.slice(at)}`);
        }
    }
  }
  // a sheet's cell that is already a label stays one (redacting "…_2024-03 (1).csv" again would read [phone])
  const labelled = new Set([...fileLabels.values()].map(normalPath));
  const shownPath = (p: string) => fileLabels.get(p) ?? (labelled.has(normalPath(p)) ? p : redactPath(p));
  const fixes = opts.coding ? correctionIndex(opts.coding.corrections, files, textAt, redactPath) : new Map<string, CodingCorrection[]>();
  /** rows applied; rows a later row for the same note replaced; rows of notes that changed since */
  const used = new Set<CodingCorrection>();
  const overwritten = new Set<CodingCorrection>();
  const staleRows = new Set<CodingCorrection>();
  /** rows that fit a note, as rows naming another file do too */
  const ambiguous = new Set<CodingCorrection>();
  const notes: Note[] = raw.map((n) => {
    // coded already (in a worker, with the same lexicon), or coded here
    const machine = opts.precoded?.get(noteKey(n.file, n.line)) ?? codeNote(n.text, { lexicon, language: n.languageColumn, rating: n.rating });
    let coding = machine;
    const inferred = n.inferCategory ? machine.category : null;
    let categorySource: CodedNote['categorySource'] = n.categoryColumn ? 'column' : inferred ? 'inferred' : null;
    let category = n.categoryColumn ?? inferred;
    let reviewed = false;
    // the rows for this note's line: those whose text is this note's (or that have none) fit; the last of them is
    // applied. None fitting: the notes changed since the sheet was written (or the rows are another file's).
    const candidates = fixes.get(`${n.file}\u0000${n.line}`) ?? [];
    const shown = candidates.length > 0 ? shownText(n) : '';
    let fitting = candidates.filter((c) => c.text === undefined || sameText(c.text, shown));
    // rows naming two different files ("march/notes.csv", "june/notes.csv": neither path ends the other) that both
    // fit this note: which is meant is not guessed ("data/notes.csv" and "notes.csv" may be one file; a blank file
    // cell names no other file)
    const cells = [...new Set(fitting.flatMap((c) => (c.file === null ? [] : [normalPath(shownPath(c.file))])))];
    if (cells.some((a) => cells.some((b) => !oneEndsOther(a, b)))) {
      for (const c of fitting) ambiguous.add(c);
      fitting = [];
    }
    const fix = fitting[fitting.length - 1];
    for (const c of fitting.slice(0, -1)) overwritten.add(c);
    if (!fix) for (const c of candidates) if (!ambiguous.has(c)) staleRows.add(c);
    if (fix) {
      used.add(fix);
      const language = fix.language ?? machine.language;
      if (language !== machine.language) coding = codeNote(n.text, { lexicon, language, rating: n.rating });
      const ids = fix.themes ?? [];
      const unknown = ids.flatMap((t, i) => (themeIds.includes(t) ? [] : [i + 1]));
      if (unknown.length > 0) {
        // the message names the cell and which of its ids, never its content
        const which = unknown.map(ordinal).join(' and ');
        throw usageError(`unknown theme id in the review sheet (the ${which} of ${ids.length} in this cell)`, {
          where: fix.source,
          hint:
            `use theme ids separated by ";": ${themeIds.join(', ')}` +
            ((opts.themes ?? []).length === 0
              ? '; if the sheet was written with a config that adds themes, pass that config again (--config)'
              : ''),
        });
      }
      const themesGiven = ids.length > 0;
      // A sentiment in the sheet means the row was coded (by the machine or the consultant): take it all.
      if (fix.sentiment) {
        coding = {
          ...coding,
          scored: true,
          themes: themeIds.filter((t) => (fix.themes ?? coding.themes).includes(t)),
          sentiment: fix.sentiment,
        };
      } else if (themesGiven && coding.scored) {
        // themes without a sentiment: the themes are taken, the machine's sentiment stays
        coding = { ...coding, themes: themeIds.filter((t) => fix.themes!.includes(t)) };
      } else if (themesGiven) {
        // a note the machine did not score (another language) needs its sentiment too, or it would count half
        throw usageError('a note in another language was given themes but no sentiment in the review sheet', {
          where: fix.source,
          hint: 'fill in its sentiment (positive, neutral or negative) too, or clear its themes',
        });
      }
      if (fix.category) {
        if (fix.category !== category) categorySource = 'coding';
        category = fix.category;
      }
      reviewed =
        coding.scored !== machine.scored ||
        coding.sentiment !== machine.sentiment ||
        coding.themes.join() !== machine.themes.join() ||
        category !== (n.categoryColumn ?? inferred);
    }
    return { ...n, coding: { ...coding, category }, reviewed, categorySource };
  });
  if (opts.coding) {
    const settled = (c: CodingCorrection) => used.has(c) || overwritten.has(c);
    // the sheet's place in a message: as given, redacted like the notes files (the message may reach the report)
    const at = (c: CodingCorrection) => formatWhere({ file: shownPath(c.source.file), line: c.source.line });
    const places = (rows: readonly CodingCorrection[]) => `${rows.slice(0, 3).map(at).join(', ')}${rows.length > 3 ? ', …' : ''}`;
    const staleList = [...staleRows].filter((c) => !settled(c));
    const stale = staleList.length;
    if (stale > 0) {
      warnings.push({
        file: null,
        message: `${stale} row${stale === 1 ? '' : 's'} of the review sheet no longer match${stale === 1 ? 'es' : ''} the note on that line (${places(staleList)}): the notes changed since the sheet was written, the row's text was edited, or it was written with other --redact names or another crm-audit version; ${stale === 1 ? 'that correction was' : 'those corrections were'} not applied`,
      });
    }
    const replaced = [...overwritten].filter((c) => !used.has(c)).length;
    if (replaced > 0) {
      const d = replaced;
      warnings.push({
        file: null,
        message: `${d} row${d === 1 ? '' : 's'} of the review sheet ${d === 1 ? 'is' : 'are'} for a note that another row corrects too (a later one, or one that names the file more surely); that row was applied`,
      });
    }
    const unsure = [...ambiguous].filter((c) => !settled(c));
    if (unsure.length > 0) {
      warnings.push({
        file: null,
        message: `${unsure.length} rows of the review sheet fit the same note but name different files, and were not applied (${places(unsure)}); run from the folder the sheet was written in, or make the file cells agree`,
      });
    }
    const unmatched = opts.coding.corrections.filter((c) => !settled(c) && !staleRows.has(c) && !ambiguous.has(c));
    if (unmatched.length > 0) {
      const n = unmatched.length;
      warnings.push({
        file: null,
        message: `${n} row${n === 1 ? '' : 's'} of the review sheet match${n === 1 ? 'es' : ''} no note of these files and ${n === 1 ? 'was' : 'were'} not applied (${places(unmatched)}); pass the notes file${n === 1 ? '' : 's'} the sheet was written for`,
      });
    }
  }

  const foreign = new Map<string, number>();
  for (const n of notes) if (!n.coding.scored) foreign.set(n.coding.language, (foreign.get(n.coding.language) ?? 0) + 1);
  if (foreign.size > 0) {
    const total = [...foreign.values()].reduce((a, b) => a + b, 0);
    const list = [...foreign.entries()].sort((a, b) => b[1] - a[1] || byText(a[0], b[0])).map(([l, c]) => `${l} ${c}`);
    warnings.push({
      file: null,
      message: `${total} note${total === 1 ? '' : 's'} not in English (${list.join(', ')}) left out of the theme and sentiment figures; code them by hand in the review sheet`,
    });
  }

  // Pseudonyms and each respondent's groups (their most frequent value in each breakdown).
  const respondentKeys = [...new Set(notes.flatMap((n) => n.people))];
  const alias = pseudonyms(respondentKeys, 'Respondent', secret);
  const firstRaw = new Map<string, string>();
  for (const n of notes) n.people.forEach((k, i) => firstRaw.has(k) || firstRaw.set(k, n.peopleRaw[i]!));
  const shownRespondent = (k: string) => (opts.nameRespondents ? (firstRaw.get(k) ?? k) : (alias.get(k) ?? k));
  /** who spoke a note, as shown: a pseudonym, or several joined for a joint note */
  const shownPeople = (n: Note): string | null => (n.people.length === 0 ? null : n.people.map(shownRespondent).join(' & '));

  const groupOf: Record<Breakdown, Map<string, string | null>> = { team: new Map(), role: new Map() };
  const groupLabel = new Map<string, string>();
  const present: Record<Breakdown, boolean> = {
    team: tables.some((t) => t.roles.team !== undefined),
    role: tables.some((t) => t.roles.role !== undefined),
  };
  for (const b of BREAKDOWNS) {
    const tally = new Map<string, Map<string, number>>();
    for (const n of notes) {
      const v = n.groups[b];
      if (v !== null && !groupLabel.has(`${b}:${key(v)}`)) groupLabel.set(`${b}:${key(v)}`, v);
      for (const person of n.people) {
        const t = tally.get(person) ?? new Map<string, number>();
        if (v !== null) t.set(key(v), (t.get(key(v)) ?? 0) + 1);
        tally.set(person, t);
      }
    }
    for (const [resp, t] of tally) {
      let best: string | null = null;
      let bestN = 0;
      for (const [g, c] of t) if (c > bestN) [best, bestN] = [g, c];
      groupOf[b].set(resp, best);
    }
  }
  // The group a note counts in: its respondent's group; for a joint note or a note without a respondent, the
  // note's own value (a joint note without one: its first person's).
  const noteGroup = (n: Note, b: Breakdown): string | null =>
    n.people.length === 1 || (n.people.length > 1 && n.groups[b] === null)
      ? (groupOf[b].get(n.people[0]!) ?? null)
      : n.groups[b] === null
        ? null
        : key(n.groups[b]!);

  // Overall figures.
  const scored = notes.filter((n) => n.coding.scored);
  const sentimentCounts = (list: readonly Note[]) => {
    const c = { positive: 0, neutral: 0, negative: 0 };
    for (const n of list) if (n.coding.sentiment) c[n.coding.sentiment]++;
    return c;
  };
  const themeCounts = (list: readonly Note[]) => {
    const c = new Map<string, number>(themeIds.map((t) => [t, 0]));
    for (const n of list) for (const t of n.coding.themes) c.set(t, (c.get(t) ?? 0) + 1);
    return c;
  };
  const overallThemes = themeCounts(scored);
  const themes = [...overallThemes.entries()]
    .map(([id, count]) => {
      const title = configTitles.get(id);
      return { id, ...(title ? { title } : {}), count, share: scored.length ? r4(count / scored.length) : 0 };
    })
    .sort((a, b) => b.count - a.count || byText(a.id, b.id));
  const categories = Object.fromEntries(WORKSHOP_CATEGORIES.map((c) => [c, 0])) as Record<WorkshopCategory, number>;
  for (const n of notes) if (n.coding.category) categories[n.coding.category]++;

  // Stances: respondents with at least one scored note.
  const stanceOfResp = new Map<string, Stance>();
  const themesOfResp = new Map<string, Set<string>>();
  {
    const sents = new Map<string, SentimentLabel[]>();
    for (const n of scored) {
      if (!n.coding.sentiment) continue;
      // a joint note speaks for each of its people
      for (const person of n.people) {
        const list = sents.get(person) ?? [];
        list.push(n.coding.sentiment);
        sents.set(person, list);
        const ts = themesOfResp.get(person) ?? new Set<string>();
        for (const t of n.coding.themes) ts.add(t);
        themesOfResp.set(person, ts);
      }
    }
    for (const [resp, list] of sents) stanceOfResp.set(resp, stanceOf(list));
  }
  // fewer people than a group may have: the client knows who was interviewed, and each stance would tell who
  // said what. None is counted, nor what each side talks about.
  // (the people with a stance: one who wrote only in another language has none; with nobody, every output says
  // that no stance is counted and why, not a line of zeros)
  const withStance = stanceOfResp.size;
  const stancesHidden = withStance < minGroup;
  if (stancesHidden) stanceOfResp.clear();
  const stances = Object.fromEntries(STANCES.map((s) => [s, 0])) as Record<Stance, number>;
  for (const s of stanceOfResp.values()) stances[s]++;
  const side = (s: Stance) => [...stanceOfResp].filter(([, v]) => v === s).map(([k]) => themesOfResp.get(k) ?? new Set<string>());
  const loveSide = side('love');
  const hateSide = side('hate');
  // A side is set against the other side, and only when that side is large enough to be described too: set
  // against one person, a side's drivers would tell what that person did not say. Otherwise against everyone
  // else (ambivalent and neutral too) when they are enough, or else a side is described by its own most common themes.
  const everyoneBut = (s: Stance) => [...stanceOfResp].filter(([, v]) => v !== s).map(([k]) => themesOfResp.get(k) ?? new Set<string>());
  const against = (other: Set<string>[], s: Stance) => {
    if (other.length >= minGroup) return other;
    const rest = everyoneBut(s);
    return rest.length - other.length >= minGroup ? rest : [];
  };
  const stanceDrivers = {
    love: loveSide.length >= minGroup ? drivers(loveSide, against(hateSide, 'love')) : [],
    hate: hateSide.length >= minGroup ? drivers(hateSide, against(loveSide, 'hate')) : [],
  };

  // Groups, one breakdown at a time, with complementary suppression; then across breakdowns, so that a team
  // cannot be set against a role.
  const groups: InterviewsResult['groups'] = [];
  const shownGroups: Record<Breakdown, Set<string>> = { team: new Set(), role: new Set() };
  const shownLabel = new Map<string, string>();
  const groupSize: Record<Breakdown, Map<string | null, number>> = { team: new Map(), role: new Map() };
  const namesIn: Record<Breakdown, Set<string>> = { team: new Set(), role: new Set() };
  for (const b of BREAKDOWNS) {
    if (!present[b]) continue;
    for (const k of respondentKeys) {
      const g = groupOf[b].get(k) ?? null;
      groupSize[b].set(g, (groupSize[b].get(g) ?? 0) + 1);
    }
    // named groups seen only on notes without a respondent have 0 respondents: hidden, and counted as such
    for (const n of notes) {
      const g = noteGroup(n, b);
      if (g !== null) namesIn[b].add(g);
    }
    const notesIn = new Map<string | null, number>();
    for (const n of notes) notesIn.set(noteGroup(n, b), (notesIn.get(noteGroup(n, b)) ?? 0) + 1);
    const cells: Cell[] = [...namesIn[b]].map((name) => ({ name, respondents: groupSize[b].get(name) ?? 0, notes: notesIn.get(name) ?? 0 }));
    cells.push({ name: null, respondents: groupSize[b].get(null) ?? 0, notes: notesIn.get(null) ?? 0 });
    shownGroups[b] = suppressBreakdown(cells, minGroup).shown;
  }
  const presentBreakdowns = BREAKDOWNS.filter((b) => present[b]);
  if (present.team && present.role) {
    // the cross of team and role, which every figure is a sum over
    const cross = new Map<string, CrossCell>();
    const counted = new Set<string>();
    for (const n of notes) {
      const row = noteGroup(n, 'team');
      const col = noteGroup(n, 'role');
      const id = JSON.stringify([row, col]);
      const cell = cross.get(id) ?? { row, col, respondents: 0, orphanNotes: 0 };
      cross.set(id, cell);
      if (n.people.length === 0) cell.orphanNotes++;
      for (const person of n.people) {
        if (counted.has(person)) continue;
        counted.add(person);
        cell.respondents++;
      }
    }
    for (const id of suppressAcross([...cross.values()], shownGroups.team, shownGroups.role, minGroup)) {
      const name = id.slice(4);
      (id.startsWith('row:') ? shownGroups.team : shownGroups.role).delete(name);
    }
  }
  let suppressedGroups = 0;
  for (const b of presentBreakdowns) {
    suppressedGroups += [...namesIn[b]].filter((g) => !shownGroups[b].has(g)).length;
    // Two groups whose names redact alike ("Team Baker", "Team Conti" -> "Team [name]") are told apart by a
    // number, in an order that says nothing of the names (a hash, as for respondents).
    const byLabel = new Map<string, string[]>();
    for (const g of shownGroups[b]) {
      const label = redactLabel(groupLabel.get(`${b}:${g}`) ?? g);
      byLabel.set(label, [...(byLabel.get(label) ?? []), g]);
    }
    for (const [label, gs] of byLabel) {
      if (gs.length === 1) shownLabel.set(`${b}:${gs[0]!}`, label);
      else [...pseudonyms(gs, '', secret).entries()].forEach(([g, n]) => shownLabel.set(`${b}:${g}`, `${label} (${n.trim()})`));
    }
    for (const g of [...shownGroups[b]].sort()) {
      const members = scored.filter((n) => noteGroup(n, b) === g);
      groups.push({
        breakdown: b,
        name: shownLabel.get(`${b}:${g}`) ?? redactLabel(groupLabel.get(`${b}:${g}`) ?? g),
        respondents: groupSize[b].get(g) ?? 0,
        sentiment: sentimentCounts(members),
        themes: [...themeCounts(members).entries()]
          .filter(([, c]) => c > 0)
          .map(([id, count]) => ({ id, count }))
          .sort((x, y) => y.count - x.count || byText(x.id, y.id)),
      });
    }
  }
  groups.sort(
    (x, y) => BREAKDOWNS.indexOf(x.breakdown as Breakdown) - BREAKDOWNS.indexOf(y.breakdown as Breakdown) || byText(x.name, y.name),
  );

  // Quotes: only from respondents whose every group (and the whole set) has at least minQuote respondents.
  // A respondent counts in one group per breakdown (the one most of their notes give), but a note may give
  // another: the same person in two files, before and after a move. Such a note is quoted only when its own
  // group is large enough too, and is attributed to its own group, never to the respondent's other one.
  const ownGroup = (n: Note, b: Breakdown): string | null => (n.groups[b] === null ? null : key(n.groups[b]!));
  const large = (b: Breakdown, g: string | null) => (groupSize[b].get(g) ?? 0) >= minQuote;
  const quoteable = (n: Note): boolean => {
    if (n.people.length === 0 || respondentKeys.length < minQuote) return false;
    for (const b of BREAKDOWNS) {
      if (!present[b]) continue;
      if (n.people.some((person) => !large(b, groupOf[b].get(person) ?? null))) return false;
      const own = ownGroup(n, b);
      if (own !== null && !large(b, own)) return false;
    }
    return true;
  };
  const attribution = (n: Note): string | undefined => {
    for (const b of BREAKDOWNS) {
      if (!present[b] || n.people.length === 0) continue;
      const g = ownGroup(n, b) ?? groupOf[b].get(n.people[0]!) ?? null;
      if (g !== null && shownGroups[b].has(g) && large(b, g)) {
        return shownLabel.get(`${b}:${g}`) ?? redactLabel(groupLabel.get(`${b}:${g}`) ?? g);
      }
    }
    return undefined;
  };
  const quotes: InterviewsResult['quotes'] = [];
  const usedNotes = new Set<Note>();
  const usedResp = new Set<string>();
  const usedText = new Set<string>();
  const sameWords = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
  const positiveTheme = (id: string) => id === 'positive-value';
  for (const t of themes) {
    if (quotes.length >= maxQuotes || t.count === 0) continue;
    const candidates = scored
      .filter((n) => n.coding.themes.includes(t.id) && !usedNotes.has(n) && quoteable(n))
      .filter((n) => !n.people.some((person) => usedResp.has(person)))
      .map((n) => ({ n, text: shownText(n) }))
      // several people may have said the same words (a focus group's flip chart, copied notes): one quote of them
      .filter(({ text }) => !usedText.has(sameWords(text)))
            // a quote a consultant would put in a report: a sentence or two, no markup, nothing formula-like
      .filter(({ text }) => text.length >= 25 && text.length <= 320 && !/<\s*[a-z!/]/i.test(text) && !/^[=+\-@]/.test(text))
      .map(({ n, text }) => {
        const tone = n.coding.sentiment === (positiveTheme(t.id) ? 'positive' : 'negative') ? 2 : 0;
        const focus = n.coding.themes.length === 1 ? 1 : 0;
        return { n, text, rank: tone + focus - text.length / 1000 };
      })
      .sort((a, b) => b.rank - a.rank || byText(a.n.file, b.n.file) || a.n.line - b.n.line);
    const best = candidates[0];
    if (!best) continue;
    usedNotes.add(best.n);
    for (const person of best.n.people) usedResp.add(person);
    usedText.add(sameWords(best.text));
    const group = attribution(best.n);
    quotes.push({ text: best.text, theme: t.id, ...(group ? { group } : {}) });
  }

  const coded: CodedNote[] = notes.map((n) => {
    const shown = shownText(n);
    const machine = n.coding.evidence.map((e) => hideNames(e, shown));
    return {
      file: shownPath(n.file),
      line: n.line,
      respondent: shownPeople(n),
      month: n.month,
      category: n.coding.category,
      categorySource: n.categorySource,
      themes: n.coding.themes,
      sentiment: n.coding.scored ? n.coding.sentiment : null,
      score: n.coding.score,
      language: n.coding.language,
      scored: n.coding.scored,
      // evidence names rules and learned features (words of the trained vocabulary), redacted all the same; a row the
      // consultant corrected says so first, and what the machine had read stays after it
      evidence: !n.reviewed
        ? machine
        : machine.length === 0
          ? ['corrected in the review sheet']
          : [`corrected in the review sheet; the machine read: ${machine[0]!}`, ...machine.slice(1)],
      reviewed: n.reviewed,
      text: shown,
    };
  });

  const result: InterviewsResult = {
    lexiconVersion: LEXICON_VERSION,
    notes: notes.length,
    respondents: respondentKeys.length,
    scored: scored.length,
    otherLanguage: notes.filter((n) => !n.coding.scored).length,
    sentiment: sentimentCounts(scored),
    themes,
    categories,
    categoriesInferred: notes.filter((n) => n.coding.category && n.categorySource === 'inferred').length,
    stances,
    ...(stancesHidden ? { stancesHidden: true, withStance } : {}),
    polarization: polarization(stances),
    stanceDrivers,
    groups,
    suppressedGroups,
    quotes,
    // counts only: which notes speak of a CRM in use or planned is not kept
    situationSigns: tenseCounts(scored.map((n) => n.text)),
  };
  // fewer people than a group may hold spoke in all: the client knows who they were, and with two people "1
  // positive, 1 negative" is each one's view. No figure of their notes is given (the review sheet, the
  // consultant's own, still codes every note).
  // So too when enough people spoke but fewer than that wrote notes that could be scored (the others in another
  // language): every figure comes from those few, and with one note each "2 positive, 1 negative" is each one's
  // stance again. Neither the groups' figures nor the quotes are given then.
  // (notes without a respondent count as well: scored, they would speak for fewer people than that)
  const fewScored = withStance < minGroup && scored.length > 0;
  if (respondentKeys.length > 0 && (respondentKeys.length < minGroup || fewScored)) {
    result.figuresHidden = true;
    result.suppressedGroups += result.groups.length;
    result.groups = [];
    result.quotes = [];
    result.stanceDrivers = { love: [], hate: [] };
    result.situationSigns = tenseCounts([]);
    result.sentiment = { positive: 0, neutral: 0, negative: 0 };
    result.themes = themes.map((t) => ({ ...t, count: 0, share: 0 }));
    result.categories = Object.fromEntries(WORKSHOP_CATEGORIES.map((c) => [c, 0])) as Record<WorkshopCategory, number>;
    result.categoriesInferred = 0;
  }
  return { result, coded, warnings, shownPath };
}

