// inactive-users (usage): licensed or known users who do not use the CRM at all.
import type { Dataset } from '../result/schema.js';
import type { Audit } from './lib/types.js';
import { pct, r4, ramp, share } from './lib/util.js';

export const THRESHOLDS = {
  inactive90Zero: { value: 0.05, meaning: 'share inactive for 90 days at or below which that signal is 0' },
  inactive90Full: { value: 0.35, meaning: 'share inactive for 90 days at which that signal is 1 (fails from 0.20)' },
  inactive30Zero: { value: 0.1, meaning: 'share inactive for 30 days at or below which that signal is 0' },
  inactive30Full: { value: 0.7, meaning: 'share inactive for 30 days at which that signal is 1 (fails from 0.40)' },
} as const;

export const inactiveUsers: Audit = {
  meta: {
    id: 'inactive-users',
    title: 'Inactive users',
    failureTitle: 'Many users do not use the CRM at all',
    description:
      'A licence nobody uses is the plainest sign of rejection: the reps have found that they can sell without it. ' +
      'Without a users export, people who never touched the CRM do not appear at all, so the share is a floor.',
    category: 'usage',
    requiredKinds: ['users', 'logins', 'activities', 'records'],
    requires: ['users'],
    definition:
      'Two ramps on users.total: inactive in 90 days (1 - active90 / total) 0.05→0.35, and inactive in 30 days ' +
      '(1 - active30 / total) 0.10→0.70. Active means logged in, logged an activity, or created or modified a record ' +
      'in the window. The risk is the stronger of the two.',
    thresholds: THRESHOLDS,
  },
  notApplicable(d: Dataset) {
    return (d.users?.total ?? 0) > 0 ? null : 'no users were found';
  },
  run(d: Dataset) {
    const u = d.users!;
    const T = THRESHOLDS;
    const inactive90 = u.inactiveShare;
    const inactive30 = 1 - share(u.active30, u.total);
    const risk90 = ramp(inactive90, T.inactive90Zero.value, T.inactive90Full.value);
    const risk30 = ramp(inactive30, T.inactive30Zero.value, T.inactive30Full.value);
    const risk = Math.max(risk90, risk30);
    const s90 = `${u.total - u.active90} of ${u.total} users (${pct(inactive90)}) did nothing in the CRM in the last 90 days`;
    const s30 = `${u.total - u.active30} (${pct(inactive30)}) nothing in the last 30`;
    return {
      risk,
      evidence: {
        summary:
          (risk30 > risk90
            ? `${u.total - u.active30} of ${u.total} users (${pct(inactive30)}) did nothing in the CRM in the last 30 days, and ` +
              `${u.total - u.active90} (${pct(inactive90)}) nothing in the last 90`
            : `${s90}, and ${s30}`) +
          (u.rosterGiven ? '.' : '; without a users export, users who never appear in the data are not counted.'),
        metrics: {
          users: u.total,
          active30: u.active30,
          active90: u.active90,
          inactive90Share: r4(inactive90),
          inactive30Share: r4(inactive30),
          rosterGiven: u.rosterGiven ? 'yes' : 'no',
        },
        ...(u.teams.length
          ? {
              table: {
                columns: ['team', 'users', 'active in 90 days', 'inactive share'],
                rows: u.teams.map((t) => [t.name, t.users, t.active90, r4(t.inactiveShare)]),
              },
            }
          : u.distribution.length
            ? { table: { columns: ['share of working days active (90 days)', 'users'], rows: u.distribution.map((b) => [b.bin, b.users]) } }
            : {}),
      },
    };
  },
};

export default inactiveUsers;
