// usage-concentration (usage): a few people carry the CRM while the rest stay out.
import type { Dataset, UserRow } from '../result/schema.js';
import type { Audit } from './lib/types.js';
import { noUseOverTime, pct, r4, ramp } from './lib/util.js';

export const THRESHOLDS = {
  giniZero: { value: 0.3, meaning: 'Gini of activity per user at or below which the risk is 0 (an even team)' },
  giniFull: { value: 0.7, meaning: 'Gini at which the risk is 1 (fails from 0.50)' },
  minUsers: { value: 2, meaning: 'users needed for a Gini at all' },
} as const;

/** A user's total footprint: records created or modified, activities, logins and field edits. */
export const footprint = (u: UserRow): number => u.records + u.activities + u.logins + u.edits;

/** Share of all activity made by the most active fifth of users (null under five users). */
export function topFifthShare(perUser: readonly UserRow[]): number | null {
  if (perUser.length < 5) return null;
  const values = perUser.map(footprint).sort((a, b) => b - a);
  const total = values.reduce((s, v) => s + v, 0);
  if (total === 0) return null;
  const k = Math.ceil(values.length / 5);
  return values.slice(0, k).reduce((s, v) => s + v, 0) / total;
}

export const usageConcentration: Audit = {
  meta: {
    id: 'usage-concentration',
    title: 'Concentration of CRM use',
    failureTitle: 'A few users carry the CRM',
    description:
      'When a handful of enthusiasts and assistants make most entries, the data describes their accounts only, and ' +
      'everyone else’s customers are invisible to the company.',
    category: 'usage',
    requiredKinds: ['users', 'logins', 'activities', 'records'],
    requires: ['users'],
    definition:
      'Gini coefficient of activity per user (records created or modified, activities, logins, field edits), from ' +
      'users.gini. Risk ramps from 0 at a Gini of 0.30 to 1 at 0.70.',
    thresholds: THRESHOLDS,
  },
  notApplicable(d: Dataset) {
    return (d.users?.total ?? 0) >= THRESHOLDS.minUsers.value ? noUseOverTime(d) : 'fewer than two users were found';
  },
  run(d: Dataset) {
    const u = d.users!;
    const risk = ramp(u.gini, THRESHOLDS.giniZero.value, THRESHOLDS.giniFull.value);
    const top = topFifthShare(u.perUser);
    // Quintiles rather than named users: the finding is about the system, not about a person.
    const values = u.perUser.map(footprint).sort((a, b) => b - a);
    const total = values.reduce((s, v) => s + v, 0);
    const rows: (string | number)[][] = [];
    if (values.length >= 5 && total > 0) {
      for (let q = 0; q < 5; q++) {
        const from = Math.floor((q * values.length) / 5);
        const to = Math.floor(((q + 1) * values.length) / 5);
        const part = values.slice(from, to).reduce((s, v) => s + v, 0);
        rows.push([['most active fifth', 'second fifth', 'middle fifth', 'fourth fifth', 'least active fifth'][q]!, to - from, r4(part / total)]);
      }
    }
    return {
      risk,
      evidence: {
        summary:
          `The Gini coefficient of activity per user is ${u.gini.toFixed(2)}` +
          (top === null ? '.' : `; the most active fifth of users make ${pct(top)} of all entries.`),
        metrics: { users: u.total, gini: r4(u.gini), topFifthShare: top === null ? null : r4(top) },
        ...(rows.length ? { table: { columns: ['users', 'count', 'share of activity'], rows } } : {}),
      },
    };
  },
};

export default usageConcentration;
