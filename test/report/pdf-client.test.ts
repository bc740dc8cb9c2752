// The example client's PDF, rendered for real and read back as a client would read it: what a first-time
// reader found wrong, page by page (top recommendations, quotes, the love/hate split, the appendix).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { topRecommendations } from '../../src/recommend/index.js';
import { renderReport } from '../../src/report/index.js';
import { GLOSSARY } from '../../src/report/text.js';
import { AuditResult } from '../../src/result/schema.js';
import { browserTests, pdfText, writePdf } from './helpers.js';

const golden = (): AuditResult =>
  AuditResult.parse(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'golden', 'acme-pharma.analysis.json'), 'utf8')));

/** pdftotext -layout puts columns side by side: one line of words, for phrases that may wrap. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe.runIf(browserTests())('the example client PDF, as a reader sees it (real Chromium)', () => {
  let text = '';
  let pages: string[] = [];

  beforeAll(async () => {
    text = pdfText(writePdf((await renderReport(golden(), 'pdf')) as Uint8Array));
    pages = text.split('\f').filter((p) => p.trim());
  });

  it('leads the executive summary with the same top recommendations as the terminal, the top quick win among them', () => {
    const r = golden();
    const summary = pages.find((p) => /Top recommendations/.test(p)) ?? '';
    // the cards stand side by side, so their titles wrap into each other: each is known by its opening words
    for (const t of topRecommendations(r.recommendations!, r.risk!.drivers).map((x) => x.title)) {
      expect(summary).toContain(t.split(' ').slice(0, 3).join(' '));
    }
    expect(summary).toContain('Stop forcing fields');
    expect(summary).not.toMatch(/Plan adoption over/);
  });

  it('keeps the glossary on one page with its heading and the closing line: no entry alone on a last page', () => {
    const page = pages.find((p) => /\bGlossary\b/.test(p) && /^\s*[A-Z]\. Glossary/m.test(p)) ?? '';
    for (const { term } of GLOSSARY) expect(page, term).toContain(term);
    expect(page).toMatch(/Made with crm-audit/);
    expect(pages[pages.length - 1]).toBe(page);
  });

  it('marks a category left out of the score "Not assessed" in the weights, as it does its checks', () => {
    expect(text).toMatch(/^\s*Readiness\s+20\s+0%\s+Not assessed\s*$/m);
  });

  it("says in the reps' voice why no note is quoted, and the contents promise no quotes", () => {
    const voice = flat(pages.find((p) => /In their words/.test(p)) ?? '');
    expect(voice).toMatch(/No note is quoted: a note is quoted only when the whole set, and the speaker's team and role, each hold 10 or more respondents; no team holds 10 or more \(the largest 9\)\./);
    const contents = pages.find((p) => /^\s*Contents/m.test(p)) ?? '';
    expect(contents).toMatch(/The reps' voice\s+Themes and sentiment from interviews and workshops/);
    expect(contents).not.toMatch(/quotes/);
  });
});

describe.runIf(browserTests())('workshop categories in the PDF (real Chromium)', () => {
  it('are left out for interview notes with a single inferred category, and shown when a category column gave them', async () => {
    const r = golden();
    const iv = r.interviews!;
    // the example's notes carry a category column for their workshop part
    const shown = pdfText(writePdf((await renderReport(r, 'pdf')) as Uint8Array));
    expect(shown).toMatch(/Workshop categories[\s\S]{0,400}Experiences/);
    iv.categories = { experience: 1, idea: 0, question: 0, concern: 0, proposal: 0 };
    iv.categoriesInferred = 1;
    const left = pdfText(writePdf((await renderReport(r, 'pdf')) as Uint8Array));
    expect(left).toContain("The reps' voice");
    expect(left).not.toMatch(/Workshop categories|Experiences/);
  });
});
