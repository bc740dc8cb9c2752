// The Salesforce and HubSpot records of the example client, derived from the world model
// (generator-world.ts): accounts, opportunities and their field history, tasks and events, logins, users,
// and the HubSpot deals kept outside Salesforce.

import {
  ACCOUNT_KINDS,
  CLOSED_LOST,
  CLOSED_WON,
  CREDIT_STATUSES,
  EVENT_LOCATIONS,
  FEEDBACK,
  FOREIGN_ACCOUNTS,
  FORMULARY_STATUSES,
  HCP_NAMES,
  JUNK_VALUES,
  LEAD_SOURCES,
  NEXT_STEPS,
  OPP_KINDS,
  OPP_STAGES,
  TASK_DESCRIPTIONS,
  TERRITORY_PLANS,
  TOWNS,
  VISIT_SUMMARIES,
  VISIT_TYPES,
} from './generator-data.js';
import { DAY, HOUR, MINUTE, isoDay, isoTime, makeRng, sfNumber, type Rng } from './generator-random.js';
import { addLogin, firstLogin, loginDaysBetween, type Person, type Team, type World } from './generator-world.js';
import type { TeamMode } from './generator-notes.js';

export type Row = Record<string, string>;

/** The org's layout: a resisting or mixed org carries the Low Card controls; a healthy one has few. */
export function hasControls(world: World): boolean {
  return world.profile !== 'healthy';
}

export const ACCOUNT_HEADER_BASE = [
  'Id', 'IsDeleted', 'Name', 'Type', 'ParentId', 'BillingStreet', 'BillingCity', 'BillingPostalCode', 'BillingCountry',
  'Phone', 'Website', 'Industry', 'OwnerId', 'CreatedDate', 'CreatedById', 'LastModifiedDate', 'LastModifiedById',
  'Account_Segment__c', 'Number_Of_Beds__c', 'Open_Support_Cases__c', 'Key_Account_Plan__c',
] as const;
export const ACCOUNT_CONTROLS = ['Visits_Required_Per_Month__c', 'Last_Visit_Logged__c'] as const;

export const OPPORTUNITY_HEADER_BASE = [
  'Id', 'IsDeleted', 'AccountId', 'Name', 'Description', 'StageName', 'Amount', 'Probability', 'CloseDate', 'Type',
  'NextStep', 'LeadSource', 'IsClosed', 'IsWon', 'ForecastCategoryName', 'OwnerId', 'CreatedDate', 'CreatedById',
  'LastModifiedDate', 'LastModifiedById',
] as const;
export const OPPORTUNITY_CONTROLS_ALWAYS = ['Visit_Report_Submitted__c', 'Manager_Approval_Status__c'] as const;
export const OPPORTUNITY_CONTROLS = [
  'Calls_This_Week__c', 'Weekly_Activity_Count__c', 'Time_Spent_Hours__c', 'Visit_Report_Summary__c',
] as const;
export const OPPORTUNITY_HIGH = [
  'Customer_Feedback__c', 'Territory_Plan__c', 'Last_Order_Date__c', 'Open_Invoices__c', 'Credit_Status__c',
  'Formulary_Status__c',
] as const;

export const TASK_HEADER_BASE = [
  'Id', 'WhoId', 'WhatId', 'Subject', 'ActivityDate', 'Status', 'Priority', 'OwnerId', 'Description', 'Type',
  'IsDeleted', 'AccountId', 'IsClosed', 'CreatedDate', 'CreatedById', 'LastModifiedDate', 'LastModifiedById',
  'CallDurationInSeconds', 'CallType', 'TaskSubtype', 'Visit_Type__c', 'Samples_Dropped__c', 'Products_Detailed__c',
] as const;
export const EVENT_HEADER_BASE = [
  'Id', 'WhoId', 'WhatId', 'Subject', 'Location', 'IsAllDayEvent', 'ActivityDateTime', 'ActivityDate',
  'DurationInMinutes', 'StartDateTime', 'EndDateTime', 'Description', 'AccountId', 'OwnerId', 'Type', 'ShowAs',
  'IsDeleted', 'CreatedDate', 'CreatedById', 'LastModifiedDate', 'LastModifiedById', 'Visit_Type__c',
  'Samples_Dropped__c', 'Products_Detailed__c',
] as const;
export const ACTIVITY_CONTROLS = ['Call_Report_Complete__c'] as const;

export const LOGIN_HEADER = [
  'Id', 'UserId', 'LoginTime', 'LoginType', 'SourceIp', 'LoginUrl', 'Browser', 'Platform', 'Status', 'Application',
  'ClientVersion', 'ApiType', 'ApiVersion', 'CountryIso',
] as const;
export const HISTORY_HEADER = ['Id', 'OpportunityId', 'CreatedById', 'CreatedDate', 'Field', 'OldValue', 'NewValue'] as const;
export const USER_HEADER = [
  'Id', 'Username', 'LastName', 'FirstName', 'Name', 'CompanyName', 'Division', 'Department', 'Title', 'Email',
  'IsActive', 'UserRoleId', 'ProfileId', 'UserType', 'ManagerId', 'LastLoginDate', 'CreatedDate', 'CreatedById',
  'LastModifiedDate', 'LastModifiedById',
] as const;

export const HUBSPOT_HEADER = [
  'Record ID', 'Deal Name', 'Deal Stage', 'Close Date', 'Deal owner', 'Amount', 'Create Date', 'Last Activity Date',
  'Last Modified Date', 'Pipeline', 'Deal Type', 'Deal Description', 'Next step', 'Priority', 'Product Line',
  'Tender Reference', 'Formulary Committee Date',
] as const;

