import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  AUDITS,
  AUDIT_IDS,
  AUDIT_THRESHOLDS,
  READINESS_AUDITS,
  defineReadinessAudit,
  runAudits,
  type Audit,
} from '../../src/audits/index.js';
import { AUDIT_WEIGHTS } from '../../src/scoring/weights.js';
import { CrmAuditError } from '../../src/errors.js';
import { AuditResultItem } from '../../src/result/schema.js';
import { activity, dataset, field, interviews, neutralFields, users } from './helpers.js';
import { QUESTIONS } from '../../src/questionnaire/questions.js';

const REQUIRED = [
  'low-card-burden',
  'junk-compliance',
  'bulk-logging',
  'high-card-gap',
  'no-reason-to-be-there',
  'inactive-users',
  'usage-concentration',
  'usage-polarization',
  'stale-records',
  'negative-voice',
  'control-perception',
  'shadow-systems',
  'data-entry-burden',
];

const rich = () =>
  dataset({
    fields: [...neutralFields(6), field({ name: 'Calls__c', card: 'low', required: true, junkShare: 0.4, fillRate: 1, filled: 100 }), field({ name: 'Feedback__c', card: 'high', fillRate: 0.1 })],
    users: users(),
    activity: activity({ burstShare: 0.5 }),
    records: { records: 500, freshness: { medianDaysSinceModified: 20, staleShare: 0.1 } },
    interviews: interviews(),
  });

describe('the registry', () => {
  it('holds every contract id once, each in the file named by its id', () => {
    const ids = AUDITS.map((a) => a.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of REQUIRED) expect(ids).toContain(id);
    for (const id of ids) {
      expect(existsSync(fileURLToPath(new URL(`../../src/audits/${id}.ts`, import.meta.url)))).toBe(true);
    }
  });

  it('documents every audit: texts, kinds, thresholds, a weight', () => {
    for (const a of AUDITS) {
      const m = a.meta;
      expect(m.title.length).toBeGreaterThan(5);
      expect(m.failureTitle).not.toBe(m.title);
      expect(m.description.length).toBeGreaterThan(40);
      expect(m.definition.length).toBeGreaterThan(40);
      expect(m.requiredKinds.length + m.requires.length).toBeGreaterThan(0);
      // a readiness check scored by its choices alone has no number of its own: the choices carry the risks
      if (m.category !== 'readiness') expect(Object.keys(m.thresholds).length).toBeGreaterThan(0);
      expect(AUDIT_WEIGHTS[m.id]).toBeGreaterThan(0);
    }
    expect([...AUDIT_IDS].sort()).toEqual(AUDITS.map((a) => a.meta.id).sort());
    expect(AUDIT_THRESHOLDS['bulk-logging'].burstFull.value).toBe(0.35);
    expect(Object.keys(AUDIT_WEIGHTS).sort()).toEqual([...AUDIT_IDS].sort());
  });

  it('reads every question of the questionnaire in some readiness check, and only those', () => {
    const read = READINESS_AUDITS.flatMap((a) => a.questions);
    // each question is scored once (the situation is not scored: it chooses the wording and the recommendations)
    expect([...read].sort()).toEqual(QUESTIONS.map((q) => q.id).filter((id) => id !== 'situation').sort());
  });
});

