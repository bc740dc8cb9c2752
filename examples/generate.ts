// Generates a realistic fictional client for crm-audit: a Salesforce data export folder, a HubSpot deals
// export (CSV and Excel "Unicode text"), the consultant's interview and workshop notes, a config file and
// a manifest of the planted truths. Deterministic: the same options give byte-identical files.
//
//   npm run examples -- --seed 42 --reps 40 --profile mixed --out examples/acme-pharma
//
// See examples/README.md for what a correct audit of the committed example should find.

import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import {
  ACCOUNT_CONTROLS,
  HISTORY_HEADER,
  HUBSPOT_HEADER,
  LOGIN_HEADER,
  LOGIN_HISTORY_DAYS,
  OPPORTUNITY_CONTROLS,
  OPPORTUNITY_CONTROLS_ALWAYS,
  OPPORTUNITY_HIGH,
  USER_HEADER,
  accountHeader,
  buildAccounts,
  buildActivities,
  buildHubspotDeals,
  buildLogins,
  buildOpportunities,
  buildUsers,
  eventHeader,
  hasControls,
  historyRows,
  opportunityHeader,
  taskHeader,
  type Row,
} from './generator-crm.js';
import { HCP_NAMES, JUNK_VALUES } from './generator-data.js';
import { NOTES_HEADER, buildInterviews, interviewTruths, type InterviewsTruth, type RespondentTruth } from './generator-interviews.js';
import {
  excelUnicodeText,
  excelUsDate,
  excelUsTime,
  hubspotTime,
  isoDay,
  parseIsoDate,
  plainCsv,
  ratio,
  salesforceCsv,
} from './generator-random.js';
import {
  fieldTruths,
  freshness,
  timingTruths,
  userTruths,
  type ColumnSpec,
  type FieldTruth,
  type FreshnessTruth,
  type Table,
  type TimingTruth,
  type UsersTruth,
} from './generator-truths.js';
import { PROFILES, buildWorld, type Person, type Profile, type World } from './generator-world.js';

export type { Profile } from './generator-world.js';

export interface GenerateOptions {
  seed: number;
  reps: number;
  profile: Profile;
  outDir: string;
  /** ISO date; all generated timestamps fall before it. Default 2026-10-30. */
  now?: string;
  /** client name on the report; default 'Acme Pharma' */
  client?: string;
}

export const DEFAULT_NOW = '2026-10-30';
export const DEFAULT_CLIENT = 'Acme Pharma';
export const GENERATOR_VERSION = 1;

/** The thresholds the manifest's numbers are measured with (the tool's defaults, DESIGN.md / config-schema). */
export const THRESHOLDS = { staleDays: 90, burstMinutes: 10, burstMin: 5, lateDays: 7 } as const;

export interface ManifestFile {
  path: string;
  rows: number;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  generator: { name: string; version: number; command: string };
  options: { seed: number; reps: number; profile: Profile; now: string; client: string };
  files: ManifestFile[];
  thresholds: typeof THRESHOLDS;
  planted: {
    story: string;
    resistingTeams: string[];
    healthyTeams: string[];
    teams: {
      name: string;
      mode: string;
      reps: number;
      manager: string;
      usage: Record<string, number>;
      erpFeed: boolean;
    }[];
    lowCardFields: string[];
    highCardFields: string[];
    mandatoryFields: string[];
    junkValues: string[];
    dominantJunkValues: Record<string, string>;
    fridayBurstReps: string[];
    dailyLoginReps: string[];
    rareLoginReps: string[];
    dormantReps: string[];
    departedUsers: string[];
    hubspotOwners: string[];
    loginHistoryDays: number;
    split: { object: string; files: string[]; uniqueRows: number; duplicatedRows: number };
    respondents: RespondentTruth[];
    /** one per row of interviews/notes.csv: what the note was written to carry */
    noteLabels: NoteLabel[];
  };
  measured: {
    rows: Record<string, number>;
    users: UsersTruth;
    activity: TimingTruth;
    records: {
      Opportunity: FreshnessTruth;
      OpenOpportunity: FreshnessTruth;
      Account: FreshnessTruth;
      /** open opportunities by the owner's team mode */
      openByTeamMode: Record<string, FreshnessTruth>;
    };
    lowCard: FieldSummary;
    highCard: FieldSummary;
    fields: FieldTruth[];
    interviews: InterviewsTruth;
    hubspot: { deals: number; owners: number; freshness: FreshnessTruth };
  };
}

