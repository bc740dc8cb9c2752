import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CrmAuditError } from '../../src/errors.js';
import { checkEditorial, Editorial } from '../../src/report/editorial.js';
import { autolink, renderHtml, safeHref } from '../../src/report/html.js';
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
    for (const f of loadFixture().fields!.filter((x) => x.card === 'low')) expect(html).toContain(f.name);
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
