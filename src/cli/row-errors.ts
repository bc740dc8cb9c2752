// Malformed rows on stderr: where and why for the first few of a file (never a cell of it), as every command
// that reads CSV says them.
import { formatWhere } from '../errors.js';
import { rowErrorDetails, unlistedRowErrors } from '../ingest/row-errors.js';
import type { InputSummary } from '../result/schema.js';

export { LISTED_ROW_ERRORS } from '../ingest/row-errors.js';

/** "file:line[:column]: why" for the first malformed rows of an input, its path shown as given. */
export function listedRowErrors(input: Pick<InputSummary, 'errors'>, shown: string): string[] {
  return rowErrorDetails(input, shown).map((d) => `${formatWhere(d.where)}: ${d.message}`);
}

/** "3 malformed rows skipped (1 not listed)": how many of an input's rows were skipped, and how many not listed. */
export function skippedRows(input: Pick<InputSummary, 'errors' | 'skipped'>): string {
  const more = unlistedRowErrors(input);
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
