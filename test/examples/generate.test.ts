// The example generator: deterministic, shaped like the real exports, and carrying the planted patterns
// that the audits of issue #4 are checked against. The numbers here are read back from the CSV files
// with csv-parse, not taken from the generator's own bookkeeping.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DEFAULT_NOW, generateClient, parseArgs, type GenerateOptions, type Manifest } from '../../examples/generate.js';
import { salesforceSuffix } from '../../examples/generator-random.js';
import { Config } from '../../src/config/config-schema.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const NOW = Date.parse(`${DEFAULT_NOW}T00:00:00.000Z`);
const DAY = 86_400_000;
const TIMEOUT = 120_000; // generous: CI machines are shared

let work = '';
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'crm-audit-examples-'));
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

type Rec = Record<string, string>;

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(path.join(dir, e.name), rel)));
    else out.push(rel);
  }
  return out.sort();
}

async function csv(dir: string, file: string): Promise<Rec[]> {
  const text = await readFile(path.join(dir, file), 'utf8');
  return parse(text, { columns: true, bom: true, skip_empty_lines: true }) as Rec[];
}

const cache = new Map<string, Promise<{ dir: string; manifest: Manifest }>>();
function org(opts: Omit<GenerateOptions, 'outDir'>, tag = ''): Promise<{ dir: string; manifest: Manifest }> {
  const key = `${opts.profile}-${opts.seed}-${opts.reps}${tag}`;
  let p = cache.get(key);
  if (!p) {
    const dir = path.join(work, key);
    p = generateClient({ ...opts, outDir: dir }).then((manifest) => ({ dir, manifest }));
    cache.set(key, p);
  }
  return p;
}

async function tasksOf(dir: string): Promise<Rec[]> {
  const byId = new Map<string, Rec>();
  for (const f of ['salesforce/Task.csv', 'salesforce/Task_1.csv']) for (const r of await csv(dir, f)) byId.set(r.Id ?? '', r);
  return [...byId.values()];
}

// --- reference computations on the CSV rows (DESIGN.md section 3) ---------------------------------------

const PLACEHOLDERS = new Set(['.', '-', '..', 'x', 'n/a', 'na', 'tbd', 'test', 'asdf', 'none', '?']);
const isPlaceholder = (v: string): boolean => PLACEHOLDERS.has(v.trim().toLowerCase()) || /^(.)\1*$/u.test(v.trim());
function fill(rows: readonly Rec[], field: string): { fillRate: number; junkShare: number } {
  const filled = rows.map((r) => (r[field] ?? '').trim()).filter((v) => v !== '' && v !== 'false');
  return {
    fillRate: rows.length ? filled.length / rows.length : 0,
    junkShare: filled.length ? filled.filter(isPlaceholder).length / filled.length : 0,
  };
}

/** Share of activities created within a burst: >= 5 by one owner within 10 minutes. */
function burstShare(rows: readonly Rec[]): number {
  const byOwner = new Map<string, number[]>();
  for (const r of rows) byOwner.set(r.OwnerId ?? '', [...(byOwner.get(r.OwnerId ?? '') ?? []), Date.parse(r.CreatedDate ?? '')]);
  let inBurst = 0;
  for (const times of byOwner.values()) {
    times.sort((a, b) => a - b);
    const marked = new Set<number>();
    let left = 0;
    for (let right = 0; right < times.length; right++) {
      while ((times[right] ?? 0) - (times[left] ?? 0) > 10 * 60_000) left++;
      if (right - left + 1 >= 5) for (let k = left; k <= right; k++) marked.add(k);
    }
    inBurst += marked.size;
  }
  return rows.length ? inBurst / rows.length : 0;
}

/** Per active roster user: share of the working days in the last 90 on which they logged in. */
async function loginShares(dir: string): Promise<Map<string, number>> {
  const users = (await csv(dir, 'salesforce/User.csv')).filter((u) => u.IsActive === 'true');
  const logins = (await csv(dir, 'salesforce/LoginHistory.csv')).filter((l) => l.Status === 'Success');
  const nowDay = NOW / DAY;
  const working = new Set<number>();
  for (let d = nowDay - 90; d < nowDay; d++) {
    const w = new Date(d * DAY).getUTCDay();
    if (w >= 1 && w <= 5) working.add(d);
  }
  const days = new Map<string, Set<number>>();
  for (const l of logins) {
    const d = Math.floor(Date.parse(l.LoginTime ?? '') / DAY);
    if (!working.has(d)) continue;
    days.set(l.UserId ?? '', (days.get(l.UserId ?? '') ?? new Set()).add(d));
  }
  return new Map(users.map((u) => [u.Id ?? '', (days.get(u.Id ?? '')?.size ?? 0) / working.size]));
}

