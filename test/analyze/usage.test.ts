import { describe, expect, it } from 'vitest';
import { buildPeople, finalizeActivity, finalizeRecords, finalizeUsers, gini } from '../../src/analyze/finalize.js';
import { UsageAccumulator } from '../../src/analyze/usage.js';

const T = (iso: string) => Date.parse(iso);
const timing = { burstMinutes: 10, burstMin: 5, lateDays: 7 };

describe('activity timing', () => {
  it('bursts: five or more by one user within ten minutes', () => {
    const u = new UsageAccumulator(timing);
    // Friday 2026-10-30, 16:00-16:04: six tasks for last week's visits.
    for (let i = 0; i < 6; i++) u.addActivity('rep1', T(`2026-10-30T16:0${i % 5}:00Z`), T('2026-10-26'));
    // spread-out logging by another user
    for (let i = 0; i < 4; i++) u.addActivity('rep2', T(`2026-10-2${6 + i}T09:00:00Z`), T(`2026-10-2${6 + i}`));
    const a = finalizeActivity(u)!;
    expect(a.activities).toBe(10);
    expect(a.burstShare).toBe(0.6);
    expect(a.lateShare).toBe(0);
    // Friday counts as period end; 2026-10-30 is also the second-last day of October.
    expect(a.periodEndShare).toBe(0.6);
    expect(a.byWeekday).toEqual([1, 1, 1, 1, 6, 0, 0]);
  });

  it('late: created more than lateDays after the activity date', () => {
    const u = new UsageAccumulator(timing);
    u.addActivity('r', T('2026-10-20T10:00:00Z'), T('2026-10-01'));
    u.addActivity('r', T('2026-10-08T10:00:00Z'), T('2026-10-01'));
    expect(finalizeActivity(u)!.lateShare).toBe(0.5);
  });

  it('merge of parts equals one pass', () => {
    const a = new UsageAccumulator(timing);
    const b = new UsageAccumulator(timing);
    const whole = new UsageAccumulator(timing);
    for (let i = 0; i < 6; i++) {
      const target = i % 2 ? a : b;
      target.addActivity('r', T(`2026-10-30T16:0${i}:00Z`), T('2026-10-20'));
      whole.addActivity('r', T(`2026-10-30T16:0${i}:00Z`), T('2026-10-20'));
    }
    b.merge(a);
    expect(finalizeActivity(b)).toEqual(finalizeActivity(whole));
  });
});

