// One pipeline, one result: ingest -> analyze -> classify -> interviews -> audits -> scoring -> recommend.
// Library code: no console, no process.exit; typed errors only.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { runAudits } from './audits/index.js';
import { analyzeFiles, fieldKey, type RawAnalysis } from './analyze/index.js';
import { buildPeople, decideNow, fieldStatsView, finalizeActivity, finalizeFieldHistory, finalizeRecords, finalizeUsers, round4 } from './analyze/finalize.js';
import { classifyField, describeTable, loadRules, type Rules } from './classify/index.js';
import type { FieldDescriptor } from './classify/types.js';
import { DEFAULTS, type Config } from './config/config-schema.js';
import { formatWhere } from './errors.js';
import { compact } from './ingest/header.js';
import { displayPath, requireSomeRows, whyNoRows, type Encoding, type Table } from './ingest/index.js';
import { copyMessage } from './ingest/identical.js';
import { readNamesFile, type NamesFile } from './ingest/names-file.js';
import { analyzeInterviews, checkNotesTable, loadCoding, NO_NOTES_HINT, noteKey, notesNameSoFar, notesPathShown, ParallelCoder, readNotes, whyNoNotes, type NoteCoding } from './interviews/index.js';
import { recommend } from './recommend/index.js';
import { AuditResult, SCHEMA_VERSION, type FieldResult, type Situation } from './result/schema.js';
import { scoreAudits } from './scoring/index.js';
import { decideSituation } from './scoring/situation.js';
import { answeredOn, answersForResult, readAnswers } from './questionnaire/answers.js';
import type { Answers } from './questionnaire/questions.js';
import { newestNoteDate } from './interviews/note-dates.js';
import { fallbackOrder } from './analyze/dates.js';
import { TOOL_VERSION } from './version.js';
import { mark } from './timing.js';

export interface PipelineOptions {
  files: string[];
  interviews?: string[];
  rulesFile?: string;
  codingFile?: string;
  redactFile?: string;
  /** the questionnaire's answers file (`--answers`), validated before any export is read */
  answersFile?: string;
  config?: Config;
  cwd: string;
  now?: string;
  situation?: Situation;
  nameUsers?: boolean;
  encoding?: Encoding;
  dateFormat?: 'auto' | 'iso' | 'mdy' | 'dmy';
  locale?: string;
  strict?: boolean;
  maxErrors?: number;
  kindFlags?: string[];
  meta?: Partial<AuditResult['meta']>;
  onProgress?: (file: string, done: number, total: number) => void;
  /** things worth saying that belong to no input file (the answers file's), for stderr */
  onNotice?: (message: string) => void;
  /**
   * Code the interview notes in a worker thread while the CRM exports are read, when the notes files are
   * large enough to pay for the worker (the command line does). The result is the same either way.
   */
  parallel?: boolean;
  /** the size of notes files from which `parallel` uses a worker (default WORKER_MIN_BYTES; tests set 0) */
  workerMinBytes?: number;
  /**
   * Start the notes worker only once this settles, whatever the size of the notes: the command line passes
   * "the browser is up" when it prints a PDF, so that the worker codes on the core Chromium's start has
   * just freed instead of competing with it.
   */
  parallelAfter?: Promise<unknown>;
}

/** Field definitions of a `fields` file (a field list). */
function fieldListDescriptors(t: Table): (FieldDescriptor & { source: string })[] {
  return describeTable(t).map((d) => ({ ...d.descriptor, source: t.input.path }));
}

/**
 * Notes files from this size on are coded in a worker. On a 2-core machine the worker is worth nothing
 * measurable for the example's 348 notes (70 kB: it costs about as much to start as it saves), and 0.7 s
 * for 1,740 notes (355 kB), in interleaved runs.
 */
export const WORKER_MIN_BYTES = 100_000;