export function accountHeader(world: World): string[] {
  return [...ACCOUNT_HEADER_BASE, ...(hasControls(world) ? ACCOUNT_CONTROLS : [])];
}
export function opportunityHeader(world: World): string[] {
  return [
    ...OPPORTUNITY_HEADER_BASE,
    ...(hasControls(world) ? [OPPORTUNITY_CONTROLS[0], ...OPPORTUNITY_CONTROLS_ALWAYS, ...OPPORTUNITY_CONTROLS.slice(1)] : OPPORTUNITY_CONTROLS_ALWAYS),
    ...OPPORTUNITY_HIGH,
  ];
}
export function taskHeader(world: World): string[] {
  return [...TASK_HEADER_BASE, ...(hasControls(world) ? ACTIVITY_CONTROLS : [])];
}
export function eventHeader(world: World): string[] {
  return [...EVENT_HEADER_BASE, ...(hasControls(world) ? ACTIVITY_CONTROLS : [])];
}

// ---------------------------------------------------------------------------------------------------------

export interface Contact {
  id: string;
  hcp: string;
}

export interface AccountRec {
  id: string;
  name: string;
  owner: Person;
  team: Team;
  contacts: Contact[];
  row: Row;
}

export interface OppRec {
  id: string;
  owner: Person;
  account: AccountRec;
  createdMs: number;
  modifiedMs: number;
  row: Row;
}

export interface ActivityRec {
  kind: 'task' | 'event';
  owner: Person;
  createdMs: number;
  /** the ActivityDate, as ms at midnight UTC */
  activityDayMs: number;
  row: Row;
}

const STREETS = ['Mill', 'Station', 'Chapel', 'Church', 'Park', 'Victoria', 'Harbour', 'Orchard', 'Kings', 'Meadow'];
const STREET_KINDS = ['Road', 'Street', 'Lane', 'Avenue', 'Way'];
const QUALIFIERS = ['', 'North ', 'South ', 'East ', 'West ', 'Old Town ', 'Riverside '];

type Vars = { product: string; hcp: string; account: string };
const fill = (text: string, vars: Vars): string =>
  text.replace('{product}', vars.product).replace('{hcp}', vars.hcp).replace('{account}', vars.account);

/** Honest free text: one part from each list, joined by a space. */
const compose = (rng: Rng, parts: readonly (readonly string[])[], vars: Vars): string =>
  fill(parts.map((list) => rng.pick(list)).filter((p) => p !== '').join(' '), vars);

function letters(rng: Rng, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += String.fromCharCode(65 + rng.int(0, 25));
  return out;
}

/** A time on day d for person p: at least `afterMin` minutes after their first login, before 17:45 UTC. */
function timeOn(world: World, p: Person, d: number, rng: Rng, afterMin = 5): number {
  const t0 = firstLogin(p, d) + afterMin * MINUTE;
  const end = world.cal.dayMs(d) + 17 * HOUR + 45 * MINUTE;
  return t0 >= end ? t0 : t0 + Math.floor(rng.next() * ((end - t0) / MINUTE)) * MINUTE;
}

const pickDay = (rng: Rng, days: readonly number[]): number | undefined => (days.length ? rng.pick(days) : undefined);

// ---------------------------------------------------------------------------------------------------------
// Accounts

export function buildAccounts(world: World): AccountRec[] {
  const rng = makeRng(world.seed, 'accounts');
  const { cal, ops } = world;
  const controls = hasControls(world);
  const usedNames = new Set<string>();
  const foreign = rng.shuffle(FOREIGN_ACCOUNTS);
  const importMs = cal.dayMs(cal.goLive) + 5 * HOUR;
  const accounts: AccountRec[] = [];
  let seq = 0;
  for (const rep of world.reps) {
    const team = rep.team;
    if (!team) continue;
    const n = rng.int(6, 10);
    for (let i = 0; i < n; i++) {
      const kind = rng.pick(ACCOUNT_KINDS);
      let name = '';
      let city = '';
      let country = 'United Kingdom';
      const f = seq % 9 === 4 ? foreign.pop() : undefined;
      if (f) {
        name = f.name;
        city = f.city;
        country = f.country;
      } else {
        for (let attempt = 0; ; attempt++) {
          city = rng.pick(TOWNS);
          name = `${rng.pick(QUALIFIERS)}${city} ${kind.suffix}`;
          if (attempt > 20) name = `${name} - Site ${seq}`;
          if (!usedNames.has(name)) break;
        }
      }
      usedNames.add(name);
      const de = country === 'Germany';
      const fr = country === 'France';
      const postal = de || fr ? String(rng.int(10000, 99999)) : `${letters(rng, 2)}${rng.int(1, 9)} ${rng.int(1, 9)}${letters(rng, 2)}`;
      const phone = de
        ? `+49 30 23125 ${rng.int(100, 999)}`
        : fr
          ? `+33 1 99 00 ${rng.int(10, 99)} ${rng.int(10, 99)}`
          : `+44 20 7946 0${rng.int(100, 999)}`;
      const mode = team.mode;
      // Modified: healthy reps keep their accounts current; resisting reps touched them after go-live, if ever.
      let modDay: number | undefined;
      if (mode === 'healthy') {
        modDay = rng.chance(0.8)
          ? pickDay(rng, loginDaysBetween(rep, cal.span - 45, cal.span - 1))
          : pickDay(rng, rep.loginDays);
      } else {
        modDay = rng.chance(0.75)
          ? pickDay(rng, loginDaysBetween(rep, cal.goLive, cal.goLive + 60))
          : pickDay(rng, rep.loginDays);
      }
      const createdMs = importMs + seq * 1000;
      const modifiedMs = modDay !== undefined ? timeOn(world, rep, modDay, rng) : createdMs;
      const row: Row = {
        Id: world.ids.account.next(),
        IsDeleted: 'false',
        Name: name,
        Type: kind.type,
        ParentId: '',
        BillingStreet: `${rng.int(1, 240)} ${rng.pick(STREETS)} ${rng.pick(STREET_KINDS)}`,
        BillingCity: city,
        BillingPostalCode: postal,
        BillingCountry: country,
        Phone: rng.chance(0.9) ? phone : '',
        Website: rng.chance(0.3) ? `https://www.${name.toLowerCase().normalize('NFD').replace(/[^a-z]+/g, '')}.example` : '',
        Industry: 'Healthcare',
        OwnerId: rep.id,
        CreatedDate: isoTime(createdMs),
        CreatedById: ops.id,
        LastModifiedDate: isoTime(modifiedMs),
        LastModifiedById: modDay !== undefined ? rep.id : ops.id,
        Account_Segment__c: kind.segment,
        Number_Of_Beds__c: kind.beds[1] > 0 ? sfNumber(rng.int(kind.beds[0], kind.beds[1])) : '',
        Open_Support_Cases__c: mode === 'healthy' && rng.chance(0.8) ? sfNumber(rng.weighted([[0, 50], [1, 25], [2, 15], [3, 10]])) : '',
        Key_Account_Plan__c: (mode === 'healthy' ? rng.chance(0.5) : rng.chance(0.02))
          ? compose(rng, TERRITORY_PLANS, { product: rng.pick(team.spec.products), hcp: '', account: name })
          : '',
      };
      if (controls) {
        row.Visits_Required_Per_Month__c =
          mode === 'resisting'
            ? rng.chance(0.97) ? (rng.chance(0.85) ? '4.0' : sfNumber(rng.int(1, 8))) : ''
            : sfNumber(rng.int(1, 6)); // mandatory org-wide; honest numbers in healthy teams
        row.Last_Visit_Logged__c =
          mode === 'resisting'
            ? rng.chance(0.95) ? isoDay(modifiedMs) : ''
            : rng.chance(0.5) ? isoDay(modifiedMs) : '';
      }
      const contacts: Contact[] = [];
      const nContacts = rng.int(2, 4);
      for (let c = 0; c < nContacts; c++) contacts.push({ id: world.ids.contact.next(), hcp: rng.pick(HCP_NAMES) });
      accounts.push({ id: row.Id ?? '', name, owner: rep, team, contacts, row });
      seq++;
    }
  }
  return accounts;
}