// ---------------------------------------------------------------------------------------------------------

describe('determinism', () => {
  it('gives byte-identical files for the same options, whatever the output folder', { timeout: TIMEOUT }, async () => {
    const opts = { seed: 11, reps: 12, profile: 'mixed' as const };
    const a = await org(opts, '-a');
    const b = await org(opts, '-b');
    const files = await listFiles(a.dir);
    expect(await listFiles(b.dir)).toEqual(files);
    for (const f of files) {
      const [x, y] = await Promise.all([readFile(path.join(a.dir, f)), readFile(path.join(b.dir, f))]);
      expect(x.equals(y), f).toBe(true);
    }
    expect(a.manifest).toEqual(b.manifest);
  });

  it('gives different data for a different seed', { timeout: TIMEOUT }, async () => {
    const a = await org({ seed: 11, reps: 12, profile: 'mixed' }, '-a');
    const c = await org({ seed: 12, reps: 12, profile: 'mixed' });
    const hashes = (m: Manifest): Map<string, string> => new Map(m.files.map((f) => [f.path, f.sha256]));
    const ha = hashes(a.manifest);
    const hc = hashes(c.manifest);
    for (const f of ['salesforce/Opportunity.csv', 'salesforce/Task.csv', 'salesforce/User.csv', 'interviews/notes.csv']) {
      expect(hc.get(f), f).not.toBe(ha.get(f));
    }
  });

  it('keeps the committed example client in step with the generator', { timeout: TIMEOUT }, async () => {
    const committed = path.join(ROOT, 'examples/acme-pharma');
    const fresh = await org({ seed: 42, reps: 40, profile: 'mixed' });
    const files = await listFiles(fresh.dir);
    expect(await listFiles(committed)).toEqual(files);
    for (const f of files) {
      const [x, y] = await Promise.all([readFile(path.join(fresh.dir, f)), readFile(path.join(committed, f))]);
      expect(x.equals(y), `${f} differs: run npm run examples -- --seed 42 --reps 40 --profile mixed --out examples/acme-pharma`).toBe(true);
    }
  });
});

describe('examples/README.md', () => {
  it('quotes the committed manifest, so it says what a correct audit should find', async () => {
    const readme = await readFile(path.join(ROOT, 'examples/README.md'), 'utf8');
    const m = JSON.parse(await readFile(path.join(ROOT, 'examples/acme-pharma/manifest.json'), 'utf8')) as Manifest;
    expect(readme).toContain('npm run examples -- --seed 42 --reps 40 --profile mixed --out examples/acme-pharma');
    for (const team of [...m.planted.resistingTeams, ...m.planted.healthyTeams]) expect(readme).toContain(`**${team}**`);
    const numbers = [
      m.measured.users.polarization.index,
      m.measured.users.polarization.lowShare,
      m.measured.users.inactiveShare,
      m.measured.activity.burstShare,
      m.measured.activity.lateShare,
      m.measured.interviews.polarization.index,
      m.measured.records.Opportunity.staleShare,
      m.measured.users.giniActivities,
    ];
    for (const n of numbers) expect(readme, String(n)).toContain(String(n));
    const rows = m.measured.rows;
    for (const n of [rows.Opportunity, rows.Task, rows.LoginHistory, rows['interviews/notes']]) {
      expect(readme, String(n)).toContain((n ?? 0).toLocaleString('en-US'));
    }
  });
});

