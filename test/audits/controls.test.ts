import { describe, expect, it } from 'vitest';
import { lowCardBurden } from '../../src/audits/low-card-burden.js';
import { junkCompliance, effectiveJunk } from '../../src/audits/junk-compliance.js';
import { bulkLogging } from '../../src/audits/bulk-logging.js';
import { runAudit } from '../../src/audits/index.js';
import { activity, dataset, field, neutralFields } from './helpers.js';

const run = (a: Parameters<typeof runAudit>[0], d: Parameters<typeof runAudit>[1]) => runAudit(a, d, 1);

describe('low-card-burden', () => {
  it('is not applicable without fields, or with system fields only', () => {
    expect(run(lowCardBurden, dataset()).status).toBe('not-applicable');
    const d = dataset({ fields: [field({ name: 'Id', card: 'system' })] });
    const r = run(lowCardBurden, d);
    expect(r).toMatchObject({ status: 'not-applicable', applicable: false, risk: null });
    expect(r.evidence?.summary).toMatch(/rep-facing/);
  });

  it('passes with no Low Card field', () => {
    const r = run(lowCardBurden, dataset({ fields: neutralFields(10) }));
    expect(r).toMatchObject({ status: 'pass', risk: 0 });
    expect(r.evidence?.metrics.lowCardFields).toBe(0);
  });

  it('weighs enforced controls double: 2 required of 10 fails, 2 optional and sparse passes', () => {
    const enforced = dataset({
      fields: [...neutralFields(8), field({ name: 'Calls__c', card: 'low', required: true, fillRate: 0.3 }), field({ name: 'Visits__c', card: 'low', required: true, fillRate: 0.2 })],
    });
    // pressure = 0.2 x (0.5 + 0.5 x 1) = 0.2; risk = (0.2 - 0.03) / 0.2 = 0.85
    expect(run(lowCardBurden, enforced)).toMatchObject({ status: 'fail', risk: 0.85 });
    const optional = dataset({
      fields: [...neutralFields(8), field({ name: 'Calls__c', card: 'low', fillRate: 0.3 }), field({ name: 'Visits__c', card: 'low', fillRate: 0.2 })],
    });
    // pressure = 0.2 x 0.5 = 0.1; risk = 0.07 / 0.2 = 0.35
    expect(run(lowCardBurden, optional)).toMatchObject({ status: 'pass', risk: 0.35 });
  });

  it('counts a field filled in 90% of rows as enforced, and fails exactly at the 0.13 boundary', () => {
    const d = dataset({
      fields: [...neutralFields(87), ...Array.from({ length: 13 }, (_, i) => field({ name: `Ctl${i}`, card: 'low', fillRate: 0.9 }))],
    });
    const r = run(lowCardBurden, d);
    expect(r.evidence?.metrics.enforcedLowCardFields).toBe(13);
    expect(r).toMatchObject({ status: 'fail', risk: 0.5 });
    const below = dataset({
      fields: [...neutralFields(88), ...Array.from({ length: 12 }, (_, i) => field({ name: `Ctl${i}`, card: 'low', fillRate: 0.9 }))],
    });
    expect(run(lowCardBurden, below).status).toBe('pass');
  });

  it('counts standard CRM fields only when made required', () => {
    const standard = (name: string, required: boolean | null = null) =>
      field({ name, object: 'Task', card: 'low', decidedBy: 'builtin', fillRate: 1, required });
    const d = dataset({ fields: [...neutralFields(6), standard('Subject'), standard('Status'), standard('Type'), standard('CallType')] });
    const r = run(lowCardBurden, d);
    expect(r).toMatchObject({ status: 'pass', risk: 0 });
    expect(r.evidence?.metrics).toMatchObject({ lowCardFields: 0, standardLowCardFields: 4 });
    expect(r.evidence?.summary).toMatch(/4 standard Low Card fields of the CRM itself are not counted/);
    const required = dataset({ fields: [...neutralFields(6), standard('Subject', true), standard('Status', true), standard('Type'), standard('CallType')] });
    // 2 imposed of 10, both enforced: pressure 0.2 -> 0.85
    expect(run(lowCardBurden, required)).toMatchObject({ status: 'fail', risk: 0.85 });
  });

  it('ignores system fields in the denominator and lists Low Card fields in the table', () => {
    const d = dataset({
      fields: [field({ name: 'Id', card: 'system' }), field({ name: 'Amount' }), field({ name: 'Calls__c', card: 'low', required: true })],
    });
    const r = run(lowCardBurden, d);
    expect(r.evidence?.metrics.repFacingFields).toBe(2);
    expect(r.evidence?.table?.rows).toEqual([['Opportunity', 'Calls__c', 'Calls__c', 'yes', 0.5, 'yes']]);
  });
});

