import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CrmAuditError } from '../../src/errors.js';
import { checkEditorial, Editorial } from '../../src/report/editorial.js';
import { autolink, loadTemplates, precompiledTemplates, renderHtml, renderHtmlReport, safeHref, sourceHash } from '../../src/report/html.js';
import { renderReport } from '../../src/report/index.js';
import { fixtureCopy, loadFixture, tempDir } from './helpers.js';

const SECTION_HEADINGS = ['Executive summary', 'Scorecard', 'Field inventory', 'Usage', 'The reps&#x27; voice', 'Readiness', 'Roadmap', 'Appendix'];

describe('HTML report', () => {
  it('renders every section of a full analysis, with the numbers', async () => {
    const html = (await renderReport(loadFixture(), 'html')) as string;
    for (const h of SECTION_HEADINGS) expect(html).toContain(h);
    expect(html).toContain('Northwind Industrial Supply');
    expect(html).toContain('Keller &amp; Vance Advisory');
    expect(html).toContain('September 30, 2025');
    // the score on the gauge, and the Low Card fields in the inventory
    expect(html).toMatch(/>67</);
    // (field names carry <wbr> wrap hints after their underscores)
    const text = html.replaceAll('<wbr>', '');
    for (const f of loadFixture().fields!.filter((x) => x.card === 'low')) expect(text).toContain(f.name);
    // inline SVG charts with their labels as text
    expect((html.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(7);
    expect(html).toContain('61 (34%)');
  });

  it('is self-contained: no script, no external reference, a strict CSP', async () => {
    const html = (await renderReport(loadFixture(), 'html')) as string;
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:|file:|\/\/)/i);
    expect(html).toContain("default-src 'none'");
  });

  it('leaves out a section without data, and numbers the rest', async () => {
    const r = fixtureCopy();
    delete r.interviews;
    delete r.answers;
    r.audits = r.audits!.filter((a) => a.category !== 'voice' && a.category !== 'readiness');
    r.categories = r.categories!.filter((c) => c.id !== 'voice' && c.id !== 'readiness');
    const html = await renderHtml(r);
    expect(html).not.toContain('id="sec-voice"');
    expect(html).not.toContain('id="sec-readiness"');
    expect(html).toContain('id="sec-roadmap"');
    expect(html).toMatch(/<span class="num">6<\/span> Appendix/);
  });

  it('renders a bare analysis (questionnaire only, no data) without failing', async () => {
    const r = fixtureCopy();
    for (const k of ['fields', 'users', 'activity', 'records', 'fieldHistory', 'interviews', 'audits', 'categories', 'risk', 'recommendations'] as const) delete r[k];
    r.inputs = [];
    r.generatedAt = null;
    const html = await renderHtml(r);
    expect(html).toContain('id="sec-readiness"');
    expect(html).toContain('id="sec-appendix"');
    expect(html).not.toContain('id="sec-summary"');
    expect(html).not.toContain('id="sec-fields"');
  });

  it('formats numbers and dates in the locale of the analysis', async () => {
    const r = fixtureCopy();
    r.meta.locale = 'de-DE';
    const html = await renderHtml(r);
    expect(html).toContain('30. September 2025');
    expect(html).toContain('23.650');
  });

  it('uses the accent colour only when it is a colour', async () => {
    const r = fixtureCopy();
    r.meta.accent = '#0B6E4F';
    expect(await renderHtml(r)).toContain('--accent: #0b6e4f');
    r.meta.accent = 'red; background: url(http://example.invalid/x)';
    const html = await renderHtml(r);
    expect(html).not.toContain('example.invalid');
    expect(html).toContain('--accent: #1f4e79');
  });
});

