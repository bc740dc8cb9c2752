// The page is built from client data: nothing in it may run, or reach the network or the file system.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBrowser } from '../../src/report/browser.js';
import { Editorial } from '../../src/report/editorial.js';
import { renderReport } from '../../src/report/index.js';
import { renderPdf } from '../../src/report/pdf.js';
import { browserTests, fixtureCopy, pdfText, writePdf } from './helpers.js';

describe.runIf(browserTests())('locked-down rendering (real Chromium)', () => {
  let server: Server;
  let port = 0;
  const hits: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('x');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const payloads = (tag: string) => {
    const base = `http://127.0.0.1:${port}/${tag}`;
    return [
      `<script>fetch("${base}-script");document.write("SCRIPT"+"-RAN")</script>`,
      `<img src="${base}-img" onerror="document.write('ONERROR'+'-RAN')">`,
      `<link rel="stylesheet" href="${base}-link">`,
      `<style>@import url("${base}-import");</style>`,
      `@import url(${base}-bare-import);`,
      `"><svg onload="fetch('${base}-svg')"><image href="${base}-svg-image"/></svg>`,
      `<iframe src="file:///etc/hostname"></iframe><img src="file:///etc/passwd">`,
      `<object data="${base}-object"></object><video src="${base}-video"></video>`,
    ].join(' ');
  };

  /** Fits an editorial title (at most 200 characters). */
  const short = (tag: string) => `<img src="http://127.0.0.1:${port}/${tag}"><script>document.write("SCRIPT"+"-RAN")</script>`;

  function hostileResult() {
    const r = fixtureCopy();
    r.meta.client = `Evil Corp ${payloads('client')}`;
    r.meta.firm = payloads('firm');
    r.meta.accent = `#123456; background: url(http://127.0.0.1:${port}/accent)`;
    r.meta.logo = `data:image/svg+xml;base64,${Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg"><image href="http://127.0.0.1:${port}/logo"/></svg>`).toString('base64')}`;
    r.fields![0]!.label = payloads('label');
    r.fields![0]!.name = payloads('name');
    for (const f of r.fields!) if (f.card === 'low') f.label = payloads('low-label');
    r.interviews!.quotes[0]!.text = payloads('quote');
    r.interviews!.themes[0]!.id = payloads('theme');
    r.audits![0]!.evidence!.summary = payloads('summary');
    r.audits![0]!.failureTitle = payloads('audit-title');
    r.recommendations![0]!.why = payloads('why');
    r.recommendations![0]!.steps = [payloads('step')];
    r.inputs[0]!.path = payloads('path');
    r.inputs[0]!.errors[0]!.message = payloads('error');
    r.answers = { sponsor: payloads('answer') };
    r.users!.teams[0]!.name = payloads('team');
    return r;
  }

  it('renders notes and labels carrying script, remote and file references: no request, no script', async () => {
    const editorial = Editorial.parse({
      commentary: { summary: [payloads('commentary'), 'javascript:alert(1) and file:///etc/passwd'] },
      keyFindings: [{ title: short('kf'), detail: payloads('kf-detail') }],
      findings: { 'bulk-logging': { title: short('reworded') } },
    });
    const blocked: string[] = [];
    const pdf = await renderReport(hostileResult(), 'pdf', { editorial, onBlocked: (u) => blocked.push(u) });
    const text = pdfText(writePdf(pdf as Uint8Array));
    await new Promise((r) => setTimeout(r, 200));
    expect(hits).toEqual([]);
    expect(blocked).toEqual([]); // the escaped page does not even try
    expect(text).toContain('Evil Corp');
    expect(text).toContain('<script>'); // shown as text, not run
    expect(text).not.toContain('SCRIPT-RAN');
    expect(text).not.toContain('ONERROR-RAN');
    const html = (await renderReport(hostileResult(), 'html', { editorial })) as string;
    expect(html).not.toMatch(/<(script|iframe|object|video|link)\b/i);
    expect(html).not.toMatch(/<img(?![^>]*src="data:image\/svg\+xml;base64)/i);
    expect(html).not.toMatch(/href="(javascript|file):/i);
    // No tag carries a handler (quoted attribute values, such as a chart's aria-label, hold escaped text).
    expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<[a-z][^>]*\son(error|load)\s*=/i);
  });

  it('refuses every request of a raw page even when it escapes nothing, and runs none of its script', async () => {
    const raw = `<!DOCTYPE html><html><head>${payloads('raw')}</head><body><h1>Raw page</h1>${payloads('raw-body')}
      <script>document.body.insertAdjacentHTML('beforeend', '<p>INLINE' + '-SCRIPT-RAN</p>')</script></body></html>`;
    const blocked: string[] = [];
    const pdf = await renderPdf(raw, {
      browser: requireBrowser(),
      paper: 'a4',
      client: 'raw',
      confidential: 'test',
      onBlocked: (u) => blocked.push(u),
    });
    const text = pdfText(writePdf(pdf));
    await new Promise((r) => setTimeout(r, 200));
    expect(hits).toEqual([]);
    expect(text).toContain('Raw page');
    expect(text).not.toMatch(/SCRIPT-RAN|ONERROR-RAN/);
    expect(text).not.toContain(hostname());
    expect(text).not.toContain('root:x:0:0');
    // The requests were made and refused by the browser, not merely never attempted.
    expect(blocked.some((u) => u.startsWith(`http://127.0.0.1:${port}/raw`))).toBe(true);
  });

  it('runs no script in either print when the contents page gets its page numbers', async () => {
    // Run, the script would take the heading's id away (no destination: no page number, and a warning) and
    // write into the page; the first, hidden print is checked as well as the one handed over.
    const raw = `<!DOCTYPE html><html><body><p><a href="#one">One</a> is on page PAGE-NONE</p>
      <h1 id="one" style="break-before: page">Heading one</h1>
      <script>document.getElementById('one').removeAttribute('id'); document.write('SCRIPT' + '-RAN'); fetch('http://127.0.0.1:${port}/numbered')</script>
      </body></html>`;
    const warnings: string[] = [];
    const pdf = await renderPdf(
      { html: raw, paper: 'a4', client: 'raw', confidential: 'test', pageNumbers: { destinations: ['one'], fill: (pages) => raw.replace('PAGE-NONE', `PAGE-${pages.get('one')}`) } },
      { browser: requireBrowser(), onWarning: (m) => warnings.push(m) },
    );
    const text = pdfText(writePdf(pdf));
    await new Promise((r) => setTimeout(r, 200));
    expect(warnings).toEqual([]);
    expect(text).toContain('is on page PAGE-2');
    expect(text).not.toContain('SCRIPT-RAN');
    expect(hits).toEqual([]);
  });
});