export interface NoteLabel {
  /** 1-based data row in interviews/notes.csv */
  row: number;
  /** physical line where the record starts (the header is line 1) */
  line: number;
  session: string;
  themes: string[];
  sentiment: string;
  mixed: boolean;
  lang: string;
  pii: string[];
  html: boolean;
}

export interface FieldSummary {
  fields: number;
  meanFillRate: number;
  meanJunkShare: number;
  byTeamMode: Record<string, { meanFillRate: number; meanJunkShare: number }>;
}

// ---------------------------------------------------------------------------------------------------------
// Column cards as planted (what a correct classification should say), used for the measured truths.

const SYSTEM = ['Id', 'IsDeleted', 'OwnerId', 'CreatedDate', 'CreatedById', 'LastModifiedDate', 'LastModifiedById'];
function columnSpecs(world: World): Record<string, Record<string, ColumnSpec>> {
  const m = hasControls(world);
  const sys = (names: readonly string[]): Record<string, ColumnSpec> =>
    Object.fromEntries(names.map((n) => [n, { card: 'system' as const }]));
  const activity: Record<string, ColumnSpec> = {
    ...sys([...SYSTEM, 'WhoId', 'WhatId', 'AccountId', 'IsClosed', 'TaskSubtype']),
    Subject: { card: 'neutral', text: true },
    Description: { card: 'neutral', text: true },
    Location: { card: 'neutral', text: true },
    Call_Report_Complete__c: { card: 'low', mandatory: m },
  };
  return {
    Opportunity: {
      ...sys([...SYSTEM, 'AccountId', 'IsClosed', 'IsWon']),
      Name: { card: 'neutral', text: true },
      Description: { card: 'neutral', text: true },
      NextStep: { card: 'low', text: true, mandatory: m },
      Calls_This_Week__c: { card: 'low', mandatory: m },
      Visit_Report_Submitted__c: { card: 'low' },
      Manager_Approval_Status__c: { card: 'low' },
      Weekly_Activity_Count__c: { card: 'low' },
      Time_Spent_Hours__c: { card: 'low' },
      Visit_Report_Summary__c: { card: 'low', text: true, mandatory: m },
      Customer_Feedback__c: { card: 'high', text: true },
      Territory_Plan__c: { card: 'high', text: true },
      Last_Order_Date__c: { card: 'high' },
      Open_Invoices__c: { card: 'high' },
      Credit_Status__c: { card: 'high' },
      Formulary_Status__c: { card: 'high' },
    },
    Account: {
      ...sys([...SYSTEM, 'ParentId']),
      Name: { card: 'neutral', text: true },
      BillingStreet: { card: 'neutral', text: true },
      Open_Support_Cases__c: { card: 'high' },
      Key_Account_Plan__c: { card: 'high', text: true },
      Visits_Required_Per_Month__c: { card: 'low', mandatory: m },
      Last_Visit_Logged__c: { card: 'low' },
    },
    Task: activity,
    Event: activity,
  };
}

const TEAM_BREAKDOWN = new Set<string>([
  'NextStep', 'Description', 'Subject', ...OPPORTUNITY_CONTROLS, ...OPPORTUNITY_CONTROLS_ALWAYS, ...OPPORTUNITY_HIGH,
  ...ACCOUNT_CONTROLS, 'Open_Support_Cases__c', 'Key_Account_Plan__c', 'Call_Report_Complete__c',
]);

function summarise(fields: readonly FieldTruth[]): FieldSummary {
  const mean = (xs: readonly number[]): number => (xs.length ? ratio(xs.reduce((s, v) => s + v, 0) / xs.length) : 0);
  const byTeamMode: FieldSummary['byTeamMode'] = {};
  for (const mode of ['resisting', 'healthy']) {
    const cells = fields.map((f) => f.byTeamMode?.[mode]).filter((c): c is NonNullable<typeof c> => c !== undefined);
    if (cells.length) {
      byTeamMode[mode] = { meanFillRate: mean(cells.map((c) => c.fillRate)), meanJunkShare: mean(cells.map((c) => c.junkShare)) };
    }
  }
  return {
    fields: fields.length,
    meanFillRate: mean(fields.map((f) => f.fillRate)),
    meanJunkShare: mean(fields.map((f) => f.junkShare)),
    byTeamMode,
  };
}

