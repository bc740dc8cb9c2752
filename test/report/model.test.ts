// The report model says only what the analysis supports: the opening sentence names the evidence actually
// supplied, and band texts fit the situation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { buildModel } from '../../src/report/model.js';
import { renderTable } from '../../src/report/table.js';
import { AuditResult } from '../../src/result/schema.js';
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

describe('a finding hidden by the consultant', () => {
  const golden = () =>
    AuditResult.parse(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'golden', 'acme-pharma.analysis.json'), 'utf8')));

  it('is left out of every count, and no recommendation quotes it', () => {
    const r = golden();
    const failing = r.audits!.filter((a) => a.status === 'fail').length;
    const assessed = r.audits!.filter((a) => a.status !== 'not-applicable' && a.status !== 'error').length;
    const gap = r.audits!.find((a) => a.id === 'high-card-gap')!;
    expect(gap.status).toBe('fail');
    const m = buildModel(r, { findings: { 'high-card-gap': { hide: true } } });
    expect(m.summary!.counts).toMatchObject({ failing: failing - 1, assessed: assessed - 1, hidden: 1 });
    const recs = m.roadmap!.phases.flatMap((p) => p.recommendations);
    const plan = recs.find((x) => x.id === 'adoption-horizon')!;
    // the plan's count of failing checks is the summary's
    expect(plan.why).toMatch(new RegExp(`^${failing - 1} checks fail today\\.`));
    // the relaunch argues from the Low Card controls only: none of the hidden finding's figures
    const relaunch = recs.find((x) => x.id === 'replace-controls-with-planning')!;
    expect(relaunch.why).not.toMatch(/High Card|record owners/);
    for (const x of recs) expect(x.findings).not.toContain(gap.failureTitle);
    expect(m.appendix.edits.hidden).toEqual([gap.failureTitle]);
  });

  it('takes a recommendation away when it rested on the hidden finding alone', () => {
    const m = buildModel(golden(), { findings: { 'stale-records': { hide: true } } });
    const ids = m.roadmap!.phases.flatMap((p) => p.recommendations.map((x) => x.id));
    expect(ids).not.toContain('clean-up-stale-data');
  });

  it('changes nothing when nothing is hidden', () => {
    const r = golden();
    const m = buildModel(r);
    expect(m.roadmap!.phases.flatMap((p) => p.recommendations.map((x) => x.why))).toEqual(expect.arrayContaining(r.recommendations!.map((x) => x.why)));
    expect(m.summary!.counts.hidden).toBe(0);
  });
});

describe('theme titles', () => {
  it("show the config's title in the report and the terminal, not one made from the id", () => {
    const r = fixtureCopy();
    const iv = r.interviews!;
    iv.themes = [{ id: 'samples', title: 'Sample tracking', count: 999, share: 0.9 }, ...iv.themes.filter((t) => t.id !== 'samples')];
    iv.quotes = [{ ...iv.quotes[0]!, theme: 'samples' }, ...iv.quotes.slice(1)];
    const m = buildModel(r);
    expect(m.voice!.themes[0]).toMatchObject({ id: 'samples', title: 'Sample tracking' });
    expect(m.voice!.quotes[0]!.theme).toBe('Sample tracking');
    const term = renderTable(r, { color: new Chalk({ level: 0 }), width: 200 });
    expect(term).toContain('top themes: Sample tracking (999)');
    // a theme without a stored title: the built-in title, else one made from the id
    iv.themes = [{ id: 'samples', count: 999, share: 0.9 }, ...iv.themes.slice(1)];
    expect(buildModel(r).voice!.themes.find((t) => t.id === 'samples')!.title).toBe('Samples');
    expect(buildModel(r).voice!.themes.find((t) => t.id === 'data-entry-burden')?.title ?? 'Data-entry burden').toBe('Data-entry burden');
  });
});

