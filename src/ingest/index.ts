// Ingest: bytes to rows. Folder expansion, per-file overrides, and whole-table reads for small files.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { namingFileAs, usageError } from '../errors.js';
import type { Config } from '../config/config-schema.js';
import { KINDS, type InputSummary } from '../result/schema.js';
import { readCsv, type RowSink } from './reader.js';
import { rowErrorDetails, unlistedRowErrors } from './row-errors.js';
import type { Kind, ReadOptions, Table } from './types.js';

export { readCsv, normalizeId, type RowSink, type ReadResult } from './reader.js';
export { detect, type Detection } from './detect.js';
export { isTrailerRow } from './trailer.js';
export type { ReadOptions, Table, RoleMap, Kind, CrmId, Encoding } from './types.js';

const CSV_EXT = /\.(csv|tsv)$/i;

/** Path as shown in outputs: relative to the working directory, with forward slashes. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path) || path;
  return rel.split(sep).join('/');
}

/**
 * Files and folders (as the user typed them, relative to `cwd`) to a sorted list of absolute CSV paths;
 * a folder means every .csv and .tsv in it (not recursive). Errors show the path as typed.
 */
export function expandInputs(args: string[], cwd: string = process.cwd()): string[] {
  const files: string[] = [];
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    let st;
    try {
      st = statSync(abs);
    } catch {
      throw usageError('input file or folder not found', { where: { file: arg }, hint: 'check the path' });
    }
    if (st.isDirectory()) {
      const inside = readdirSync(abs)
        .filter((f) => CSV_EXT.test(f) && !f.startsWith('.'))
        .sort()
        .map((f) => join(abs, f));
      if (inside.length === 0) {
        throw usageError('the folder holds no .csv files', { where: { file: arg }, hint: 'point at the export folder or its .csv files' });
      }
      files.push(...inside);
    } else {
      files.push(abs);
    }
  }
  return [...new Set(files)];
}

function globToRegExp(glob: string): RegExp {
  const re = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  return new RegExp(`(^|/)${re}$`, 'i');
}

export interface KindFlags {
  /** `--kind KIND`: every file */
  all?: Kind;
  /** `--kind FILE=KIND`: the files whose path ends as FILE says (a glob) */
  byFile: { pattern: RegExp; kind: Kind; flag: string }[];
}

/** `--kind records` (every file) or `--kind Task.csv=activities` (one file). */
export function parseKindFlags(flags: string[] | undefined): KindFlags {
  const out: KindFlags = { byFile: [] };
  for (const f of flags ?? []) {
    const eq = f.lastIndexOf('=');
    const kind = (eq >= 0 ? f.slice(eq + 1) : f) as Kind;
    if (!(KINDS as readonly string[]).includes(kind)) {
      throw usageError(`--kind: unknown kind "${kind}"`, { hint: `use one of ${KINDS.join(', ')}` });
    }
    if (eq >= 0) out.byFile.push({ pattern: globToRegExp(f.slice(0, eq).split(sep).join('/')), kind, flag: f });
    else out.all = kind;
  }
  return out;
}

/** A `--kind FILE=KIND` names this file: as typed, or as shown. */
const namesFile = (k: KindFlags['byFile'][number], file: string, shown: string) => k.pattern.test(shown) || k.pattern.test(file);

/**
 * A --kind the command cannot use is refused, never ignored: a kind the command does not read (`interviews
 * --kind records`), a `FILE=KIND` that names no input file (a typo), or one that gives notes another kind.
 */
export function checkKindFlags(
  kinds: KindFlags,
  files: readonly { file: string; shown: string }[],
  rules: {
    command: string;
    /** the kinds the command can read its files as (default: every kind) */
    allowed?: readonly Kind[];
    /** what the command reads, for the message ("notes only (kind interviews)") */
    reads?: string;
    /** files that are notes whatever --kind says (`analyze --interviews`) */
    notes?: readonly { file: string; shown: string }[];
    /** how a message names a notes file (redacted, as the outputs name it) */
    noteShown?: (shown: string) => string;
  },
): void {
  const allowed = rules.allowed ?? KINDS;
  const refuse = (flag: string, why: string, hint: string) => usageError(`--kind ${flag}: ${why}`, { hint });
  for (const [flag, kind] of [...(kinds.all ? [[kinds.all, kinds.all]] : []), ...kinds.byFile.map((k) => [k.flag, k.kind])]) {
    if (!allowed.includes(kind as Kind)) {
      throw refuse(flag!, `${rules.command} reads ${rules.reads ?? allowed.join(', ')}`, `leave --kind out, or give ${allowed.map((a) => `--kind ${a}`).join(', ')}`);
    }
  }
  for (const k of kinds.byFile) {
    const note = rules.notes?.find((n) => namesFile(k, n.file, n.shown));
    if (note && k.kind !== 'interviews') {
      throw refuse(k.flag, `${rules.noteShown ? rules.noteShown(note.shown) : note.shown} is given with --interviews, so it is read as notes`, 'pass it as an input file to give it another kind, or leave this --kind out');
    }
    if (!note && !files.some((f) => namesFile(k, f.file, f.shown))) {
      throw refuse(k.flag, 'no input file has this name', 'check the name: FILE is the end of the path of an input file, and * stands for any characters');
    }
  }
}

