// bulk-logging (controls): activities entered to satisfy a deadline rather than as the work happens.
import type { Dataset } from '../result/schema.js';
import type { Audit } from './lib/types.js';
import { count, listNames, pct, r4, ramp } from './lib/util.js';

export const THRESHOLDS = {
  burstZero: { value: 0.05, meaning: 'share logged in bursts at or below which that signal is 0' },
  burstFull: { value: 0.35, meaning: 'share logged in bursts at which that signal is 1 (fails from 0.20)' },
  lateZero: { value: 0.1, meaning: 'share logged late at or below which that signal is 0' },
  lateFull: { value: 0.4, meaning: 'share logged late at which that signal is 1 (fails from 0.25)' },
  periodEndZero: {
    value: 0.3,
    meaning: 'share created Friday–Sunday or in the last two days of a month that is normal (about a Friday’s share plus month end)',
  },
  periodEndFull: { value: 0.7, meaning: 'period-end share at which that signal is 1 (fails from 0.50)' },
} as const;

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

export const bulkLogging: Audit = {
  meta: {
    id: 'bulk-logging',
    title: 'Timing of activity logging',
    failureTitle: 'Activities are logged in bulk before deadlines',
    description:
      'When a week of calls is typed in on Friday afternoon, the CRM is a report to hand in, not a tool to sell with. ' +
      'The timestamps are then unreliable and the logging itself is a sign of a control reps resent.',
    category: 'controls',
    requiredKinds: ['activities'],
    requires: ['activity'],
    definition:
      'Three signals, each a ramp: burst share (entries made in bursts by one user within minutes) 0.05→0.35, ' +
      'late share (created more than lateDays after the activity date) 0.10→0.40, and period-end share (created ' +
      'Friday–Sunday or in a month’s last two days) 0.30→0.70. The risk is the strongest of the three.',
    thresholds: THRESHOLDS,
  },
  notApplicable(d: Dataset) {
    const a = d.activity;
    if (!a || a.activities === 0) return 'no activities were given';
    return a.withDate === 0 ? 'no activity has a usable created date' : null;
  },
  run(d: Dataset) {
    const a = d.activity!;
    const T = THRESHOLDS;
    const signals = [
      { name: 'burst', label: 'logged in bursts', value: a.burstShare, risk: ramp(a.burstShare, T.burstZero.value, T.burstFull.value), failsAt: (T.burstZero.value + T.burstFull.value) / 2 },
      { name: 'late', label: 'logged late', value: a.lateShare, risk: ramp(a.lateShare, T.lateZero.value, T.lateFull.value), failsAt: (T.lateZero.value + T.lateFull.value) / 2 },
      {
        name: 'period-end',
        label: 'logged at week or month end',
        value: a.periodEndShare,
        risk: ramp(a.periodEndShare, T.periodEndZero.value, T.periodEndFull.value),
        failsAt: (T.periodEndZero.value + T.periodEndFull.value) / 2,
      },
    ];
    const strongest = signals.reduce((m, s) => (s.risk > m.risk ? s : m), signals[0]!);
    const total = a.byWeekday.reduce((s, n) => s + n, 0);
    const weekdayShares: Record<string, number> = {};
    a.byWeekday.forEach((n, i) => {
      weekdayShares[`share${WEEKDAYS[i] ?? i}`] = r4(total ? n / total : 0);
    });
    return {
      risk: strongest.risk,
      evidence: {
        summary:
          `${pct(strongest.value)} of ${count(a.withDate)} dated activities were ${strongest.label} (it fails from ${pct(strongest.failsAt)}); ` +
          `${listNames(signals.filter((s) => s !== strongest).map((s) => `${pct(s.value)} ${s.label}`), 2)}.`,
        metrics: {
          activities: a.activities,
          withDate: a.withDate,
          burstShare: r4(a.burstShare),
          lateShare: r4(a.lateShare),
          periodEndShare: r4(a.periodEndShare),
          strongestSignal: strongest.risk > 0 ? strongest.name : null,
          ...weekdayShares,
        },
        table: {
          columns: ['signal', 'share', 'fails at', 'risk'],
          rows: signals.map((s) => [s.label, r4(s.value), r4(s.failsAt), r4(s.risk)]),
        },
      },
    };
  },
};

export default bulkLogging;
