// The streaming reader: bytes -> decoded text -> csv-parse -> rows as arrays, with physical line numbers,
// malformed rows reported (never their values) and skipped, the report trailer dropped, and split-export
// duplicates removed on Id. Memory stays bounded by one record.
import { createReadStream, openSync, readSync, closeSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { TextDecoder } from 'node:util';
import { parse } from 'csv-parse';
import { dataError, usageError } from '../errors.js';
import type { InputSummary, RowError } from '../result/schema.js';
import { ChunkDecoder, InvalidUtf8Error, sniffBinary, sniffEncoding, sniffNotCsv } from './decode.js';
import { sniffDelimiter } from './delimiter.js';
import { detect, type Detection } from './detect.js';
import { uniqueHeader } from './header.js';
import { DROPPED_RECORD, RecordGuard, type DroppedRecord } from './record-guard.js';
import { isTrailerRow } from './trailer.js';
import type { Encoding, ReadOptions } from './types.js';

const SNIFF_BYTES = 64 * 1024;
const MAX_LISTED_ERRORS = 200;
export const DEFAULT_MAX_RECORD_BYTES = 2 * 1024 * 1024;

export interface RowSink {
  /** called once with the header and the physical line it is on (2 under an Excel `sep=` line) */
  header(names: string[], detection: Detection, line: number): void;
  row(cells: string[], line: number): void;
}

export interface ReadResult {
  summary: InputSummary;
  detection: Detection;
  header: string[];
}

function readHead(path: string): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw usageError(code === 'ENOENT' ? 'input file not found' : `cannot read the input file (${code ?? 'error'})`, {
      where: { file: path },
      hint: code === 'ENOENT' ? 'check the path' : 'check the file permissions',
    });
  }
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    const n = readSync(fd, buf, 0, SNIFF_BYTES, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

const SF_SUFFIX = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** The 3-character suffix Salesforce appends to a 15-character id: a checksum of its letters' case. */
function salesforceSuffix(id15: string): string {
  let out = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let n = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charCodeAt(chunk * 5 + i);
      if (c >= 65 && c <= 90) n |= 1 << i;
    }
    out += SF_SUFFIX[n];
  }
  return out;
}

/**
 * Salesforce 15- and 18-character ids of the same record count once: an 18-character value whose last three
 * characters are the case checksum of the first fifteen is folded to those fifteen. Other values are kept.
 */
export function normalizeId(id: string): string {
  const t = id.trim();
  if (t.length !== 18 || !/^[a-zA-Z0-9]{18}$/.test(t)) return t;
  const head = t.slice(0, 15);
  return salesforceSuffix(head) === t.slice(15).toUpperCase() ? head : t;
}

/** Line breaks inside the cells of a record (CRLF counts once). */
function lineBreaksIn(record: string[]): number {
  let n = 0;
  for (const cell of record) {
    if (cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) continue;
    for (let i = 0; i < cell.length; i++) {
      const c = cell.charCodeAt(i);
      if (c === 10) n++;
      else if (c === 13 && cell.charCodeAt(i + 1) !== 10) n++;
    }
  }
  return n;
}