describe('links', () => {
  it('allows http, https and mailto only', () => {
    expect(safeHref('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(safeHref('mailto:someone@example.com')).toBe('mailto:someone@example.com');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('file:///etc/passwd')).toBeNull();
    expect(safeHref('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHref('vbscript:x')).toBeNull();
  });

  it('escapes text and links only safe URLs', () => {
    const out = autolink('See https://example.com/plan. Not javascript:alert(1) <b>bold</b>');
    expect(out).toContain('<a href="https://example.com/plan">https://example.com/plan</a>.');
    expect(out).not.toContain('<b>');
    expect(out).toContain('&lt;b&gt;');
    expect(out).not.toMatch(/href="javascript/);
  });
});

describe('editorial control', () => {
  const editorial = Editorial.parse({
    findings: {
      'high-card-gap': { title: 'Reps cannot find customer history in the CRM' },
      'low-card-burden': { hide: true },
      'bulk-logging': { commentary: 'The Friday peak matches the weekly sales meeting.' },
    },
    recommendations: { 'decide-after-relaunch': { hide: true } },
    commentary: { summary: ['We met 31 reps in six sessions.', 'Details: https://example.com/notes'], roadmap: 'Start after the summer.' },
    keyFindings: [{ title: 'Management reviews still run from spreadsheets', detail: 'Every weekly review we attended used one.' }],
  });

  it('hides, rewords, comments and adds key findings, and the appendix says so', async () => {
    const result = loadFixture();
    checkEditorial(editorial, result);
    const html = (await renderReport(result, 'html', { editorial })) as string;
    const body = html.slice(0, html.indexOf('id="sec-appendix"'));
    const appendix = html.slice(html.indexOf('id="sec-appendix"'));
    expect(body).toContain('Reps cannot find customer history in the CRM');
    expect(body).not.toContain('The fields that would help reps sell stay empty');
    expect(body).not.toContain('Reps are asked for many control fields');
    expect(body).toContain('The Friday peak matches the weekly sales meeting.');
    expect(body).toContain('We met 31 reps in six sessions.');
    expect(body).toContain('<a href="https://example.com/notes">');
    expect(body).toContain('Start after the summer.');
    expect(body).not.toContain('Decide on the tool after two quarters');
    // own key finding first, then computed ones up to three
    const kf = body.slice(body.indexOf('class="key-findings"'), body.indexOf('</ol>', body.indexOf('class="key-findings"')));
    expect(kf.indexOf('Management reviews still run from spreadsheets')).toBeLessThan(kf.indexOf('Reps cannot find customer history'));
    expect((kf.match(/<li>/g) ?? []).length).toBe(3);
    expect(appendix).toContain('Hidden from the report: Reps are asked for many control fields');
    expect(appendix).toContain('Reworded: “The fields that would help reps sell stay empty” is shown as “Reps cannot find customer history in the CRM”');
    expect(appendix).toContain('Recommendation hidden: Decide on the tool after two quarters of the relaunch');
    expect(appendix).toContain('1 key finding written by the consultant');
  });

  it('refuses an id the analysis does not have', () => {
    const bad = Editorial.parse({ findings: { 'no-such-audit': { hide: true } } });
    expect(() => checkEditorial(bad, loadFixture())).toThrow(/no-such-audit/);
  });

  it('refuses unknown keys and sections', () => {
    expect(Editorial.safeParse({ findings: { x: { hidden: true } } }).success).toBe(false);
    expect(Editorial.safeParse({ commentary: { cover: 'x' } }).success).toBe(false);
  });
});

describe('user templates', () => {
  function folder(files: Record<string, string>): string {
    const dir = tempDir();
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return dir;
  }

  it('lays a folder over the built-in templates', async () => {
    const dir = folder({ 'partials/cover.hbs': '<header class="cover"><h1>OUR OWN COVER for {{meta.client}}</h1></header>' });
    const html = await renderHtml(loadFixture(), { templateDir: dir });
    expect(html).toContain('OUR OWN COVER for Northwind Industrial Supply');
    expect(html).toContain('id="sec-scorecard"');
  });

  it('names a missing partial clearly', async () => {
    const dir = folder({ 'report.hbs': '<html>{{> cover}}{{> our-extra}}</html>' });
    const err = await renderHtml(loadFixture(), { templateDir: dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CrmAuditError);
    expect((err as CrmAuditError).kind).toBe('usage');
    expect((err as CrmAuditError).message).toContain('partial "our-extra"');
    expect((err as CrmAuditError).where?.file).toBe(join(dir, 'report.hbs'));
  });

  it('rejects a missing or empty folder, and a template that does not parse', async () => {
    await expect(renderHtml(loadFixture(), { templateDir: join(tempDir(), 'nope') })).rejects.toThrow(/does not exist/);
    await expect(renderHtml(loadFixture(), { templateDir: tempDir() })).rejects.toThrow(/holds no report.hbs/);
    const dir = folder({ 'report.hbs': '{{#if meta}}unclosed' });
    await expect(renderHtml(loadFixture(), { templateDir: dir })).rejects.toThrow(/does not parse/);
  });

  it('cannot reach prototypes or the process', async () => {
    const home = process.env.HOME ?? '/root';
    const dir = folder({
      'report.hbs': [
        'A[{{constructor}}]',
        'B[{{constructor.name}}]',
        'C[{{__proto__}}]',
        'D[{{#with constructor}}{{name}}{{/with}}]',
        'E[{{lookup this "constructor"}}]',
        'F[{{meta.client.constructor.name}}]',
        'G[{{#with (lookup this "__proto__")}}{{toString}}{{/with}}]',
        'H[{{lookup (lookup this "constructor") "name"}}]',
        'I[{{meta.__proto__.constructor.name}}]',
        'J[{{#each this}}{{#if (eq @key "__proto__")}}proto{{/if}}{{/each}}]',
        'K[{{__defineGetter__}}{{hasOwnProperty}}{{valueOf}}]',
      ].join('\n'),
    });
    const html = await renderHtml(loadFixture(), { templateDir: dir });
    for (const tag of 'ABCDEFGHIJK') expect(html).toContain(`${tag}[]`);
    expect(html).not.toMatch(/Object|String|Function|native code|\[object/);
    expect(html).not.toContain(home);
  });

  it('cannot call the Function constructor', async () => {
    const g = globalThis as { __crmAuditPwned?: number };
    const dir = folder({ 'report.hbs': '{{#with (constructor.constructor "globalThis.__crmAuditPwned = 1")}}{{this}}{{/with}}' });
    const outcome = await renderHtml(loadFixture(), { templateDir: dir }).catch((e: unknown) => e);
    expect(g.__crmAuditPwned).toBeUndefined();
    if (outcome instanceof Error) expect((outcome as CrmAuditError).kind).toBe('usage');
    else expect(outcome).not.toMatch(/function|native code/);
  });
});

describe('chart SVG check', async () => {
  const { assertSafeSvg } = await import('../../src/report/charts.js');
  it('passes shapes and escaped text, refuses anything that could act', () => {
    expect(assertSafeSvg('<svg width="1"><g clip-path="url(#c1)"><text aria-label="&lt;script&gt; url(http://x)">&lt;b&gt;</text></g></svg>')).toBeTruthy();
    for (const bad of [
      '<svg><script>alert(1)</script></svg>',
      '<svg><g onload="x"></g></svg>',
      '<svg><image href="http://x"/></svg>',
      '<svg><a xlink:href="javascript:x"><text>x</text></a></svg>',
      '<svg><rect fill="url(http://x/y)"/></svg>',
      '<svg><foreignObject><div>x</div></foreignObject></svg>',
      '<svg><text>a</text><style>@import "x"</style></svg>',
    ]) {
      expect(() => assertSafeSvg(bad), bad).toThrow(/unexpected SVG/);
    }
  });
});

describe('report polish', () => {
  it('says, on the cover and in the method, how people appear: pseudonyms, or names with --name-users', async () => {
    const plain = await renderHtml(loadFixture());
    expect(plain).toContain('People appear under pseudonyms');
    expect(plain).toMatch(/<strong>Confidential<\/strong>/);
    const r = fixtureCopy();
    r.meta.namedUsers = true;
    const named = await renderHtml(r);
    expect(named).not.toContain('pseudonyms');
    expect(named).not.toContain('People are never named');
    expect(named).toMatch(/<strong>Internal — contains names<\/strong>/);
    expect(named).toContain('cover-confidential named');
    expect(named).toContain('appear under their real names');
  });

  it('says the situation once, in the executive summary, not on the contents page too', async () => {
    const html = await renderHtml(loadFixture());
    const lead = 'so this audit reads';
    expect(html.split(lead).length - 1).toBe(1);
    const toc = html.slice(html.indexOf('<nav class="toc"'), html.indexOf('</nav>'));
    expect(toc).not.toContain(lead);
    expect(toc).toContain('How to read this report');
  });

  it('says where the fields left out of the chart are, and lists them in the appendix', async () => {
    const r = fixtureCopy();
    // more rep-facing fields than the chart shows
    const neutral = r.fields!.find((x) => x.card === 'neutral')!;
    for (let i = 0; i < 12; i++) r.fields!.push({ ...neutral, name: `Extra_Field_${i}__c`, label: `Extra ${i}`, fillRate: 0.5 - i / 100 });
    const html = (await renderHtml(r)).replaceAll('<wbr>', '');
    const fields = r.fields!;
    const { buildModel, chartFields } = await import('../../src/report/model.js');
    const m = buildModel(r);
    expect(m.fields!.chartOmitted).toBeGreaterThan(0);
    expect(m.fields!.unlisted.length).toBeGreaterThan(0);
    expect(html).not.toMatch(/more fields? (is|are) in the tables/);
    expect(html).toContain(`the other ${m.fields!.chartOmitted} are listed in appendix ${m.appendix.letters.fields}, Fields not charted`);
    expect(html).toContain(`${m.appendix.letters.fields}. Fields not charted`);
    expect(html).toContain(`${m.appendix.letters.glossary}. Glossary`);
    // every rep-facing field is in the chart, a table or the appendix list
    const charted = new Set(chartFields(fields));
    const tabled = new Set([...m.fields!.lowCard, ...m.fields!.highCardEmpty, ...m.fields!.unlisted].map((x) => `${x.object}.${x.name}`));
    for (const f of fields.filter((x) => x.card !== 'system')) {
      expect(charted.has(f) || tabled.has(`${f.object}.${f.name}`), f.name).toBe(true);
      if (!charted.has(f)) expect(html).toContain(f.name);
    }
  });

  it('lets file paths and field names wrap only after a slash or an underscore', async () => {
    const { breakable } = await import('../../src/report/html.js');
    expect(breakable('examples/acme/OpportunityFieldHistory.csv')).toBe('examples/<wbr>acme/<wbr>OpportunityFieldHistory.csv');
    expect(breakable('Visits_Required__c')).toBe('Visits_<wbr>Required__<wbr>c');
    expect(breakable('<b>/x')).toBe('&lt;b&gt;/<wbr>x');
  });

  it('places each skipped row in the appendix at line:column, as the terminal does, or at its line where it has no column', async () => {
    const r = fixtureCopy();
    r.inputs[0]!.errors = [
      { line: 12, column: 3, code: 'quote-not-closed', message: 'a quoted field is never closed; the rest of the file is one broken record' },
      { line: 1407, code: 'malformed-row', message: 'the row cannot be parsed (CSV_INVALID_CLOSING_QUOTE)' },
    ];
    r.inputs[0]!.skipped = 2;
    const html = await renderHtml(r);
    const skipped = html.slice(html.indexOf('Rows skipped'), html.indexOf('</table>', html.indexOf('Rows skipped')));
    expect(skipped).toContain('<th class="num">Line:column</th>');
    expect(skipped).toContain('<td class="num">12:3</td><td>a quoted field is never closed');
    expect(skipped).toContain('<td class="num">1407</td><td>the row cannot be parsed');
    // without a column anywhere, the heading says line only
    delete r.inputs[0]!.errors[0]!.column;
    expect(await renderHtml(r)).toContain('<th class="num">Line</th>');
  });

  it('gives a recommendation card more than a bare count', async () => {
    const { gistOf } = await import('../../src/report/model.js');
    const why =
      '4 audits fail today. Adoption is a change in how people sell, not an installation: plan for two to three years for a sales force of 47 users (longer in larger organisations), and expect it to slip back without steady attention.';
    expect(gistOf(why)).toBe('4 audits fail today. Adoption is a change in how people sell, not an installation.');
    const long = '16 of 74 rep-facing fields are Low Card controls added by the implementation. The CRM asks reps to report on themselves.';
    expect(gistOf(long)).toBe('16 of 74 rep-facing fields are Low Card controls added by the implementation.');
    expect(gistOf('One sentence only.')).toBe('One sentence only.');
  });
});

describe('recommendation gist', () => {
  it('stops a long first sentence at its first semicolon', async () => {
    const { gistOf } = await import('../../src/report/model.js');
    const why =
      '16 of 74 rep-facing fields are Low Card controls added by the implementation, and 14 of them are required or filled nearly always; for 16 of 41 record owners (in Cardio South and Diabetes West) its High Card fields are nearly empty, while the others fill them. The CRM asks reps to report on themselves.';
    expect(gistOf(why)).toBe('16 of 74 rep-facing fields are Low Card controls added by the implementation, and 14 of them are required or filled nearly always.');
  });
});

describe('precompiled templates', () => {
  it('the build holds a precompiled spec for every built-in template, as it is now', async () => {
    const set = loadTemplates();
    const specs = await precompiledTemplates();
    const sources = [set.main, ...[...set.partials.values()].map((p) => p.source)];
    expect(sources.length).toBeGreaterThan(5);
    for (const source of sources) expect(specs.has(sourceHash(source))).toBe(true);
  });

  it('render the same page as the templates compiled from their source', async () => {
    const fast = await renderHtmlReport(loadFixture());
    const compiled = await renderHtmlReport(loadFixture(), { precompiled: false });
    expect(fast.html.length).toBeGreaterThan(10_000);
    expect(fast.html).toBe(compiled.html);
  });

  it('are not used for a template that differs from the built-in one', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'partials'));
    // the built-in cover, changed by one word: it must be compiled from this source, not served from the build
    const cover = loadTemplates().partials.get('cover')!.source;
    writeFileSync(join(dir, 'partials', 'cover.hbs'), `<p class="own-cover">Prepared by our own template</p>\n${cover}`);
    const html = (await renderHtmlReport(loadFixture(), { templateDir: dir })).html;
    expect(html).toContain('Prepared by our own template');
  });
});