describe("the reps' voice without quotes", () => {
  const golden = () =>
    AuditResult.parse(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'golden', 'acme-pharma.analysis.json'), 'utf8')));

  it('says why no note is quoted, as the terminal does, and the contents promise no quotes', () => {
    const r = golden();
    expect(r.interviews!.quotes).toHaveLength(0);
    const m = buildModel(r);
    expect(m.voice!.noQuotes).toBe(
      "No note is quoted: a note is quoted only when the whole set, and the speaker's team and role, each hold 10 or more respondents; no team holds 10 or more (the largest 9).",
    );
    const voice = m.sections.find((s) => s.id === 'voice')!;
    expect(voice.blurb).not.toMatch(/quote/i);
    expect(voice.blurb).toMatch(/^Themes and sentiment/);
  });

  it('with quotes, says nothing of their absence and the contents name them', () => {
    const m = buildModel(fixtureCopy());
    expect(m.voice!.quotes.length).toBeGreaterThan(0);
    expect(m.voice!.noQuotes).toBeNull();
    expect(m.sections.find((s) => s.id === 'voice')!.blurb).toMatch(/quotes/);
  });
});

describe('a client without a name', () => {
  it('is "the client" in running text, and the cover and Markdown title name none', async () => {
    const r = fixtureCopy();
    r.meta.client = null;
    const m = buildModel(r);
    expect(m.meta).toMatchObject({ client: 'the client', clientNamed: false });
    const { renderMarkdown } = await import('../../src/report/markdown.js');
    const md = renderMarkdown(r);
    expect(md.split('\n')[0]).toBe('# CRM adoption audit');
    expect(md).toContain('prepared for the client only.');
    expect(md).not.toMatch(/\bClient\b/);
  });
});

describe('the weights in the appendix', () => {
  it('say "Not assessed" for a category left out of the score, and nothing for a scored one', () => {
    const r = AuditResult.parse(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'golden', 'acme-pharma.analysis.json'), 'utf8')));
    const cats = buildModel(r).appendix.categories;
    const readiness = cats.find((c) => c.title === 'Readiness')!;
    expect(readiness).toMatchObject({ share: 0, status: 'Not assessed' });
    // its checks are listed with their weights, each not assessed (no questionnaire answers in the example)
    expect(readiness.audits).toHaveLength(8);
    for (const a of readiness.audits) expect(a.status).toBe('Not assessed');
    for (const c of cats.filter((x) => x.title !== 'Readiness')) expect(c.status, c.title).toBeNull();
  });
});

describe('the scorecard', () => {
  it('says once why a category was not assessed when all its checks were not, for one reason', () => {
    const r = AuditResult.parse(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'golden', 'acme-pharma.analysis.json'), 'utf8')));
    const cats = buildModel(r).scorecard!.categories;
    expect(cats.find((c) => c.id === 'readiness')).toMatchObject({ findings: [], notAssessed: '8 checks, none assessed: no questionnaire answers were given.' });
    for (const c of cats.filter((x) => x.id !== 'readiness')) expect(c.notAssessed, c.id).toBeNull();
  });
});

describe('the contents page key', () => {
  it('explains the field cards only when the report sorts fields', () => {
    const r = AuditResult.parse(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'golden', 'acme-pharma.analysis.json'), 'utf8')));
    expect(buildModel(r).guide.cards.map((c) => c.card)).toEqual(['low', 'high', 'neutral', 'system']);
    const { fields: _fields, ...noFields } = r;
    expect(buildModel(noFields).guide.cards).toEqual([]);
  });
});

describe('the words of the situation', () => {
  it('the cover and the relaunch phase speak of a plan before go-live', () => {
    const r = AuditResult.parse(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'golden', 'acme-pharma.analysis.json'), 'utf8')));
    expect(buildModel(r).subtitle).toBe('Why the CRM is used the way it is, and what to do next');
    expect(buildModel(r).roadmap?.phases.map((p) => p.title)).toContain('Relaunch');
    const planned = buildModel({ ...r, situation: 'pre-implementation' });
    expect(planned.subtitle).toBe('Whether the planned CRM will be used, and what to change before it is built');
    expect(planned.roadmap?.phases.map((p) => p.title)).toContain('Redesign');
    expect(planned.roadmap?.phases.map((p) => p.title)).not.toContain('Relaunch');
    expect(buildModel({ ...r, situation: 'in-progress' }).roadmap?.phases.map((p) => p.title)).toContain('Rescope');
  });
});