describe('users', () => {
  const now = T('2026-10-30T12:00:00Z');

  function org(n: number, teamOf: (i: number) => string, daily: (i: number) => boolean) {
    const u = new UsageAccumulator(timing);
    for (let i = 0; i < n; i++) {
      const id = `user${String(i).padStart(2, '0')}`;
      u.addRosterUser({ id, name: `Person ${i}`, aliases: [`person ${i}`], team: teamOf(i), role: 'Rep', active: true });
      if (daily(i)) for (let d = 1; d <= 90; d++) u.addLogin(id, now - d * 86_400_000, true);
      else u.addLogin(id, now - 200 * 86_400_000, true);
    }
    return u;
  }

  it('numbers users in an order that is neither their ids\' nor their names\', the same each run', () => {
    const u = org(12, () => 'North', () => true);
    const a = buildPeople(u, [], false);
    const b = buildPeople(org(12, () => 'North', () => true), [], false);
    const ids = Array.from({ length: 12 }, (_, i) => `user${String(i).padStart(2, '0')}`);
    const numbers = ids.map((id) => a.display.get(id));
    expect(new Set(numbers).size).toBe(12);
    expect(ids.map((id) => b.display.get(id))).toEqual(numbers);
    // Salesforce ids rise in the order users were created, and names sort by the alphabet: neither shows through
    expect(numbers).not.toEqual([...numbers].sort());
  });

  it('half daily, half never: polarisation 1, Gini high, inactive half', () => {
    const u = org(10, (i) => (i < 5 ? 'North' : 'South'), (i) => i < 5);
    const people = buildPeople(u, [], false);
    const r = finalizeUsers(u, people, { now, nameUsers: false, minGroupSize: 5, staleDays: 90 })!;
    expect(r.total).toBe(10);
    expect(r.active90).toBe(5);
    expect(r.inactiveShare).toBe(0.5);
    expect(r.polarization).toEqual({ index: 1, lowShare: 0.5, highShare: 0.5 });
    expect(r.gini).toBeGreaterThan(0.4);
    expect(r.perUser.map((p) => p.user)).toEqual(Array.from({ length: 10 }, (_, i) => `Rep ${String(i + 1).padStart(2, '0')}`));
    expect(r.teams.map((t) => [t.name, t.users, t.active90])).toEqual([
      ['North', 5, 5],
      ['South', 5, 0],
    ]);
    expect(JSON.stringify(r)).not.toContain('Person');
  });

  it('teams under minGroupSize are hidden, plus more until the hidden ones reach it together', () => {
    const u = org(13, (i) => (i < 6 ? 'A' : i < 12 ? 'B' : 'C'), () => true);
    const r = finalizeUsers(u, buildPeople(u, [], false), { now, nameUsers: false, minGroupSize: 5, staleDays: 90 })!;
    // C (1 user) is hidden; A and B are 6 each: one of them is hidden too, so C = total - shown cannot be derived.
    expect(r.teams).toHaveLength(1);
    expect(r.suppressedTeams).toBe(2);
    expect(r.perUser.filter((p) => p.team === 'C')).toHaveLength(0);
  });

  it('roles as teams: one hidden role among shown ones hides the next smallest, so no row stands alone without one', () => {
    const u = new UsageAccumulator(timing);
    for (let i = 0; i < 12; i++) {
      const id = `user${String(i).padStart(2, '0')}`;
      u.addRosterUser({ id, name: `Person ${i}`, aliases: [], team: 'North', role: i === 11 ? 'VP Sales' : 'Sales Rep', active: true });
      u.addLogin(id, now - 86_400_000, true);
    }
    const r = finalizeUsers(u, buildPeople(u, [], false), { now, nameUsers: false, minGroupSize: 5, staleDays: 90 })!;
    expect(r.perUser.map((p) => p.role)).toEqual(Array.from({ length: 12 }, () => null));
    // with a second large role, the VP hides among the smaller of the two
    const v = new UsageAccumulator(timing);
    for (let i = 0; i < 17; i++) {
      const id = `user${String(i).padStart(2, '0')}`;
      v.addRosterUser({ id, name: `Person ${i}`, aliases: [], team: 'North', role: i === 16 ? 'VP Sales' : i < 10 ? 'Sales Rep' : 'Key Account Manager', active: true });
      v.addLogin(id, now - 86_400_000, true);
    }
    const w = finalizeUsers(v, buildPeople(v, [], false), { now, nameUsers: false, minGroupSize: 5, staleDays: 90 })!;
    expect(w.perUser.filter((p) => p.role === 'Sales Rep')).toHaveLength(10);
    expect(w.perUser.filter((p) => p.role === null)).toHaveLength(7);
  });

  it('two tiny hidden teams are not revealed by the total either', () => {
    const u = org(22, (i) => (i < 10 ? 'A' : i < 20 ? 'B' : i === 20 ? 'C' : 'D'), () => true);
    const r = finalizeUsers(u, buildPeople(u, [], false), { now, nameUsers: false, minGroupSize: 5, staleDays: 90 })!;
    const shownUsers = r.teams.reduce((n, t) => n + t.users, 0);
    expect(r.total - shownUsers).toBeGreaterThanOrEqual(5);
    expect(r.teams).toHaveLength(1);
  });

  it('names only with --name-users', () => {
    const u = org(3, () => 'T', () => true);
    const r = finalizeUsers(u, buildPeople(u, [], true), { now, nameUsers: true, minGroupSize: 5, staleDays: 90 })!;
    expect(r.perUser.map((p) => p.user)).toEqual(['Person 0', 'Person 1', 'Person 2']);
  });

  it('owner names of a report export resolve to roster ids (one user, not two)', () => {
    const u = new UsageAccumulator(timing);
    u.addRosterUser({ id: '005000000000001', name: 'Dana Whitfield', aliases: ['dana whitfield'], team: null, role: null, active: true });
    u.addRecord('Dana  Whitfield', T('2026-10-01'), T('2026-10-02'));
    u.addRecord('005000000000001', T('2026-10-03'), T('2026-10-04'));
    const r = finalizeUsers(u, buildPeople(u, [], false), { now, nameUsers: false, minGroupSize: 5, staleDays: 90 })!;
    expect(r.total).toBe(1);
    expect(r.perUser[0]!.records).toBe(2);
  });

  it('the names the notes may hold: owners seen as an address or a user name too, never an id', () => {
    const u = new UsageAccumulator(timing);
    u.addRosterUser({ id: '005000000000001', name: 'Dana Whitfield', aliases: ['dana whitfield', 'dana.whitfield@acme.example', '005000000000001'], team: null, role: null, active: true });
    for (const owner of ['jane.smith@acme.example', 'tbaker', 'ann_kim', 'Bob Lee', '0055g00000ABCDEFGH', '12345678', 'r2d2'])
      u.addRecord(owner, T('2026-10-01'), T('2026-10-02'));
    const names = buildPeople(u, [], false).names;
    for (const n of ['Dana Whitfield', 'dana.whitfield@acme.example', 'jane.smith@acme.example', 'tbaker', 'ann_kim', 'Bob Lee']) expect(names.map((x) => x.toLowerCase())).toContain(n.toLowerCase());
    for (const id of ['005000000000001', '0055g00000abcdefgh', '12345678', 'r2d2']) expect(names.map((x) => x.toLowerCase())).not.toContain(id);
  });

  it('ids that differ only in letter case are different users', () => {
    const u = new UsageAccumulator(timing);
    u.addRosterUser({ id: '0057Q000041MCCH', name: 'A', aliases: ['a one'], team: null, role: null, active: true });
    u.addRosterUser({ id: '0057Q000041MCCh', name: 'B', aliases: ['b two'], team: null, role: null, active: true });
    u.addLogin('0057Q000041MCCHQA4', T('2026-10-29T08:00:00Z'), true);
    const r = finalizeUsers(u, buildPeople(u, [], false), { now, nameUsers: false, minGroupSize: 5, staleDays: 90 })!;
    expect(r.total).toBe(2);
    expect(r.active90).toBe(1);
  });

  it('gini', () => {
    expect(gini([1, 1, 1, 1])).toBe(0);
    expect(gini([0, 0, 0, 10])).toBe(0.75);
  });

  it('freshness: median age and stale share relative to now', () => {
    const u = new UsageAccumulator(timing);
    u.addRecord(null, NaN, T('2026-10-29'));
    u.addRecord(null, NaN, T('2026-10-20'));
    u.addRecord(null, NaN, T('2026-01-01'));
    const r = finalizeRecords(u, now, 90, buildPeople(u, [], false))!;
    expect(r.records).toBe(3);
    expect(r.freshness.medianDaysSinceModified).toBe(10);
    expect(r.freshness.staleShare).toBe(0.3333);
    expect(r.open).toBeUndefined();
  });

  it('open records: freshness of those not closed, and stale open records per owner', () => {
    const u = new UsageAccumulator(timing);
    u.addRecord('ana', NaN, T('2026-10-29'), null, null, true);
    u.addRecord('ana', NaN, T('2026-01-01'), null, null, false); // closed long ago: not stale pipeline
    u.addRecord('ben', NaN, T('2026-02-01'), null, null, true);
    u.addRecord('ben', NaN, T('2026-03-01'), null, null, true);
    const r = finalizeRecords(u, now, 90, buildPeople(u, [], false))!;
    expect(r.freshness.staleShare).toBe(0.75);
    expect(r.open).toEqual({ records: 3, medianDaysSinceModified: 243, staleShare: 0.6667 });
    expect(r.owners).toEqual([
      { owner: 'Rep 01', open: 1, staleOpen: 0 },
      { owner: 'Rep 02', open: 2, staleOpen: 2 },
    ]);
  });
});

describe('date order decided from the values, not just the first rows', () => {
  it('a day/month file whose first rows are ambiguous is still read day first', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { analyzeFiles } = await import('../../src/analyze/index.js');
    const dir = mkdtempSync(join(tmpdir(), 'crm-audit-dates-'));
    const lines = ['Id,OwnerId,Subject,ActivityDate,CreatedDate'];
    // 1,500 rows in early March (day <= 12: ambiguous), then the 25th of March (decides day/month).
    for (let i = 0; i < 1500; i++) lines.push(`T${i},U${i % 7},Call,0${1 + (i % 9)}/03/2024,0${1 + (i % 9)}/03/2024 10:00`);
    lines.push('T9999,U1,Call,25/03/2024,25/03/2024 10:00');
    writeFileSync(join(dir, 'Task.csv'), lines.join('\n'));
    const raw = await analyzeFiles([join(dir, 'Task.csv')], [], { cwd: dir, locale: 'en-US', maxErrors: 10, timing });
    expect(raw.usage.maxTimestamp).toBe(Date.parse('2024-03-25T10:00:00Z'));
    expect(raw.unparsedDates).toBe(0);
  });
});
