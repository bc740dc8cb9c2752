// A file's malformed rows as they are told: where and why for the first few (never a cell of them), the rest counted.
import type { ErrorDetail } from '../errors.js';
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
