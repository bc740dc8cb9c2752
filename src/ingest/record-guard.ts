// Keeps oversized records away from csv-parse. csv-parse's own max_record_size cannot skip a record and read
// on: with skip_records_with_error it drops the rest of every chunk once the limit is passed, so one huge cell
// lost every row after it. This guard sits between the decoder and the parser, follows the record boundaries as
// csv-parse reads them (a quote opens a field only at its start, "" is a quote inside one, a quote closes it only
// before a delimiter, a line break or the end, and is otherwise kept as text: relax_quotes), and holds back the
// record being read until it ends. A record that grows past the limit is dropped as it streams by (memory stays
// bounded by the limit) and a one-cell marker record takes its place, so that the reader reports it at its line,
// in order, and reads on.

/** The cell of the record put in place of a dropped one: NUL characters and a name no export holds. */
export const DROPPED_RECORD = '\u0000crm-audit:record-too-large\u0000';

export interface DroppedRecord {
  /** line breaks inside the dropped record (its own physical lines are one more) */
  lineBreaks: number;
  /** the record ran to the end of the file */
  toEnd: boolean;
  /** ... inside a quoted field: a quote that is never closed */
  unclosedQuote: boolean;
  /** with unclosedQuote: the field of the record (1-based) whose opening quote is never closed */
  quoteColumn?: number;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

export class RecordGuard {
  /** dropped records, in order; the reader takes one for each marker record it reads */
  readonly dropped: DroppedRecord[] = [];
  /** the text not given out yet: the record being read (none of a dropped one), then what is not scanned yet */
  private pending = '';
  private pos = 0;
  private quoting = false;
  /** where the field being read starts in `pending` (a quote opens a field only there); -1 when it is not in it */
  private fieldStart = 0;
  /** the field being read, counted from 0 in its record; and the one whose quote opened last */
  private field = 0;
  private quoteField = 0;
  private skipping = false;
  private skippedBreaks = 0;
  private readonly delimiter: number;

  constructor(
    delimiter: string,
    /** a bare CR ends a record (an old Mac file), else CRLF and LF do */
    private readonly crOnly: boolean,
    private readonly maxBytes: number,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Text in; the text that may go to the parser now (whole records, and markers for dropped ones). */
  write(text: string): string {
    this.pending += text;
    return this.scan(false);
  }

  /** The rest, at the end of the input. */
  end(): string {
    const out = this.scan(true);
    if (this.skipping) {
      this.dropped.push({
        lineBreaks: this.skippedBreaks,
        toEnd: true,
        unclosedQuote: this.quoting,
        ...(this.quoting ? { quoteColumn: this.quoteField + 1 } : {}),
      });
      this.skipping = false;
      return out + DROPPED_RECORD;
    }
    const rest = this.pending;
    this.pending = '';
    this.pos = 0;
    return out + rest;
  }

  /** UTF-8 bytes of s[from, to), when they may pass the limit (a character is at most 3 bytes): else 0. */
  private bytes(s: string, from: number, to: number): number {
    return (to - from) * 3 > this.maxBytes ? Buffer.byteLength(s.slice(from, to)) : 0;
  }

  private scan(end: boolean): string {
    const s = this.pending;
    const n = s.length;
    const delimiter = this.delimiter;
    let { quoting, fieldStart, field, quoteField, skipping, skippedBreaks } = this;
    let out = '';
    /** where the record being read starts, and where the text not given out yet starts */
    let start = 0;
    let emitFrom = 0;
    let i = this.pos;
    while (i < n) {
      let j = i;
      if (quoting) {
        j = s.indexOf('"', i);
        if (j < 0) j = n;
      } else {
        for (; j < n; j++) {
          const d = s.charCodeAt(j);
          if (d === QUOTE || d === delimiter || d === LF || d === CR) break;
        }
      }
      // a CR or a quote in a quoted field: the character after it decides what it is
      const c = s.charCodeAt(j);
      const wait = j < n && j + 1 >= n && !end && (c === CR || quoting);
      // a CR that ends the text may be half of a CRLF
      const to = j === n && !end && s.charCodeAt(n - 1) === CR ? n - 1 : j;
      if (skipping && quoting) skippedBreaks += countBreaks(s, i, wait ? j : to);
      i = wait ? j : to;
      if (j === n || wait) break;
      if (quoting) {
        // an escaped quote; or the quote closes the field (before a delimiter, a line break or the end), or is text
        // and the field goes on unquoted: either way, quoting ends
        if (s.charCodeAt(j + 1) === QUOTE) i = j + 2;
        else {
          quoting = false;
          i = j + 1;
        }
        continue;
      }
      if (c === QUOTE) {
        if (j === fieldStart) {
          quoting = true;
          quoteField = field;
        }
        i = j + 1;
        continue;
      }
      if (c === delimiter) {
        fieldStart = i = j + 1;
        field++;
        continue;
      }
      // a line break: the end of the record, or a bare CR (or LF in an old Mac file) inside it
      const ends = this.crOnly ? (c === CR ? 1 : 0) : c === LF ? 1 : s.charCodeAt(j + 1) === LF ? 2 : 0;
      if (ends === 0) {
        if (skipping) skippedBreaks++;
        i = j + 1;
        continue;
      }
      if (skipping || this.bytes(s, start, j) > this.maxBytes) {
        this.dropped.push({ lineBreaks: skipping ? skippedBreaks : countBreaks(s, start, j), toEnd: false, unclosedQuote: false });
        if (!skipping) out += s.slice(emitFrom, start);
        out += DROPPED_RECORD + s.slice(j, j + ends);
        emitFrom = j + ends;
        skipping = false;
      }
      fieldStart = start = i = j + ends;
      field = 0;
    }
    // a record past the limit is dropped now, as it streams by: memory stays bounded by the limit and one chunk
    if (!skipping && this.bytes(s, start, i) > this.maxBytes) {
      out += s.slice(emitFrom, start);
      skippedBreaks = countBreaks(s, start, i);
      skipping = true;
    }
    if (!skipping) out += s.slice(emitFrom, start);
    // nothing of a dropped record is kept but what is not scanned yet
    const keepFrom = skipping ? i : start;
    this.pending = s.slice(keepFrom);
    this.pos = i - keepFrom;
    this.fieldStart = fieldStart - keepFrom;
    this.field = field;
    this.quoteField = quoteField;
    this.quoting = quoting;
    this.skipping = skipping;
    this.skippedBreaks = skippedBreaks;
    return out;
  }
}

/** Line breaks in s[from, to) (CRLF counts once), as the reader counts them in cells. */
function countBreaks(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === LF || (c === CR && s.charCodeAt(i + 1) !== LF)) n++;
  }
  return n;
}