describe('files for every profile', () => {
  const expected = [
    'crm-audit.config.json',
    'hubspot/deals-unicode.txt',
    'hubspot/deals.csv',
    'interviews/notes.csv',
    'manifest.json',
    'salesforce/Account.csv',
    'salesforce/Event.csv',
    'salesforce/LoginHistory.csv',
    'salesforce/Opportunity.csv',
    'salesforce/OpportunityFieldHistory.csv',
    'salesforce/Task.csv',
    'salesforce/Task_1.csv',
    'salesforce/User.csv',
  ];
  for (const profile of ['resisting', 'healthy', 'mixed'] as const) {
    it(`${profile}: writes every file, row counts as the manifest says`, { timeout: TIMEOUT }, async () => {
      const { dir, manifest } = await org({ seed: 3, reps: 10, profile });
      expect(await listFiles(dir)).toEqual(expected);
      for (const f of manifest.files.filter((x) => x.path.endsWith('.csv'))) {
        expect((await csv(dir, f.path)).length, f.path).toBe(f.rows);
      }
      const users = await csv(dir, 'salesforce/User.csv');
      const reps = users.filter((u) => u.IsActive === 'true' && /Sales Representative|Key Account Manager/.test(u.Title ?? ''));
      expect(reps).toHaveLength(10);
      expect(manifest.measured.users.total).toBe(users.filter((u) => u.IsActive === 'true').length);
      const config = JSON.parse(await readFile(path.join(dir, 'crm-audit.config.json'), 'utf8')) as unknown;
      expect(() => Config.parse(config)).not.toThrow();
    });
  }

  it('scales: 1 rep works, 400 reps work', { timeout: TIMEOUT }, async () => {
    const one = await org({ seed: 1, reps: 1, profile: 'resisting' });
    expect((await csv(one.dir, 'salesforce/User.csv')).length).toBeGreaterThan(1);
    const big = await org({ seed: 5, reps: 400, profile: 'mixed' });
    expect(big.manifest.planted.teams).toHaveLength(10);
    expect(big.manifest.planted.teams.every((t) => t.reps === 40)).toBe(true);
    expect(big.manifest.measured.rows.Task).toBeGreaterThan(10_000);
  });

  it('rejects options it cannot honour', async () => {
    await expect(generateClient({ seed: 1, reps: 1, profile: 'mixed', outDir: path.join(work, 'x') })).rejects.toThrow(/mixed/);
    await expect(generateClient({ seed: 1, reps: 0, profile: 'healthy', outDir: path.join(work, 'x') })).rejects.toThrow(/reps/);
    await expect(generateClient({ seed: 1.5, reps: 5, profile: 'healthy', outDir: path.join(work, 'x') })).rejects.toThrow(/seed/);
    await expect(generateClient({ seed: 1, reps: 5, profile: 'healthy', outDir: path.join(work, 'x'), now: '30/10/2026' })).rejects.toThrow(/now/);
  });
});