// ---------------------------------------------------------------------------------------------------------
// Opportunities and their field history

export interface HistoryRec {
  oppId: string;
  by: Person;
  ms: number;
  field: string;
  oldValue: string;
  newValue: string;
}

function junk(rng: Rng): string {
  return rng.pick(JUNK_VALUES);
}

export function buildOpportunities(world: World, accounts: AccountRec[]): { opps: OppRec[]; history: HistoryRec[] } {
  const rng = makeRng(world.seed, 'opportunities');
  const { cal } = world;
  const controls = hasControls(world);
  const byOwner = new Map<Person, AccountRec[]>();
  for (const a of accounts) {
    const list = byOwner.get(a.owner) ?? [];
    list.push(a);
    byOwner.set(a.owner, list);
  }
  interface Plan {
    owner: Person;
    account: AccountRec;
    mode: TeamMode;
    createdDay: number;
    createdMs: number;
    editDays: number[];
    closed: 'won' | 'lost' | null;
    stageIndex: number;
    closeDay: number;
  }
  const plans: Plan[] = [];
  const owners = [...world.reps, ...world.departed];
  for (const owner of owners) {
    const team = owner.team;
    if (!team) continue;
    const mode = team.mode;
    const own = byOwner.get(owner) ?? accounts.filter((a) => a.team === team);
    if (own.length === 0) continue;
    const lastDay = owner.leftDay !== null ? owner.leftDay - 1 : cal.span - 1;
    const days = loginDaysBetween(owner, cal.goLive, lastDay);
    if (days.length === 0) continue;
    const n = owner.kind === 'departed' ? rng.int(2, 5) : mode === 'healthy' ? rng.int(8, 14) : rng.int(4, 9);
    for (let i = 0; i < n; i++) {
      let createdDay: number;
      if (mode === 'resisting' && rng.chance(0.65)) {
        // Pipeline typed in under pressure in the months after go-live, then left alone.
        createdDay = pickDay(rng, days.filter((d) => d <= cal.goLive + 100)) ?? rng.pick(days);
      } else {
        createdDay = rng.pick(days);
      }
      const age = lastDay - createdDay;
      let closed: Plan['closed'] = null;
      if (mode === 'healthy' || owner.kind === 'departed') {
        if ((age > 120 && rng.chance(0.7)) || (age > 60 && rng.chance(0.3))) closed = rng.chance(0.55) ? 'won' : 'lost';
      } else if (age > 90 && rng.chance(0.25)) {
        closed = rng.chance(0.5) ? 'won' : 'lost';
      }
      let editDays: number[] = [];
      let closeDay: number;
      if (closed) {
        const target = createdDay + rng.int(30, Math.max(31, Math.min(age, 150)));
        const closing =
          days.find((d) => d >= target && d <= lastDay) ?? days.filter((d) => d > createdDay).pop() ?? createdDay;
        closeDay = closing;
        const between = days.filter((d) => d > createdDay && d < closing);
        editDays = [...rng.sample(between, mode === 'healthy' ? rng.int(1, 4) : rng.int(0, 1)), closing].filter(
          (d) => d > createdDay,
        );
      } else {
        closeDay = createdDay + (mode === 'healthy' ? rng.int(45, 200) : rng.int(20, 90));
        let last: number | undefined;
        if (owner.kind === 'departed') {
          last = rng.chance(0.5) ? pickDay(rng, days.filter((d) => d > createdDay)) : undefined;
        } else if (mode === 'healthy') {
          const recent = days.filter((d) => d > createdDay && d >= cal.span - (rng.chance(0.85) ? 30 : 90));
          last = pickDay(rng, recent);
        } else if (rng.chance(0.25)) {
          last = pickDay(rng, days.filter((d) => d > createdDay && d >= cal.span - 90));
        }
        if (last !== undefined) {
          const lastEdit = last;
          const between = days.filter((d) => d > createdDay && d < lastEdit);
          editDays = [...rng.sample(between, mode === 'healthy' ? rng.int(0, 3) : 0), lastEdit];
        }
      }
      editDays.sort((a, b) => a - b);
      const stageIndex = closed
        ? OPP_STAGES.length
        : mode === 'healthy'
          ? rng.int(1, OPP_STAGES.length - 1)
          : rng.weighted([[0, 50], [1, 30], [2, 20]]);
      plans.push({
        owner,
        account: rng.pick(own),
        mode,
        createdDay,
        createdMs: timeOn(world, owner, createdDay, rng),
        editDays,
        closed,
        stageIndex,
        closeDay,
      });
    }
  }
  plans.sort((a, b) => a.createdMs - b.createdMs || a.owner.index - b.owner.index);

  const opps: OppRec[] = [];
  const history: HistoryRec[] = [];
  for (const plan of plans) {
    const { owner, account, mode } = plan;
    const team = account.team;
    const product = rng.pick(team.spec.products);
    const kind = rng.pick(OPP_KINDS);
    const hcp = rng.pick(account.contacts).hcp;
    const vars = { product, hcp, account: account.name };
    const id = world.ids.opportunity.next();
    const healthy = mode === 'healthy';

    // Stage path from the first stage to the final one.
    const path: { stage: string; probability: number; forecast: string }[] = [];
    const startIdx = healthy ? rng.int(0, 1) : 0;
    const finalIdx = Math.min(plan.stageIndex, OPP_STAGES.length - 1);
    for (let i = startIdx; i <= finalIdx; i++) {
      const s = OPP_STAGES[i];
      if (s && (i === startIdx || i === finalIdx || rng.chance(0.6))) path.push(s);
    }
    if (plan.closed) path.push(plan.closed === 'won' ? CLOSED_WON : CLOSED_LOST);
    const final = path[path.length - 1] ?? OPP_STAGES[0];
    if (!final) throw new Error('no stage');

    let amountFinal = '';
    if (healthy) amountFinal = sfNumber(rng.int(8, 600) * 500);
    else if (rng.chance(0.1)) amountFinal = '1.0';
    else if (rng.chance(0.6)) amountFinal = sfNumber(rng.int(8, 600) * 500);

    const nextStepFinal = healthy
      ? controls || rng.chance(0.75) ? fill(rng.pick(NEXT_STEPS), vars) : ''
      : rng.chance(0.97) ? (rng.chance(0.75) ? junk(rng) : fill(rng.pick(NEXT_STEPS), vars)) : '';

    const editTimes = plan.editDays.map((d) => timeOn(world, owner, d, rng, 10));
    const modifiedMs = editTimes.length ? Math.max(...editTimes) : plan.createdMs;
    const closeDate = plan.closed ? isoDay(cal.dayMs(plan.closeDay)) : isoDay(cal.dayMs(plan.closeDay));

    let description = '';
    if (healthy ? rng.chance(0.75) : rng.chance(0.55)) {
      if (!healthy && rng.chance(0.6)) description = rng.pick(['n/a', 'test', '.', 'tbd', 'x']);
      else if (rng.chance(0.12)) description = `Background:\n${compose(rng, FEEDBACK, vars)}\nNext: ${fill(rng.pick(NEXT_STEPS), vars)}`;
      else description = `${kind.label[0]?.toUpperCase()}${kind.label.slice(1)} for ${product} at ${account.name}.`;
    }

    const approval = healthy
      ? rng.chance(controls ? 0.5 : 0.35) ? rng.weighted([['Approved', 70], ['Rejected', 10], ['Submitted', 20]]) : ''
      : rng.chance(0.96) ? rng.weighted([['Submitted', 80], ['Approved', 15], ['Rejected', 5]]) : '';

    const row: Row = {
      Id: id,
      IsDeleted: 'false',
      AccountId: account.id,
      Name: `${account.name} - ${product} ${kind.label}`,
      Description: description,
      StageName: final.stage,
      Amount: amountFinal,
      Probability: sfNumber(final.probability),
      CloseDate: closeDate,
      Type: kind.type,
      NextStep: nextStepFinal,
      LeadSource: healthy ? rng.pick(LEAD_SOURCES) : rng.chance(0.85) ? 'Other' : rng.pick(LEAD_SOURCES),
      IsClosed: plan.closed ? 'true' : 'false',
      IsWon: plan.closed === 'won' ? 'true' : 'false',
      ForecastCategoryName: final.forecast,
      OwnerId: owner.id,
      CreatedDate: isoTime(plan.createdMs),
      CreatedById: owner.id,
      LastModifiedDate: isoTime(modifiedMs),
      LastModifiedById: owner.id,
      Visit_Report_Submitted__c: healthy ? (rng.chance(0.55) ? 'true' : 'false') : rng.chance(0.98) ? 'true' : 'false',
      Manager_Approval_Status__c: approval,
    };
    if (controls) {
      row.Calls_This_Week__c = healthy
        ? sfNumber(rng.int(3, 22)) // mandatory org-wide: healthy teams give real counts
        : rng.chance(0.99) ? (rng.chance(0.7) ? '5.0' : sfNumber(rng.int(0, 12))) : '';
      row.Weekly_Activity_Count__c = healthy
        ? rng.chance(0.4) ? sfNumber(rng.int(6, 30)) : ''
        : rng.chance(0.98) ? (rng.chance(0.65) ? '10.0' : sfNumber(rng.int(1, 20))) : '';
      row.Time_Spent_Hours__c = healthy
        ? rng.chance(0.35) ? sfNumber(rng.int(1, 24) / 2) : ''
        : rng.chance(0.97) ? rng.weighted([['1.0', 60], ['8.0', 15], [sfNumber(rng.int(1, 24) / 2), 25]]) : '';
      row.Visit_Report_Summary__c = healthy
        ? compose(rng, VISIT_SUMMARIES, vars) // mandatory org-wide: honest summaries
        : rng.chance(0.98)
          ? rng.weighted([[junk(rng), 40], ['visit done', 50], [compose(rng, VISIT_SUMMARIES, vars), 10]])
          : '';
    }
    row.Customer_Feedback__c = (healthy ? rng.chance(0.7) : rng.chance(0.03)) ? compose(rng, FEEDBACK, vars) : '';
    row.Territory_Plan__c = (healthy ? rng.chance(0.55) : rng.chance(0.02)) ? compose(rng, TERRITORY_PLANS, vars) : '';
    // Order, invoice and credit data come from the ERP feed, which only healthy teams' territories get.
    row.Last_Order_Date__c = healthy && rng.chance(0.85) ? isoDay(Math.min(modifiedMs, cal.now - DAY) - rng.int(1, 60) * DAY) : '';
    row.Open_Invoices__c = healthy && rng.chance(0.8) ? (rng.chance(0.2) ? '0.0' : sfNumber(rng.int(5, 4800) * 10)) : '';
    row.Credit_Status__c = healthy && rng.chance(0.85) ? rng.pick(CREDIT_STATUSES) : '';
    row.Formulary_Status__c = (healthy ? rng.chance(0.75) : rng.chance(0.1)) ? rng.pick(FORMULARY_STATUSES) : '';

    // Field history: 'created', then the edits, each chain ending in the row's final value.
    history.push({ oppId: id, by: owner, ms: plan.createdMs, field: 'created', oldValue: '', newValue: '' });
    const m = editTimes.length;
    if (m > 0) {
      const stageAt = (j: number): number => Math.round(((j + 1) / m) * (path.length - 1));
      let prevStage = 0;
      // Earlier values for the other tracked fields, ending in the final one.
      const amountChain = healthy && rng.chance(0.3) && amountFinal ? [sfNumber(rng.int(8, 600) * 500), amountFinal] : [];
      const closeChain = healthy && rng.chance(0.25) ? [isoDay(cal.dayMs(plan.closeDay - rng.int(14, 60))), closeDate] : [];
      const editsFor = (chain: string[]): number[] => (chain.length ? [rng.int(0, m - 1)] : []);
      const amountEdit = editsFor(amountChain);
      const closeEdit = editsFor(closeChain);
      let nextStepCurrent = healthy ? fill(rng.pick(NEXT_STEPS), vars) : rng.chance(0.5) ? junk(rng) : '';
      for (let j = 0; j < m; j++) {
        const ms = editTimes[j] as number;
        let changed = false;
        const si = stageAt(j);
        if (si !== prevStage) {
          const from = path[prevStage];
          const to = path[si];
          if (from && to) history.push({ oppId: id, by: owner, ms, field: 'StageName', oldValue: from.stage, newValue: to.stage });
          prevStage = si;
          changed = true;
        }
        if (amountEdit.includes(j)) {
          history.push({ oppId: id, by: owner, ms, field: 'Amount', oldValue: amountChain[0] ?? '', newValue: amountFinal });
          changed = true;
        }
        if (closeEdit.includes(j)) {
          history.push({ oppId: id, by: owner, ms, field: 'CloseDate', oldValue: closeChain[0] ?? '', newValue: closeDate });
          changed = true;
        }
        const lastEdit = j === m - 1;
        const wantNext = lastEdit ? nextStepCurrent !== nextStepFinal : !changed || rng.chance(0.3);
        if (wantNext) {
          const value = lastEdit ? nextStepFinal : healthy ? fill(rng.pick(NEXT_STEPS), vars) : junk(rng);
          if (value !== nextStepCurrent) {
            history.push({ oppId: id, by: owner, ms, field: 'NextStep', oldValue: nextStepCurrent, newValue: value });
            nextStepCurrent = value;
            changed = true;
          }
        }
        if (!changed && j < m - 1) {
          // Make sure every edit day leaves a trace.
          const value = healthy ? fill(rng.pick(NEXT_STEPS), vars) : junk(rng);
          history.push({ oppId: id, by: owner, ms, field: 'NextStep', oldValue: nextStepCurrent, newValue: value });
          nextStepCurrent = value;
        }
      }
      if (nextStepCurrent !== nextStepFinal) {
        history.push({ oppId: id, by: owner, ms: modifiedMs, field: 'NextStep', oldValue: nextStepCurrent, newValue: nextStepFinal });
      }
    }
    // The manager's approval, on a day both were logged in, before the owner's last edit.
    const manager = team.manager;
    if (manager && (approval === 'Approved' || approval === 'Rejected') && m > 0) {
      const lastDay = plan.editDays[m - 1] as number;
      const shared = owner.loginDays.filter((d) => d >= plan.createdDay && d < lastDay && manager.loginSet.has(d));
      const d = pickDay(rng, shared);
      if (d !== undefined) {
        const ms = Math.max(firstLogin(manager, d), firstLogin(owner, d)) + rng.int(5, 240) * MINUTE;
        if (ms < modifiedMs) {
          history.push({ oppId: id, by: manager, ms, field: 'Manager_Approval_Status__c', oldValue: 'Submitted', newValue: approval });
        }
      }
    }
    opps.push({ id, owner, account, createdMs: plan.createdMs, modifiedMs, row });
  }
  history.sort((a, b) => a.ms - b.ms || (a.field === 'created' ? -1 : 0) - (b.field === 'created' ? -1 : 0));
  return { opps, history };
}

