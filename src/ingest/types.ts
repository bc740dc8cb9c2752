// Types shared by the ingest stage and its consumers.
import type { InputSummary } from '../result/schema.js';
import type { Role } from '../config/roles.js';

export type Encoding = InputSummary['encoding'];
export type Kind = InputSummary['kind'];
export type CrmId = InputSummary['crm'];

/** Role -> column index, resolved once from the header. */
export type RoleMap = Partial<Record<Role, number>>;

export interface ReadOptions {
  /** force an encoding instead of sniffing */
  encoding?: Encoding;
  /** force a kind for this file */
  kind?: Kind;
  /** explicit role -> header name mapping from the config */
  roles?: Partial<Record<Role, string>>;
  crm?: CrmId;
  object?: string;
  /** stop at the first malformed row */
  strict?: boolean;
  /**
   * a row wider than the header is malformed even when its extra cells are empty (a review sheet: a stray comma
   * typed into a text cell shifts the cells after it); other files forgive them, as Excel writes them
   */
  exactWidth?: boolean;
  /** malformed rows allowed in the whole run (shared budget) */
  errorBudget?: { max: number; used: number };
  /** largest record in bytes (UTF-8) before it is reported and skipped (default 2 MiB) */
  maxRecordBytes?: number;
  /** path as shown in outputs (relative to cwd) */
  displayPath?: string;
  onProgress?: (bytesRead: number, bytesTotal: number) => void;
  /** Salesforce Ids already read for the same object (de-duplication of split exports) */
  seenIds?: Set<string>;
}

/** A small file read whole: field lists, interview notes, review sheets. */
export interface Table {
  header: string[];
  /** physical line (1-based) of the header: 1, or after an Excel `sep=` line or blank lines */
  headerLine?: number;
  rows: string[][];
  /** physical line (1-based) of each row, for messages and review sheets */
  lines: number[];
  roles: RoleMap;
  input: InputSummary;
}
