// The analysis stage: read every input file once, route rows into mergeable accumulators, and finalise
// them into the members of the contract (field statistics, users, activity, records, field history).
import { basename, extname, resolve } from 'node:path';
import type { Config } from '../config/config-schema.js';
import { namingFileAs, usageError } from '../errors.js';
import {
  checkKindFlags,
  displayPath,
  optionsForFile,
  parseKindFlags,
  readCsv,
  type Encoding,
  type PartialTable,
  type Table,
} from '../ingest/index.js';
import { objectFromBase } from '../ingest/formats/index.js';
import { copyMessage, identicalFiles } from '../ingest/identical.js';
import type { InputSummary } from '../result/schema.js';
import { fallbackOrder } from './dates.js';
import { compact } from '../ingest/header.js';
import { asTable, createFileSink, type UnparsedDateColumn } from './file-sink.js';
import type { FieldStats } from './field-stats.js';
import { UsageAccumulator, type TimingSettings } from './usage.js';

/** One field per object and name (a file without a known object is its own object). */
export function fieldKey(object: string | null | undefined, source: string, name: string): string {
  return `${(object ?? source).toLowerCase()}\u0000${compact(name)}`;
}

export interface AnalyzeOptions {
  cwd: string;
  /** no file at all is fine (the questionnaire's answers are the evidence) */
  noFilesNeeded?: boolean;
  locale: string;
  dateFormat?: 'auto' | 'iso' | 'mdy' | 'dmy';
  encoding?: Encoding;
  strict?: boolean;
  maxErrors: number;
  kindFlags?: string[];
  config?: Config;
  timing: TimingSettings;
  onProgress?: (file: string, bytesDone: number, bytesTotal: number) => void;
  /** told of each file read whole (fields, interviews, users) as soon as it is read */
  onTable?: (kind: 'fields' | 'interviews' | 'users', table: Table) => void;
  /**
   * How a notes file is named before the analysis (in an error that stops the read, in a message about --kind, in
   * the progress line), given the notes read so far: redacted, as the outputs name it. As given without it.
   */
  notesShown?: (read: readonly PartialTable[]) => (path: string) => string;
}

export interface RawAnalysis {
  inputs: InputSummary[];
  /** column statistics, merged per object and name, in input order */
  fieldStats: FieldStats[];
  usage: UsageAccumulator;
  /** files read whole, by kind */
  tables: { fields: Table[]; interviews: Table[]; users: Table[] };
  hasKind: Set<InputSummary['kind']>;
  unparsedDates: number;
  /** inputs not read because they repeat an earlier one byte for byte, each with the input it repeats */
  copies: { input: InputSummary; of: InputSummary; sameFile: boolean }[];
}

/** Files whose names say they are parts of the same object share a set of seen Ids. */
function idGroups(files: string[]): Map<string, Set<string>> {
  const byObject = new Map<string, string[]>();
  for (const f of files) {
    const obj = objectFromBase(basename(f, extname(f)));
    if (!obj) continue;
    byObject.set(obj, [...(byObject.get(obj) ?? []), f]);
  }
  const out = new Map<string, Set<string>>();
  for (const group of byObject.values()) {
    if (group.length < 2) continue;
    const seen = new Set<string>();
    for (const f of group) out.set(f, seen);
  }
  return out;
}

const cells = (n: number) => `${n} date ${n === 1 ? 'cell' : 'cells'}`;

/**
 * Which date columns held values that are not dates, and where the first is. --date-format is suggested only
 * for cells that the other day/month order reads; a day or month out of range in any order is said to be so.
 */
export function unparsedDatesMessage(columns: readonly UnparsedDateColumn[]): string {
  const total = columns.reduce((s, c) => s + c.count, 0);
  const where = columns.map((c) => `${c.count} in "${c.name}" (first at line ${c.line}, column ${c.column})`).join('; ');
  const rescued = columns.filter((c) => c.otherOrder > 0);
  const advice = rescued.length
    ? rescued
        .map((c) => {
          const some = c.otherOrder === c.count ? 'they read' : `${c.otherOrder} of them read`;
          const name = c.other === 'mdy' ? 'month/day' : 'day/month';
          return `in "${c.name}" ${some} as ${name} dates: pass --date-format ${c.other} if the column is ${name}`;
        })
        .join('; ')
    : 'they are not valid dates in any day/month order (a day or month out of range, or not a date at all): fix them in the export';
  return `${cells(total)} could not be read as dates and were left out of the timing figures: ${where}; ${advice}`;
}

