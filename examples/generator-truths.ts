// Measures the generated data the way DESIGN.md section 3 defines the numbers, so that the manifest (and
// examples/README.md) can say what a correct audit should find. This is a small reference implementation
// for planted-truth tests, not the tool's analysis; where DESIGN.md leaves a detail open, the rule used here
// is stated next to it.

import { DAY, ratio } from './generator-random.js';
import type { Person, World } from './generator-world.js';
import type { Row } from './generator-crm.js';

export type Card = 'high' | 'low' | 'neutral' | 'system';

export interface ColumnSpec {
  card: Card;
  /** free text (the dominant-value junk rule applies), as opposed to ids, picklists, numbers, dates, booleans */
  text?: boolean;
  /** required by a validation rule in this org */
  mandatory?: boolean;
}

export interface Table {
  object: string;
  header: readonly string[];
  rows: readonly Row[];
  owner: (row: Row) => Person | undefined;
  columns: Readonly<Record<string, ColumnSpec>>;
}

const PLACEHOLDERS = new Set(['.', '-', '..', 'x', 'n/a', 'na', 'tbd', 'test', 'asdf', 'none', '?']);
const SENTINELS = new Set(['#N/A', '#VALUE!', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#NUM!']);
const BOOLEAN = /^(true|false|1|0|yes|no)$/i;

/** A placeholder, or one character repeated ("xx", "...."); not digits: a call of 111 seconds is a real value. */
export function isPlaceholder(value: string): boolean {
  const t = value.trim().toLowerCase();
  return PLACEHOLDERS.has(t) || (t.length >= 2 && !/^\d/.test(t) && /^(.)\1*$/u.test(t));
}

function isEmpty(value: string): boolean {
  const t = value.trim();
  return t === '' || SENTINELS.has(t);
}

export interface CellStats {
  rows: number;
  filled: number;
  fillRate: number;
  junk: number;
  junkShare: number;
}

export interface GroupStats extends CellStats {
  topValue: string | null;
  topValueShare: number;
}

export interface FieldTruth extends CellStats {
  object: string;
  field: string;
  card: Card;
  mandatory: boolean;
  boolean: boolean;
  distinctRatio: number;
  topValue: string | null;
  topValueShare: number;
  /** the dominant free-text value counted as junk, if any */
  dominantJunk: string | null;
  byTeamMode?: Record<string, GroupStats>;
}

function stats(rows: number, filled: number, junk: number): CellStats {
  return {
    rows,
    filled,
    fillRate: rows ? ratio(filled / rows) : 0,
    junk,
    junkShare: filled ? ratio(junk / filled) : 0,
  };
}

/**
 * Field statistics by DESIGN.md's definitions. The dominant-value rule, which DESIGN.md leaves open, is here:
 * in a free-text column, the most frequent filled value counts as junk when it is at least 5 times as
 * frequent as the runner-up and at least 10% of the filled cells.
 */
export function fieldTruths(table: Table, withTeams: (field: string) => boolean): FieldTruth[] {
  const out: FieldTruth[] = [];
  for (const field of table.header) {
    const spec = table.columns[field] ?? { card: 'neutral' };
    const values = table.rows.map((r) => r[field] ?? '');
    const nonEmpty = values.filter((v) => !isEmpty(v));
    const boolean = nonEmpty.length > 0 && nonEmpty.every((v) => BOOLEAN.test(v.trim()));
    const isFilled = (v: string): boolean => !isEmpty(v) && (!boolean || /^(true|1|yes)$/i.test(v.trim()));
    const counts = new Map<string, number>();
    for (const v of values) if (isFilled(v)) counts.set(v, (counts.get(v) ?? 0) + 1);
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const filled = ranked.reduce((s, [, c]) => s + c, 0);
    const top = ranked[0];
    const second = ranked[1]?.[1] ?? 0;
    let dominant: string | null = null;
    if (spec.text && top && !isPlaceholder(top[0]) && top[1] >= 5 * second && top[1] >= 0.1 * filled && top[1] > 1) {
      dominant = top[0];
    }
    const isJunk = (v: string): boolean => !boolean && (isPlaceholder(v) || v === dominant);
    const junkOf = (vs: readonly string[]): number => vs.filter((v) => isFilled(v) && isJunk(v)).length;
    const truth: FieldTruth = {
      object: table.object,
      field,
      card: spec.card,
      mandatory: spec.mandatory ?? false,
      boolean,
      ...stats(values.length, filled, junkOf(values)),
      distinctRatio: filled ? ratio(counts.size / filled) : 0,
      topValue: top ? top[0] : null,
      topValueShare: top && filled ? ratio(top[1] / filled) : 0,
      dominantJunk: dominant,
    };
    if (withTeams(field)) {
      const byMode: Record<string, GroupStats> = {};
      for (const mode of ['resisting', 'healthy'] as const) {
        const vs = table.rows.filter((r) => table.owner(r)?.mode === mode).map((r) => r[field] ?? '');
        if (vs.length === 0) continue;
        const filledVs = vs.filter(isFilled);
        const c = new Map<string, number>();
        for (const v of filledVs) c.set(v, (c.get(v) ?? 0) + 1);
        const best = [...c.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
        byMode[mode] = {
          ...stats(vs.length, filledVs.length, junkOf(vs)),
          topValue: best ? best[0] : null,
          topValueShare: best && filledVs.length ? ratio(best[1] / filledVs.length) : 0,
        };
      }
      truth.byTeamMode = byMode;
    }
    out.push(truth);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Users: active days from logins, activities logged, records created or modified, field edits.

export interface UserActivityInput {
  logins: readonly Row[];
  activities: readonly Row[];
  records: readonly Row[];
  history: readonly Row[];
}

export interface Polarization {
  index: number;
  lowShare: number;
  highShare: number;
}

export interface UsersTruth {
  total: number;
  active30: number;
  active90: number;
  inactiveShare: number;
  polarization: Polarization;
  /** Gini of activities logged (tasks and events) per active roster user */
  giniActivities: number;
  workingDays90: number;
  lowUsers: number;
  highUsers: number;
  inactiveUsers: { name: string; team: string; lastActiveDaysAgo: number | null }[];
  teams: {
    name: string;
    mode: string;
    users: number;
    reps: number;
    active30: number;
    active90: number;
    lowShare: number;
    highShare: number;
  }[];
}

const dayKey = (iso: string): number => Math.floor(Date.parse(iso) / DAY);

export function userTruths(world: World, input: UserActivityInput): UsersTruth {
  const now = world.cal.now;
  const nowDay = Math.floor(now / DAY);
  const byId = new Map(world.people.map((p) => [p.id, p]));
  const days = new Map<string, Set<number>>();
  const mark = (id: string | undefined, iso: string | undefined): void => {
    if (!id || !iso || !byId.has(id)) return;
    const set = days.get(id) ?? new Set<number>();
    set.add(dayKey(iso));
    days.set(id, set);
  };
  for (const r of input.logins) if (r.Status === 'Success') mark(r.UserId, r.LoginTime);
  for (const r of input.activities) mark(r.OwnerId, r.CreatedDate);
  for (const r of input.records) {
    mark(r.OwnerId, r.CreatedDate);
    mark(r.OwnerId, r.LastModifiedDate);
  }
  for (const r of input.history) mark(r.CreatedById, r.CreatedDate);

  const activityCount = new Map<string, number>();
  for (const r of input.activities) activityCount.set(r.OwnerId ?? '', (activityCount.get(r.OwnerId ?? '') ?? 0) + 1);

  const roster = world.people.filter((p) => p.isActive);
  const workingDays: number[] = [];
  for (let d = nowDay - 90; d < nowDay; d++) {
    const w = new Date(d * DAY).getUTCDay();
    if (w >= 1 && w <= 5) workingDays.push(d);
  }
  const wdSet = new Set(workingDays);
  const info = roster.map((p) => {
    const set = days.get(p.id) ?? new Set<number>();
    const last = set.size ? Math.max(...set) : null;
    const activeWorking = [...set].filter((d) => wdSet.has(d)).length;
    const share = workingDays.length ? activeWorking / workingDays.length : 0;
    return {
      p,
      active30: last !== null && last >= nowDay - 30,
      active90: last !== null && last >= nowDay - 90,
      low: share < 0.1,
      high: share >= 0.6,
      last,
    };
  });
  const pol = (list: typeof info): Polarization => {
    const n = list.length;
    const low = n ? list.filter((i) => i.low).length / n : 0;
    const high = n ? list.filter((i) => i.high).length / n : 0;
    return { index: ratio(2 * Math.min(low, high)), lowShare: ratio(low), highShare: ratio(high) };
  };
  const total = roster.length;
  const active90 = info.filter((i) => i.active90).length;
  const counts = roster.map((p) => activityCount.get(p.id) ?? 0).sort((a, b) => a - b);
  return {
    total,
    active30: info.filter((i) => i.active30).length,
    active90,
    inactiveShare: total ? ratio(1 - active90 / total) : 0,
    polarization: pol(info),
    giniActivities: ratio(gini(counts)),
    workingDays90: workingDays.length,
    lowUsers: info.filter((i) => i.low).length,
    highUsers: info.filter((i) => i.high).length,
    inactiveUsers: info
      .filter((i) => !i.active90)
      .map((i) => ({ name: i.p.name, team: i.p.department, lastActiveDaysAgo: i.last === null ? null : nowDay - i.last })),
    teams: world.teams.map((t) => {
      const members = info.filter((i) => i.p.team === t);
      const p = pol(members);
      return {
        name: t.name,
        mode: t.mode,
        users: members.length,
        reps: t.reps.length,
        active30: members.filter((i) => i.active30).length,
        active90: members.filter((i) => i.active90).length,
        lowShare: p.lowShare,
        highShare: p.highShare,
      };
    }),
  };
}

/** Gini coefficient of non-negative values sorted ascending. */
export function gini(sorted: readonly number[]): number {
  const n = sorted.length;
  const sum = sorted.reduce((s, v) => s + v, 0);
  if (n === 0 || sum === 0) return 0;
  let weighted = 0;
  sorted.forEach((v, i) => (weighted += (i + 1) * v));
  return (2 * weighted) / (n * sum) - (n + 1) / n;
}

// ---------------------------------------------------------------------------------------------------------
// Activity timing

export interface TimingTruth {
  activities: number;
  /** share of activities in a burst: at least `burstMin` entries by one owner within `burstMinutes` */
  burstShare: number;
  /** share created more than `lateDays` days after the ActivityDate */
  lateShare: number;
  /** share created on a Friday between 12:00 and 18:00 UTC */
  fridayAfternoonShare: number;
  /** owners with more than half of their activities in bursts */
  burstOwners: number;
  byTeamMode: Record<string, { activities: number; burstShare: number; lateShare: number }>;
}

export function timingTruths(
  activities: readonly Row[],
  ownerOf: (row: Row) => Person | undefined,
  opts: { burstMinutes: number; burstMin: number; lateDays: number },
): TimingTruth {
  const byOwner = new Map<string, { t: number; i: number }[]>();
  activities.forEach((r, i) => {
    const list = byOwner.get(r.OwnerId ?? '') ?? [];
    list.push({ t: Date.parse(r.CreatedDate ?? ''), i });
    byOwner.set(r.OwnerId ?? '', list);
  });
  const inBurst = new Array<boolean>(activities.length).fill(false);
  let burstOwners = 0;
  for (const list of byOwner.values()) {
    list.sort((a, b) => a.t - b.t);
    let left = 0;
    for (let right = 0; right < list.length; right++) {
      const r = list[right];
      if (!r) continue;
      while ((list[left]?.t ?? r.t) < r.t - opts.burstMinutes * 60_000) left++;
      if (right - left + 1 >= opts.burstMin) for (let k = left; k <= right; k++) inBurst[list[k]?.i ?? 0] = true;
    }
    if (list.filter((e) => inBurst[e.i]).length > list.length / 2) burstOwners++;
  }
  const late = activities.map((r) => {
    const created = Math.floor(Date.parse(r.CreatedDate ?? '') / DAY);
    const act = Math.floor(Date.parse(`${r.ActivityDate}T00:00:00.000Z`) / DAY);
    return created - act > opts.lateDays;
  });
  const friday = activities.map((r) => {
    const d = new Date(r.CreatedDate ?? '');
    return d.getUTCDay() === 5 && d.getUTCHours() >= 12 && d.getUTCHours() < 18;
  });
  const share = (flags: readonly boolean[], idx: readonly number[]): number =>
    idx.length ? ratio(idx.filter((i) => flags[i]).length / idx.length) : 0;
  const all = activities.map((_, i) => i);
  const byTeamMode: TimingTruth['byTeamMode'] = {};
  for (const mode of ['resisting', 'healthy'] as const) {
    const idx = all.filter((i) => {
      const r = activities[i];
      return r !== undefined && ownerOf(r)?.mode === mode;
    });
    if (idx.length) byTeamMode[mode] = { activities: idx.length, burstShare: share(inBurst, idx), lateShare: share(late, idx) };
  }
  return {
    activities: activities.length,
    burstShare: share(inBurst, all),
    lateShare: share(late, all),
    fridayAfternoonShare: share(friday, all),
    burstOwners,
    byTeamMode,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Freshness

export interface FreshnessTruth {
  records: number;
  medianDaysSinceModified: number;
  /** not modified for more than `staleDays` days */
  staleShare: number;
}

export function freshness(rows: readonly Row[], now: number, staleDays: number, modifiedField = 'LastModifiedDate'): FreshnessTruth {
  const ages = rows.map((r) => (now - Date.parse(r[modifiedField] ?? '')) / DAY).sort((a, b) => a - b);
  const n = ages.length;
  const mid = n % 2 ? (ages[(n - 1) / 2] ?? 0) : ((ages[n / 2 - 1] ?? 0) + (ages[n / 2] ?? 0)) / 2;
  return {
    records: n,
    medianDaysSinceModified: n ? Math.round(mid * 10) / 10 : 0,
    staleShare: n ? ratio(ages.filter((a) => a > staleDays).length / n) : 0,
  };
}
