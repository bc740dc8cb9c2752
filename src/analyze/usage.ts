// How the CRM is really used: activity per user, logins, edits, activity timing and record freshness.
// Everything is kept as additive counters keyed by user and day, so that `--now` can be decided at the
// end (the newest timestamp seen) and parts can be merged in any order with the same result.
import { normalizeId } from '../ingest/reader.js';
import { dayNumber, isoDay, weekday } from './dates.js';

export interface UserActivity {
  records: number;
  activities: number;
  logins: number;
  edits: number;
  days: Set<number>;
}

export interface RosterEntry {
  id: string;
  name: string | null;
  aliases: string[];
  team: string | null;
  role: string | null;
  active: boolean;
  /** the users export's last login (ms), used as a login only when no login history is given (useLastLogins) */
  lastLogin?: number;
}

export interface TimingSettings {
  burstMinutes: number;
  burstMin: number;
  lateDays: number;
}

/** A user key: Salesforce ids folded to 15 characters, names with spaces collapsed. */
export function userKey(raw: string): string {
  return normalizeId(raw.replace(/\s+/g, ' '));
}

export class UsageAccumulator {
  readonly users = new Map<string, UserActivity>();
  readonly roster = new Map<string, RosterEntry>();
  /** user -> minute number -> activities created in that minute */
  readonly minutes = new Map<string, Map<number, number>>();
  activities = 0;
  activitiesWithDate = 0;
  late = 0;
  periodEnd = 0;
  readonly byWeekday = [0, 0, 0, 0, 0, 0, 0];
  records = 0;
  /** day last modified -> records */
  readonly modifiedDays = new Map<number, number>();
  /** the same for open records only (not closed, won or lost), when the export says which are open */
  readonly openModifiedDays = new Map<number, number>();
  /** owner -> day last modified -> open records */
  readonly ownerOpenDays = new Map<string, Map<number, number>>();
  readonly historyFields = new Map<string, { changes: number; editors: Set<string> }>();
  historyChanges = 0;
  maxTimestamp = -Infinity;
  /** newest activity date, used for --now only when nothing else is dated */
  maxActivityDate = -Infinity;

  constructor(private readonly timing: TimingSettings) {}

  private user(key: string): UserActivity {
    let u = this.users.get(key);
    if (!u) {
      u = { records: 0, activities: 0, logins: 0, edits: 0, days: new Set() };
      this.users.set(key, u);
    }
    return u;
  }

  private seen(ts: number): void {
    if (ts > this.maxTimestamp) this.maxTimestamp = ts;
  }

  /**
   * A record: counted for its owner; the days it was created and modified count as active days of whoever
   * did it (CreatedById, LastModifiedById) when the export says, else of the owner.
   */
  addRecord(
    owner: string | null,
    created: number,
    modified: number,
    creator: string | null = null,
    modifier: string | null = null,
    open: boolean | null = null,
  ): void {
    this.records++;
    if (!Number.isNaN(created)) this.seen(created);
    if (!Number.isNaN(modified)) this.seen(modified);
    const last = Number.isNaN(modified) ? created : modified;
    if (!Number.isNaN(last)) {
      const d = dayNumber(last);
      bump(this.modifiedDays, d, 1);
      if (open) {
        bump(this.openModifiedDays, d, 1);
        if (owner) {
          let m = this.ownerOpenDays.get(owner);
          if (!m) this.ownerOpenDays.set(owner, (m = new Map()));
          bump(m, d, 1);
        }
      }
    }
    if (owner) this.user(owner).records++;
    const by = (who: string | null) => who ?? owner;
    if (!Number.isNaN(created) && by(creator)) this.user(by(creator)!).days.add(dayNumber(created));
    if (!Number.isNaN(modified) && by(modifier)) this.user(by(modifier)!).days.add(dayNumber(modified));
  }

  addActivity(owner: string | null, created: number, activityDate: number): void {
    this.activities++;
    const logged = Number.isNaN(created) ? activityDate : created;
    if (!Number.isNaN(activityDate) && activityDate > this.maxActivityDate) this.maxActivityDate = activityDate;
    if (!Number.isNaN(created)) this.seen(created);
    if (Number.isNaN(logged)) {
      if (owner) this.user(owner).activities++;
      return;
    }
    this.activitiesWithDate++;
    const day = dayNumber(logged);
    const wd = weekday(day);
    this.byWeekday[wd]!++;
    const date = new Date(logged);
    const dom = date.getUTCDate();
    const lastDom = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
    if (wd >= 4 || dom >= lastDom - 1) this.periodEnd++;
    if (!Number.isNaN(created) && !Number.isNaN(activityDate) && dayNumber(created) - dayNumber(activityDate) > this.timing.lateDays) {
      this.late++;
    }
    if (owner) {
      const u = this.user(owner);
      u.activities++;
      u.days.add(day);
      if (!Number.isNaN(created)) {
        let m = this.minutes.get(owner);
        if (!m) {
          m = new Map();
          this.minutes.set(owner, m);
        }
        const minute = Math.floor(created / 60_000);
        m.set(minute, (m.get(minute) ?? 0) + 1);
      }
    }
  }

  addLogin(user: string | null, at: number, success: boolean): void {
    if (!Number.isNaN(at)) this.seen(at);
    if (!user || !success) return;
    const u = this.user(user);
    u.logins++;
    if (!Number.isNaN(at)) u.days.add(dayNumber(at));
  }

