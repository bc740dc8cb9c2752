// Typed errors of the library. Only src/cli maps them to exit codes and prints them.
// A message says what happened, where (file:line:column) and how to fix it, and never quotes a cell value.

export type ErrorKind =
  /** bad flag, missing or unreadable input, invalid config: exit 2 */
  | 'usage'
  /** input data errors beyond the budget (--strict, --max-errors): exit 3 */
  | 'data'
  /** the requested output could not be produced (no browser, unwritable path): exit 1 */
  | 'output';

export interface Where {
  file?: string;
  line?: number;
  column?: number;
}

/**
 * Where a JSON path of a file stands, for a check made after the file was read (an id it names that the registry
 * or the analysis does not have): at the member's key, or at its value. Without the file's text, just the file.
 */
export type Locate = (path: readonly PropertyKey[], part?: 'key' | 'value') => Where;

/** One of several problems behind an error (the schema problems of a config file), each with its place. */
export interface ErrorDetail {
  where?: Where;
  message: string;
}

export interface ErrorOptions {
  where?: Where;
  hint?: string;
  cause?: unknown;
  /** shown one a line under the error's own line */
  details?: readonly ErrorDetail[];
}

/** How many problems an error lists under its line; the rest are counted. */
export const MAX_DETAILS = 10;

/** Problems as an error lists them: the first `max`, in the order given, then how many more. */
export function listedDetails(problems: readonly ErrorDetail[], max = MAX_DETAILS): ErrorDetail[] {
  return [...problems.slice(0, max), ...(problems.length > max ? [{ message: `and ${problems.length - max} more` }] : [])];
}

export class CrmAuditError extends Error {
  readonly kind: ErrorKind;
  readonly where: Where | undefined;
  readonly hint: string | undefined;
  readonly details: readonly ErrorDetail[];

  constructor(kind: ErrorKind, message: string, opts: ErrorOptions = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'CrmAuditError';
    this.kind = kind;
    this.where = opts.where;
    this.hint = opts.hint;
    this.details = opts.details ?? [];
  }
}

export const usageError = (message: string, opts?: ErrorOptions) => new CrmAuditError('usage', message, opts);
export const dataError = (message: string, opts?: ErrorOptions) => new CrmAuditError('data', message, opts);
export const outputError = (message: string, opts?: ErrorOptions) => new CrmAuditError('output', message, opts);

export function formatWhere(where: Where | undefined): string {
  if (!where?.file) return '';
  let s = where.file;
  if (where.line !== undefined) s += `:${where.line}`;
  if (where.line !== undefined && where.column !== undefined) s += `:${where.column}`;
  return s;
}

/**
 * The error with the file it names (at its place, and at its details' places) shown as `shown` instead: a notes
 * file is named redacted, as the outputs name it. Anything else is returned as it is.
 */
export function namingFileAs(e: unknown, file: string, shown: string): unknown {
  if (!(e instanceof CrmAuditError) || file === shown) return e;
  const named = (w: Where | undefined): Where | undefined => (w?.file === file ? { ...w, file: shown } : w);
  if (e.where?.file !== file && !e.details.some((d) => d.where?.file === file)) return e;
  const out = new CrmAuditError(e.kind, e.message, {
    where: named(e.where),
    hint: e.hint,
    cause: e.cause,
    details: e.details.map((d) => ({ ...d, where: named(d.where) })),
  });
  out.stack = e.stack;
  return out;
}