// ---------------------------------------------------------------------------------------------------------
// Tasks and events

export function buildActivities(world: World, accounts: AccountRec[], opps: OppRec[]): ActivityRec[] {
  const { cal } = world;
  const controls = hasControls(world);
  const acts: ActivityRec[] = [];
  const accountsByOwner = new Map<Person, AccountRec[]>();
  for (const a of accounts) {
    const list = accountsByOwner.get(a.owner) ?? [];
    list.push(a);
    accountsByOwner.set(a.owner, list);
  }
  // Opportunities by account, oldest first (opps are built in CreatedDate order).
  const oppsByAccount = new Map<AccountRec, OppRec[]>();
  for (const o of opps) {
    const list = oppsByAccount.get(o.account) ?? [];
    list.push(o);
    oppsByAccount.set(o.account, list);
  }

  for (const p of [...world.reps, ...world.departed]) {
    const team = p.team;
    if (!team) continue;
    const rng = makeRng(world.seed, `activities:${p.index}`);
    const own = accountsByOwner.get(p) ?? accounts.filter((a) => a.team === team);
    if (own.length === 0) continue;
    const healthyStyle = p.usage === 'steady' || p.usage === 'left';

    const task = (createdMs: number, activityDayMs: number, style: 'healthy' | 'resisting'): void => {
      const account = rng.pick(own);
      const contact = rng.pick(account.contacts);
      const product = rng.pick(team.spec.products);
      const vars = { product, hcp: contact.hcp, account: account.name };
      const candidates = oppsByAccount.get(account) ?? [];
      let open = 0;
      while (open < candidates.length && (candidates[open]?.createdMs ?? Infinity) < createdMs) open++;
      const what = open > 0 && rng.chance(0.4) ? (candidates[rng.int(0, open - 1)]?.id ?? account.id) : account.id;
      let row: Row;
      if (style === 'healthy') {
        const type = rng.weighted([['Call', 50], ['Visit', 35], ['Email', 15]] as const);
        const subject =
          type === 'Call' ? `Call - ${contact.hcp}` : type === 'Visit' ? `Visit - ${account.name}` : `Email: ${product} information`;
        const modifiedMs = rng.chance(0.15) ? createdMs + rng.int(5, 60) * MINUTE : createdMs;
        row = {
          Subject: subject,
          ActivityDate: isoDay(activityDayMs),
          Status: 'Completed',
          Priority: rng.chance(0.9) ? 'Normal' : 'High',
          Description: rng.chance(0.7) ? fill(rng.pick(TASK_DESCRIPTIONS), vars) : '',
          Type: type,
          CallDurationInSeconds: type === 'Call' && rng.chance(0.7) ? String(rng.int(60, 900)) : '',
          CallType: type === 'Call' ? 'Outbound' : '',
          TaskSubtype: type === 'Call' ? 'Call' : type === 'Email' ? 'Email' : 'Task',
          Visit_Type__c: rng.chance(0.9)
            ? type === 'Visit' ? rng.pick(['Face to face', 'Hospital meeting']) : type === 'Call' ? rng.pick(['Phone', 'Remote detail']) : 'Email'
            : '',
          Samples_Dropped__c: type === 'Visit' && rng.chance(0.6) ? sfNumber(rng.int(0, 6)) : '',
          Products_Detailed__c: rng.chance(0.8) ? (rng.chance(0.3) ? team.spec.products.join(';') : product) : '',
          LastModifiedDate: isoTime(modifiedMs),
        };
        if (controls) row.Call_Report_Complete__c = rng.chance(0.6) ? 'true' : 'false';
      } else {
        const type = rng.chance(0.65) ? 'Call' : 'Visit';
        row = {
          Subject: rng.weighted([[type, 85], ['x', 5], [`${type} ${contact.hcp}`, 10]]),
          ActivityDate: isoDay(activityDayMs),
          Status: 'Completed',
          Priority: 'Normal',
          Description: rng.weighted([['', 45], [junk(rng), 45], [fill(rng.pick(TASK_DESCRIPTIONS), vars), 10]]),
          Type: type,
          CallDurationInSeconds: '',
          CallType: '',
          TaskSubtype: 'Task',
          Visit_Type__c: rng.chance(0.92) ? 'Face to face' : rng.pick(VISIT_TYPES),
          Samples_Dropped__c: rng.chance(0.85) ? '0.0' : '',
          Products_Detailed__c: rng.chance(0.95) ? team.spec.products[0] : '',
          LastModifiedDate: isoTime(createdMs),
        };
        if (controls) row.Call_Report_Complete__c = rng.chance(0.99) ? 'true' : 'false';
      }
      row.WhoId = rng.chance(0.85) ? contact.id : '';
      row.WhatId = what;
      row.OwnerId = p.id;
      row.IsDeleted = 'false';
      row.AccountId = account.id;
      row.IsClosed = 'true';
      row.CreatedDate = isoTime(createdMs);
      row.CreatedById = p.id;
      row.LastModifiedById = p.id;
      acts.push({ kind: 'task', owner: p, createdMs, activityDayMs, row });
    };

    const event = (createdMs: number, startMs: number, minutes: number): void => {
      const account = rng.pick(own);
      const contact = rng.pick(account.contacts);
      const product = rng.pick(team.spec.products);
      const vars = { product, hcp: contact.hcp, account: account.name };
      const subject = rng.weighted([
        [`Visit - ${account.name}`, 60],
        [`Formulary meeting - ${account.name}`, 15],
        [`Lunch & learn: ${product}`, 15],
        [`Ward round with ${contact.hcp}`, 10],
      ]);
      const row: Row = {
        WhoId: contact.id,
        WhatId: account.id,
        Subject: subject,
        Location: rng.chance(0.8) ? rng.pick(EVENT_LOCATIONS) : '',
        IsAllDayEvent: 'false',
        ActivityDateTime: isoTime(startMs),
        ActivityDate: isoDay(startMs),
        DurationInMinutes: String(minutes),
        StartDateTime: isoTime(startMs),
        EndDateTime: isoTime(startMs + minutes * MINUTE),
        Description: rng.chance(0.5) ? compose(rng, VISIT_SUMMARIES, vars) : '',
        AccountId: account.id,
        OwnerId: p.id,
        Type: 'Meeting',
        ShowAs: 'Busy',
        IsDeleted: 'false',
        CreatedDate: isoTime(createdMs),
        CreatedById: p.id,
        LastModifiedDate: isoTime(createdMs),
        LastModifiedById: p.id,
        Visit_Type__c: rng.pick(['Face to face', 'Hospital meeting']),
        Samples_Dropped__c: rng.chance(0.5) ? sfNumber(rng.int(0, 6)) : '',
        Products_Detailed__c: rng.chance(0.8) ? product : '',
      };
      if (controls) row.Call_Report_Complete__c = rng.chance(0.5) ? 'true' : 'false';
      acts.push({ kind: 'event', owner: p, createdMs, activityDayMs: cal.dayMs(Math.floor((startMs - cal.start) / DAY)), row });
    };

    const lastDay = p.leftDay !== null ? p.leftDay - 1 : cal.span - 1;
    if (healthyStyle) {
      // Calls logged as they happen through the day; visits planned ahead in the calendar.
      const rate = p.usage === 'left' ? 0.7 : 1;
      for (const d of p.loginDays) {
        if (d < cal.goLive || d > lastDay || !cal.isWeekday(d)) continue;
        const n = rng.chance(rate) ? rng.weighted([[0, 40], [1, 45], [2, 12], [3, 3]]) : 0;
        let t = firstLogin(p, d) + rng.int(40, 120) * MINUTE;
        const end = cal.dayMs(d) + 17 * HOUR + 45 * MINUTE;
        for (let i = 0; i < n && t < end; i++) {
          const prev = d - 1;
          const activityDay = i === 0 && rng.chance(0.15) && cal.isWorking(prev) ? prev : d;
          task(t, cal.dayMs(activityDay), 'healthy');
          t += rng.int(35, 150) * MINUTE;
        }
        if (rng.chance(0.2)) {
          let d2 = d + rng.int(1, 10);
          while (d2 < cal.span && !cal.isWorking(d2)) d2++;
          if (d2 < cal.span && d2 <= lastDay) {
            const start = cal.dayMs(d2) + 7 * HOUR + rng.int(0, 14) * 30 * MINUTE;
            event(timeOn(world, p, d, rng), start, rng.pick([30, 45, 60]));
          }
        }
      }
    } else if (p.usage === 'daily') {
      // The week's calls, typed in on Friday afternoon within minutes; now and then two weeks at once.
      let pending: number[] = [];
      for (let d = cal.goLive; d < cal.span; d++) {
        if (cal.isWorking(d) && p.loginSet.has(d)) {
          const n = rng.weighted([[0, 15], [1, 55], [2, 27], [3, 3]]);
          for (let i = 0; i < n; i++) pending.push(d);
        }
        if (cal.weekday(d) !== 5) continue;
        const skip = rng.chance(0.15) && d + 7 < cal.span;
        if (!p.loginSet.has(d) || skip || pending.length < 5) continue;
        const start = cal.dayMs(d) + 14 * HOUR + rng.int(0, 90) * MINUTE;
        addLogin(p, d, start - rng.int(1, 3) * MINUTE);
        let t = start;
        for (const day of pending) {
          task(t, cal.dayMs(day), 'resisting');
          t += rng.int(25, 110) * 1000;
        }
        pending = [];
        if (rng.chance(0.01)) event(t + 5 * MINUTE, cal.dayMs(d) + 8 * HOUR, 60);
      }
    } else {
      // rare and dormant: dutiful for three weeks, then a catch-up of weeks of calls when they do log in.
      for (const d of p.loginDays) {
        if (d < cal.goLive) continue;
        if (d < cal.goLive + 21) {
          const n = rng.int(0, 2);
          let t = firstLogin(p, d) + rng.int(30, 90) * MINUTE;
          for (let i = 0; i < n; i++) {
            task(t, cal.dayMs(d), 'resisting');
            t += rng.int(40, 120) * MINUTE;
          }
          continue;
        }
        if (!rng.chance(0.6)) continue;
        const n = rng.int(3, 9);
        let t = firstLogin(p, d) + rng.int(3, 10) * MINUTE;
        const days: number[] = [];
        for (let i = 0; i < n; i++) {
          let a = d - rng.int(3, 25);
          while (!cal.isWorking(a)) a--;
          days.push(Math.max(cal.goLive, a));
        }
        days.sort((a, b) => a - b);
        for (const day of days) {
          task(t, cal.dayMs(day), 'resisting');
          t += rng.int(30, 90) * 1000;
        }
      }
    }
  }
  acts.sort((a, b) => a.createdMs - b.createdMs || a.owner.index - b.owner.index);
  for (const a of acts) a.row.Id = (a.kind === 'task' ? world.ids.task : world.ids.event).next();
  return acts;
}