describe('junk-compliance', () => {
  it('is not applicable with a field list only (no data)', () => {
    const d = dataset({ fields: [field({ name: 'Calls__c', card: 'low', rows: null })] });
    expect(run(junkCompliance, d).status).toBe('not-applicable');
  });

  it('averages junk over Low Card or required fields, each field once, booleans and optional neutral fields out', () => {
    const d = dataset({
      fields: [
        field({ name: 'Report__c', card: 'low', fillRate: 1, filled: 100, junkShare: 0.1 }),
        field({ name: 'Stage', required: true, fillRate: 1, filled: 300, junkShare: 0 }),
        field({ name: 'Notes', fillRate: 1, filled: 100, junkShare: 0.9 }), // neutral, optional: out of scope
        field({ name: 'Report_Done__c', card: 'low', type: 'boolean', fillRate: 1, filled: 5000, junkShare: 0 }), // cannot hold junk
      ],
    });
    const r = run(junkCompliance, d);
    // mean junk rate = (0.1 + 0) / 2 = 0.05 -> 0.03 / 0.16 = 0.1875; by cells it would be 10 / 400;
    // the worst field (0.1) -> 0.06 / 0.16 = 0.375, the stronger signal
    expect(r.evidence?.metrics).toMatchObject({ fieldsInScope: 2, junkRate: 0.05, junkCellShare: 0.025, worstField: 'Opportunity.Report__c' });
    expect(r.risk).toBe(0.375);
    expect(r.status).toBe('pass');
  });

  it('fails when one mandatory field is 12% junk among clean ones (one team resisting), not when it is tiny', () => {
    const clean = Array.from({ length: 9 }, (_, i) => field({ name: `Ctl${i}`, card: 'low', fillRate: 1, filled: 400, junkShare: 0 }));
    const one = (filled: number, junkShare = 0.12) =>
      dataset({ fields: [...clean, field({ name: 'NextStep', card: 'low', required: true, fillRate: 1, filled, junkShare })] });
    expect(run(junkCompliance, one(400))).toMatchObject({ status: 'fail', risk: 0.5 });
    expect(run(junkCompliance, one(400, 0.11)).status).toBe('pass');
    expect(run(junkCompliance, one(29)).status).toBe('pass');
  });

  it('is not diluted by a large table of clean control fields', () => {
    const d = dataset({
      fields: [
        field({ name: 'NextStep', card: 'low', required: true, fillRate: 0.97, filled: 270, junkShare: 0.77 }),
        field({ name: 'Calls__c', object: 'Task', card: 'low', type: 'number', fillRate: 0.98, filled: 6000, junkShare: 0 }),
      ],
    });
    expect(run(junkCompliance, d)).toMatchObject({ status: 'fail', risk: 1 });
  });

  it('fails at a 10% junk rate and reaches 1 at 18%', () => {
    const at = (junk: number) =>
      run(junkCompliance, dataset({ fields: [field({ name: 'Visit_Report__c', card: 'low', fillRate: 1, filled: 200, junkShare: junk })] }));
    expect(at(0.1)).toMatchObject({ status: 'fail', risk: 0.5 });
    expect(at(0.09).status).toBe('pass');
    expect(at(0.5).risk).toBe(1);
    expect(at(0.02).risk).toBe(0);
  });

  it('does not count a picklist stuck on its default as junk', () => {
    const status = field({ name: 'Status', object: 'Task', card: 'low', type: 'picklist', filled: 5000, topValueShare: 1, junkShare: 0 });
    expect(effectiveJunk(status)).toBe(0);
    expect(run(junkCompliance, dataset({ fields: [status] }))).toMatchObject({ status: 'pass', risk: 0 });
  });

  it('scores 0 when no field is in scope', () => {
    const r = run(junkCompliance, dataset({ fields: neutralFields(3) }));
    expect(r).toMatchObject({ status: 'pass', risk: 0 });
  });
});

describe('bulk-logging', () => {
  it('is not applicable without activities or without dated ones', () => {
    expect(run(bulkLogging, dataset()).status).toBe('not-applicable');
    expect(run(bulkLogging, dataset({ activity: activity({ activities: 0, withDate: 0 }) })).status).toBe('not-applicable');
    expect(run(bulkLogging, dataset({ activity: activity({ withDate: 0 }) })).status).toBe('not-applicable');
  });

  it('passes an org that logs as it works', () => {
    const r = run(bulkLogging, dataset({ activity: activity({ burstShare: 0.03, lateShare: 0.05, periodEndShare: 0.26 }) }));
    expect(r).toMatchObject({ status: 'pass', risk: 0 });
  });

  it('fails at 20% in bursts, 25% late or 50% at period end', () => {
    expect(run(bulkLogging, dataset({ activity: activity({ burstShare: 0.2 }) }))).toMatchObject({ status: 'fail', risk: 0.5 });
    expect(run(bulkLogging, dataset({ activity: activity({ lateShare: 0.25 }) }))).toMatchObject({ status: 'fail', risk: 0.5 });
    expect(run(bulkLogging, dataset({ activity: activity({ periodEndShare: 0.5 }) }))).toMatchObject({ status: 'fail', risk: 0.5 });
    expect(run(bulkLogging, dataset({ activity: activity({ burstShare: 0.19 }) })).status).toBe('pass');
  });

  it('takes the strongest signal and names it', () => {
    const r = run(bulkLogging, dataset({ activity: activity({ burstShare: 0.2, periodEndShare: 0.6, byWeekday: [10, 10, 10, 10, 60, 0, 0] }) }));
    expect(r.risk).toBe(0.75);
    expect(r.evidence?.metrics.strongestSignal).toBe('period-end');
    expect(r.evidence?.metrics.shareFri).toBe(0.6);
    expect(r.evidence?.table?.rows).toHaveLength(3);
  });
});
