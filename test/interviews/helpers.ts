// In-memory notes tables for unit tests (the shape readTable returns).
import type { Table } from '../../src/ingest/types.js';
import type { Role } from '../../src/config/roles.js';

export type NoteRow = Partial<Record<'note' | 'respondent' | 'team' | 'role' | 'date' | 'category' | 'language' | 'rating' | 'session', string>>;

const ORDER = ['respondent', 'team', 'role', 'date', 'session', 'category', 'language', 'rating', 'note'] as const;

export function notesTable(rows: NoteRow[], path = 'notes.csv', columns?: readonly string[]): Table {
  const used = columns ?? ORDER.filter((c) => c === 'note' || rows.some((r) => r[c] !== undefined));
  const roles: Partial<Record<Role, number>> = {};
  used.forEach((c, i) => (roles[c as Role] = i));
  return {
    header: [...used],
    rows: rows.map((r) => used.map((c) => r[c as keyof NoteRow] ?? '')),
    lines: rows.map((_, i) => i + 2),
    roles,
    input: {
      path,
      kind: 'interviews',
      kindConfidence: 1,
      crm: 'generic',
      object: null,
      rows: rows.length,
      skipped: 0,
      duplicates: 0,
      trailerLines: 0,
      columns: used.length,
      encoding: 'utf-8',
      delimiter: ',',
      roles: Object.fromEntries(used.map((c) => [c, c])),
      errors: [],
      warnings: [],
    },
  };
}

/** A plain table (for review sheets) from a header and rows. */
export function plainTable(header: string[], rows: string[][], path = 'reviewed.csv'): Table {
  const t = notesTable([], path, ['note']);
  return { ...t, header, rows, lines: rows.map((_, i) => i + 2), roles: {} };
}

/** What the property tests look for: an address, and a run of 7+ digits with phone separators. */
export const EMAIL_RE = /[^\s@]+@[^\s@]+\.[^\s@]+/;
export const PHONE_RE = /\+?\d(?:[\s().\/-]*\d){6,}/;
