// The fictional sales force behind the example exports: teams, people, how often each logs in and when.
// Everything the exports show is derived from this model, so the data is internally consistent: every
// record a user creates or edits, and every activity they log, falls on a day they logged in.

import { FIRST_NAMES, LAST_NAMES, TEAMS, type TeamSpec } from './generator-data.js';
import { DAY, HOUR, IdFactory, MINUTE, makeRng, weekday, type Rng } from './generator-random.js';
import type { Stance, TeamMode } from './generator-notes.js';

export type Profile = 'resisting' | 'healthy' | 'mixed';
export const PROFILES: readonly Profile[] = ['resisting', 'healthy', 'mixed'];

/**
 * How a person uses the CRM:
 * - `steady`: healthy use, logs in on most working days at varied times and logs calls as they happen;
 * - `daily`: resisting team, logs in every morning (the dashboards are checked) and enters the week's
 *   calls in one Friday-afternoon burst;
 * - `rare`: resisting team, logs in a few times a quarter and then catches up on weeks of calls at once;
 * - `dormant`: like `rare` until some day more than 90 days ago, then never again (licensed but inactive);
 * - `left`: a former rep whose user is deactivated (IsActive false).
 */
export type Usage = 'steady' | 'daily' | 'rare' | 'dormant' | 'left';
export type PersonKind = 'rep' | 'manager' | 'director' | 'ops' | 'departed';

export interface Person {
  index: number;
  id: string;
  first: string;
  last: string;
  name: string;
  g: 'f' | 'm';
  email: string;
  username: string;
  kind: PersonKind;
  title: string;
  /** Department: the team for reps and managers */
  department: string;
  division: string;
  team: Team | null;
  mode: TeamMode;
  usage: Usage;
  /** logs the week's activities in one Friday-afternoon burst */
  burst: boolean;
  managerId: string;
  roleId: string;
  isActive: boolean;
  createdDay: number;
  /** day index of leaving (departed users only) */
  leftDay: number | null;
  /** sorted day indexes with at least one login */
  loginDays: number[];
  loginSet: Set<number>;
  /** login timestamps per day (ms), sorted */
  logins: Map<number, number[]>;
  /** preferred device, for LoginHistory */
  desktop: { browser: string; platform: string };
  phone: { app: string; platform: string };
  mobileShare: number;
  /** planted interview stance (null when not interviewed) */
  stance: Stance | null;
}

export interface Team {
  spec: TeamSpec;
  name: string;
  mode: TeamMode;
  manager: Person | null;
  reps: Person[];
  roleId: string;
  managerRoleId: string;
}

export interface Calendar {
  now: number;
  /** days in the data window; day 0 is now - span days, day span-1 is the day before now */
  span: number;
  start: number;
  goLive: number;
  dayMs(d: number): number;
  weekday(d: number): number;
  isWeekday(d: number): boolean;
  /** a weekday that is not a company closure day (24 December to 1 January) */
  isWorking(d: number): boolean;
}

export function makeCalendar(now: number): Calendar {
  const span = 364;
  const start = now - span * DAY;
  const dayMs = (d: number): number => start + d * DAY;
  const wd = (d: number): number => weekday(dayMs(d));
  const isWeekday = (d: number): boolean => {
    const w = wd(d);
    return w >= 1 && w <= 5;
  };
  const isWorking = (d: number): boolean => {
    if (!isWeekday(d)) return false;
    const date = new Date(dayMs(d));
    const m = date.getUTCMonth() + 1;
    const day = date.getUTCDate();
    return !((m === 12 && day >= 24) || (m === 1 && day === 1));
  };
  let goLive = 0;
  while (wd(goLive) !== 1) goLive++;
  return { now, span, start, goLive, dayMs, weekday: wd, isWeekday, isWorking };
}