/** Per-file read options from the --kind flags and the config's column mappings. */
export function optionsForFile(
  file: string,
  shownAs: string,
  base: ReadOptions,
  kinds: KindFlags,
  config: Config | undefined,
): ReadOptions {
  const opts: ReadOptions = { ...base, displayPath: shownAs };
  for (const m of config?.columns ?? []) {
    if (globToRegExp(m.file).test(shownAs)) {
      if (m.kind) opts.kind = m.kind;
      if (m.crm) opts.crm = m.crm;
      if (m.object) opts.object = m.object;
      if (m.roles) opts.roles = { ...opts.roles, ...m.roles };
    }
  }
  if (kinds.all) opts.kind = kinds.all;
  for (const k of kinds.byFile) if (namesFile(k, file, shownAs)) opts.kind = k.kind;
  return opts;
}

/** What a read that stopped had read: the header, and the rows before the one it stopped at. */
export type PartialTable = Pick<Table, 'header' | 'rows' | 'roles'>;

/**
 * Read a small file whole (field lists, notes, review sheets). An error that stops the read names the file as
 * `errorName` says, given what was read before it (a notes file is named redacted, without the names of the
 * respondents it has not reached).
 */
export async function readTable(path: string, opts: ReadOptions = {}, errorName?: (read: PartialTable) => string): Promise<Table> {
  const read: PartialTable = { header: [], rows: [], roles: {} };
  const lines: number[] = [];
  let headerLine = 1;
  const sink: () => RowSink = () => {
    read.rows.length = 0;
    lines.length = 0;
    return {
      header(names, detection, line) {
        read.header = names;
        read.roles = detection.roles;
        headerLine = line;
      },
      row(cells, line) {
        read.rows.push(cells);
        lines.push(line);
      },
    };
  };
  try {
    const res = await readCsv(path, opts, sink);
    return { header: res.header, headerLine, rows: read.rows, lines, roles: res.detection.roles, input: res.summary };
  } catch (e) {
    const file = opts.displayPath ?? path;
    throw errorName ? namingFileAs(e, file, errorName(read)) : e;
  }
}

/** Why an input holds no data row, in a few words; null when it holds one. */
export function whyNoRows(input: InputSummary): string | null {
  if (input.rows > 0) return null;
  if (input.warnings.some((w) => w.code === 'empty-file')) return 'the file is empty: no header and no data rows';
  if (input.skipped > 0) return input.skipped === 1 ? 'its only row is malformed and was skipped' : `all its ${input.skipped} rows are malformed and were skipped`;
  if (input.duplicates > 0) return 'every row repeats a row of another part of the export';
  return 'the file has a header but no data rows';
}

/**
 * Nothing at all to analyse is a usage error, not an empty report: when no input holds a data row, say which
 * file is empty and why. A header-only file beside others is a valid (empty) export and only warned about.
 * `shown` is how a file is named (a notes file redacted as in the outputs); `why` says why an input holds nothing
 * to work on, null when it holds `what` (by default a data row).
 */
export function requireSomeRows(
  inputs: readonly InputSummary[],
  command: string,
  hint = 'check that this is the right file and that the export holds rows (a header-only file is accepted beside files that hold data)',
  {
    shown = (p: string) => p,
    why = whyNoRows,
    what = 'a data row',
  }: { shown?: (path: string) => string; why?: (input: InputSummary) => string | null; what?: string } = {},
): void {
  if (inputs.length === 0 || inputs.some((i) => why(i) === null)) return;
  // where and why for the first malformed rows of each file, as the warnings would have said them
  const details = inputs.flatMap((i) => {
    const more = unlistedRowErrors(i);
    const unlisted = more > 0 ? [{ where: { file: shown(i.path) }, message: `and ${more} more malformed row${more === 1 ? '' : 's'}` }] : [];
    return [...rowErrorDetails(i, shown(i.path)), ...unlisted];
  });
  if (inputs.length === 1) {
    const only = inputs[0]!;
    throw usageError(`nothing to ${command}: ${why(only)}`, { where: { file: shown(only.path) }, hint: hintFor(only, hint), details });
  }
  const each = inputs.map((i) => `${shown(i.path)}: ${why(i)}`).join('; ');
  throw usageError(`nothing to ${command}: none of the ${inputs.length} input files holds ${what} (${each})`, { hint, details });
}

/** A file whose every row is malformed is fixed in its rows, not by another file. */
const hintFor = (input: InputSummary, hint: string): string =>
  input.rows === 0 && input.skipped > 0 ? 'fix the rows listed below (a cell too many or too few, or an unclosed quote), or export the file again' : hint;
