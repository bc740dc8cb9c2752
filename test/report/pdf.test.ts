// End to end with a real Chromium (no mocked browser): the fixture analysis to PDF, read back with poppler.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import { buildModel } from '../../src/report/model.js';
import { readPdfPages } from '../../src/report/pdf-pages.js';
import { browser, browserTests, contentsPages, fixtureCopy, inCi, loadFixture, pdfInfo, pdfText, writePdf } from './helpers.js';

describe.runIf(browserTests())('PDF report (real Chromium)', () => {
  let file = '';
  let text = '';
  let info: ReturnType<typeof pdfInfo>;

  it.runIf(inCi)('has a browser in CI', () => {
    expect(browser, 'no Chrome or Chromium found: run `npm run setup:browser` before the tests').not.toBeNull();
  });

  beforeAll(async () => {
    const pdf = await renderReport(loadFixture(), 'pdf');
    file = writePdf(pdf as Uint8Array);
    text = pdfText(file);
    info = pdfInfo(file);
  });

  it('is an A4, tagged PDF with bookmarks and a sensible page count', () => {
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    expect(info.pageSize).toContain('(A4)');
    expect(info.tagged).toBe(true);
    expect(readFileSync(file).toString('latin1')).toContain('/Outlines');
    expect(info.pages).toBeGreaterThanOrEqual(12);
    expect(info.pages).toBeLessThanOrEqual(30);
  });

  it('holds every section heading, the client, the score and the Low Card fields', () => {
    for (const h of ['Contents', 'Executive summary', 'Key findings', 'Top recommendations', 'Scorecard', 'Field inventory', 'Low Card fields', 'High Card fields left empty', 'Usage', "The reps' voice", 'Readiness', 'Roadmap', 'Appendix', 'Glossary']) {
      expect(text).toContain(h);
    }
    expect(text).toContain('Northwind Industrial Supply');
    expect(text).toContain('Maria Keller');
    expect(text).toMatch(/\b67\b[\s\S]{0,200}out of 100/);
    expect(text).toContain('High risk');
    for (const f of loadFixture().fields!.filter((x) => x.card === 'low')) expect(text).toContain(f.name);
  });

  it("gives each section's page on the contents page, and each heading is on the page it gives", () => {
    const sections = buildModel(loadFixture()).sections;
    expect(sections.map((s) => s.title)).toEqual(['Executive summary', 'Scorecard', 'Field inventory', 'Usage', "The reps' voice", 'Readiness', 'Roadmap', 'Appendix']);
    const listed = contentsPages(text, sections);
    for (const s of listed) expect(s.found, s.title).toEqual([s.listed]);
    // the pages rise, the first section follows the cover and the contents, and the PDF's own links agree
    expect(listed[0]!.listed).toBe(3);
    const pages = listed.map((s) => s.listed!);
    expect([...pages].sort((a, b) => a - b)).toEqual(pages);
    const read = readPdfPages(readFileSync(file));
    expect(read?.pages).toBe(info.pages);
    for (const [i, s] of sections.entries()) expect(read!.destinations.get(`sec-${s.id}`), s.title).toBe(pages[i]);
  });

  it('carries the numbers of its charts as text', () => {
    expect(text).toContain('99%'); // fill rate of Calls This Week, on the bar
    expect(text).toContain('61 (34%)'); // the top theme
    expect(text).toContain('8,870'); // Friday's activities
    expect(text).toMatch(/Love it 9/);
  });

  it('has a header with the client and a confidentiality mark, and "page X of Y" in the footer', () => {
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBe(info.pages);
    for (const [i, page] of pages.entries()) {
      expect(page).toContain('Northwind Industrial Supply');
      expect(page).toMatch(/CONFIDENTIAL/i);
      expect(page).toContain(`Page ${i + 1} of ${info.pages}`);
    }
  });

  it('marks every page "internal — contains names" when users are named', async () => {
    const r = fixtureCopy();
    r.meta.namedUsers = true;
    const named = pdfText(writePdf((await renderReport(r, 'pdf')) as Uint8Array));
    const pages = named.split('\f').filter((p) => p.trim());
    // the mark is letter-spaced, which pdftotext may read as spaces between the letters
    for (const page of pages) expect(page.replace(/\s+/g, '')).toMatch(/INTERNAL—CONTAINSNAMES/i);
    expect(named).not.toContain('pseudonyms');
  });

  it('prints on Letter paper when asked', async () => {
    const r = fixtureCopy();
    r.meta.paper = 'letter';
    const letter = pdfInfo(writePdf((await renderReport(r, 'pdf')) as Uint8Array));
    expect(letter.pageSize).toContain('612 x 792');
  });
});
