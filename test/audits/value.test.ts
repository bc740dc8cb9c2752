import { describe, expect, it } from 'vitest';
import { highCardGap } from '../../src/audits/high-card-gap.js';
import { noReasonToBeThere, domainReach } from '../../src/audits/no-reason-to-be-there.js';
import { runAudit } from '../../src/audits/index.js';
import { tokens } from '../../src/audits/lib/util.js';
import { dataset, field, input, neutralFields, userRow, users } from './helpers.js';

const run = (a: Parameters<typeof runAudit>[0], d: Parameters<typeof runAudit>[1]) => runAudit(a, d, 1);

describe('high-card-gap', () => {
  it('is not applicable without rep-facing fields', () => {
    expect(run(highCardGap, dataset()).status).toBe('not-applicable');
  });

  it('is 1 when there is no High Card field at all', () => {
    expect(run(highCardGap, dataset({ fields: neutralFields(5) }))).toMatchObject({ status: 'fail', risk: 1 });
  });

  it('fails when High Card fields are there but empty', () => {
    const d = dataset({
      fields: [...neutralFields(6), field({ name: 'Customer_Feedback__c', card: 'high', fillRate: 0.05 }), field({ name: 'Account_Plan__c', card: 'high', fillRate: 0.05 })],
    });
    // highShare 0.25 -> scarcity 0; emptiness = 1 - 0.05/0.5 = 0.9; risk = 0.7 x 0.9 = 0.63
    const r = run(highCardGap, d);
    expect(r).toMatchObject({ status: 'fail', risk: 0.63 });
    expect(r.evidence?.metrics.nearlyEmptyFields).toBe(2);
  });

  it('passes when High Card fields are well filled, even if few', () => {
    const d = dataset({ fields: [...neutralFields(9), field({ name: 'Customer_Feedback__c', card: 'high', fillRate: 0.8 })] });
    // highShare 0.1 -> scarcity 0.5; emptiness 0 -> risk 0.15
    expect(run(highCardGap, d)).toMatchObject({ status: 'pass', risk: 0.15 });
  });

  it('uses scarcity alone for a planned field list, failing under 10% High Card', () => {
    const plan = (high: number, total: number) =>
      dataset({
        fields: [
          ...neutralFields(total - high, { rows: null }),
          ...Array.from({ length: high }, (_, i) => field({ name: `Plan${i}`, card: 'high', rows: null })),
        ],
      });
    expect(run(highCardGap, plan(1, 10))).toMatchObject({ status: 'fail', risk: 0.5 });
    expect(run(highCardGap, plan(2, 10))).toMatchObject({ status: 'pass', risk: 0 });
  });
});

describe('no-reason-to-be-there', () => {
  it('splits API names and labels into tokens', () => {
    expect(tokens('Last_Invoice_Date__c')).toEqual(['last', 'invoice', 'date']);
    expect(tokens('CreditHold')).toEqual(['credit', 'hold']);
    expect(tokens('hs_credit_status')).toEqual(['credit', 'status']);
    expect(tokens('ns__OpenCases__c')).toEqual(['open', 'cases']);
    expect(tokens('Deal - Order value')).toEqual(['deal', 'order', 'value']);
  });

  it('is not applicable with an empty field list and no export', () => {
    expect(run(noReasonToBeThere, dataset({ fields: [] })).status).toBe('not-applicable');
  });

  it('is 1 when no back-office data reaches reps', () => {
    const r = run(noReasonToBeThere, dataset({ fields: neutralFields(5) }));
    expect(r).toMatchObject({ status: 'fail', risk: 1 });
    expect(r.evidence?.metrics.missingDomains).toBe('orders;invoices;support;credit');
  });

  it('scores by domains reached: one passes at 0.45, two at 0.2', () => {
    const one = dataset({ fields: [...neutralFields(3), field({ name: 'Last_Order_Date__c', fillRate: 0.6 })] });
    expect(run(noReasonToBeThere, one)).toMatchObject({ status: 'pass', risk: 0.45 });
    const two = dataset({
      fields: one.fields!,
      inputs: [input({ path: 'Case.csv', object: 'Case', rows: 40 })],
    });
    expect(run(noReasonToBeThere, two)).toMatchObject({ status: 'pass', risk: 0.2 });
    const four = dataset({
      fields: [
        field({ name: 'Last_Order_Date__c', fillRate: 0.6 }),
        field({ name: 'Open_Invoices__c', fillRate: 0.5 }),
        field({ name: 'Open_Tickets__c', fillRate: 0.5 }),
        field({ name: 'Credit_Limit__c', fillRate: 0.9 }),
      ],
    });
    expect(run(noReasonToBeThere, four)).toMatchObject({ status: 'pass', risk: 0 });
  });

  it('does not count empty fields or bare link ids', () => {
    const d = dataset({
      fields: [field({ name: 'Invoice_Total__c', fillRate: 0.05 }), field({ name: 'SAP_Order_Id__c', fillRate: 1 })],
    });
    const reach = domainReach(d.fields!, d.inputs);
    expect(reach.find((r) => r.domain === 'invoices')?.reach).toBe('empty');
    expect(reach.find((r) => r.domain === 'orders')?.reach).toBe('absent');
    expect(run(noReasonToBeThere, d).risk).toBe(1);
  });

  it('does not read a billing address as invoice data', () => {
    const d = dataset({ fields: ['BillingStreet', 'BillingCity', 'BillingPostalCode', 'BillingCountry'].map((name) => field({ name, object: 'Account', fillRate: 0.9 })) });
    expect(run(noReasonToBeThere, d).risk).toBe(1);
  });

  it('counts planned fields in a field list', () => {
    const d = dataset({ situation: 'pre-implementation', fields: [field({ name: 'Credit_Status__c', rows: null })] });
    const r = run(noReasonToBeThere, d);
    expect(r.risk).toBe(0.45);
    expect(r.evidence?.metrics.credit).toBe('planned');
  });
});