/** Read one CSV file, calling the sink for the header and each kept row. */
export async function readCsv(path: string, opts: ReadOptions, makeSink: () => RowSink): Promise<ReadResult> {
  const display = opts.displayPath ?? path;
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw usageError('expected a CSV file, got a folder', { where: { file: display } });
    size = st.size;
  } catch (e) {
    if (e instanceof Error && e.name === 'CrmAuditError') throw e;
    throw usageError('input file not found', { where: { file: display }, hint: 'check the path' });
  }
  const head = readHead(path);
  const guess = sniffEncoding(head);
  const first: Encoding = opts.encoding ?? guess.encoding;
  if (first !== 'utf-16le' && first !== 'utf-16be') {
    const binary = sniffBinary(head);
    if (binary) {
      throw usageError(`this is not a CSV file: it looks like ${binary}`, {
        where: { file: display },
        hint: 'export the data as CSV from the CRM or the spreadsheet',
      });
    }
  }
  // A read may start again as Windows-1252: what it charged to the shared error budget and Ids is undone.
  const budgetBefore = opts.errorBudget?.used ?? 0;
  const attempt = async (encoding: Encoding, warnings: InputSummary['warnings']) => {
    const fileIds = new Set<string>();
    const res = await readWith(path, display, size, head, encoding, { ...opts, fileIds }, makeSink(), warnings);
    if (opts.seenIds) for (const id of fileIds) opts.seenIds.add(id);
    return res;
  };
  try {
    return await attempt(first, []);
  } catch (e) {
    if (!(e instanceof InvalidUtf8Error)) throw e;
    if (opts.encoding) {
      throw usageError(`the file is not valid ${opts.encoding} as --encoding says`, {
        where: { file: display },
        hint: 'try --encoding windows-1252, or leave --encoding out to detect it',
      });
    }
    if (opts.errorBudget) opts.errorBudget.used = budgetBefore;
    const warning = {
      code: 'encoding-fallback',
      message: 'the bytes are not valid UTF-8; read as Windows-1252 (pass --encoding to choose another)',
    };
    return attempt('windows-1252', [warning]);
  }
}

