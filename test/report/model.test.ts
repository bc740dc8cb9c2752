// The report model says only what the analysis supports: the opening sentence names the evidence actually
// supplied, and band texts fit the situation.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/report/model.js';
import type { AuditResult } from '../../src/result/schema.js';
import { fixtureCopy } from './helpers.js';

const input = (kind: string, rows: number): AuditResult['inputs'][number] => ({ ...fixtureCopy().inputs[0]!, path: `${kind}.csv`, kind: kind as never, rows });

describe('summary lead and band text', () => {
  it('does not claim interview notes that were not given', () => {
    const r = fixtureCopy();
    delete r.interviews;
    delete r.answers;
    r.inputs = r.inputs.filter((i) => i.kind !== 'interviews');
    const m = buildModel(r);
    expect(m.meta.situationLead).toBe(
      'The CRM has been live for some time, so this audit rests on what the CRM actually records; no interview or workshop notes were given.',
    );
    expect(m.meta.situationLead).not.toMatch(/told us|questionnaire/);
  });

  it('keeps "beside what the reps told us" when notes were given', () => {
    const m = buildModel(fixtureCopy());
    expect(m.meta.situationLead).toMatch(/reads what the CRM actually records and the questionnaire beside what the reps told us\.$/);
  });

  it('before implementation, with a field list only: names the field list alone, and no band text speaks of use', () => {
    const r = fixtureCopy();
    r.situation = 'pre-implementation';
    delete r.interviews;
    delete r.answers;
    delete r.users;
    delete r.activity;
    delete r.records;
    r.inputs = [input('fields', 200)];
    r.risk = { ...r.risk!, score: 60, band: 'high' };
    const m = buildModel(r);
    expect(m.meta.situationLead).toBe(
      'The CRM is still being planned, so this audit rests on the planned field list; no interview or workshop notes were given.',
    );
    expect(m.summary!.bandMeaning).toMatch(/^As planned, /);
    for (const text of [m.summary!.bandMeaning!, ...m.guide.bands.map((b) => b.meaning)]) {
      expect(text).not.toMatch(/is used|is resisted|cannot be trusted|Adoption (holds|is on track)|relaunch/i);
    }
  });

  it('after implementation, the band text speaks of use', () => {
    const m = buildModel(fixtureCopy());
    expect(m.summary!.bandMeaning).toBe('The CRM is used under pressure rather than by choice; the data cannot be trusted yet.');
  });
});
