// A notes file as an error that stops the run names it: redacted as every output names it, with the names known
// by then (an error is printed, and may be pasted anywhere).
import type { PartialTable, Table } from '../ingest/index.js';
import { notesPathShown } from './analyze.js';

/**
 * How a notes file is named before its notes are analysed (an error that stops the read, progress): its dates cut
 * to the month, phone numbers and addresses taken out, and the names given (`--redact`, the config's
 * `anonymity.redact`) and those of the respondents of `read`: the notes tables read so far, and the part of the
 * file being read that came before the error.
 */
export function notesNameSoFar(redactNames: readonly string[], read: readonly PartialTable[]): (path: string) => string {
  // notesPathShown reads a table's header, roles and rows, and nothing else of it
  return notesPathShown(read as readonly Table[], redactNames);
}