async function readWith(
  path: string,
  display: string,
  size: number,
  head: Uint8Array,
  encoding: Encoding,
  opts: ReadOptions & { fileIds: Set<string> },
  sink: RowSink,
  warnings: InputSummary['warnings'],
): Promise<ReadResult> {
  // Sniff the delimiter on the decoded head (a lenient decoder: the head may end mid-character).
  let sample = new TextDecoder(encoding, { fatal: false }).decode(head);
  if (sample.charCodeAt(0) === 0xfeff) sample = sample.slice(1);
  const notCsv = sniffNotCsv(sample);
  if (notCsv) {
    throw usageError(`this is not a CSV file: it looks like ${notCsv}`, {
      where: { file: display },
      hint:
        notCsv === 'JSON'
          ? 'crm-audit reads CRM exports as CSV; a saved analysis goes to `crm-audit report` or `crm-audit compare`'
          : 'export the data as CSV from the CRM or the spreadsheet',
    });
  }
  const { delimiter, sepLine } = sniffDelimiter(sample);
  const maxRecordBytes = opts.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;

  const errors: RowError[] = [];
  let skipped = 0;
  let duplicates = 0;
  let trailerLines = 0;
  let rows = 0;
  let header: string[] | null = null;
  let detection: Detection | null = null;
  let idCol: number | undefined;
  // Physical line where the next record starts. Counted here rather than with csv-parse's `info`,
  // which costs a fifth of the parse: a record spans 1 + the line breaks inside its quoted cells.
  let nextLine = sepLine ? 2 : 1;
  let stoppedEarly = false;

  const budget = opts.errorBudget ?? { max: Infinity, used: 0 };
  const fail = (err: RowError) => {
    skipped++;
    budget.used++;
    if (errors.length < MAX_LISTED_ERRORS) errors.push(err);
    if (opts.strict) {
      throw dataError(`${err.message} (--strict stops at the first malformed row)`, {
        where: { file: display, line: err.line, ...(err.column ? { column: err.column } : {}) },
        hint: 'fix the row, or drop --strict to skip and count malformed rows',
      });
    }
    if (budget.used > budget.max) {
      throw dataError(`more than ${budget.max} malformed ${budget.max === 1 ? 'row' : 'rows'} in this run; the last: ${err.message}`, {
        where: { file: display, line: err.line, ...(err.column ? { column: err.column } : {}) },
        hint: 'fix the export, or raise --max-errors',
      });
    }
  };

  // CRLF and LF, mixed in one file too (rows pasted from another system end in \n in a \r\n export); a file
  // whose first line ends in a bare CR is an old Mac file, where CR alone ends a line. Elsewhere a bare CR is
  // part of the cell.
  const crOnly = /^[^\r\n]*\r(?!\n)/.test(sample);
  // records over the limit are dropped before csv-parse sees them, and reported where they start (record-guard.ts)
  const guard = new RecordGuard(delimiter, crOnly, maxRecordBytes);
  const parser = parse({
    delimiter,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    // a safety net only: the guard keeps every record under maxRecordBytes
    max_record_size: maxRecordBytes + 1024,
    bom: false,
    record_delimiter: crOnly ? ['\r'] : ['\r\n', '\n'],
  });

  const kib = Math.round(maxRecordBytes / 1024);
  /** line breaks inside the records the guard dropped: csv-parse's own line count does not hold them */
  let droppedBreaks = 0;
  const tooLarge = (line: number, d: DroppedRecord) => {
    droppedBreaks += d.lineBreaks;
    if (header === null) {
      throw usageError(`the first row is larger than ${kib} KiB: this is not a CSV export with a header row`, {
        where: { file: display, line },
        hint: 'export the data as CSV from the CRM or the spreadsheet',
      });
    }
    if (d.toEnd && d.unclosedQuote) {
      stoppedEarly = true;
      fail({
        line,
        ...(d.quoteColumn ? { column: d.quoteColumn } : {}),
        code: 'record-too-large',
        message: `a record is larger than ${kib} KiB and runs to the end of the file: a quoted field is never closed, and the rest of the file is that one record`,
      });
    } else {
      fail({ line, code: 'record-too-large', message: `a record is larger than ${kib} KiB; it was skipped and the rows after it were read` });
    }
  };

  let stop: () => void = () => {};
  // csv-parse reports a skipped record as it parses, ahead of the records still waiting to be read; the
  // report is held until the records before it are read, so that its line is where the record starts.
  type SkipError = Error & { code?: string; lines?: number; records?: number; column?: number | string | null };
  const pending: SkipError[] = [];
  let consumed = 0;
  parser.on('skip', (err: SkipError) => {
    pending.push(err);
  });
  const placePending = (upTo: number) => {
    while (pending.length && (pending[0]!.records ?? 0) <= upTo) {
      const err = pending.shift()!;
      if (stoppedEarly) continue;
      const line = nextLine;
      nextLine = Math.max(nextLine, (err.lines ?? line) + droppedBreaks + (sepLine ? 1 : 0) + 1);
      if (err.code === 'CSV_MAX_RECORD_SIZE') {
        stoppedEarly = true;
        fail({
          line,
          code: 'record-too-large',
          message: `a record is larger than ${kib} KiB; the rest of the file was not read (an unclosed quote is the usual cause)`,
        });
        stop();
      } else if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
        // csv-parse's `column` (no `columns` option) counts the fields read before the one whose quote opened
        const column = typeof err.column === 'number' ? { column: err.column + 1 } : {};
        fail({ line, ...column, code: 'quote-not-closed', message: 'a quoted field is never closed; the rest of the file is one broken record' });
      } else {
        fail({ line, code: 'malformed-row', message: `the row cannot be parsed (${err.code ?? 'CSV error'})` });
      }
    }
  };

  const onRecord = (record: string[]) => {
    placePending(consumed);
    consumed++;
    if (stoppedEarly) return;
    const start = nextLine;
    nextLine = start + 1 + lineBreaksIn(record);
    if (record.length === 1 && record[0] === DROPPED_RECORD) {
      const dropped = guard.dropped.shift()!;
      nextLine = start + 1 + dropped.lineBreaks;
      tooLarge(start, dropped);
      return;
    }
    if (record.length === 1 && record[0] === '') return; // a blank line
    if (header === null) {
      header = uniqueHeader(record);
      const base = basename(path, extname(path));
      detection = detect(header, base, {
        ...(opts.kind ? { kind: opts.kind } : {}),
        ...(opts.crm ? { crm: opts.crm } : {}),
        ...(opts.object ? { object: opts.object } : {}),
        ...(opts.roles ? { roles: opts.roles } : {}),
      });
      idCol = detection.roles.id;
      sink.header(header, detection, start);
      return;
    }
    if (isTrailerRow(record)) {
      trailerLines++;
      return;
    }
    const width = header.length;
    if (record.length !== width) {
      // Trailing empty cells beyond the header are harmless (Excel writes them).
      const extraEmpty = !opts.exactWidth && record.length > width && record.slice(width).every((c) => c === '');
      if (extraEmpty) {
        record = record.slice(0, width);
      } else {
        fail({
          line: start,
          code: 'ragged-row',
          message: `the row has ${record.length} field${record.length === 1 ? '' : 's'}, the header has ${width}`,
          ...(record.length > width ? { column: width + 1 } : {}),
        });
        return;
      }
    }
    if (opts.seenIds && idCol !== undefined) {
      const id = normalizeId(record[idCol] ?? '');
      if (id !== '') {
        if (opts.seenIds.has(id) || opts.fileIds.has(id)) {
          duplicates++;
          return;
        }
        opts.fileIds.add(id);
      }
    }
    rows++;
    sink.row(record, start);
  };

  const decoder = new ChunkDecoder(encoding);
  let firstText = true;
  let bytesRead = 0;
  await new Promise<void>((resolve, reject) => {
    const stream = createReadStream(path, { highWaterMark: 1024 * 1024 });
    let settled = false;
    const finish = (err?: unknown) => {
      if (settled) return;
      settled = true;
      stream.destroy();
      if (err) reject(err);
      else resolve();
    };
    stop = () => finish();
    parser.on('readable', () => {
      let rec: string[] | null;
      try {
        while ((rec = parser.read() as string[] | null) !== null) onRecord(rec);
      } catch (e) {
        finish(e);
      }
    });
    parser.on('error', (e) => finish(e));
    parser.on('end', () => {
      try {
        placePending(Infinity);
        finish();
      } catch (e) {
        finish(e);
      }
    });
    const feed = (text: string, last = false) => {
      if (firstText && text.length) {
        firstText = false;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        if (sepLine) text = text.replace(/^sep=.(\r\n|\n|\r)?/i, '');
      }
      const whole = last ? guard.write(text) + guard.end() : guard.write(text);
      if (whole.length) return parser.write(whole);
      return true;
    };
    stream.on('data', (chunk) => {
      if (settled) return;
      bytesRead += chunk.length;
      opts.onProgress?.(bytesRead, size);
      try {
        if (!feed(decoder.write(chunk as Buffer))) {
          stream.pause();
          parser.once('drain', () => stream.resume());
        }
      } catch (e) {
        finish(e);
      }
    });
    stream.on('error', (e) => finish(usageError(`cannot read the input file (${(e as NodeJS.ErrnoException).code ?? 'error'})`, { where: { file: display } })));
    stream.on('end', () => {
      if (settled) return;
      try {
        feed(decoder.end(), true);
        parser.end();
      } catch (e) {
        finish(e);
      }
    });
  });

  if (header === null || detection === null) {
    // An empty file: no header at all.
    const d = detect([], basename(path, extname(path)), opts.kind ? { kind: opts.kind } : {});
    detection = d;
    header = [];
    warnings.push({ code: 'empty-file', message: 'the file is empty: no header and no rows' });
  } else if (rows === 0 && skipped === 0) {
    warnings.push({ code: 'no-rows', message: 'the file has a header but no data rows' });
  }
  if (stoppedEarly) warnings.push({ code: 'stopped-early', message: 'reading stopped at an oversized record; later rows are missing' });
  const det = detection as Detection;
  const roleNames: Record<string, string> = {};
  for (const [role, idx] of Object.entries(det.roles)) {
    if (idx !== undefined) roleNames[role] = (header as string[])[idx] ?? '';
  }
  const summary: InputSummary = {
    path: display,
    kind: det.kind,
    kindConfidence: det.kindConfidence,
    crm: det.crm,
    object: det.object,
    rows,
    skipped,
    duplicates,
    trailerLines,
    columns: (header as string[]).length,
    encoding,
    delimiter,
    roles: roleNames,
    errors,
    warnings: [...warnings, ...det.warnings],
  };
  return { summary, detection: det, header: header as string[] };
}
