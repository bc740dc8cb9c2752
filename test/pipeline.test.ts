// The pipeline on notes alone: the audit's date and its situation come from the notes when no export tells.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../src/pipeline.js';
import { buildModel } from '../src/report/model.js';

const ROOT = join(import.meta.dirname, '..');
const FIX = join(ROOT, 'test', 'fixtures', 'interviews');
const notesOnly = (file: string, extra: { now?: string; situation?: 'in-progress' } = {}) =>
  runPipeline({ files: [join(FIX, file)], cwd: ROOT, meta: { client: 'Hartwell Medical' }, ...extra });

describe('an audit of interview notes alone', () => {
  it('is dated by the month of the newest note (its last day: the day of the last interview is not shown), and --now still wins', async () => {
    expect((await notesOnly('notes-only.csv')).generatedAt).toBe('2025-02-28T00:00:00.000Z');
    expect((await notesOnly('notes-only.csv', { now: '2025-03-31' })).generatedAt).toBe('2025-03-31T00:00:00.000Z');
  });

  it('is after implementation when the notes speak of the CRM in use, and the report says so throughout', async () => {
    const r = await notesOnly('notes-only.csv');
    expect(r.situation).toBe('post-implementation');
    expect(r.situationBasis).toBe('notes');
    expect(r.interviews!.situationSigns!.inUse).toBeGreaterThan(10);
    const m = buildModel(r);
    expect(m.meta.situation).toBe('After implementation');
    expect(m.meta.situationLead).toBe('The CRM has been live for some time, so this audit rests on what the reps told us alone.');
    expect(m.meta.dateIso).toBe('2025-02-28T00:00:00.000Z');
  });

  it('is before implementation when they speak of a CRM still planned, and no recommendation polices a CRM not yet built', async () => {
    const r = await notesOnly('notes-planned.csv');
    expect(r).toMatchObject({ situation: 'pre-implementation', situationBasis: 'notes' });
    const m = buildModel(r);
    expect(m.meta.situationLead).toMatch(/^The CRM is still being planned/);
    const titles = r.recommendations!.map((x) => x.title).join(' | ');
    expect(titles).not.toMatch(/Stop using the CRM|Cut the typing|Fold the shadow/);
    for (const x of r.recommendations!) expect(x.why, x.id).not.toMatch(/today it is not|is there to watch them/);
  });

  it('an explicit situation is kept, and called given', async () => {
    expect(await notesOnly('notes-only.csv', { situation: 'in-progress' })).toMatchObject({ situation: 'in-progress', situationBasis: 'given' });
  });
});