function notesBytes(files: readonly string[], cwd: string): number {
  let total = 0;
  for (const f of files) {
    try {
      total += statSync(resolve(cwd, f)).size;
    } catch {
      // a missing file is reported when it is read
    }
  }
  return total;
}

/** One notes table coded by the worker, by note; empty when the worker could not (the notes are coded in this thread). */
async function precode(coder: ParallelCoder, table: Table): Promise<Map<string, NoteCoding>> {
  let notes: ReturnType<typeof readNotes>['notes'];
  try {
    notes = readNotes([table]).notes;
  } catch {
    // e.g. no note column: analyzeInterviews reports it, in its place
    return new Map();
  }
  const codings = await coder.code(notes.map((n) => ({ text: n.text, language: n.languageColumn, rating: n.rating })));
  return new Map(codings ? notes.map((n, i) => [noteKey(n.file, n.line), codings[i]!]) : []);
}

/** Code-point order: the same on every machine, whatever its language settings. */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Fields: every column of records and activities files, and every row of field lists, classified. */
function buildFields(raw: RawAnalysis, people: ReturnType<typeof buildPeople>, rules: Rules | undefined): FieldResult[] {
  const defs = raw.tables.fields.flatMap(fieldListDescriptors);
  const defByKey = new Map<string, (typeof defs)[number]>();
  const keyOf = (object: string | null | undefined, name: string) => `${(object ?? '').toLowerCase()}\u0000${compact(name)}`;
  for (const d of defs) {
    defByKey.set(keyOf(d.object, d.name), d);
    if (d.label) defByKey.set(keyOf(d.object, d.label), d);
  }
  const crmOf = new Map(raw.inputs.map((i) => [i.path, i.crm]));
  const used = new Set<(typeof defs)[number]>();
  const fields: FieldResult[] = [];
  for (const fs of raw.fieldStats) {
    const v = fieldStatsView(fs, people);
    const def = defByKey.get(keyOf(v.object, v.name)) ?? defByKey.get(keyOf(null, v.name));
    if (def) used.add(def);
    const d: FieldDescriptor = {
      name: def?.name ?? v.name,
      label: def?.label ?? v.name,
      description: def?.description ?? null,
      object: v.object,
      crm: def?.crm ?? crmOf.get(v.source) ?? null,
      type: def?.type ?? v.type,
      required: def?.required ?? null,
      fillRate: v.fillRate,
      junkShare: v.junkShare,
    };
    const c = classifyField(d, rules ? { rules } : {});
    fields.push({
      name: v.name,
      label: d.label ?? v.name,
      object: v.object,
      source: v.source,
      card: c.card,
      confidence: round4(c.confidence),
      decidedBy: c.decidedBy,
      reasons: c.reasons,
      required: d.required ?? null,
      type: d.type ?? v.type,
      rows: v.rows,
      filled: v.filled,
      fillRate: v.fillRate,
      junkShare: v.junkShare,
      distinctRatio: v.distinctRatio,
      topValueShare: v.topValueShare,
      usage: c.usage,
      owners: v.owners,
    });
  }
  for (const d of defs) {
    if (used.has(d)) continue;
    const c = classifyField(d, rules ? { rules } : {});
    fields.push({
      name: d.name,
      label: d.label ?? d.name,
      object: d.object ?? null,
      source: d.source,
      card: c.card,
      confidence: round4(c.confidence),
      decidedBy: c.decidedBy,
      reasons: c.reasons,
      required: d.required ?? null,
      type: d.type ?? 'unknown',
      rows: null,
      filled: null,
      fillRate: null,
      junkShare: null,
      distinctRatio: null,
      topValueShare: null,
      usage: null,
    });
  }
  // One per object and name (a field list can repeat a field): the first wins.
  const seen = new Set<string>();
  return fields
    .filter((f) => {
      const k = fieldKey(f.object, f.source, f.name);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => byText(a.object ?? a.source, b.object ?? b.source) || byText(a.name, b.name));
}

export async function runPipeline(o: PipelineOptions): Promise<AuditResult> {
  const cfg = o.config ?? {};
  const an = cfg.analysis ?? {};
  const anon = cfg.anonymity ?? {};
  const settings = {
    minGroupSize: anon.minGroupSize ?? DEFAULTS.minGroupSize,
    minQuoteGroupSize: anon.minQuoteGroupSize ?? DEFAULTS.minQuoteGroupSize,
    staleDays: an.staleDays ?? DEFAULTS.staleDays,
  };
  const locale = o.locale ?? an.locale ?? DEFAULTS.locale;
  const rules = o.rulesFile ? await loadRules(resolve(o.cwd, o.rulesFile), displayPath(resolve(o.cwd, o.rulesFile), o.cwd)) : undefined;
  // read before the exports: an answers file or a names file that cannot be read stops the run before any work
  const answers = o.answersFile ? readAnswers(o.answersFile, o.cwd, o.onNotice) : undefined;
  const namesFile = o.redactFile ? readNamesFile(o.redactFile, o.cwd, o.encoding ? { encoding: o.encoding } : {}) : undefined;
  const dateFormat = o.dateFormat ?? an.dateFormat;
  // Notes files are read first; a worker codes their notes while the main thread reads the CRM exports.
  const useWorker =
    o.parallel === true &&
    (o.interviews?.length ?? 0) > 0 &&
    (o.parallelAfter !== undefined || notesBytes(o.interviews ?? [], o.cwd) >= (o.workerMinBytes ?? WORKER_MIN_BYTES));
  // The worker starts when the gate opens; notes tables read before that wait for it. If the files are
  // all read first, the notes are coded in this thread and the worker is not started at all.
  const worker: { coder: ParallelCoder | null; waiting: Table[]; given: boolean } = { coder: null, waiting: [], given: false };
  const precoding: Promise<Map<string, NoteCoding>>[] = [];
  if (useWorker) {
    const open = () => {
      if (worker.given) return;
      worker.coder = new ParallelCoder(cfg.themes ?? []);
      for (const t of worker.waiting.splice(0)) precoding.push(precode(worker.coder, t));
    };
    (o.parallelAfter ?? Promise.resolve()).then(open, open);
  }
  const raw = await analyzeFiles(o.files, o.interviews ?? [], {
    ...(useWorker
      ? {
          onTable: (kind: string, table: Table) => {
            if (kind !== 'interviews') return;
            if (worker.coder) precoding.push(precode(worker.coder, table));
            else worker.waiting.push(table);
          },
        }
      : {}),
    cwd: o.cwd,
    locale,
    ...(answers ? { noFilesNeeded: true } : {}),
    ...(dateFormat ? { dateFormat } : {}),
    ...(o.encoding ? { encoding: o.encoding } : {}),
    strict: o.strict ?? an.strict ?? false,
    maxErrors: o.maxErrors ?? an.maxErrors ?? DEFAULTS.maxErrors,
    ...(o.kindFlags ? { kindFlags: o.kindFlags } : {}),
    ...(o.config ? { config: o.config } : {}),
    timing: {
      burstMinutes: an.burstMinutes ?? DEFAULTS.burstMinutes,
      burstMin: an.burstMin ?? DEFAULTS.burstMin,
      lateDays: an.lateDays ?? DEFAULTS.lateDays,
    },
    ...(o.onProgress ? { onProgress: o.onProgress } : {}),
    // a notes file named after a person or a day is named redacted from the start, with the names known by then
    notesShown: (read) => notesNameSoFar([...(namesFile?.names ?? []), ...(anon.redact ?? [])], read),
  }).then(
    (r) => {
      // from here on, a worker not started yet never will be: what it would have coded is coded in this thread
      worker.given = true;
      return r;
    },
    (e: unknown) => {
      worker.given = true;
      worker.coder?.close();
      throw e;
    },
  );
  try {
    // a notes file named after a person or a day is named redacted here too, as in every output
    const notes = new Set(raw.inputs.filter((i) => i.kind === 'interviews').map((i) => i.path));
    const notesShown = notesPathShown(raw.tables.interviews, [...(namesFile?.names ?? []), ...(anon.redact ?? [])]);
    requireSomeRows(raw.inputs, 'analyse', undefined, { shown: (p) => (notes.has(p) ? notesShown(p) : p) });
    return await finish(o, cfg, raw, rules, settings, locale, precoding, namesFile, answers);
  } finally {
    worker.coder?.close();
  }
}

/** Everything after the files are read: people, fields, usage, the notes, audits, score and recommendations. */
async function finish(
  o: PipelineOptions,
  cfg: Config,
  raw: RawAnalysis,
  rules: Rules | undefined,
  settings: { minGroupSize: number; minQuoteGroupSize: number; staleDays: number },
  locale: string,
  precoding: Promise<Map<string, NoteCoding>>[],
  namesFile: NamesFile | undefined,
  answers: Answers | undefined,
): Promise<AuditResult> {
  const an = cfg.analysis ?? {};
  const anon = cfg.anonymity ?? {};
  // --now, else the newest created, modified, activity or login date of the exports, else (notes alone, or
  // exports without dates) the last day of the month of the newest date of the notes (a date still to come is a
  // typo, and dates nothing)
  const dateOrder = fallbackOrder(o.dateFormat ?? an.dateFormat, locale);
  if (!raw.inputs.some((i) => i.kind === 'logins')) raw.usage.useLastLogins();
  const stated = decideNow(o.now, raw.usage);
  for (const t of raw.tables.interviews) checkNotesTable(t, { dateOrder, dating: stated === null });
  const now = stated ?? newestNoteDate(raw.tables.interviews, dateOrder) ?? answeredOn(answers);
  const ownerKeys = raw.fieldStats.flatMap((f) => [...f.owners.keys()]);
  const nameUsers = o.nameUsers ?? false;
  const people = buildPeople(raw.usage, ownerKeys, nameUsers);

  const result: AuditResult = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'crm-audit', version: TOOL_VERSION },
    generatedAt: now === null ? null : new Date(now).toISOString(),
    situation: 'pre-implementation',
    meta: {
      client: o.meta?.client ?? cfg.report?.client ?? null,
      consultant: o.meta?.consultant ?? cfg.report?.consultant ?? null,
      firm: o.meta?.firm ?? cfg.report?.firm ?? null,
      locale,
      paper: o.meta?.paper ?? cfg.report?.paper ?? DEFAULTS.paper,
      accent: o.meta?.accent ?? cfg.report?.accent ?? null,
      logo: o.meta?.logo ?? null,
      namedUsers: nameUsers,
    },
    settings,
    inputs: raw.inputs,
  };
  const fields = buildFields(raw, people, rules);
  if (fields.length) result.fields = fields;
  const finalize = {
    now,
    nameUsers,
    minGroupSize: settings.minGroupSize,
    staleDays: settings.staleDays,
    ...(cfg.teams ? { teams: cfg.teams } : {}),
  };
  const users = finalizeUsers(raw.usage, people, finalize);
  if (users) result.users = users;
  const activity = finalizeActivity(raw.usage);
  if (activity) result.activity = activity;
  const records = finalizeRecords(raw.usage, now, settings.staleDays, people);
  if (records) result.records = records;
  const history = finalizeFieldHistory(raw.usage);
  if (history) result.fieldHistory = history;

  mark('files read');
  const precoded = new Map<string, NoteCoding>();
  for (const m of await Promise.all(precoding)) for (const [k, v] of m) precoded.set(k, v);
  if (raw.tables.interviews.length) {
    const redactNames = [...people.names, ...(namesFile?.names ?? []), ...(anon.redact ?? [])];
    const iv = analyzeInterviews(raw.tables.interviews, {
      minGroupSize: settings.minGroupSize,
      minQuoteGroupSize: settings.minQuoteGroupSize,
      redactNames,
      samePeople: people.samePeople,
      ...(cfg.themes ? { themes: cfg.themes } : {}),
      ...(o.codingFile
        ? { coding: await loadCoding(resolve(o.cwd, o.codingFile), displayPath(resolve(o.cwd, o.codingFile), o.cwd), { themes: cfg.themes ?? [] }) }
        : {}),
      nameRespondents: nameUsers,
      ...(precoded.size ? { precoded } : {}),
    });
    if (iv.result.notes === 0) {
      // rows, and not one note's text among them: with nothing else to analyse, said as `interviews` says it; beside
      // other inputs, the report has no reps' voice, and the notes file says why
      const why = whyNoNotes(raw.tables.interviews);
      const notesInputs = new Set(raw.tables.interviews.map((t) => t.input));
      if (!answers) {
        requireSomeRows(raw.inputs, 'analyse', NO_NOTES_HINT, {
          shown: (p) => iv.shownPath(p),
          why: (i) => (notesInputs.has(i) ? why(i) : whyNoRows(i)),
          what: 'a data row or a note',
        });
      }
      for (const t of raw.tables.interviews) t.input.warnings.push({ code: 'interviews', message: `no note to code: ${why(t.input)}; ${NO_NOTES_HINT}` });
    } else result.interviews = iv.result;
    // what the notes analysis has to say (corrections not applied, notes in another language ...) is said with
    // the first notes file, on stderr and in the JSON, as `interviews` says it
    const first = result.inputs.find((i) => i.path === raw.tables.interviews[0]!.input.path);
    for (const w of iv.warnings) {
      const input = w.file === null ? first : (result.inputs.find((i) => i.path === w.file) ?? first);
      input?.warnings.push({ code: 'interviews', message: w.message });
    }
    // and what the names file has to say (its lines by number, never their text; its name redacted like the notes')
    for (const w of namesFile?.warnings ?? []) {
      const where = formatWhere({ file: iv.shownPath(o.redactFile!), ...(w.line === null ? {} : { line: w.line }) });
      first?.warnings.push({ code: 'redact-file', message: `${where}: ${w.message}` });
    }
    // a notes file named after a person or a day ("interview_jane_smith_2024-03-15.csv") is shown redacted
    const notesFiles = new Set(raw.tables.interviews.map((t) => t.input.path));
    for (const i of result.inputs) if (notesFiles.has(i.path)) i.path = iv.shownPath(i.path);
    // and so is a copy of a notes file, and the warning that names both
    for (const c of raw.copies) {
      if (c.of.kind !== 'interviews') continue;
      c.input.path = iv.shownPath(c.input.path);
      c.input.warnings = c.input.warnings.map((w) => (w.code === 'identical-file' ? { ...w, message: copyMessage(c.of.path, c.sameFile, 'notes') } : w));
    }
  }
  const given = answersForResult(answers);
  if (given) result.answers = given;
  const situation = decideSituation({
    inputs: result.inputs,
    ...(given ? { answers: given } : {}),
    explicit: o.situation ?? an.situation,
    notes: result.interviews?.situationSigns,
  });
  result.situation = situation.situation;
  result.situationBasis = situation.basis;
  if (situation.exportsSay) {
    o.onNotice?.(
      `the answers say the project is ${situation.situation}, but the exports alone look ${situation.exportsSay}: ` +
        'the audit follows the answers (they may describe a new CRM, the exports an old one); pass --situation to say otherwise',
    );
  }

  mark('assembled');
  const audits = runAudits(result, cfg.weights ? { weights: cfg.weights } : {});
  const scored = scoreAudits(audits, result, cfg.weights);
  result.audits = audits;
  result.categories = scored.categories;
  result.risk = scored.risk;
  result.recommendations = recommend(audits, result, result.situation);
  mark('analysed');
  return AuditResult.parse(result);
}