// ---------------------------------------------------------------------------------------------------------
// LoginHistory: Salesforce keeps six months of it.

export const LOGIN_HISTORY_DAYS = 182;

export function buildLogins(world: World): Row[] {
  const { cal } = world;
  const from = cal.span - LOGIN_HISTORY_DAYS;
  const events: { ms: number; p: Person; row: Row }[] = [];
  for (const p of world.people) {
    const rng = makeRng(world.seed, `loginhistory:${p.index}`);
    const officeIp = `192.0.2.${10 + (p.index % 200)}`;
    const country = p.name.length % 7 === 0 ? 'DE' : 'GB';
    for (const d of p.loginDays) {
      if (d < from) continue;
      for (const ms of p.logins.get(d) ?? []) {
        const mobile = rng.chance(p.mobileShare);
        const base: Row = {
          UserId: p.id,
          LoginType: mobile ? 'Remote Access 2.0' : 'Application',
          SourceIp: mobile ? `192.0.2.${rng.int(200, 254)}` : officeIp,
          LoginUrl: 'login.salesforce.com',
          Browser: mobile ? 'Unknown' : p.desktop.browser,
          Platform: mobile ? p.phone.platform : p.desktop.platform,
          Application: mobile ? p.phone.app : 'Browser',
          ClientVersion: 'N/A',
          ApiType: 'N/A',
          ApiVersion: 'N/A',
          CountryIso: country,
        };
        if (!mobile && p.usage === 'steady' && rng.chance(0.015)) {
          const failMs = ms - rng.int(1, 3) * MINUTE;
          events.push({ ms: failMs, p, row: { ...base, LoginTime: isoTime(failMs), Status: 'Invalid Password' } });
        }
        events.push({ ms, p, row: { ...base, LoginTime: isoTime(ms), Status: 'Success' } });
      }
    }
  }
  events.sort((a, b) => a.ms - b.ms || a.p.index - b.p.index);
  return events.map((e) => ({ Id: world.ids.login.next(), ...e.row }));
}