export interface World {
  seed: number;
  profile: Profile;
  client: string;
  domain: string;
  cal: Calendar;
  teams: Team[];
  people: Person[];
  reps: Person[];
  managers: Person[];
  ops: Person;
  director: Person;
  departed: Person[];
  profileIds: { rep: string; manager: string; admin: string };
  ids: {
    account: IdFactory;
    contact: IdFactory;
    opportunity: IdFactory;
    task: IdFactory;
    event: IdFactory;
    login: IdFactory;
    history: IdFactory;
  };
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function emailLocal(first: string, last: string): string {
  return `${slug(first)}.${slug(last)}`;
}

const DESKTOPS: readonly { browser: string; platform: string }[] = [
  { browser: 'Chrome 129', platform: 'Windows 10' },
  { browser: 'Edge 129', platform: 'Windows 10' },
  { browser: 'Chrome 129', platform: 'Windows 11' },
  { browser: 'Safari 17', platform: 'Mac OSX' },
];
const PHONES: readonly { app: string; platform: string }[] = [
  { app: 'Salesforce for iOS', platform: 'iPhone iOS' },
  { app: 'Salesforce for Android', platform: 'Android 14' },
];

export function teamCount(reps: number, profile: Profile): number {
  const n = Math.floor(reps / 8);
  return Math.max(profile === 'mixed' ? 2 : 1, Math.min(TEAMS.length, n));
}

export function buildWorld(seed: number, reps: number, profile: Profile, now: number, client: string): World {
  const cal = makeCalendar(now);
  const rng = makeRng(seed, 'world');
  const idRng = makeRng(seed, 'ids');
  const domain = `${slug(client) || 'client'}.example`;
  const ids = {
    user: new IdFactory('005', idRng),
    role: new IdFactory('00E', idRng),
    profile: new IdFactory('00e', idRng),
    account: new IdFactory('001', idRng),
    contact: new IdFactory('003', idRng),
    opportunity: new IdFactory('006', idRng),
    task: new IdFactory('00T', idRng),
    event: new IdFactory('00U', idRng),
    login: new IdFactory('0Ya', idRng),
    history: new IdFactory('017', idRng),
  };
  const profileIds = { admin: ids.profile.next(), manager: ids.profile.next(), rep: ids.profile.next() };

  // Teams and which of them resist.
  const nTeams = teamCount(reps, profile);
  const specs = TEAMS.slice(0, nTeams);
  let resisting = new Set<number>();
  if (profile === 'resisting') resisting = new Set(specs.map((_, i) => i));
  if (profile === 'mixed') {
    const k = Math.max(1, Math.round(nTeams * 0.4));
    resisting = new Set(rng.shuffle(specs.map((_, i) => i)).slice(0, k));
  }
  const teams: Team[] = specs.map((spec, i) => ({
    spec,
    name: spec.name,
    mode: resisting.has(i) ? 'resisting' : 'healthy',
    manager: null,
    reps: [],
    roleId: ids.role.next(),
    managerRoleId: ids.role.next(),
  }));
  const leadershipRole = ids.role.next();

  // Unique invented names.
  const used = new Set<string>();
  const nameRng = makeRng(seed, 'names');
  const drawName = (): { first: string; last: string; g: 'f' | 'm' } => {
    for (;;) {
      const f = nameRng.pick(FIRST_NAMES);
      const last = nameRng.pick(LAST_NAMES);
      const key = `${f.name} ${last}`;
      if (used.has(key) && used.size < FIRST_NAMES.length * LAST_NAMES.length) continue;
      used.add(key);
      return { first: f.name, last, g: f.g };
    }
  };

  const people: Person[] = [];
  const emailCount = new Map<string, number>();
  const makePerson = (
    kind: PersonKind,
    title: string,
    team: Team | null,
    department: string,
    division: string,
    usage: Usage,
  ): Person => {
    const n = drawName();
    // Past ~3,600 people the invented names repeat; usernames must stay unique.
    const base = emailLocal(n.first, n.last);
    const seen = emailCount.get(base) ?? 0;
    emailCount.set(base, seen + 1);
    const local = seen ? `${base}${seen + 1}` : base;
    const prng = makeRng(seed, `person:${people.length}`);
    const p: Person = {
      index: people.length,
      id: ids.user.next(),
      first: n.first,
      last: n.last,
      name: `${n.first} ${n.last}`,
      g: n.g,
      email: `${local}@${domain}`,
      username: `${local}@${domain}`,
      kind,
      title,
      department,
      division,
      team,
      mode: team?.mode ?? 'healthy',
      usage,
      burst: usage === 'daily',
      managerId: '',
      roleId: team ? (kind === 'manager' ? team.managerRoleId : team.roleId) : '',
      isActive: kind !== 'departed',
      createdDay: 0,
      leftDay: null,
      loginDays: [],
      loginSet: new Set(),
      logins: new Map(),
      desktop: prng.pick(DESKTOPS),
      phone: prng.pick(PHONES),
      mobileShare: 0,
      stance: null,
    };
    people.push(p);
    return p;
  };

  const ops = makePerson('ops', 'Sales Operations Analyst', null, 'Sales Operations', 'Commercial Excellence', 'steady');
  const director = makePerson('director', 'Head of Sales', null, 'Sales Leadership', 'Commercial Excellence', 'steady');
  ops.roleId = leadershipRole;
  director.roleId = leadershipRole;
  ops.managerId = director.id;
  const managers = teams.map((t) => {
    const m = makePerson('manager', 'Regional Sales Manager', t, t.name, t.spec.division, 'steady');
    t.manager = m;
    m.managerId = director.id;
    return m;
  });

  // Reps, spread evenly over the teams.
  const repList: Person[] = [];
  for (let i = 0; i < reps; i++) {
    const team = teams[i % teams.length];
    if (!team) throw new Error('no team');
    const rep = makePerson('rep', 'Sales Representative', team, team.name, team.spec.division, 'steady');
    rep.managerId = team.manager?.id ?? director.id;
    team.reps.push(rep);
    repList.push(rep);
  }
  for (const team of teams) {
    // Titles: one key account manager per team, a few seniors.
    team.reps.forEach((r, i) => {
      r.title = i === 0 ? 'Key Account Manager' : rng.chance(0.3) ? 'Senior Sales Representative' : 'Sales Representative';
    });
    if (team.mode !== 'resisting') continue;
    // Half log in daily and burst-log on Fridays; the other half almost never log in, some not at all lately.
    const shuffled = rng.shuffle(team.reps);
    const nDaily = Math.ceil(shuffled.length / 2);
    const rare = shuffled.slice(nDaily);
    const nDormant = rare.length >= 2 ? Math.max(1, Math.round(rare.length * 0.4)) : 0;
    shuffled.forEach((r, i) => {
      r.usage = i < nDaily ? 'daily' : i - nDaily < nDormant ? 'dormant' : 'rare';
      r.burst = r.usage === 'daily';
    });
  }

  // Former reps: deactivated users who still own old opportunities.
  const departed: Person[] = [];
  const nDeparted = profile === 'healthy' ? 1 : 2;
  for (let i = 0; i < nDeparted; i++) {
    const team = rng.pick(teams);
    const p = makePerson('departed', 'Sales Representative', team, team.name, team.spec.division, 'left');
    p.managerId = team.manager?.id ?? director.id;
    p.leftDay = rng.int(cal.goLive + 110, cal.goLive + 220);
    departed.push(p);
  }

  for (const p of people) planLogins(p, cal, makeRng(seed, `logins:${p.index}`));

  return {
    seed,
    profile,
    client,
    domain,
    cal,
    teams,
    people,
    reps: repList,
    managers,
    ops,
    director,
    departed,
    profileIds,
    ids,
  };
}

/** Picks the days a person logs in, and the login times on each. */
function planLogins(p: Person, cal: Calendar, rng: Rng): void {
  const { span, goLive } = cal;
  p.createdDay = Math.max(0, goLive - rng.int(3, 10));
  const days: number[] = [];
  // Holidays: one or two blocks of five working days.
  const vacation = new Set<number>();
  const blocks = p.usage === 'daily' ? 1 : rng.int(1, 2);
  for (let b = 0; b < blocks; b++) {
    const startDay = rng.int(goLive + 20, span - 10);
    let d = startDay;
    let taken = 0;
    while (taken < 5 && d < span) {
      if (cal.isWorking(d)) {
        vacation.add(d);
        taken++;
      }
      d++;
    }
  }

  const working = (d: number): boolean => cal.isWorking(d) && !vacation.has(d);
  switch (p.usage) {
    case 'steady': {
      const base = p.kind === 'rep' ? rng.float(0.8, 0.97) : p.kind === 'director' ? 0.86 : 0.93;
      for (let d = goLive; d < span; d++) {
        if (working(d) ? rng.chance(base) : !cal.isWeekday(d) && rng.chance(0.015)) days.push(d);
      }
      p.mobileShare = p.kind === 'rep' ? rng.float(0.2, 0.5) : 0.1;
      break;
    }
    case 'daily': {
      const base = rng.float(0.9, 0.97);
      for (let d = goLive; d < span; d++) {
        if (!working(d)) continue;
        // Fridays are nearly always a login day: that is when the week gets logged.
        if (rng.chance(cal.weekday(d) === 5 ? 0.97 : base)) days.push(d);
      }
      p.mobileShare = 0.03;
      break;
    }
    case 'rare':
    case 'dormant': {
      // Dutiful for the first three weeks after go-live, then a few times a quarter.
      const stopAt = p.usage === 'dormant' ? rng.int(goLive + 70, span - 100) : span;
      for (let d = goLive; d < stopAt; d++) {
        if (!working(d)) continue;
        const p0 = d < goLive + 21 ? 0.55 : 0.045;
        if (rng.chance(p0)) days.push(d);
      }
      if (p.usage === 'rare') {
        // Almost never: at most four login days in the last 90, but at least one.
        const recent = days.filter((d) => d >= span - 90);
        const keep = new Set(rng.sample(recent, 4));
        for (let i = days.length - 1; i >= 0; i--) {
          const d = days[i] as number;
          if (d >= span - 90 && !keep.has(d)) days.splice(i, 1);
        }
        if (keep.size === 0) {
          let d = rng.int(span - 60, span - 2);
          while (!cal.isWorking(d)) d--;
          days.push(d);
        }
      }
      p.mobileShare = 0.05;
      break;
    }
    case 'left': {
      const base = rng.float(0.75, 0.9);
      const stop = p.leftDay ?? span;
      for (let d = goLive; d < stop; d++) if (working(d) && rng.chance(base)) days.push(d);
      p.mobileShare = 0.1;
      break;
    }
  }
  days.sort((a, b) => a - b);
  p.loginDays = days;
  p.loginSet = new Set(days);
  for (const d of days) {
    const t0 = cal.dayMs(d);
    const times: number[] = [];
    if (p.usage === 'daily') {
      // The morning check of the dashboards; on Fridays, another session for the burst (see activities).
      times.push(t0 + 6 * HOUR + 45 * MINUTE + rng.int(0, 90) * MINUTE);
    } else {
      times.push(t0 + 6 * HOUR + 30 * MINUTE + rng.int(0, 150) * MINUTE);
      if (p.usage === 'steady' && rng.chance(0.15)) times.push(t0 + 11 * HOUR + rng.int(0, 330) * MINUTE);
    }
    p.logins.set(d, times.sort((a, b) => a - b));
  }
}

/** The first login time on a day (the person's day starts there). */
export function firstLogin(p: Person, d: number): number {
  const times = p.logins.get(d);
  const t = times?.[0];
  if (t === undefined) throw new Error(`no login for ${p.name} on day ${d}`);
  return t;
}

/** Adds a login at a given time (e.g. the Friday burst session), keeping the list sorted. */
export function addLogin(p: Person, d: number, t: number): void {
  const times = p.logins.get(d) ?? [];
  times.push(t);
  times.sort((a, b) => a - b);
  p.logins.set(d, times);
  if (!p.loginSet.has(d)) {
    p.loginSet.add(d);
    p.loginDays.push(d);
    p.loginDays.sort((a, b) => a - b);
  }
}

/** Login days of a person within [from, to], both included. */
export function loginDaysBetween(p: Person, from: number, to: number): number[] {
  return p.loginDays.filter((d) => d >= from && d <= to);
}