  addEdit(field: string | null, editor: string | null, at: number): void {
    this.historyChanges++;
    if (!Number.isNaN(at)) this.seen(at);
    // Salesforce writes a "created" history row when a record is created: an act, not an edited field.
    if (field && !/^created$/i.test(field)) {
      let f = this.historyFields.get(field);
      if (!f) {
        f = { changes: 0, editors: new Set() };
        this.historyFields.set(field, f);
      }
      f.changes++;
      if (editor) f.editors.add(editor);
    }
    if (editor) {
      const u = this.user(editor);
      u.edits++;
      if (!Number.isNaN(at)) u.days.add(dayNumber(at));
    }
  }

  /** Add another accumulator (another file or part); the result does not depend on the order. */
  merge(from: UsageAccumulator): void {
    const into = this;
    for (const [k, u] of from.users) {
      const t = into.users.get(k);
      if (!t) into.users.set(k, { ...u, days: new Set(u.days) });
      else {
        t.records += u.records;
        t.activities += u.activities;
        t.logins += u.logins;
        t.edits += u.edits;
        for (const d of u.days) t.days.add(d);
      }
    }
    for (const [k, r] of from.roster) into.roster.set(k, r);
    for (const [user, m] of from.minutes) {
      let t = into.minutes.get(user);
      if (!t) {
        t = new Map();
        into.minutes.set(user, t);
      }
      for (const [minute, c] of m) t.set(minute, (t.get(minute) ?? 0) + c);
    }
    into.activities += from.activities;
    into.activitiesWithDate += from.activitiesWithDate;
    into.late += from.late;
    into.periodEnd += from.periodEnd;
    for (let i = 0; i < 7; i++) into.byWeekday[i]! += from.byWeekday[i]!;
    into.records += from.records;
    for (const [d, c] of from.modifiedDays) bump(into.modifiedDays, d, c);
    for (const [d, c] of from.openModifiedDays) bump(into.openModifiedDays, d, c);
    for (const [owner, m] of from.ownerOpenDays) {
      let t = into.ownerOpenDays.get(owner);
      if (!t) into.ownerOpenDays.set(owner, (t = new Map()));
      for (const [d, c] of m) bump(t, d, c);
    }
    for (const [f, h] of from.historyFields) {
      const t = into.historyFields.get(f);
      if (!t) into.historyFields.set(f, { changes: h.changes, editors: new Set(h.editors) });
      else {
        t.changes += h.changes;
        for (const e of h.editors) t.editors.add(e);
      }
    }
    into.historyChanges += from.historyChanges;
    into.maxTimestamp = Math.max(into.maxTimestamp, from.maxTimestamp);
    into.maxActivityDate = Math.max(into.maxActivityDate, from.maxActivityDate);
  }

  addRosterUser(entry: RosterEntry): void {
    this.roster.set(entry.id, entry);
  }

  /**
   * Without a login history, the users export's last login is the one login known of each user: active that day.
   * (Beside a login history it would count one login twice.)
   */
  useLastLogins(): void {
    for (const r of this.roster.values()) if (r.lastLogin !== undefined) this.addLogin(r.id, r.lastLogin, true);
  }

  /** Activities that sit in a burst: >= burstMin created by one user within any burstMinutes window. */
  burstActivities(): number {
    const { burstMinutes, burstMin } = this.timing;
    let inBurst = 0;
    for (const m of this.minutes.values()) {
      const keys = [...m.keys()].sort((a, b) => a - b);
      const marked = new Set<number>();
      let lo = 0;
      let sum = 0;
      for (let hi = 0; hi < keys.length; hi++) {
        sum += m.get(keys[hi]!)!;
        while (keys[hi]! - keys[lo]! >= burstMinutes) {
          sum -= m.get(keys[lo]!)!;
          lo++;
        }
        if (sum >= burstMin) for (let i = lo; i <= hi; i++) marked.add(keys[i]!);
      }
      for (const k of marked) inBurst += m.get(k)!;
    }
    return inBurst;
  }

  /** Median days since last modified, and the share older than staleDays, relative to `nowDay`. */
  freshness(nowDay: number, staleDays: number, days: Map<number, number> = this.modifiedDays): Freshness {
    return freshnessOf(days, nowDay, staleDays);
  }
}

export interface Freshness {
  total: number;
  median: number | null;
  stale: number | null;
  staleCount: number;
}

/** Freshness of a day -> records histogram relative to `nowDay`. */
export function freshnessOf(days: Map<number, number>, nowDay: number, staleDays: number): Freshness {
  const total = [...days.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return { total, median: null, stale: null, staleCount: 0 };
  const ages = [...days.entries()].map(([d, c]) => [Math.max(0, nowDay - d), c] as const).sort((a, b) => a[0] - b[0]);
  let acc = 0;
  let median = 0;
  let stale = 0;
  for (const [age, c] of ages) {
    if (acc < total / 2 && acc + c >= total / 2) median = age;
    acc += c;
    if (age > staleDays) stale += c;
  }
  return { total, median, stale: stale / total, staleCount: stale };
}

function bump(m: Map<number, number>, k: number, by: number): void {
  m.set(k, (m.get(k) ?? 0) + by);
}

export { isoDay };
