// The contents page's page numbers (real Chromium, read back with pdftotext): right on a smaller report and
// on Letter paper, left out (and said) rather than wrong, and not even looked for when a consultant's own
// templates show none. The full report is checked in pdf.test.ts; the HTML keeps its contents without numbers.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import { renderReport, type ReportTimings } from '../../src/report/index.js';
import { buildModel } from '../../src/report/model.js';
import { BUILTIN_TEMPLATES } from '../../src/report/html.js';
import type { AuditResult } from '../../src/result/schema.js';
import { browserTests, contentsPages, fixtureCopy, pdfInfo, pdfText, tempDir, writePdf } from './helpers.js';

/** A field inventory without interviews, users, activity or questionnaire: five sections. */
function smallResult(): AuditResult {
  const r = fixtureCopy();
  for (const k of ['users', 'activity', 'records', 'fieldHistory', 'interviews', 'answers'] as const) delete r[k];
  r.audits = r.audits!.filter((a) => a.category === 'controls' || a.category === 'value');
  r.categories = r.categories!.filter((c) => c.id === 'controls' || c.id === 'value');
  r.inputs = r.inputs.filter((i) => i.kind === 'records' || i.kind === 'fields');
  return r;
}

/** A template folder holding one partial, laid over the built-in templates. */
function templateWith(partial: string, source: string): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'partials'));
  writeFileSync(join(dir, 'partials', `${partial}.hbs`), source);
  return dir;
}

const builtinToc = () => readFileSync(join(BUILTIN_TEMPLATES, 'partials', 'toc.hbs'), 'utf8');

async function render(result: AuditResult, templateDir?: string) {
  const warnings: string[] = [];
  const timings: Partial<ReportTimings> = {};
  const pdf = (await renderReport(result, 'pdf', { templateDir, timings, onWarning: (m) => warnings.push(m) })) as Uint8Array;
  const file = writePdf(pdf);
  return { text: pdfText(file), pages: pdfInfo(file).pages, warnings, timings };
}

describe.runIf(browserTests())('contents page numbers (real Chromium)', () => {
  it('are right on a smaller report, on A4 and on Letter paper', async () => {
    for (const paper of ['a4', 'letter'] as const) {
      const r = smallResult();
      r.meta.paper = paper;
      const sections = buildModel(r).sections;
      expect(sections.map((s) => s.title)).toEqual(['Executive summary', 'Scorecard', 'Field inventory', 'Roadmap', 'Appendix']);
      const { text, warnings, timings } = await render(r);
      expect(warnings).toEqual([]);
      expect(timings.pageNumbers_ms).toBeGreaterThan(0);
      for (const s of contentsPages(text, sections)) {
        expect(s.listed, `${paper}: ${s.title}`).not.toBeNull();
        expect(s.found, `${paper}: ${s.title}`).toEqual([s.listed]);
      }
    }
  });

  it('are left out, and the reader told, when filling them in would move a section', async () => {
    // a contents page that grows by most of a page with every number filled in
    const growing = builtinToc().replace('{{#if page}}{{page}}{{else}}', '{{#if page}}{{page}}<span style="display:block;height:240mm"></span>{{else}}');
    expect(growing).not.toBe(builtinToc());
    const r = smallResult();
    const sections = buildModel(r).sections;
    const plain = await render(r, templateWith('toc', builtinToc().replace('{{#if @root.paged}}', '{{#if false}}')));
    const { text, pages, warnings } = await render(r, templateWith('toc', growing));
    expect(warnings).toEqual(['the contents page is printed without page numbers: with them filled in, a section moved to another page']);
    // the PDF is the one printed without them: same pages, headings where they were, no number listed
    expect(pages).toBe(plain.pages);
    for (const s of contentsPages(text, sections)) {
      expect(s.listed, s.title).toBeNull();
      expect(s.found, s.title).toEqual(contentsPages(plain.text, sections).find((p) => p.title === s.title)!.found);
    }
    expect(text).toContain('How to read this report');
  });

  it('are left out, and the reader told, when the printed PDF does not say where the sections are', async () => {
    // headings without their ids: the contents page's links point nowhere, so Chromium writes no destination
    const r = smallResult();
    const { text, warnings } = await render(r, templateWith('section-title', '<h1><span class="num">{{lookup @root.numbers id}}</span> {{title}}</h1>'));
    expect(warnings).toEqual([
      'the contents page is printed without page numbers: the printed PDF has no destination for sec-summary, sec-scorecard, sec-fields, sec-roadmap, sec-appendix',
    ]);
    for (const s of contentsPages(text, buildModel(r).sections)) expect(s.listed, s.title).toBeNull();
  });

  it('are not looked for when a consultant\'s own contents page shows none: one print', async () => {
    const own = '<nav class="toc"><h1>Contents</h1><ol>{{#each sections}}<li><a href="#sec-{{id}}">{{number}} {{title}}</a></li>{{/each}}</ol></nav>';
    const { text, warnings, timings } = await render(smallResult(), templateWith('toc', own));
    expect(warnings).toEqual([]);
    expect(timings.pageNumbers_ms).toBeUndefined();
    expect(text).toContain('Field inventory');
  });
});

describe('contents page in HTML', () => {
  it('links each section and gives no page numbers (the HTML has no pages)', async () => {
    const html = await renderHtml(fixtureCopy());
    const toc = html.slice(html.indexOf('<nav class="toc"'), html.indexOf('</nav>'));
    expect(toc).toContain('<a href="#sec-fields">Field inventory</a>');
    expect(toc).not.toContain('class="page"');
    expect(buildModel(fixtureCopy()).sections.every((s) => s.page === null)).toBe(true);
  });
});