export async function analyzeFiles(files: string[], interviewFiles: string[], opts: AnalyzeOptions): Promise<RawAnalysis> {
  const kinds = parseKindFlags(opts.kindFlags);
  const given = (list: string[]) => list.map((f) => ({ file: f, shown: displayPath(resolve(opts.cwd, f), opts.cwd) }));
  // a bare --kind is for the input files; notes given with --interviews are notes
  const notesShown = opts.notesShown ?? (() => (p: string) => p);
  const onProgress = opts.onProgress;
  checkKindFlags(kinds, given(files), { command: 'analyze', notes: given(interviewFiles), noteShown: notesShown([]) });
  const fallback = fallbackOrder(opts.dateFormat, opts.locale);
  const budget = { max: opts.strict ? 0 : opts.maxErrors, used: 0 };
  const groups = idGroups(files);
  const usage = new UsageAccumulator(opts.timing);
  const fieldMap = new Map<string, FieldStats>();
  const inputs: InputSummary[] = [];
  const tables: RawAnalysis['tables'] = { fields: [], interviews: [], users: [] };
  const hasKind = new Set<InputSummary['kind']>();
  let unparsedDates = 0;

  // Notes files are read first, so that their coding can run (in a worker) while the CRM exports are read;
  // the result lists every file in the order given, CRM files first.
  const all = [
    ...interviewFiles.map((f, i) => ({ f, forced: 'interviews' as const, order: files.length + i })),
    ...files.map((f, i) => ({ f, forced: undefined, order: i })),
  ];
  const orderOf = new Map<InputSummary, number>();
  const tableOrder = new Map<Table, number>();
  const perFile: { order: number; shown: string; fields: FieldStats[] }[] = [];
  // a file with the same bytes as one before it (a notes file under two names, an export copied twice) is not read
  // again: it is listed with no rows of its own, all of them repeats
  const copyOf = new Map((await identicalFiles(all.map((a) => resolve(opts.cwd, a.f)))).map((c) => [c.copy, c]));
  const readAs = new Map<number, InputSummary>();
  const copies: RawAnalysis['copies'] = [];
  for (const [k, { f, forced, order }] of all.entries()) {
    const shown = displayPath(resolve(opts.cwd, f), opts.cwd);
    const copy = copyOf.get(k);
    const original = copy && readAs.get(copy.of);
    if (copy && original) {
      const input: InputSummary = {
        ...original,
        path: shown,
        rows: 0,
        skipped: 0,
        duplicates: original.rows + original.duplicates,
        trailerLines: 0,
        errors: [],
        warnings: [{ code: 'identical-file', message: copyMessage(original.path, copy.sameFile, 'rows') }],
      };
      inputs.push(input);
      orderOf.set(input, order);
      copies.push({ input, of: original, sameFile: copy.sameFile });
      continue;
    }
    // the progress line names a notes file as the outputs do (worked out once, when first shown)
    let label: string | undefined;
    const notesLabel = (p: string) => (label ??= notesShown(tables.interviews)(p));
    const readOpts = optionsForFile(
      f,
      shown,
      {
        ...(opts.encoding ? { encoding: opts.encoding } : {}),
        ...(opts.strict ? { strict: true } : {}),
        errorBudget: budget,
        ...(groups.get(f) ? { seenIds: groups.get(f)! } : {}),
        ...(onProgress ? { onProgress: (d: number, t: number) => onProgress(forced === 'interviews' ? notesLabel(shown) : shown, d, t) } : {}),
      },
      kinds,
      opts.config,
    );
    if (forced) readOpts.kind = forced;
    let current: ReturnType<typeof createFileSink> | null = null;
    const res = await readCsv(resolve(opts.cwd, f), readOpts, () => {
      current = createFileSink(shown, opts.timing, fallback);
      return current.sink;
    }).catch((e: unknown) => {
      // a notes file (given with --interviews, or found to be one by its header) is named redacted, with the
      // respondents read so far
      const stopped = current as ReturnType<typeof createFileSink> | null;
      if (forced !== 'interviews' && stopped?.result.detection?.kind !== 'interviews') throw e;
      throw namingFileAs(e, shown, notesShown([...tables.interviews, ...(stopped ? [stopped.soFar()] : [])])(shown));
    });
    const file = current as ReturnType<typeof createFileSink> | null;
    if (!file) continue;
    file.finish();
    const a = file.result;
    inputs.push(res.summary);
    readAs.set(k, res.summary);
    orderOf.set(res.summary, order);
    hasKind.add(res.summary.kind);
    unparsedDates += a.unparsedDates;
    if (a.contradictedDates > 0) {
      res.summary.warnings.push({
        code: 'date-order-contradicted',
        message: `${a.contradictedDates} date cells contradict the month/day order assumed from the first rows; pass --date-format to say which it is`,
      });
    }
    if (a.unparsedDates > 0) res.summary.warnings.push({ code: 'unparsed-dates', message: unparsedDatesMessage(a.unparsedByColumn) });
    usage.merge(a.usage);
    perFile.push({ order, shown, fields: a.fields });
    const kind = res.summary.kind;
    if (kind === 'fields' || kind === 'interviews' || kind === 'users') {
      const table = asTable(a, res.summary);
      tables[kind].push(table);
      tableOrder.set(table, order);
      opts.onTable?.(kind, table);
    }
  }
  if (inputs.length === 0 && !opts.noFilesNeeded) throw usageError('no input files to analyse', { hint: 'pass CSV files or export folders' });
  inputs.sort((a, b) => orderOf.get(a)! - orderOf.get(b)!);
  // fields merged per object and name, listed in the order of the files given
  for (const { shown, fields } of perFile.sort((a, b) => a.order - b.order)) {
    for (const fs of fields) {
      const key = fieldKey(fs.object, shown, fs.name);
      const prev = fieldMap.get(key);
      if (prev) prev.merge(fs);
      else fieldMap.set(key, fs);
    }
  }
  for (const list of Object.values(tables)) list.sort((a, b) => tableOrder.get(a)! - tableOrder.get(b)!);
  return { inputs, fieldStats: [...fieldMap.values()], usage, tables, hasKind, unparsedDates, copies };
}
