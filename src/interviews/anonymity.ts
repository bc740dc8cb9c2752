// Anonymity: stable pseudonyms, and group suppression that cannot be undone by subtraction.
import { createHash } from 'node:crypto';

/**
 * "Respondent 03" for each respondent key. The order comes from a keyed hash, so the numbers reveal neither the
 * alphabetical order of names nor the order of the interviews, and stay the same run to run for the same `secret`.
 * The secret is what only the holder of the original notes knows (analyze.ts: a hash of the unredacted notes):
 * without it, anyone who knows who was interviewed could hash the names and put a name to every pseudonym.
 */
export function pseudonyms(keys: Iterable<string>, prefix = 'Respondent', secret = ''): Map<string, string> {
  const list = [...new Set(keys)];
  const hashed = list
    .map((k) => ({ k, h: createHash('sha256').update(`crm-audit:respondent:${secret}:${k}`).digest('hex') }))
    .sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : 0));
  const width = Math.max(2, String(list.length).length);
  return new Map(hashed.map(({ k }, i) => [k, `${prefix} ${String(i + 1).padStart(width, '0')}`]));
}

export interface Cell {
  /** the group's name; null for the people with no value in this breakdown (never shown) */
  name: string | null;
  respondents: number;
  /** notes counted in the cell; notes without a respondent make a cell worth hiding even at 0 respondents */
  notes?: number;
}

export interface Suppression {
  /** names of the cells that may be shown */
  shown: Set<string>;
  /** named cells hidden (primary and complementary) */
  suppressed: number;
  /** respondents in all hidden cells together: 0, or at least k whenever something is shown */
  hiddenRespondents: number;
}

/**
 * Suppress one breakdown (team, or role). A cell under k respondents is hidden (primary suppression). The
 * overall figures are always published, so overall minus the shown cells gives the hidden cells' total: when
 * that remainder holds anything (people, or notes whose writer is not given) and is under k people, the smallest
 * shown cells are hidden as well (complementary suppression) until the remainder is at least k respondents. A
 * remainder of notes without respondents is protected too, in a named group or in none: those notes may all be one
 * person's (a file of one interview named after the person has no respondent column).
 * The people with no value in the breakdown form a cell of their own that is never shown but counts in the
 * remainder.
 */
export function suppressBreakdown(cells: readonly Cell[], k: number): Suppression {
  const named = cells.filter((c): c is Cell & { name: string } => c.name !== null && (c.respondents > 0 || (c.notes ?? 0) > 0));
  const rest = cells.filter((c) => c.name === null);
  const shown = named
    .filter((c) => c.respondents >= k)
    .sort((a, b) => a.respondents - b.respondents || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const hiddenCells = [...rest, ...named.filter((c) => c.respondents < k)];
  let hidden = hiddenCells.reduce((s, c) => s + c.respondents, 0);
  // what the remainder would reveal: people, or notes that gave no respondent (a file of one interview named
  // after the person has no respondent column: its notes are one person's, team or none)
  const anything = hiddenCells.some((c) => c.respondents > 0 || (c.notes ?? 0) > 0);
  while (anything && hidden < k && shown.length > 0) hidden += shown.shift()!.respondents;
  return {
    shown: new Set(shown.map((c) => c.name)),
    suppressed: named.length - shown.length,
    hiddenRespondents: hidden,
  };
}