/** Per-owner fill for a field: the given owners filled at `fill`, each with `rows` records. */
const owners = (fills: Record<string, number>, rows = 10) =>
  Object.entries(fills)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([owner, fillRate]) => ({ owner, rows, filled: Math.round(rows * fillRate), fillRate }));

/** 20 owners: Rep 01–08 in team North, 09–16 in South, 17–20 with no shown team. */
const rep = (i: number) => `Rep ${String(i).padStart(2, '0')}`;
const team = (i: number) => (i <= 8 ? 'North' : i <= 16 ? 'South' : null);
const teamUsers = () =>
  users({
    total: 20,
    teams: [
      { name: 'North', users: 8, active90: 8, inactiveShare: 0, polarization: { index: 0, lowShare: 0, highShare: 1 } },
      { name: 'South', users: 8, active90: 8, inactiveShare: 0, polarization: { index: 0, lowShare: 0, highShare: 1 } },
    ],
    // Rep 17–20 belong to a team that is hidden (too small): the perUser row says so, the audit must not name it
    perUser: Array.from({ length: 20 }, (_, k) => userRow(k + 1, { team: team(k + 1) ?? (k + 1 > 18 ? 'Tiny' : null) })),
  });
/** fill per owner: South (and Rep 17) starved, the others well served */
const split = (high: number, low: number) =>
  Object.fromEntries(Array.from({ length: 20 }, (_, k) => [rep(k + 1), team(k + 1) === 'South' || k + 1 === 17 ? low : high]));

