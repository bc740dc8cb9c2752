import { describe, expect, it } from 'vitest';
import { highCardGap } from '../../src/audits/high-card-gap.js';
import { noReasonToBeThere, domainReach } from '../../src/audits/no-reason-to-be-there.js';
import { runAudit } from '../../src/audits/index.js';
import { tokens } from '../../src/audits/lib/util.js';
import { dataset, field, input, neutralFields } from './helpers.js';

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