// ---------------------------------------------------------------------------------------------------------
// Users

export function buildUsers(world: World): Row[] {
  const { cal, ops } = world;
  return world.people.map((p) => {
    const created = cal.dayMs(p.createdDay) + 9 * HOUR + p.index * MINUTE;
    const lastDay = p.loginDays[p.loginDays.length - 1];
    const lastLogin = lastDay !== undefined ? (p.logins.get(lastDay) ?? []).slice(-1)[0] : undefined;
    const modified = p.leftDay !== null ? cal.dayMs(p.leftDay) + 10 * HOUR : created;
    return {
      Id: p.id,
      Username: p.username,
      LastName: p.last,
      FirstName: p.first,
      Name: p.name,
      CompanyName: world.client,
      Division: p.division,
      Department: p.department,
      Title: p.title,
      Email: p.email,
      IsActive: p.isActive ? 'true' : 'false',
      UserRoleId: p.roleId,
      ProfileId:
        p.kind === 'ops' ? world.profileIds.admin : p.kind === 'manager' || p.kind === 'director' ? world.profileIds.manager : world.profileIds.rep,
      UserType: 'Standard',
      ManagerId: p.managerId,
      LastLoginDate: lastLogin !== undefined ? isoTime(lastLogin) : '',
      CreatedDate: isoTime(created),
      CreatedById: ops.id,
      LastModifiedDate: isoTime(modified),
      LastModifiedById: ops.id,
    };
  });
}