describe('high-card-gap, per owner and team', () => {
  const fields = (high: number, low: number) => [
    ...neutralFields(6),
    field({ name: 'Last_Order_Date__c', card: 'high', fillRate: 0.55, owners: owners(split(high, low)) }),
    field({ name: 'Account_Plan__c', card: 'high', fillRate: 0.5, owners: owners(split(high * 0.9, low)) }),
  ];

  it('fails when the fields are fine on average but empty for a team', () => {
    const r = run(highCardGap, dataset({ fields: fields(0.9, 0), users: teamUsers() }));
    // 9 of 20 owners (45%) nearly empty -> owner signal 1; the field signal alone would pass
    expect(r).toMatchObject({ status: 'fail', risk: 1 });
    expect(r.evidence?.metrics).toMatchObject({ ownersMeasured: 20, ownersNearlyEmpty: 9, emptyTeams: 'South', strongestSignal: 'owners' });
    expect(r.evidence?.metrics.fieldSignal).toBeLessThan(0.5);
    expect(r.evidence?.summary).toMatch(/^For 9 of 20 record owners \(45%\), the High Card fields are nearly empty .*: 8 of 8 in South and 1 whose team is not shown;/);
    expect(r.evidence?.table?.rows[0]).toEqual(['South', 8, 8, 0]);
    expect(r.evidence?.table?.rows.map((x) => x[0])).toContain('Rep 17 (team not shown)');
    // a team that is not shown is never named
    expect(JSON.stringify(r.evidence)).not.toContain('Tiny');
  });

  it('does not fire on a healthy org, nor on one thin owner', () => {
    const healthy = run(highCardGap, dataset({ fields: fields(0.8, 0.6), users: teamUsers() }));
    expect(healthy).toMatchObject({ status: 'pass' });
    expect(healthy.evidence?.metrics).toMatchObject({ ownersNearlyEmpty: 0, ownerSignal: 0, strongestSignal: 'fields' });
    expect(healthy.evidence?.summary).toMatch(/^The 2 High Card fields are filled on average in 53% of rows/);
    // owners with fewer than 5 records are not read; too few owners and the owner signal stays out
    const thin = [field({ name: 'Account_Plan__c', card: 'high', fillRate: 0.6, owners: owners({ 'Rep 01': 0, 'Rep 02': 0 }, 3) }), ...neutralFields(3)];
    expect(run(highCardGap, dataset({ fields: thin })).evidence?.metrics.ownersMeasured).toBeNull();
  });

  it('falls back to owners one by one without teams', () => {
    const r = run(highCardGap, dataset({ fields: fields(0.9, 0) }));
    expect(r.status).toBe('fail');
    expect(r.evidence?.summary).toMatch(/^For 9 of 20 record owners \(45%\), the High Card fields are nearly empty on their own records \(under 15% filled\);/);
    expect(r.evidence?.table?.rows[0]?.[0]).toMatch(/^Rep \d\d \(team not shown\)$/);
  });
});

describe('no-reason-to-be-there, per owner and team', () => {
  const backOffice = (served: number, starved: number) => [
    ...neutralFields(4),
    field({ name: 'Last_Order_Date__c', fillRate: 0.5, owners: owners(split(served, starved)) }),
    field({ name: 'Open_Invoices__c', fillRate: 0.5, owners: owners(split(served, starved)) }),
    field({ name: 'Credit_Status__c', fillRate: 0.5, owners: owners(split(served, starved)) }),
    field({ name: 'Open_Support_Cases__c', object: 'Account', fillRate: 0.5, owners: owners(split(served, starved)) }),
  ];

  it('counts a domain only where it reaches most owners, and reports who it misses', () => {
    const d = dataset({ fields: backOffice(0.9, 0), users: teamUsers() });
    const reach = domainReach(d.fields!, d.inputs);
    expect(reach.map((x) => x.reach)).toEqual(['partial', 'partial', 'partial', 'partial']);
    expect(reach[0]).toMatchObject({ owners: 20, ownersReached: 11 });
    const r = run(noReasonToBeThere, d);
    expect(r).toMatchObject({ status: 'fail', risk: 1 });
    expect(r.evidence?.metrics).toMatchObject({ domainsReached: 0, domainsPartial: 4, ownersUnreached: 9, unreachedTeams: 'South', 'unreached:orders': 0.45 });
    expect(r.evidence?.summary).toMatch(/^No order, invoice, support or credit data reaches 9 of 20 record owners \(45%\) on their own records: 8 of 8 in South/);
    expect(JSON.stringify(r.evidence)).not.toContain('Tiny');
  });

  it('passes when every owner is reached', () => {
    const r = run(noReasonToBeThere, dataset({ fields: backOffice(0.9, 0.6), users: teamUsers() }));
    expect(r).toMatchObject({ status: 'pass', risk: 0 });
    expect(r.evidence?.metrics).toMatchObject({ domainsReached: 4, ownersUnreached: 0 });
  });

  it('treats an export of a back-office object as reaching everyone', () => {
    const d = dataset({ fields: backOffice(0.9, 0), inputs: [input({ path: 'Order.csv', object: 'Order', rows: 40 })] });
    const r = run(noReasonToBeThere, d);
    expect(r.evidence?.metrics).toMatchObject({ orders: 'reached', ownersMeasured: null, ownerSignal: 0 });
    // the other three domains still miss 45% of the owners: none counts, so one domain reaches reps
    expect(r.risk).toBe(0.45);
  });
});