// ---------------------------------------------------------------------------------------------------------

function normalise(opts: GenerateOptions): Required<GenerateOptions> {
  if (!Number.isSafeInteger(opts.seed)) throw new Error(`seed must be an integer: ${String(opts.seed)}`);
  if (!Number.isInteger(opts.reps) || opts.reps < 1 || opts.reps > 5000) {
    throw new Error(`reps must be an integer from 1 to 5000: ${String(opts.reps)}`);
  }
  if (opts.profile === 'mixed' && opts.reps < 2) throw new Error('the mixed profile needs at least 2 reps (two teams)');
  if (!PROFILES.includes(opts.profile)) throw new Error(`profile must be one of ${PROFILES.join(', ')}: ${String(opts.profile)}`);
  const now = opts.now ?? DEFAULT_NOW;
  parseIsoDate(now);
  return { seed: opts.seed, reps: opts.reps, profile: opts.profile, outDir: opts.outDir, now, client: opts.client ?? DEFAULT_CLIENT };
}

const toRows = (header: readonly string[], rows: readonly Row[]): string[][] => rows.map((r) => header.map((h) => r[h] ?? ''));

/** Generates the example client into opts.outDir and returns its manifest (also written as manifest.json). */
export async function generateClient(options: GenerateOptions): Promise<Manifest> {
  const opts = normalise(options);
  const now = parseIsoDate(opts.now);
  const world = buildWorld(opts.seed, opts.reps, opts.profile, now, opts.client);

  const accounts = buildAccounts(world);
  const { opps, history } = buildOpportunities(world, accounts);
  const activities = buildActivities(world, accounts, opps);
  const logins = buildLogins(world);
  const users = buildUsers(world);
  const historyRowList = historyRows(world, history);
  const deals = buildHubspotDeals(world, accounts);
  const { records: notes, respondents } = buildInterviews(world, accounts);

  const personById = new Map(world.people.map((p) => [p.id, p]));
  const ownerOf = (r: Row): Person | undefined => personById.get(r.OwnerId ?? '');
  const tasks = activities.filter((a) => a.kind === 'task').map((a) => a.row);
  const events = activities.filter((a) => a.kind === 'event').map((a) => a.row);

  // Task comes in two parts, with a few rows at the seam in both (as when a large object is split).
  const cut = Math.ceil(tasks.length / 2);
  const dup = Math.min(7, Math.max(tasks.length >= 2 ? 1 : 0, Math.floor(tasks.length / 20)));
  const taskPart1 = tasks.slice(0, Math.min(tasks.length, cut + dup));
  const taskPart2 = tasks.slice(cut);

  const files: { path: string; data: string | Buffer; rows: number }[] = [];
  const sf = (name: string, header: readonly string[], rows: readonly Row[]): void => {
    files.push({ path: `salesforce/${name}`, data: salesforceCsv(header, toRows(header, rows)), rows: rows.length });
  };
  const oppHeader = opportunityHeader(world);
  const accHeader = accountHeader(world);
  const tHeader = taskHeader(world);
  const eHeader = eventHeader(world);
  sf('User.csv', USER_HEADER, users);
  sf('Account.csv', accHeader, accounts.map((a) => a.row));
  sf('Opportunity.csv', oppHeader, opps.map((o) => o.row));
  sf('OpportunityFieldHistory.csv', HISTORY_HEADER, historyRowList);
  sf('Task.csv', tHeader, taskPart1);
  sf('Task_1.csv', tHeader, taskPart2);
  sf('Event.csv', eHeader, events);
  sf('LoginHistory.csv', LOGIN_HEADER, logins);

  const dealRows = (excel: boolean): string[][] =>
    deals.map((d) =>
      HUBSPOT_HEADER.map((h) => {
        switch (h) {
          case 'Close Date': return excel ? excelUsDate(d.closeMs) : isoDay(d.closeMs);
          case 'Create Date': return excel ? excelUsTime(d.createdMs) : hubspotTime(d.createdMs);
          case 'Last Activity Date':
            return d.lastActivityMs === null ? '' : excel ? excelUsTime(d.lastActivityMs) : hubspotTime(d.lastActivityMs);
          case 'Last Modified Date': return excel ? excelUsTime(d.modifiedMs) : hubspotTime(d.modifiedMs);
          case 'Formulary Committee Date':
            return d.committeeMs === null ? '' : excel ? excelUsDate(d.committeeMs) : isoDay(d.committeeMs);
          default: return d.row[h] ?? '';
        }
      }),
    );
  files.push({ path: 'hubspot/deals.csv', data: plainCsv(HUBSPOT_HEADER, dealRows(false)), rows: deals.length });
  files.push({ path: 'hubspot/deals-unicode.txt', data: excelUnicodeText(HUBSPOT_HEADER, dealRows(true)), rows: deals.length });

  // The notes sheet as Excel's "CSV UTF-8" writes it: a BOM, CRLF, quotes only where needed.
  const noteCells = notes.map((n) => NOTES_HEADER.map((h) => n[h]));
  files.push({ path: 'interviews/notes.csv', data: '\ufeff' + plainCsv(NOTES_HEADER, noteCells, ',', '\r\n'), rows: notes.length });

  let line = 2;
  const noteLabels: NoteLabel[] = notes.map((n, i) => {
    const label: NoteLabel = {
      row: i + 1,
      line,
      session: n.session,
      themes: n.themes,
      sentiment: n.sentiment,
      mixed: n.mixed,
      lang: n.lang,
      pii: n.pii,
      html: n.html,
    };
    line += 1 + NOTES_HEADER.reduce((sum, h) => sum + (n[h].match(/\n/g)?.length ?? 0), 0);
    return label;
  });

  const hubspotOwners = [...new Set(deals.map((d) => d.owner))];
  const config = {
    description: `crm-audit configuration for ${opts.client}, the fictional example client made by examples/generate.ts.`,
    report: {
      client: opts.client,
      consultant: 'Maren Ostbrook',
      firm: 'Northfield & Vale Advisory',
      accent: '#0F6E74',
      paper: 'a4',
    },
    analysis: {
      description: 'Salesforce has been live for a year; the usage exports and interviews are in hand.',
      situation: 'post-implementation',
      dateFormat: 'auto',
      locale: 'en-GB',
      staleDays: THRESHOLDS.staleDays,
      burstMinutes: THRESHOLDS.burstMinutes,
      burstMin: THRESHOLDS.burstMin,
      lateDays: THRESHOLDS.lateDays,
    },
    anonymity: {
      description: "Doctors' names from the notes are redacted as well as the roster's.",
      minGroupSize: 5,
      minQuoteGroupSize: 10,
      redact: [...HCP_NAMES],
    },
    columns: [
      {
        description: 'The HubSpot deals saved from Excel as "Unicode text" (a .txt file: pass it explicitly).',
        file: '*deals-unicode.txt',
        kind: 'records',
        crm: 'hubspot',
        object: 'deals',
      },
    ],
    teams: Object.fromEntries(hubspotOwners.map((p) => [p.name, p.department])),
    themes: [
      {
        description: 'A client-specific theme: the sample tracker and sample reconciliation.',
        id: 'samples',
        title: 'Sample tracking',
        phrases: ['sample tracker', 'samples', 'sample numbers'],
      },
    ],
  };
  files.push({ path: 'crm-audit.config.json', data: JSON.stringify(config, null, 2) + '\n', rows: 0 });

  // ---- measured truths
  const specs = columnSpecs(world);
  const table = (object: string, header: readonly string[], rows: readonly Row[]): Table => ({
    object,
    header,
    rows,
    owner: ownerOf,
    columns: specs[object] ?? {},
  });
  const withTeams = (f: string): boolean => TEAM_BREAKDOWN.has(f);
  const fields = [
    ...fieldTruths(table('Opportunity', oppHeader, opps.map((o) => o.row)), withTeams),
    ...fieldTruths(table('Account', accHeader, accounts.map((a) => a.row)), withTeams),
    ...fieldTruths(table('Task', tHeader, tasks), withTeams),
    ...fieldTruths(table('Event', eHeader, events), withTeams),
  ];
  const allActivities = [...tasks, ...events];
  const usersTruth = userTruths(world, {
    logins,
    activities: allActivities,
    records: [...opps.map((o) => o.row), ...accounts.map((a) => a.row)],
    history: historyRowList,
  });
  const timing = timingTruths(allActivities, ownerOf, THRESHOLDS);
  const lowFields = fields.filter((f) => f.card === 'low');
  const highFields = fields.filter((f) => f.card === 'high');
  const byName = (ps: readonly Person[]): string[] => ps.map((p) => p.name);
  const reps = world.reps;

  const dominantJunkValues: Record<string, string> = {};
  for (const f of fields) if (f.dominantJunk) dominantJunkValues[`${f.object}.${f.field}`] = f.dominantJunk;

  const resistingTeams = world.teams.filter((t) => t.mode === 'resisting').map((t) => t.name);
  const healthyTeams = world.teams.filter((t) => t.mode === 'healthy').map((t) => t.name);
  const story =
    opts.profile === 'mixed'
      ? `A polarised org: ${resistingTeams.join(' and ')} resist${resistingTeams.length === 1 ? 's' : ''} a CRM heavy in Low Card controls and without the ERP feed, while ${healthyTeams.join(', ')} get order, invoice and credit data and use it.`
      : opts.profile === 'resisting'
        ? 'Every team resists: Low Card controls filled with junk, no order, invoice or credit data, bimodal logins, Friday bulk logging and a shadow pipeline in HubSpot.'
        : 'A healthy org: few Low Card fields, honestly filled; order, invoice and credit data reach the reps; steady daily use.';

  const fileEntries: ManifestFile[] = files.map((f) => {
    const buf = typeof f.data === 'string' ? Buffer.from(f.data, 'utf8') : f.data;
    return { path: f.path, rows: f.rows, bytes: buf.length, sha256: createHash('sha256').update(buf).digest('hex') };
  });

  const openOpps = opps.filter((o) => o.row.IsClosed === 'false').map((o) => o.row);
  const manifest: Manifest = {
    generator: {
      name: 'crm-audit example generator (examples/generate.ts)',
      version: GENERATOR_VERSION,
      command: `npm run examples -- --seed ${opts.seed} --reps ${opts.reps} --profile ${opts.profile} --now ${opts.now}${opts.client === DEFAULT_CLIENT ? '' : ` --client ${JSON.stringify(opts.client)}`} --out DIR`,
    },
    options: { seed: opts.seed, reps: opts.reps, profile: opts.profile, now: opts.now, client: opts.client },
    files: fileEntries,
    thresholds: THRESHOLDS,
    planted: {
      story,
      resistingTeams,
      healthyTeams,
      teams: world.teams.map((t) => {
        const usage: Record<string, number> = {};
        for (const r of t.reps) usage[r.usage] = (usage[r.usage] ?? 0) + 1;
        return { name: t.name, mode: t.mode, reps: t.reps.length, manager: t.manager?.name ?? '', usage, erpFeed: t.mode === 'healthy' };
      }),
      lowCardFields: lowFields.map((f) => `${f.object}.${f.field}`),
      highCardFields: highFields.map((f) => `${f.object}.${f.field}`),
      mandatoryFields: fields.filter((f) => f.mandatory).map((f) => `${f.object}.${f.field}`),
      junkValues: [...JUNK_VALUES],
      dominantJunkValues,
      fridayBurstReps: byName(reps.filter((r) => r.burst)),
      dailyLoginReps: byName(reps.filter((r) => r.usage === 'daily')),
      rareLoginReps: byName(reps.filter((r) => r.usage === 'rare')),
      dormantReps: byName(reps.filter((r) => r.usage === 'dormant')),
      departedUsers: byName(world.departed),
      hubspotOwners: byName(hubspotOwners),
      loginHistoryDays: LOGIN_HISTORY_DAYS,
      split: {
        object: 'Task',
        files: ['salesforce/Task.csv', 'salesforce/Task_1.csv'],
        uniqueRows: tasks.length,
        duplicatedRows: taskPart1.length + taskPart2.length - tasks.length,
      },
      respondents,
      noteLabels,
    },
    measured: {
      rows: {
        User: users.length,
        Account: accounts.length,
        Opportunity: opps.length,
        OpportunityFieldHistory: historyRowList.length,
        Task: tasks.length,
        Event: events.length,
        LoginHistory: logins.length,
        'hubspot/deals': deals.length,
        'interviews/notes': notes.length,
      },
      users: usersTruth,
      activity: timing,
      records: {
        Opportunity: freshness(opps.map((o) => o.row), now, THRESHOLDS.staleDays),
        OpenOpportunity: freshness(openOpps, now, THRESHOLDS.staleDays),
        Account: freshness(accounts.map((a) => a.row), now, THRESHOLDS.staleDays),
        openByTeamMode: Object.fromEntries(
          (['resisting', 'healthy'] as const)
            .map((mode) => [mode, openOpps.filter((r) => ownerOf(r)?.mode === mode)] as const)
            .filter(([, rows]) => rows.length > 0)
            .map(([mode, rows]) => [mode, freshness(rows, now, THRESHOLDS.staleDays)]),
        ),
      },
      lowCard: summarise(lowFields),
      highCard: summarise(highFields),
      fields,
      interviews: interviewTruths(notes, respondents),
      hubspot: {
        deals: deals.length,
        owners: hubspotOwners.length,
        freshness: freshness(
          deals.map((d) => ({ LastModifiedDate: new Date(d.modifiedMs).toISOString() })),
          now,
          THRESHOLDS.staleDays,
        ),
      },
    },
  };
  const manifestText = JSON.stringify(manifest, null, 2) + '\n';

  for (const f of files) {
    const target = path.join(opts.outDir, f.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, f.data);
  }
  await writeFile(path.join(opts.outDir, 'manifest.json'), manifestText);
  return manifest;
}