describe('runAudits', () => {
  it('marks every audit not-applicable on an empty dataset', () => {
    const items = runAudits(dataset());
    expect(items).toHaveLength(AUDITS.length);
    for (const i of items) {
      expect(i).toMatchObject({ applicable: false, status: 'not-applicable', risk: null });
      expect(i.evidence?.summary).toMatch(/^Not scored: /);
    }
  });

  it('sorts items by category and produces schema-valid items', () => {
    const items = runAudits(rich());
    const order = ['controls', 'value', 'usage', 'voice', 'readiness'];
    const ranks = items.map((i) => order.indexOf(i.category));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    for (const i of items) expect(AuditResultItem.safeParse(i).success).toBe(true);
    expect(items.find((i) => i.id === 'junk-compliance')?.status).toBe('fail');
    expect(items.find((i) => i.id === 'bulk-logging')?.status).toBe('fail');
    expect(items.find((i) => i.id === 'stale-records')?.status).toBe('pass');
  });

  it('is deterministic', () => {
    expect(JSON.stringify(runAudits(rich()))).toBe(JSON.stringify(runAudits(rich())));
  });

  it('turns a throwing audit into an error and goes on', () => {
    const boom: Audit = {
      meta: { ...AUDITS[0]!.meta, id: 'boom', requires: [] },
      run() {
        throw new Error('division by zero\n    at somewhere');
      },
    };
    const nan: Audit = { meta: { ...AUDITS[0]!.meta, id: 'nan', requires: [] }, run: () => ({ risk: Number.NaN, evidence: { summary: 'x', metrics: {} } }) };
    const items = runAudits(rich(), { audits: [boom, nan, ...AUDITS] });
    expect(items.find((i) => i.id === 'boom')).toMatchObject({ status: 'error', risk: null, applicable: true, error: 'division by zero' });
    expect(items.find((i) => i.id === 'nan')).toMatchObject({ status: 'error', risk: null });
    expect(items.filter((i) => i.status === 'pass' || i.status === 'fail').length).toBeGreaterThan(8);
  });

  it('applies weight overrides and rejects unknown audit ids with a usage error', () => {
    const items = runAudits(rich(), { weights: { audits: { 'bulk-logging': 7 } } });
    expect(items.find((i) => i.id === 'bulk-logging')?.weight).toBe(7);
    expect(items.find((i) => i.id === 'low-card-burden')?.weight).toBe(3);
    let err: unknown;
    try {
      runAudits(rich(), { weights: { audits: { 'bulk-loging': 2 } } });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CrmAuditError);
    expect((err as CrmAuditError).kind).toBe('usage');
    expect((err as CrmAuditError).message).toContain('"bulk-loging"');
    expect((err as CrmAuditError).hint).toContain('bulk-logging');
  });

  it('never names a user in evidence', () => {
    const d = rich();
    const text = JSON.stringify(runAudits(d).map((i) => i.evidence));
    for (const u of d.users!.perUser) expect(text).not.toContain(u.user);
  });
});

describe('defineReadinessAudit (the questionnaire audits)', () => {
  const sponsor = defineReadinessAudit({
    id: 'test-sponsor',
    title: 'A sales executive sponsors the CRM',
    failureTitle: 'Nobody in sales leadership owns the CRM',
    description: 'test readiness audit',
    components: [
      { question: 'sponsor', weight: 1, risk: { by: 'choice' } },
      { question: 'entryMinutes', weight: 1, risk: { by: 'number', zeroAt: 10, fullAt: 45 } },
    ],
  });

  it('is a readiness audit that reads answers, with its ramp ends documented', () => {
    expect(sponsor.meta.category).toBe('readiness');
    expect(sponsor.meta.requires).toEqual(['answers']);
    expect(sponsor.meta.thresholds).toMatchObject({ entryMinutesZero: { value: 10 }, entryMinutesFull: { value: 45 } });
    expect(sponsor.meta.definition).toContain('Executive sponsor (weight 1');
  });

  it('is not applicable without answers or when its questions are unanswered, and scores otherwise', () => {
    const run = (answers?: Record<string, unknown>) =>
      runAudits(dataset({ situation: 'pre-implementation', ...(answers ? { answers } : {}) }), { audits: [sponsor] })[0]!;
    expect(run().status).toBe('not-applicable');
    expect(run({ goalsWritten: 'none' }).status).toBe('not-applicable');
    expect(run({ sponsor: 'none' })).toMatchObject({ status: 'fail', risk: 1, category: 'readiness', weight: 1 });
    expect(run({ sponsor: 'active' })).toMatchObject({ status: 'pass', risk: 0 });
    // the weighted mean of what was answered: 0 and ramp(27.5) = 0.5
    expect(run({ sponsor: 'active', entryMinutes: 27.5 })).toMatchObject({ status: 'pass', risk: 0.25 });
    // an answer the question does not take is not scored (a saved analysis is not re-validated)
    expect(run({ sponsor: 'maybe' }).status).toBe('not-applicable');
  });
});