describe('shaped like real exports', () => {
  it('Salesforce: every field quoted, CRLF, ISO timestamps, 18-character ids with the right prefixes', { timeout: TIMEOUT }, async () => {
    const { dir } = await org({ seed: 42, reps: 40, profile: 'mixed' });
    const quotedLine = /^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/;
    for (const f of ['User', 'Account', 'Opportunity', 'Task', 'Task_1', 'Event', 'LoginHistory', 'OpportunityFieldHistory']) {
      const text = await readFile(path.join(dir, `salesforce/${f}.csv`), 'utf8');
      expect(text.charCodeAt(0), f).not.toBe(0xfeff);
      expect(text.endsWith('\r\n'), f).toBe(true);
      const lines = text.split('\r\n').slice(0, -1);
      expect(lines[0]?.startsWith('"Id",'), f).toBe(true);
      for (const line of lines) expect(quotedLine.test(line), `${f}: ${line.slice(0, 80)}`).toBe(true);
    }
    const prefix: Record<string, [string, string][]> = {
      'salesforce/User.csv': [['Id', '005'], ['ManagerId', '005']],
      'salesforce/Account.csv': [['Id', '001'], ['OwnerId', '005']],
      'salesforce/Opportunity.csv': [['Id', '006'], ['AccountId', '001'], ['OwnerId', '005']],
      'salesforce/Task.csv': [['Id', '00T'], ['OwnerId', '005'], ['WhoId', '003']],
      'salesforce/Event.csv': [['Id', '00U'], ['OwnerId', '005']],
      'salesforce/LoginHistory.csv': [['UserId', '005']],
      'salesforce/OpportunityFieldHistory.csv': [['OpportunityId', '006'], ['CreatedById', '005']],
    };
    for (const [file, checks] of Object.entries(prefix)) {
      for (const r of await csv(dir, file)) {
        for (const [col, p] of checks) {
          const id = r[col] ?? '';
          if (id === '') continue;
          expect(id, `${file} ${col}`).toMatch(new RegExp(`^${p}[0-9A-Za-z]{15}$`));
          expect(id.slice(15), `${file} ${col} suffix`).toBe(salesforceSuffix(id.slice(0, 15)));
        }
      }
    }
    // Ids that differ only in letter case are different records (15-character ids are case-sensitive).
    const userIds = (await csv(dir, 'salesforce/User.csv')).map((u) => u.Id ?? '');
    const folded = new Set(userIds.map((id) => id.slice(0, 15).toLowerCase()));
    expect(folded.size).toBeLessThan(userIds.length);
    expect(new Set(userIds.map((id) => id.toLowerCase())).size).toBe(userIds.length);
    const opp = await csv(dir, 'salesforce/Opportunity.csv');
    expect(opp[0]?.CreatedDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
    expect(opp[0]?.CloseDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(opp.every((r) => r.IsDeleted === 'false' && /^(true|false)$/.test(r.Visit_Report_Submitted__c ?? ''))).toBe(true);
    const logins = await csv(dir, 'salesforce/LoginHistory.csv');
    expect(logins.every((l) => /^192\.0\.2\.\d{1,3}$/.test(l.SourceIp ?? ''))).toBe(true);
  });

  it('nothing is dated after now, except the close dates of open deals', { timeout: TIMEOUT }, async () => {
    const { dir } = await org({ seed: 42, reps: 40, profile: 'mixed' });
    const stamp = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/;
    for (const f of ['User', 'Account', 'Opportunity', 'Event', 'LoginHistory', 'OpportunityFieldHistory']) {
      for (const r of await csv(dir, `salesforce/${f}.csv`)) {
        for (const [k, v] of Object.entries(r)) {
          // Close dates of open deals lie ahead, also in the field history of CloseDate.
          if (k === 'CloseDate' || (r.Field === 'CloseDate' && k.endsWith('Value')) || !stamp.test(v)) continue;
          expect(Date.parse(v), `${f}.${k} ${v}`).toBeLessThan(NOW);
        }
      }
    }
    for (const t of await tasksOf(dir)) {
      expect(Date.parse(t.CreatedDate ?? '')).toBeLessThan(NOW);
      expect(Date.parse(t.ActivityDate ?? '')).toBeLessThan(NOW);
    }
  });

  it('splits Task in two parts that repeat a few rows', { timeout: TIMEOUT }, async () => {
    const { dir, manifest } = await org({ seed: 42, reps: 40, profile: 'mixed' });
    const p1 = await csv(dir, 'salesforce/Task.csv');
    const p2 = await csv(dir, 'salesforce/Task_1.csv');
    const ids1 = new Set(p1.map((r) => r.Id));
    const repeated = p2.filter((r) => ids1.has(r.Id));
    expect(repeated.length).toBeGreaterThan(0);
    expect(repeated.length).toBe(manifest.planted.split.duplicatedRows);
    expect(new Set([...p1, ...p2].map((r) => r.Id)).size).toBe(manifest.measured.rows.Task);
    // The repeated rows are the same rows, not just the same ids.
    const byId = new Map(p1.map((r) => [r.Id, JSON.stringify(r)]));
    for (const r of repeated) expect(JSON.stringify(r)).toBe(byId.get(r.Id));
  });

  it('field history chains end in the values on the opportunity', { timeout: TIMEOUT }, async () => {
    const { dir } = await org({ seed: 42, reps: 40, profile: 'mixed' });
    const opps = new Map((await csv(dir, 'salesforce/Opportunity.csv')).map((o) => [o.Id ?? '', o]));
    const history = await csv(dir, 'salesforce/OpportunityFieldHistory.csv');
    const created = new Set(history.filter((h) => h.Field === 'created').map((h) => h.OpportunityId));
    expect(created.size).toBe(opps.size);
    const last = new Map<string, Rec>();
    for (const h of history) {
      if (h.Field === 'created') continue;
      const key = `${h.OpportunityId}|${h.Field}`;
      const prev = last.get(key);
      if (prev) expect(h.OldValue, key).toBe(prev.NewValue);
      last.set(key, h);
    }
    for (const [key, h] of last) {
      const [id, field] = key.split('|') as [string, string];
      const opp = opps.get(id);
      expect(opp, id).toBeDefined();
      expect(opp?.[field], key).toBe(h.NewValue);
      expect(Date.parse(h.CreatedDate ?? ''), key).toBeLessThanOrEqual(Date.parse(opp?.LastModifiedDate ?? ''));
    }
  });

  it('HubSpot: property labels, plain CSV, and the same deals as Excel "Unicode text"', { timeout: TIMEOUT }, async () => {
    const { dir } = await org({ seed: 42, reps: 40, profile: 'mixed' });
    const text = await readFile(path.join(dir, 'hubspot/deals.csv'), 'utf8');
    expect(text.split('\n')[0]).toBe(
      'Record ID,Deal Name,Deal Stage,Close Date,Deal owner,Amount,Create Date,Last Activity Date,Last Modified Date,Pipeline,Deal Type,Deal Description,Next step,Priority,Product Line,Tender Reference,Formulary Committee Date',
    );
    const deals = await csv(dir, 'hubspot/deals.csv');
    const bytes = await readFile(path.join(dir, 'hubspot/deals-unicode.txt'));
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    const unicode = bytes.subarray(2).toString('utf16le');
    expect(unicode.includes('\r\n')).toBe(true);
    const rows = parse(unicode, { columns: true, delimiter: '\t', record_delimiter: '\r\n' }) as Rec[];
    expect(rows.map((r) => r['Record ID'])).toEqual(deals.map((r) => r['Record ID']));
    expect(rows[0]?.['Create Date']).toMatch(/^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}$/);
    const users = new Set((await csv(dir, 'salesforce/User.csv')).map((u) => u.Name));
    expect(deals.every((d) => users.has(d['Deal owner']))).toBe(true);
  });

  it('notes: Excel CSV UTF-8 (BOM, CRLF), the documented columns, 5 to 8 notes per interviewed rep', { timeout: TIMEOUT }, async () => {
    const { dir, manifest } = await org({ seed: 42, reps: 40, profile: 'mixed' });
    const raw = await readFile(path.join(dir, 'interviews/notes.csv'), 'utf8');
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    expect(raw.slice(1).split('\r\n')[0]).toBe('respondent,role,team,date,session,category,question,note,rating');
    const notes = await csv(dir, 'interviews/notes.csv');
    expect(notes.length).toBe(manifest.measured.interviews.notes);
    const perRep = new Map<string, number>();
    for (const n of notes) if (n.session === 'interview' && /Representative|Key Account/.test(n.role ?? '')) perRep.set(n.respondent ?? '', (perRep.get(n.respondent ?? '') ?? 0) + 1);
    expect(perRep.size).toBeGreaterThanOrEqual(36); // most of the 40 reps
    for (const [rep, n] of perRep) {
      expect(n, rep).toBeGreaterThanOrEqual(5);
      expect(n, rep).toBeLessThanOrEqual(8);
    }
    expect(new Set(notes.map((n) => n.session))).toEqual(new Set(['interview', 'focus-group', 'workshop']));
    expect(new Set(notes.filter((n) => n.session === 'workshop').map((n) => n.category))).toEqual(
      new Set(['experience', 'idea', 'question', 'concern', 'proposal']),
    );
    const texts = notes.map((n) => n.note ?? '');
    expect(texts.some((t) => /[\w.]+@[\w-]+(\.[\w-]+)+/.test(t))).toBe(true);
    expect(texts.some((t) => /\+44 7700 900\d{3}/.test(t))).toBe(true);
    expect(texts.some((t) => t.includes('<script>'))).toBe(true);
    expect(texts.some((t) => /[äöüß]/.test(t) && /\b(die|und|der)\b/.test(t))).toBe(true);
    expect(texts.some((t) => /\b(le|les|avec)\b/.test(t) && /[éèà«]/.test(t))).toBe(true);
    expect(texts.some((t) => t.includes('\n'))).toBe(true);
    const roster = (await csv(dir, 'salesforce/User.csv')).map((u) => u.Name ?? '');
    expect(texts.some((t) => roster.some((name) => t.includes(name)))).toBe(true);
    expect(texts.every((t) => !/\{\w+\}/.test(t))).toBe(true);
  });
});

describe('planted truth, read back from the CSV', () => {
  it('resisting: junk in mandatory fields, empty High Card fields, bimodal logins, Friday bursts', { timeout: TIMEOUT }, async () => {
    const { dir, manifest } = await org({ seed: 7, reps: 20, profile: 'resisting' });
    const opp = await csv(dir, 'salesforce/Opportunity.csv');
    const next = fill(opp, 'NextStep');
    expect(next.fillRate).toBeGreaterThan(0.9);
    expect(next.junkShare).toBeGreaterThan(0.5);
    const summaries = opp.map((o) => o.Visit_Report_Summary__c ?? '').filter((v) => v !== '');
    expect(summaries.filter((v) => isPlaceholder(v) || v === 'visit done').length / summaries.length).toBeGreaterThan(0.7);
    const calls = opp.map((o) => o.Calls_This_Week__c).filter(Boolean);
    expect(calls.filter((v) => v === '5.0').length / calls.length).toBeGreaterThan(0.5);
    for (const f of ['Last_Order_Date__c', 'Open_Invoices__c', 'Credit_Status__c']) expect(fill(opp, f).fillRate, f).toBe(0);
    for (const f of ['Customer_Feedback__c', 'Territory_Plan__c']) expect(fill(opp, f).fillRate, f).toBeLessThan(0.1);

    const shares = [...(await loginShares(dir)).values()];
    const low = shares.filter((s) => s < 0.1).length / shares.length;
    const high = shares.filter((s) => s >= 0.6).length / shares.length;
    expect(low).toBeGreaterThan(0.3);
    expect(high).toBeGreaterThan(0.3);

    const tasks = await tasksOf(dir);
    expect(burstShare(tasks)).toBeGreaterThan(0.8);
    const friday = tasks.filter((t) => new Date(t.CreatedDate ?? '').getUTCDay() === 5).length / tasks.length;
    expect(friday).toBeGreaterThan(0.6);
    const late = tasks.filter((t) => Date.parse(t.CreatedDate ?? '') - Date.parse(t.ActivityDate ?? '') > 8 * DAY).length;
    expect(late / tasks.length).toBeGreaterThan(0.1);

    const stale = opp.filter((o) => NOW - Date.parse(o.LastModifiedDate ?? '') > 90 * DAY).length / opp.length;
    expect(stale).toBeGreaterThan(0.6);
    expect(manifest.measured.users.inactiveUsers.length).toBeGreaterThan(0);
  });

  it('healthy: none of it', { timeout: TIMEOUT }, async () => {
    const { dir } = await org({ seed: 7, reps: 20, profile: 'healthy' });
    const opp = await csv(dir, 'salesforce/Opportunity.csv');
    expect(Object.keys(opp[0] ?? {})).not.toContain('Calls_This_Week__c');
    expect(fill(opp, 'NextStep').junkShare).toBeLessThan(0.05);
    for (const f of ['Customer_Feedback__c', 'Last_Order_Date__c', 'Open_Invoices__c', 'Credit_Status__c', 'Formulary_Status__c']) {
      expect(fill(opp, f).fillRate, f).toBeGreaterThan(0.6);
    }
    const shares = [...(await loginShares(dir)).values()];
    expect(shares.filter((s) => s < 0.1)).toHaveLength(0);
    expect(shares.filter((s) => s >= 0.6).length / shares.length).toBeGreaterThan(0.8);
    const tasks = await tasksOf(dir);
    expect(burstShare(tasks)).toBeLessThan(0.02);
    const open = opp.filter((o) => o.IsClosed === 'false');
    expect(open.filter((o) => NOW - Date.parse(o.LastModifiedDate ?? '') > 90 * DAY).length / open.length).toBeLessThan(0.1);
  });

  it('mixed: the resisting teams differ from the healthy ones, and the manifest says which', { timeout: TIMEOUT }, async () => {
    const { dir, manifest } = await org({ seed: 42, reps: 40, profile: 'mixed' });
    const { resistingTeams, healthyTeams } = manifest.planted;
    expect(resistingTeams.length).toBeGreaterThanOrEqual(1);
    expect(healthyTeams.length).toBeGreaterThanOrEqual(1);
    const users = await csv(dir, 'salesforce/User.csv');
    const teamOf = new Map(users.map((u) => [u.Id ?? '', u.Department ?? '']));
    for (const t of [...resistingTeams, ...healthyTeams]) {
      expect(users.filter((u) => u.Department === t && u.IsActive === 'true').length, t).toBeGreaterThanOrEqual(5);
    }
    const opp = await csv(dir, 'salesforce/Opportunity.csv');
    const of = (teams: string[]): Rec[] => opp.filter((o) => teams.includes(teamOf.get(o.OwnerId ?? '') ?? ''));
    expect(fill(of(resistingTeams), 'NextStep').junkShare).toBeGreaterThan(0.5);
    expect(fill(of(healthyTeams), 'NextStep').junkShare).toBeLessThan(0.05);
    expect(fill(of(resistingTeams), 'Open_Invoices__c').fillRate).toBe(0);
    expect(fill(of(healthyTeams), 'Open_Invoices__c').fillRate).toBeGreaterThan(0.6);
    const tasks = await tasksOf(dir);
    const tof = (teams: string[]): Rec[] => tasks.filter((t) => teams.includes(teamOf.get(t.OwnerId ?? '') ?? ''));
    expect(burstShare(tof(resistingTeams))).toBeGreaterThan(0.8);
    expect(burstShare(tof(healthyTeams))).toBeLessThan(0.02);

    // The reps' voice: ratings split by team.
    const notes = (await csv(dir, 'interviews/notes.csv')).filter((n) => n.rating !== '' && /Representative|Key Account/.test(n.role ?? ''));
    const mean = (xs: Rec[]): number => xs.reduce((s, n) => s + Number(n.rating), 0) / xs.length;
    expect(mean(notes.filter((n) => resistingTeams.includes(n.team ?? '')))).toBeLessThan(2.6);
    expect(mean(notes.filter((n) => healthyTeams.includes(n.team ?? '')))).toBeGreaterThan(3.5);

    // The manifest's measured numbers agree with this reading of the CSV.
    const m = manifest.measured;
    expect(m.activity.burstShare).toBeCloseTo(burstShare([...tasks, ...(await csv(dir, 'salesforce/Event.csv'))]), 3);
    const nextTruth = m.fields.find((f) => f.object === 'Opportunity' && f.field === 'NextStep');
    expect(nextTruth?.fillRate).toBeCloseTo(fill(opp, 'NextStep').fillRate, 3);
    expect(nextTruth?.junkShare).toBeCloseTo(fill(opp, 'NextStep').junkShare, 3);
  });

  it('varies with seed and size: the planted split holds for several seeds', { timeout: TIMEOUT }, async () => {
    for (const [seed, reps] of [[101, 16], [202, 30]] as const) {
      const r = await org({ seed, reps, profile: 'resisting' });
      const h = await org({ seed, reps, profile: 'healthy' });
      expect(r.manifest.measured.activity.burstShare, `seed ${seed}`).toBeGreaterThan(0.8);
      expect(h.manifest.measured.activity.burstShare, `seed ${seed}`).toBeLessThan(0.02);
      expect(r.manifest.measured.users.polarization.index, `seed ${seed}`).toBeGreaterThan(0.6);
      expect(h.manifest.measured.users.polarization.index, `seed ${seed}`).toBe(0);
      expect(r.manifest.measured.highCard.meanFillRate).toBeLessThan(0.1);
      expect(h.manifest.measured.highCard.meanFillRate).toBeGreaterThan(0.6);
      expect(r.manifest.measured.interviews.stances.hate).toBeGreaterThan(r.manifest.measured.interviews.stances.love);
      expect(h.manifest.measured.interviews.stances.love).toBeGreaterThan(h.manifest.measured.interviews.stances.hate);
    }
  });
});

describe('command line', () => {
  it('parses the documented flags, with defaults', () => {
    expect(parseArgs([])).toEqual({ seed: 42, reps: 40, profile: 'mixed', outDir: 'examples/acme-pharma' });
    expect(parseArgs(['--seed', '7', '--reps=400', '--profile', 'resisting', '--out', 'x', '--now', '2026-01-31'])).toEqual({
      seed: 7,
      reps: 400,
      profile: 'resisting',
      outDir: 'x',
      now: '2026-01-31',
    });
    expect(parseArgs(['--help'])).toBe('help');
    expect(() => parseArgs(['--profile', 'lukewarm'])).toThrow(/profile/);
    expect(() => parseArgs(['--reps', 'many'])).toThrow(/integer/);
    expect(() => parseArgs(['--bogus'])).toThrow(/unknown option/);
  });
});
