import { createHash } from 'node:crypto';
// Turn the accumulators into the members of the contract. Ratios are rounded to 4 decimals and arrays
// sorted by a stated key, so that the same inputs and --now give byte-identical JSON.
import type { ActivityResult, FieldHistoryResult, RecordsResult, UsersResult, UserRow } from '../result/schema.js';
import { usageError } from '../errors.js';
import { DAY_MS, dayNumber, isoDay, parseDate, weekday } from './dates.js';
import type { FieldStats } from './field-stats.js';
import { freshnessOf, userKey, type UsageAccumulator } from './usage.js';

export const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;
const ratio = (a: number, b: number): number => (b > 0 ? round4(a / b) : 0);

/** Gini coefficient of non-negative values (0 = everyone equal, 1 = one user does everything). */
export function gini(values: number[]): number {
  const n = values.length;
  const sum = values.reduce((a, b) => a + b, 0);
  if (n < 2 || sum === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  let weighted = 0;
  for (let i = 0; i < n; i++) weighted += (i + 1) * sorted[i]!;
  return round4((2 * weighted) / (n * sum) - (n + 1) / n);
}

export function polarization(lowShare: number, highShare: number) {
  return { index: round4(2 * Math.min(lowShare, highShare)), lowShare: round4(lowShare), highShare: round4(highShare) };
}

/** Working days (Monday to Friday) in the 90 days up to and including nowDay. */
function workingDays(nowDay: number, span: number): number {
  let n = 0;
  for (let d = nowDay - span + 1; d <= nowDay; d++) if (weekday(d) < 5) n++;
  return n;
}

export interface FinalizeOptions {
  now: number | null;
  nameUsers: boolean;
  minGroupSize: number;
  staleDays: number;
  /** owner name or id -> team, from the config */
  teams?: Record<string, string>;
}

export interface People {
  /** resolved key -> display name (pseudonym unless nameUsers) */
  display: Map<string, string>;
  resolve(raw: string): string;
  /** roster names and aliases, for redaction of interview notes */
  names: string[];
  /** each roster user's names ("Nora Field", "Nory Field", "nfield"): a notes file's respondents written in two of
   *  them are one person */
  samePeople: string[][];
}

/** Resolve owner values to users (roster id where a name or id matches) and give each a stable pseudonym. */
export function buildPeople(usage: UsageAccumulator, extraKeys: Iterable<string>, nameUsers: boolean): People {
  // Ids are case-sensitive (Salesforce ids differ only in letter case); names and e-mails are not.
  const alias = new Map<string, string>();
  for (const r of usage.roster.values()) {
    for (const a of r.aliases) alias.set(a.toLowerCase(), r.id);
  }
  const resolve = (raw: string) => {
    const k = userKey(raw);
    if (usage.roster.has(k)) return k;
    return alias.get(k.toLowerCase()) ?? k;
  };
  const population = populationKeys(usage, resolve);
  const others = new Set<string>();
  for (const k of usage.users.keys()) others.add(resolve(k));
  for (const k of extraKeys) others.add(resolve(k));
  for (const k of population) others.delete(k);
  // The numbers follow neither the alphabet nor the order users were created in (Salesforce ids rise with it): each
  // key's place comes from a hash keyed by the whole roster. Stable for the same inputs. Someone who holds the CRM's
  // own data can still recognise a user by their figures; pseudonyms only keep names out of the report.
  const secret = createHash('sha256');
  for (const k of [...usage.roster.keys(), ...usage.users.keys()].sort()) secret.update(k).update('\u0000');
  const salt = secret.digest('hex');
  const place = new Map<string, string>();
  const byPlace = (keys: Iterable<string>) =>
    [...keys]
      .map((k) => {
        const h = createHash('sha256').update(`crm-audit:user:${salt}:${k}`).digest('hex');
        place.set(k, h);
        return k;
      })
      .sort((a, b) => (place.get(a)! < place.get(b)! ? -1 : place.get(a)! > place.get(b)! ? 1 : a < b ? -1 : 1));
  const ordered = [...byPlace(population), ...byPlace(others)];
  const width = Math.max(2, String(ordered.length).length);
  const display = new Map<string, string>();
  ordered.forEach((k, i) => {
    const named = usage.roster.get(k)?.name ?? k;
    display.set(k, nameUsers ? named : `Rep ${String(i + 1).padStart(width, '0')}`);
  });
  // the names the notes may hold: roster names, and the owners and users seen as a name ("Jane Smith"), an address
  // ("jane.smith@acme.com": its local part spells the name; the notes' redaction reads it so) or a user name
  // ("tbaker", "jane.smith"), never an id (letters only, or with dots, underscores or hyphens between them)
  const nameLike = (k: string) => /\s|@/.test(k) || /^\p{L}+(?:[._-]\p{L}+)*$/u.test(k);
  const names = new Set<string>();
  for (const r of usage.roster.values()) {
    if (r.name) names.add(r.name);
    for (const a of r.aliases) if (nameLike(a)) names.add(a);
  }
  for (const k of usage.users.keys()) if (nameLike(k)) names.add(k);
  const samePeople = [...usage.roster.values()].map((r) => [...new Set([...(r.name ? [r.name] : []), ...r.aliases.filter(nameLike)])]).filter((n) => n.length > 1);
  return { display, resolve, names: [...names].sort(), samePeople };
}

/** The users the audit is about: active roster users when a roster exists, else everyone seen. */
function populationKeys(usage: UsageAccumulator, resolve: (k: string) => string): Set<string> {
  if (usage.roster.size > 0) {
    return new Set([...usage.roster.values()].filter((r) => r.active).map((r) => r.id));
  }
  // Without a roster: the owners and users seen (editors who own nothing and never log in, such as
  // integration users writing field history, are not counted).
  const keys = [...usage.users.entries()].filter(([, u]) => u.records + u.activities + u.logins > 0).map(([k]) => k);
  return new Set(keys.map(resolve));
}

export function finalizeUsers(usage: UsageAccumulator, people: People, o: FinalizeOptions): UsersResult | undefined {
  const population = populationKeys(usage, people.resolve);
  if (population.size === 0) return undefined;
  // Fold activity onto resolved keys.
  const merged = new Map<string, { records: number; activities: number; logins: number; edits: number; days: Set<number> }>();
  for (const k of population) merged.set(k, { records: 0, activities: 0, logins: 0, edits: 0, days: new Set() });
  for (const [raw, u] of usage.users) {
    const t = merged.get(people.resolve(raw));
    if (!t) continue;
    t.records += u.records;
    t.activities += u.activities;
    t.logins += u.logins;
    t.edits += u.edits;
    for (const d of u.days) t.days.add(d);
  }
  const nowDay = o.now === null ? null : dayNumber(o.now);
  const wd90 = nowDay === null ? 0 : workingDays(nowDay, 90);
  const configTeams = new Map(Object.entries(o.teams ?? {}).map(([k, v]) => [people.resolve(k), v]));
  const rows: UserRow[] = [];
  let active30 = 0;
  let active90 = 0;
  for (const [k, u] of merged) {
    const days = [...u.days];
    const last = days.length ? Math.max(...days) : null;
    const in90 = nowDay === null ? 0 : days.filter((d) => d > nowDay - 90 && d <= nowDay).length;
    const in30 = nowDay === null ? 0 : days.filter((d) => d > nowDay - 30 && d <= nowDay).length;
    // The share is of working days, so only working days count on top (a weekend burst is not a habit).
    const workdays90 = nowDay === null ? 0 : days.filter((d) => d > nowDay - 90 && d <= nowDay && weekday(d) < 5).length;
    if (in30 > 0) active30++;
    if (in90 > 0) active90++;
    const r = usage.roster.get(k);
    rows.push({
      user: people.display.get(k) ?? k,
      team: configTeams.get(k) ?? r?.team ?? null,
      role: r?.role ?? null,
      records: u.records,
      activities: u.activities,
      logins: u.logins,
      edits: u.edits,
      lastActive: last === null ? null : isoDay(last),
      activeDays90: in90,
      activeShare90: wd90 ? round4(Math.min(1, workdays90 / wd90)) : 0,
    });
  }
  rows.sort((a, b) => (a.user < b.user ? -1 : a.user > b.user ? 1 : 0));
  const total = rows.length;
  const low = rows.filter((r) => r.activeShare90 < 0.1).length;
  const high = rows.filter((r) => r.activeShare90 >= 0.6).length;
  const bins = Array.from({ length: 10 }, (_, i) => ({ bin: `${i * 10}-${i * 10 + 10}%`, users: 0 }));
  for (const r of rows) bins[Math.min(9, Math.floor(r.activeShare90 * 10))]!.users++;

  // Teams: figures only for groups of at least minGroupSize. The hidden groups together must also reach
  // minGroupSize (else the smallest shown groups are hidden too), so that what the total minus the shown
  // groups reveals is itself a group large enough to show.
  const byTeam = new Map<string, UserRow[]>();
  for (const r of rows) {
    const t = r.team ?? 'No team';
    byTeam.set(t, [...(byTeam.get(t) ?? []), r]);
  }
  let teams = [...byTeam.entries()]
    .map(([name, members]) => {
      const a90 = members.filter((m) => m.activeDays90 > 0).length;
      const lo = members.filter((m) => m.activeShare90 < 0.1).length / members.length;
      const hi = members.filter((m) => m.activeShare90 >= 0.6).length / members.length;
      return {
        name,
        users: members.length,
        active90: a90,
        inactiveShare: ratio(members.length - a90, members.length),
        polarization: polarization(lo, hi),
      };
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const hasTeams = rows.some((r) => r.team !== null);
  if (!hasTeams) teams = [];
  const shown = teams.filter((t) => t.users >= o.minGroupSize).sort((a, b) => b.users - a.users || (a.name < b.name ? -1 : 1));
  let hiddenUsers = teams.reduce((n, t) => n + t.users, 0) - shown.reduce((n, t) => n + t.users, 0);
  while (hiddenUsers > 0 && hiddenUsers < o.minGroupSize && shown.length > 0) hiddenUsers += shown.pop()!.users;
  shown.sort((a, b) => (a.name < b.name ? -1 : 1));
  const suppressed = teams.length - shown.length;
  // With pseudonyms the per-user team and role are the same disclosure as a group figure: hide them for
  // groups that are not shown (a role held by fewer than minGroupSize users points at a person).
  // Roles as teams: the users whose role is hidden (or none) must be nobody or at least minGroupSize, else the
  // smallest shown roles are hidden too; one hidden VP among eleven reps would be the one row without a role.
  const shownNames = new Set(shown.map((t) => t.name));
  const roleCounts = new Map<string, number>();
  for (const r of rows) if (r.role !== null) roleCounts.set(r.role, (roleCounts.get(r.role) ?? 0) + 1);
  const shownRoles = [...roleCounts.entries()].filter(([, n]) => n >= o.minGroupSize).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  let hiddenRoleUsers = rows.length - shownRoles.reduce((n, [, c]) => n + c, 0);
  while (hiddenRoleUsers > 0 && hiddenRoleUsers < o.minGroupSize && shownRoles.length > 0) hiddenRoleUsers += shownRoles.pop()![1];
  const shownRoleNames = new Set(shownRoles.map(([name]) => name));
  if (!o.nameUsers) {
    for (const r of rows) {
      if (r.team !== null && !shownNames.has(r.team)) r.team = null;
      if (r.role !== null && !shownRoleNames.has(r.role)) r.role = null;
    }
  }

  return {
    total,
    rosterGiven: usage.roster.size > 0,
    active30,
    active90,
    inactiveShare: ratio(total - active90, total),
    gini: gini(rows.map((r) => r.records + r.activities + r.logins + r.edits)),
    polarization: polarization(total ? low / total : 0, total ? high / total : 0),
    distribution: bins,
    teams: shown,
    suppressedTeams: suppressed,
    perUser: rows,
  };
}

export function finalizeActivity(usage: UsageAccumulator): ActivityResult | undefined {
  if (usage.activities === 0) return undefined;
  const n = usage.activitiesWithDate;
  return {
    activities: usage.activities,
    withDate: n,
    burstShare: ratio(usage.burstActivities(), n),
    lateShare: ratio(usage.late, n),
    periodEndShare: ratio(usage.periodEnd, n),
    byWeekday: [...usage.byWeekday],
  };
}

export function finalizeRecords(usage: UsageAccumulator, now: number | null, staleDays: number, people: People): RecordsResult | undefined {
  if (usage.records === 0) return undefined;
  const nowDay = now === null ? null : dayNumber(now);
  const f = nowDay === null ? null : freshnessOf(usage.modifiedDays, nowDay, staleDays);
  const out: RecordsResult = {
    records: usage.records,
    freshness: { medianDaysSinceModified: f?.median ?? null, staleShare: f?.stale === null || f === null ? null : round4(f.stale) },
  };
  const openTotal = [...usage.openModifiedDays.values()].reduce((a, b) => a + b, 0);
  if (openTotal > 0) {
    const o = nowDay === null ? null : freshnessOf(usage.openModifiedDays, nowDay, staleDays);
    out.open = {
      records: openTotal,
      medianDaysSinceModified: o?.median ?? null,
      staleShare: o === null || o.stale === null ? null : round4(o.stale),
    };
    if (nowDay !== null) {
      const byOwner = new Map<string, { open: number; staleOpen: number }>();
      for (const [raw, days] of usage.ownerOpenDays) {
        const name = people.display.get(people.resolve(raw)) ?? people.resolve(raw);
        const fr = freshnessOf(days, nowDay, staleDays);
        const t = byOwner.get(name) ?? { open: 0, staleOpen: 0 };
        t.open += fr.total;
        t.staleOpen += fr.staleCount;
        byOwner.set(name, t);
      }
      out.owners = [...byOwner.entries()]
        .map(([owner, c]) => ({ owner, ...c }))
        .sort((a, b) => (a.owner < b.owner ? -1 : a.owner > b.owner ? 1 : 0));
    }
  }
  return out;
}

export function finalizeFieldHistory(usage: UsageAccumulator): FieldHistoryResult | undefined {
  if (usage.historyChanges === 0) return undefined;
  const fields = [...usage.historyFields.entries()]
    .map(([name, h]) => ({ name, changes: h.changes, editors: h.editors.size }))
    .sort((a, b) => b.changes - a.changes || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { changes: usage.historyChanges, fields };
}

/** --now, else the newest created, modified, login or edit timestamp, else the newest activity date. */
export function decideNow(explicit: string | undefined, usage: UsageAccumulator): number | null {
  if (explicit) {
    // Read as UTC whatever the machine's time zone, so that the same --now gives the same JSON everywhere.
    const t = parseDate(explicit, 'mdy');
    if (Number.isNaN(t)) throw usageError('--now is not a real date', { hint: 'give --now as YYYY-MM-DD' });
    return t;
  }
  if (Number.isFinite(usage.maxTimestamp)) return usage.maxTimestamp;
  if (Number.isFinite(usage.maxActivityDate)) return usage.maxActivityDate;
  return null;
}

export interface FieldStatsView {
  name: string;
  object: string | null;
  source: string;
  type: string;
  rows: number;
  filled: number;
  fillRate: number;
  junkShare: number;
  distinctRatio: number;
  topValueShare: number;
  owners: { owner: string; rows: number; filled: number; fillRate: number }[];
}

export function fieldStatsView(fs: FieldStats, people: People): FieldStatsView {
  const filled = fs.filled;
  const distinct = fs.values.distinct();
  const [top] = fs.values.topCounts();
  const owners = new Map<string, { rows: number; filled: number }>();
  for (const [raw, o] of fs.owners) {
    const name = people.display.get(people.resolve(raw)) ?? people.resolve(raw);
    const t = owners.get(name) ?? { rows: 0, filled: 0 };
    t.rows += o.rows;
    t.filled += fs.type === 'boolean' ? o.trues : o.nonBlank;
    owners.set(name, t);
  }
  return {
    name: fs.name,
    object: fs.object,
    source: fs.source,
    type: fs.type,
    rows: fs.rows,
    filled,
    fillRate: ratio(filled, fs.rows),
    junkShare: ratio(fs.junk, fs.nonBlank),
    distinctRatio: ratio(Math.min(distinct, fs.nonBlank), fs.nonBlank),
    topValueShare: ratio(Math.min(top, fs.nonBlank), fs.nonBlank),
    owners: [...owners.entries()]
      .map(([owner, c]) => ({ owner, rows: c.rows, filled: c.filled, fillRate: ratio(c.filled, c.rows) }))
      .sort((a, b) => (a.owner < b.owner ? -1 : a.owner > b.owner ? 1 : 0)),
  };
}

export { DAY_MS };
