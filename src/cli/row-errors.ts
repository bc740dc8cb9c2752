// Malformed rows on stderr: where and why for the first few of a file (never a cell of it), as every command
// that reads CSV says them.
import { formatWhere } from '../errors.js';
import type { InputSummary } from '../result/schema.js';

/** How many malformed rows of one file are listed by line; the rest are counted. */
export const LISTED_ROW_ERRORS = 5;

/** "file:line[:column]: why" for the first malformed rows of an input, its path shown as given. */
export function listedRowErrors(input: Pick<InputSummary, 'errors'>, shown: string): string[] {
  return input.errors
    .slice(0, LISTED_ROW_ERRORS)
    .map((e) => `${formatWhere({ file: shown, line: e.line, ...(e.column ? { column: e.column } : {}) })}: ${e.message}`);
}

/** "3 malformed rows skipped (1 not listed)": how many of an input's rows were skipped, and how many not listed. */
export function skippedRows(input: Pick<InputSummary, 'errors' | 'skipped'>): string {
  const more = input.skipped - Math.min(LISTED_ROW_ERRORS, input.errors.length);
  return `${input.skipped} malformed row${input.skipped === 1 ? '' : 's'} skipped${more > 0 ? ` (${more} not listed)` : ''}`;
}

/**
 * What a command that reads one table says of it on stderr, a line each: the input's warnings (`word` may
 * reword one), then where and why for its first malformed rows, and how many were skipped.
 */
export function inputNotes(
  input: Pick<InputSummary, 'errors' | 'skipped' | 'warnings'>,
  shown: string,
  word: (w: InputSummary['warnings'][number]) => string = (w) => w.message,
): string[] {
  return [
    ...input.warnings.map((w) => `${shown}: ${word(w)}`),
    ...(input.skipped > 0 ? [...listedRowErrors(input, shown), `${shown}: ${skippedRows(input)} and counted`] : []),
  ];
}
