// Per-owner and per-team readings of field fill, for the audits that must not average a team's problem away.
// `fields[].owners[]` gives the fill of a field on each owner's records (owners by pseudonym); `users.perUser[]`
// maps a pseudonym to a team. A team is named only when it is shown in `users.teams` (at least minGroupSize
// users and not suppressed); an owner whose team is hidden or unknown stands on their own, by pseudonym.
import type { Dataset, FieldResult } from '../../result/schema.js';
import { byText } from './util.js';

/** One owner's reading over a set of fields. */
export interface OwnerReading {
  owner: string;
  /** the most rows the owner has in any of the fields (the records they own) */
  rows: number;
  /** the owner's fill rate, per field, for the fields where they own at least minRows rows */
  fills: ReadonlyMap<string, number>;
  /** mean of `fills` */
  meanFill: number;
}

const fieldKey = (f: Pick<FieldResult, 'object' | 'name'>): string => `${f.object ?? ''}.${f.name}`;

/**
 * Owners with at least `minRows` rows in one of the fields measured per owner, each with their fill per field
 * (fields where they own fewer than `minRows` rows are left out: a rate over two records says nothing).
 * Sorted by owner.
 */
export function ownerReadings(fields: readonly FieldResult[], minRows: number): OwnerReading[] {
  const acc = new Map<string, { rows: number; fills: Map<string, number> }>();
  for (const f of fields) {
    for (const o of f.owners ?? []) {
      if (o.rows < minRows) continue;
      const a = acc.get(o.owner) ?? { rows: 0, fills: new Map<string, number>() };
      a.rows = Math.max(a.rows, o.rows);
      a.fills.set(fieldKey(f), o.fillRate);
      acc.set(o.owner, a);
    }
  }
  return [...acc.entries()]
    .map(([owner, a]) => {
      const values = [...a.fills.values()];
      return { owner, rows: a.rows, fills: a.fills, meanFill: values.reduce((s, v) => s + v, 0) / values.length };
    })
    .sort((a, b) => byText(a.owner, b.owner));
}

/** The fill of one field on one owner's records, when measured there. */
export const ownerFillOf = (r: OwnerReading, f: Pick<FieldResult, 'object' | 'name'>): number | undefined => r.fills.get(fieldKey(f));

/** The team of each user, only for teams shown in `users.teams`. */
export function shownTeamOf(d: Dataset): Map<string, string> {
  const shown = new Set((d.users?.teams ?? []).map((t) => t.name));
  const out = new Map<string, string>();
  for (const u of d.users?.perUser ?? []) if (u.team !== null && shown.has(u.team)) out.set(u.user, u.team);
  return out;
}

/** A team (shown) or an owner without a shown team, with how many of its owners are flagged. */
export interface OwnerGroup {
  /** the team's name, or the owner's pseudonym */
  name: string;
  kind: 'team' | 'owner';
  owners: number;
  flagged: number;
  /** mean over its owners of the value the audit reads (fill, say) */
  mean: number;
}

/**
 * Group owners into shown teams, the rest one by one. Teams come first, most flagged share first, then by
 * name; then the owners, flagged first, then by `value` ascending, then by pseudonym.
 */
export function groupOwners<T extends { owner: string }>(
  owners: readonly T[],
  teamOf: ReadonlyMap<string, string>,
  flagged: (o: T) => boolean,
  value: (o: T) => number,
): OwnerGroup[] {
  const teams = new Map<string, T[]>();
  const alone: T[] = [];
  for (const o of owners) {
    const t = teamOf.get(o.owner);
    if (t === undefined) alone.push(o);
    else teams.set(t, [...(teams.get(t) ?? []), o]);
  }
  const mean = (xs: readonly T[]) => xs.reduce((s, o) => s + value(o), 0) / xs.length;
  const teamGroups: OwnerGroup[] = [...teams.entries()]
    .map(([name, xs]) => ({ name, kind: 'team' as const, owners: xs.length, flagged: xs.filter(flagged).length, mean: mean(xs) }))
    .sort((a, b) => b.flagged / b.owners - a.flagged / a.owners || byText(a.name, b.name));
  const ownerGroups: OwnerGroup[] = alone
    .map((o) => ({ name: o.owner, kind: 'owner' as const, owners: 1, flagged: flagged(o) ? 1 : 0, mean: value(o) }))
    .sort((a, b) => b.flagged - a.flagged || a.mean - b.mean || byText(a.name, b.name));
  return [...teamGroups, ...ownerGroups];
}

/** Shown teams where at least half the owners are flagged: where the problem sits. */
export const flaggedTeams = (groups: readonly OwnerGroup[]): string[] =>
  groups.filter((g) => g.kind === 'team' && g.flagged > 0 && g.flagged * 2 >= g.owners).map((g) => g.name);