// ---------------------------------------------------------------------------------------------------------
// Command line

const USAGE = `Usage: npm run examples -- [--seed N] [--reps N] [--profile resisting|healthy|mixed] [--out DIR]
                            [--now YYYY-MM-DD] [--client NAME]

Generates a fictional client (Salesforce export folder, HubSpot deals, interview notes, config, manifest).
Defaults: --seed 42 --reps 40 --profile mixed --out examples/acme-pharma --now ${DEFAULT_NOW}

Examples:
  npm run examples -- --seed 42 --reps 40 --profile mixed --out examples/acme-pharma
  npm run examples -- --seed 7 --reps 400 --profile resisting --out examples/out/resisting-400`;

export function parseArgs(argv: readonly string[]): GenerateOptions | 'help' {
  const opts: GenerateOptions = { seed: 42, reps: 40, profile: 'mixed', outDir: 'examples/acme-pharma' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return 'help';
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
      return v;
    };
    const int = (v: string): number => {
      if (!/^-?\d+$/.test(v)) throw new Error(`${flag} takes an integer: ${v}`);
      return Number(v);
    };
    switch (flag) {
      case '--seed': opts.seed = int(value()); break;
      case '--reps': opts.reps = int(value()); break;
      case '--profile': {
        const v = value();
        if (!PROFILES.includes(v as Profile)) throw new Error(`--profile takes one of ${PROFILES.join(', ')}: ${v}`);
        opts.profile = v as Profile;
        break;
      }
      case '--out': opts.outDir = value(); break;
      case '--now': opts.now = value(); break;
      case '--client': opts.client = value(); break;
      default: throw new Error(`unknown option ${arg} (see --help)`);
    }
  }
  return opts;
}

async function main(argv: readonly string[]): Promise<number> {
  let opts: GenerateOptions | 'help';
  try {
    opts = parseArgs(argv);
  } catch (err) {
    process.stderr.write(`examples: ${(err as Error).message}\n`);
    return 2;
  }
  if (opts === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  try {
    const m = await generateClient(opts);
    const bytes = m.files.reduce((s, f) => s + f.bytes, 0);
    const teams = m.planted.resistingTeams.length ? `resisting: ${m.planted.resistingTeams.join(', ')}` : 'no resisting team';
    process.stdout.write(
      `examples: wrote ${m.files.length + 1} files (${(bytes / 1024 / 1024).toFixed(2)} MB) to ${opts.outDir}: ` +
        `${m.options.profile}, ${m.options.reps} reps, ${m.planted.teams.length} teams (${teams})\n`,
    );
    return 0;
  } catch (err) {
    process.stderr.write(`examples: ${(err as Error).message}\n`);
    return 1;
  }
}

const invokedAs = process.argv[1] ? pathToFileURL(path.resolve(process.argv[1])).href : '';
if (import.meta.url === invokedAs) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`examples: ${String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
