// usage-polarization (usage): the love/hate split, half the reps living in the CRM and half ignoring it.
import type { Dataset } from '../result/schema.js';
import type { Audit } from './lib/types.js';
import { listNames, noUseOverTime, pct, r4, ramp, share } from './lib/util.js';

export const THRESHOLDS = {
  lowActive: { value: 0.1, meaning: 'a user active on fewer than this share of working days (last 90) is a low user' },
  highActive: { value: 0.6, meaning: 'a user active on this share of working days or more is a high user' },
  indexZero: { value: 0.1, meaning: 'polarisation index at or below which the risk is 0' },
  indexFull: { value: 0.7, meaning: 'polarisation index at which the risk is 1 (fails from 0.40: a fifth on each side)' },
  minUsers: { value: 4, meaning: 'users needed to speak of a split' },
  splitTeam: { value: 0.5, meaning: 'a team (of at least minGroupSize users) with this polarisation index or more is split' },
  teamShareZero: { value: 0.1, meaning: 'share of users in split teams at or below which the team signal is 0' },
  teamShareFull: { value: 0.3, meaning: 'share of users in split teams at which the team signal is 1 (fails from 0.20)' },
} as const;

export const usagePolarization: Audit = {
  meta: {
    id: 'usage-polarization',
    title: 'Polarisation of usage',
    failureTitle: 'Usage is polarised: some reps live in the CRM, others ignore it',
    description:
      'A split team says the CRM can work, for some people and some ways of selling. Finding out what the users get ' +
      'that the others do not is the start of a rescue; left alone, the split hardens into two ways of working.',
    category: 'usage',
    requiredKinds: ['users', 'logins', 'activities', 'records'],
    requires: ['users'],
    definition:
      'users.polarization: low = share of users active on fewer than 10% of working days in the last 90, high = share ' +
      'active on 60% or more, index = 2 x min(low, high), so 1 means half and half. Two ramps: the index 0.10→0.70, ' +
      'and the share of users who sit in split teams (teams of at least minGroupSize users with an index of 0.5 or ' +
      'more) 0.10→0.30, which finds resisting teams inside an org that looks fine on average. The risk is the stronger.',
    thresholds: THRESHOLDS,
  },
  notApplicable(d: Dataset) {
    return (d.users?.total ?? 0) >= THRESHOLDS.minUsers.value ? noUseOverTime(d) : 'fewer than four users were found';
  },
  run(d: Dataset) {
    const u = d.users!;
    const p = u.polarization;
    const T = THRESHOLDS;
    const split = u.teams.filter((t) => t.polarization.index >= T.splitTeam.value);
    const inSplit = share(split.reduce((s, t) => s + t.users, 0), u.total);
    const orgRisk = ramp(p.index, T.indexZero.value, T.indexFull.value);
    const teamRisk = ramp(inSplit, T.teamShareZero.value, T.teamShareFull.value);
    const risk = Math.max(orgRisk, teamRisk);
    const low = Math.round(p.lowShare * u.total);
    const high = Math.round(p.highShare * u.total);
    const rows: (string | number | null)[][] = [
      ['active on under 10% of working days', low, r4(p.lowShare)],
      ['in between', u.total - low - high, r4(Math.max(0, 1 - p.lowShare - p.highShare))],
      ['active on 60% or more', high, r4(p.highShare)],
    ];
    for (const t of u.teams) rows.push([`team ${t.name}: index`, t.users, r4(t.polarization.index)]);
    return {
      risk,
      evidence: {
        summary:
          teamRisk > orgRisk
            ? `${split.length} of ${u.teams.length} teams are split within (${listNames(split.map((t) => t.name))}), ` +
              `${pct(inSplit)} of users; across all users, ${pct(p.lowShare)} are almost never in the CRM and ` +
              `${pct(p.highShare)} are in it most days (polarisation index ${p.index.toFixed(2)}).`
            : `${pct(p.lowShare)} of users are almost never in the CRM and ${pct(p.highShare)} are in it most days ` +
              `(polarisation index ${p.index.toFixed(2)})` +
              (split.length ? `; ${split.length} of ${u.teams.length} teams are split within (${listNames(split.map((t) => t.name))}).` : '.'),
        metrics: {
          users: u.total,
          index: r4(p.index),
          lowShare: r4(p.lowShare),
          highShare: r4(p.highShare),
          splitTeams: split.length,
          usersInSplitTeams: r4(inSplit),
        },
        table: { columns: ['group', 'users', 'share'], rows },
      },
    };
  },
};

export default usagePolarization;