export function historyRows(world: World, history: HistoryRec[]): Row[] {
  return history.map((h) => ({
    Id: world.ids.history.next(),
    OpportunityId: h.oppId,
    CreatedById: h.by.id,
    CreatedDate: isoTime(h.ms),
    Field: h.field,
    OldValue: h.oldValue,
    NewValue: h.newValue,
  }));
}

// ---------------------------------------------------------------------------------------------------------
// HubSpot: deals kept outside Salesforce. In resisting teams, the reps who hardly open Salesforce keep their
// live tenders in the HubSpot portal left over from the distributor days; in a healthy org the portal
// only holds a few deals nobody has touched since go-live.

const HUBSPOT_STAGES: readonly { label: string; open: boolean }[] = [
  { label: 'Appointment Scheduled', open: true },
  { label: 'Qualified To Buy', open: true },
  { label: 'Presentation Scheduled', open: true },
  { label: 'Decision Maker Bought-In', open: true },
  { label: 'Contract Sent', open: true },
  { label: 'Closed Won', open: false },
  { label: 'Closed Lost', open: false },
];

export interface HubspotDeal {
  owner: Person;
  createdMs: number;
  modifiedMs: number;
  lastActivityMs: number | null;
  closeMs: number;
  committeeMs: number | null;
  row: Row;
}

