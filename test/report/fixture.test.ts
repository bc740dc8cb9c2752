import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AuditResult, CATEGORY_IDS, PHASES } from '../../src/result/schema.js';
import { FIXTURE } from './helpers.js';

describe('the report fixture analysis', () => {
  const parsed = AuditResult.safeParse(JSON.parse(readFileSync(FIXTURE, 'utf8')));

  it('is a valid AuditResult', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('is rich enough to exercise every section', () => {
    const r = parsed.data!;
    expect(r.fields!.length).toBeGreaterThanOrEqual(40);
    expect(new Set(r.fields!.map((f) => f.card))).toEqual(new Set(['high', 'low', 'system', 'neutral']));
    expect(r.users!.perUser.length).toBeGreaterThanOrEqual(40);
    expect(r.interviews!.quotes.length).toBeGreaterThanOrEqual(5);
    expect(r.audits!.length).toBeGreaterThanOrEqual(13);
    expect(new Set(r.audits!.map((a) => a.category))).toEqual(new Set(CATEGORY_IDS));
    expect(r.risk!.drivers.length).toBeGreaterThanOrEqual(3);
    expect(new Set(r.recommendations!.map((x) => x.phase))).toEqual(new Set(PHASES));
    expect(r.answers).toBeDefined();
  });
});
