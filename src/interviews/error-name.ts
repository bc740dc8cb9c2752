// A notes file as an error that stops the run names it: redacted as every output names it, with the names known
// by then (an error is printed, and may be pasted anywhere).
import type { PartialTable, Table } from '../ingest/index.js';
import { notesPathShown } from './analyze.js';
import { COMMON_WORDS } from './common-words.js';

/**
 * How a notes file is named before its notes are analysed (an error that stops the read, progress): its dates cut
 * to the month, phone numbers and addresses taken out, and the names given (`--redact`, the config's
 * `anonymity.redact`) and those of the respondents of `read`: the notes tables read so far, and the part of the
 * file being read that came before the error.
 */
export function notesNameSoFar(redactNames: readonly string[], read: readonly PartialTable[]): (path: string) => string {
  // notesPathShown reads a table's header, roles and rows, and nothing else of it
  return (path) => notesPathShown(read as readonly Table[], [...redactNames, ...wordsThatMayNameSomeone(path)])(path);
}

/**
 * The words of a notes file's own name that may name someone: not yet known names (the roster, the failing row and
 * the rows after it are not read when a run stops), so every word of three letters or more that is no ordinary
 * word. "robert_lee_notes.csv" reads "[name]_[name]_notes.csv" in such an error; a client's name in it may go too
 * ("acme_notes.csv"): the user typed the path, and knows the file.
 */
function wordsThatMayNameSomeone(path: string): string[] {
  const base = path.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.[^.]*$/, '');
  return (stem.match(/\p{L}{3,}/gu) ?? []).filter((w) => !COMMON_WORDS.has(w.toLowerCase()) && !FILE_WORDS.has(w.toLowerCase()));
}

/** Words of file names that are no one's: what a notes file is, and when. */
const FILE_WORDS = new Set([
  'csv', 'tsv', 'txt', 'xlsx', 'notes', 'note', 'interview', 'interviews', 'workshop', 'workshops', 'focus', 'group',
  'groups', 'session', 'sessions', 'export', 'exports', 'final', 'draft', 'copy', 'raw', 'clean', 'cleaned', 'coded',
  'review', 'reviewed', 'sheet', 'feedback', 'survey', 'answers', 'responses', 'transcript', 'transcripts', 'crm',
  'sales', 'team', 'reps', 'kickoff', 'wave', 'round', 'part', 'new', 'old', 'data', 'file', 'utf', 'ansi', 'unicode',
]);