export function buildHubspotDeals(world: World, accounts: AccountRec[]): HubspotDeal[] {
  const rng = makeRng(world.seed, 'hubspot');
  const { cal } = world;
  const shadowOwners = world.reps.filter((r) => r.usage === 'rare' || r.usage === 'dormant');
  const legacy = shadowOwners.length === 0;
  const owners = legacy ? rng.sample(world.reps, Math.min(3, world.reps.length)) : shadowOwners;
  const deals: HubspotDeal[] = [];
  let recordId = 18_200_000_000 + rng.int(0, 9_999_999);
  const hour = (d: number): number => cal.dayMs(d) + rng.int(7, 17) * HOUR + rng.int(0, 59) * MINUTE;
  for (const owner of owners) {
    const team = owner.team;
    if (!team) continue;
    const own = accounts.filter((a) => a.owner === owner);
    const pool = own.length ? own : accounts.filter((a) => a.team === team);
    if (pool.length === 0) continue;
    const n = legacy ? rng.int(2, 5) : rng.int(5, 12);
    for (let i = 0; i < n; i++) {
      const account = rng.pick(pool);
      const product = rng.pick(team.spec.products);
      let createdDay: number;
      let modifiedDay: number;
      if (legacy) {
        createdDay = rng.int(0, cal.goLive + 20);
        modifiedDay = Math.min(cal.goLive + 60, createdDay + rng.int(0, 40));
      } else {
        createdDay = rng.int(cal.goLive + 20, cal.span - 5);
        modifiedDay = Math.max(createdDay, cal.span - rng.int(1, rng.chance(0.85) ? 30 : 120));
      }
      const stage = legacy ? rng.pick(HUBSPOT_STAGES) : rng.weighted(HUBSPOT_STAGES.map((s) => [s, s.open ? 16 : 10] as const));
      const createdMs = hour(createdDay);
      const modifiedMs = Math.max(createdMs + HOUR, hour(modifiedDay));
      const lastActivityMs = rng.chance(legacy ? 0.4 : 0.9) ? Math.max(createdMs, hour(Math.max(createdDay, modifiedDay - rng.int(0, 3)))) : null;
      const closeMs = cal.dayMs(stage.open ? modifiedDay + rng.int(10, 120) : Math.min(modifiedDay, cal.span - 1));
      const committeeMs = rng.chance(0.4) ? cal.dayMs(createdDay + rng.int(20, 90)) : null;
      deals.push({
        owner,
        createdMs,
        modifiedMs,
        lastActivityMs,
        closeMs,
        committeeMs,
        row: {
          'Record ID': String((recordId += rng.int(1, 90_000))),
          'Deal Name': `${account.name} - ${product} ${rng.pick(['tender', 'supply contract', 'formulary listing', 'stocking deal'])}`,
          'Deal Stage': stage.label,
          'Deal owner': owner.name,
          Amount: rng.chance(0.9) ? String(rng.int(8, 600) * 500) : '',
          Pipeline: rng.chance(0.7) ? 'Sales Pipeline' : 'Tenders',
          'Deal Type': rng.chance(0.6) ? 'New Business' : 'Existing Business',
          'Deal Description': rng.chance(0.6) ? compose(rng, FEEDBACK, { product, hcp: rng.pick(account.contacts).hcp, account: account.name }) : '',
          'Next step': rng.chance(0.7) ? fill(rng.pick(NEXT_STEPS), { product, hcp: rng.pick(account.contacts).hcp, account: account.name }) : '',
          Priority: rng.pick(['High', 'Medium', 'Low']),
          'Product Line': product,
          'Tender Reference': rng.chance(0.5) ? `TND-${new Date(createdMs).getUTCFullYear()}-${String(rng.int(1, 9999)).padStart(4, '0')}` : '',
        },
      });
    }
  }
  deals.sort((a, b) => a.createdMs - b.createdMs || a.owner.index - b.owner.index);
  return deals;
}
