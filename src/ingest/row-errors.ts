// A file's malformed rows as they are told: where and why for the first few (never a cell of them), the rest counted.
import { dataError, type CrmAuditError, type ErrorDetail } from '../errors.js';
import type { InputSummary } from '../result/schema.js';

/** How many malformed rows of one file are listed by line; the rest are counted. */
export const LISTED_ROW_ERRORS = 5;

/** Where and why for the first malformed rows of an input (file:line[:column]), its path shown as `shown`. */
export function rowErrorDetails(input: Pick<InputSummary, 'errors'>, shown: string): ErrorDetail[] {
  return input.errors
    .slice(0, LISTED_ROW_ERRORS)
    .map((e) => ({ where: { file: shown, line: e.line, ...(e.column ? { column: e.column } : {}) }, message: e.message }));
}

/** How many of an input's malformed rows are not listed by rowErrorDetails. */
export function unlistedRowErrors(input: Pick<InputSummary, 'errors' | 'skipped'>): number {
  return input.skipped - Math.min(LISTED_ROW_ERRORS, input.errors.length);
}

/**
 * A review sheet (`classify --rules`, `interviews --coding`) with a malformed row is refused, whatever --strict
 * says: the row is a correction that would be lost without a word. The error is at the first malformed row, where
 * the reader placed it (the line where it starts, and the column at fault), and names a few more by line.
 * Null when every row was read.
 */
export function malformedSheetError(input: Pick<InputSummary, 'errors' | 'skipped' | 'path'>): CrmAuditError | null {
  const bad = input.errors[0];
  if (!bad) return null;
  const n = input.skipped;
  const others = input.errors.slice(1, 4).map((e) => e.line);
  const also = others.length ? ` (also line${others.length === 1 ? '' : 's'} ${others.join(', ')}${n > 4 ? ', …' : ''})` : '';
  return dataError(`the review sheet has ${n} malformed row${n === 1 ? '' : 's'}: ${bad.message}${also}; ${n === 1 ? 'its correction' : 'their corrections'} would be lost`, {
    where: { file: input.path, line: bad.line, ...(bad.column ? { column: bad.column } : {}) },
    hint: 'fix the row in the sheet (a cell too many or too few, or an unclosed quote), or delete it',
  });
}
