// HTML to PDF through puppeteer-core and a locally installed Chrome, Chromium or Edge, locked down:
// one browser per run, talking over a pipe (no debugging port), a temporary profile deleted afterwards,
// JavaScript disabled before the content is set, every request that is not a data: URL aborted, the page set
// with setContent (never a file:// URL), a deadline on the whole render, and the browser's process group
// killed in `finally` and on SIGINT, SIGTERM and SIGHUP. The sandbox stays on except as root, where Chromium
// cannot start with it. The browser is started by chromium.ts (possibly before this runs: see
// src/cli/early-browser.ts) and handed to puppeteer-core over its DevTools pipe.
//
// A page that wants page numbers on its contents page is printed twice on the same tab: a quick first print
// (hidden, without tags, bookmarks, header or footer: the same pages, in about half the time), from which
// pdf-pages.ts reads the page each section's heading landed on; then the page with those numbers filled in,
// printed for real.
// The second print must put every section on the same page as the first: when it does not, the numbers would
// be wrong, so the page is printed once more without them (and the caller is told).
import { createRequire } from 'node:module';
import type { Browser, PDFOptions } from 'puppeteer-core';
import { outputError } from '../errors.js';
import type { FoundBrowser } from './browser.js';
import { guardSignals, removeProfile, startChromium, type StartedChromium } from './chromium.js';
import { readPdfPages } from './pdf-pages.js';
import { mark } from '../timing.js';

export interface PdfTimings {
  launch_ms: number;
  setContent_ms: number;
  /** the contents page's numbers: the first print, reading it, and loading the page again with the numbers */
  pageNumbers_ms: number;
  pdf_ms: number;
}

/** Page numbers for the contents page, found by printing the page a first time. */
export interface PageNumbers {
  /**
   * the ids of the elements whose pages are wanted (the page links to each, `href="#id"`, so that Chromium
   * writes a named destination for it)
   */
  destinations: string[];
  /** the page again, with these pages (id -> 1-based page) filled in */
  fill(pages: ReadonlyMap<string, number>): string;
}

/** What is printed: the page and what its running header and footer say. */
export interface PageContent {
  html: string;
  paper: 'a4' | 'letter';
  /** shown in every page's header */
  client: string;
  /** the confidentiality mark beside it */
  confidential: string;
  /** shown at the left of every page's footer */
  footerNote?: string;
  /** fill in page numbers (on the contents page) from a first print */
  pageNumbers?: PageNumbers;
}

export interface PdfOptions {
  browser: FoundBrowser;
  /** the header, footer and paper of a page given as bare HTML (a PageContent carries its own) */
  paper?: 'a4' | 'letter';
  client?: string;
  confidential?: string;
  footerNote?: string;
  /** the whole render, launch included (default 60 s) */
  timeoutMs?: number;
  /** told the browser's process id and profile folder once it runs (tests check both are gone afterwards) */
  onLaunch?: (info: { pid: number | undefined; profileDir: string }) => void;
  /** filled with the time each step took */
  timings?: Partial<PdfTimings>;
  /** a browser the command started already (bin/crm-audit.js), used if it is `browser` */
  started?: StartedChromium | undefined;
  /** told how many requests were refused */
  onBlocked?: (url: string) => void;
  /** told what the reader should know about the PDF (page numbers left out, and why) */
  onWarning?: (message: string) => void;
}

export const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Wait for a promise to settle, at most `ms`. The timer is cleared (and never keeps the process alive):
 * a pending timer would hold the command open for seconds after the PDF is written.
 */
async function settleWithin(p: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
    timer.unref();
  });
  try {
    await Promise.race([p.then(() => undefined, () => undefined), limit]);
  } finally {
    clearTimeout(timer);
  }
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"'`=]/g, (c) => `&#${c.charCodeAt(0)};`);

// Header and footer templates are rendered by Chrome apart from the page: they need their own inline styles.
function headerTemplate(client: string, confidential: string): string {
  return (
    '<div style="width:100%;font-family:Liberation Sans,Arial,Helvetica,sans-serif;font-size:7.5px;color:#5f6b7a;' +
    'padding:0 18mm;display:flex;justify-content:space-between;-webkit-print-color-adjust:exact;">' +
    `<span>${escapeHtml(client)}</span><span style="text-transform:uppercase;letter-spacing:0.12em;">${escapeHtml(confidential)}</span></div>`
  );
}

function footerTemplate(note: string): string {
  return (
    '<div style="width:100%;font-family:Liberation Sans,Arial,Helvetica,sans-serif;font-size:7.5px;color:#5f6b7a;' +
    'padding:0 18mm;display:flex;justify-content:space-between;-webkit-print-color-adjust:exact;">' +
    `<span>${escapeHtml(note)}</span>` +
    '<span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>'
  );
}


function remaining(deadline: number): number {
  return Math.max(1, Math.round(deadline - performance.now()));
}

async function withDeadline<T>(promise: Promise<T>, deadline: number, step: string, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          outputError(`the PDF was not rendered within ${Math.round(timeoutMs / 1000)} s (stopped while ${step})`, {
            hint: 'try --format html, or check that the browser starts: crm-audit doctor',
          }),
        ),
      remaining(deadline),
    );
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

interface Printer {
  load(html: string, step: string): Promise<unknown>;
  print(options: PDFOptions, step: string): Promise<Uint8Array>;
  /** paper and margins: what decides where the pages break */
  layout: PDFOptions;
  warn: ((message: string) => void) | undefined;
}

/** Where the first print put each section, and how many pages it had. */
interface Expected {
  pages: number;
  destinations: Map<string, number>;
}

/**
 * Appended to the page for the first print: hidden, everything keeps its place (visibility never moves
 * anything), so the pages break where they will, while the print paints next to nothing and takes about half
 * the time. Chromium still writes the named destinations of hidden elements.
 */
const DRAFT_STYLE = '<style>body * { visibility: hidden !important; }</style>';

/**
 * With the page loaded hidden (DRAFT_STYLE), print it a first time, read where each wanted destination landed,
 * and load the page with the numbers filled in. Returns what the final print must agree with, or null when the
 * page is loaded without numbers (the destinations were not all found: no numbers rather than wrong ones).
 */
async function fillPageNumbers(wanted: PageNumbers, content: string, p: Printer): Promise<Expected | null> {
  const draft = await p.print({ ...p.layout, outline: false, tagged: false, displayHeaderFooter: false }, 'printing a first draft for the page numbers');
  const found = readPdfPages(draft);
  mark('draft printed');
  const missing = wanted.destinations.filter((d) => !found?.destinations.has(d));
  if (!found || missing.length) {
    p.warn?.(
      found
        ? `the contents page is printed without page numbers: the printed PDF has no destination for ${missing.join(', ')}`
        : 'the contents page is printed without page numbers: the first print could not be read',
    );
    await p.load(content, 'loading the page again');
    return null;
  }
  const destinations = new Map(wanted.destinations.map((d) => [d, found.destinations.get(d)!]));
  const html = wanted.fill(destinations);
  await p.load(html, 'loading the page with its page numbers');
  mark('page numbers filled in');
  return html === content ? null : { pages: found.pages, destinations };
}

/** Whether a print has the page count and the destination pages expected. */
function samePages(got: ReturnType<typeof readPdfPages>, expected: Expected): boolean {
  if (!got || got.pages !== expected.pages) return false;
  for (const [d, page] of expected.destinations) if (got.destinations.get(d) !== page) return false;
  return true;
}

/**
 * Render HTML to PDF. `html` may be a function that builds the page: it is called once the browser is
 * starting, so that Chromium's launch (in its own processes) overlaps the work of building the page.
 */
type PdfDocument = string | PageContent | Promise<string | PageContent> | (() => Promise<string | PageContent>);

export async function renderPdf(document: PdfDocument, opts: PdfOptions): Promise<Uint8Array> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // A browser the command started early (bin/crm-audit.js) is used if it is the one asked for.
  const early = opts.started && opts.started.path === opts.browser.path ? opts.started : undefined;
  if (opts.started && !early) opts.started.kill();
  const started = early?.startedAt ?? performance.now();
  const deadline = performance.now() + timeoutMs;
  const timings = opts.timings ?? {};
  let chromium: StartedChromium | undefined = early;
  let signalled = false;

  const unguard = guardSignals(() => {
    signalled = true;
    chromium?.kill();
  });

  const launched = (async (): Promise<Browser> => {
    chromium ??= startChromium(opts.browser);
    const c = chromium;
    c.hold(true);
    if (signalled) c.kill();
    opts.onLaunch?.({ pid: c.pid, profileDir: c.profileDir });
    // Only a PDF render pays for puppeteer-core. Its CommonJS build loads in about half the time of its ES
    // modules (0.16 s against 0.31 s here), and it is the same package at the same version.
    const puppeteer = createRequire(import.meta.url)('puppeteer-core') as typeof import('puppeteer-core');
    // what it printed is not repeated in the message (it could be anything: --chrome may name any file);
    // --debug shows it
    const gone = c.exited.then(() => {
      throw Object.assign(new Error(`the browser exited as it started (${c.exitInfo()})`), { output: c.stderrTail() });
    });
    gone.catch(() => undefined);
    const b = await Promise.race([puppeteer.connect({ transport: c.transport(), protocolTimeout: timeoutMs }), gone]);
    c.markConnected();
    timings.launch_ms = performance.now() - started;
    mark('browser connected');
    return b;
  })();
  launched.catch(() => undefined);
  // The page is opened and locked down as soon as the browser is up, while the document is still being
  // built: JavaScript off and every request but data: refused, before any content exists.
  const prepared = launched.then(async (b) => {
    // the tab Chromium opens at start is the page we print on: a second one would cost another renderer process
    const first = await b.waitForTarget((t) => t.type() === 'page', { timeout: remaining(deadline) }).catch(() => null);
    const page = (await first?.page()) ?? (await b.newPage());
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('data:')) {
        void request.continue().catch(() => undefined);
      } else {
        opts.onBlocked?.(url);
        void request.abort('blockedbyclient').catch(() => undefined);
      }
    });
    await page.emulateMediaType('print');
    return page;
  });
  prepared.catch(() => undefined);

  try {
    // Let the launch reach its spawn (a few microtasks) before the page's synchronous work starts.
    await new Promise((r) => setImmediate(r));
    const got = await withDeadline(typeof document === 'function' ? document() : Promise.resolve(document), deadline, 'building the page', timeoutMs);
    const doc: PageContent =
      typeof got === 'string'
        ? { html: got, paper: opts.paper ?? 'a4', client: opts.client ?? '', confidential: opts.confidential ?? '', ...(opts.footerNote ? { footerNote: opts.footerNote } : {}) }
        : got;
    const content = doc.html;
    try {
      await withDeadline(launched, deadline, 'starting the browser', timeoutMs);
    } catch (e) {
      if (e instanceof Error && e.name === 'CrmAuditError') throw e;
      throw outputError(`the browser did not start: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`, {
        where: { file: opts.browser.path },
        hint: 'run `crm-audit doctor` to check it, or point --chrome at another Chrome or Chromium',
        cause: e,
      });
    }
    const page = await withDeadline(prepared, deadline, 'opening a page', timeoutMs);
    const load = (html: string, step: string) =>
      withDeadline(page.setContent(html, { waitUntil: 'load', timeout: remaining(deadline) }), deadline, step, timeoutMs);
    const print = (options: PDFOptions, step: string) => withDeadline(page.pdf({ ...options, timeout: remaining(deadline) }), deadline, step, timeoutMs);
    const layout: PDFOptions = {
      format: doc.paper === 'letter' ? 'Letter' : 'A4',
      printBackground: true,
      margin: { top: '18mm', bottom: '16mm', left: '18mm', right: '18mm' },
    };
    const final: PDFOptions = {
      ...layout,
      displayHeaderFooter: true,
      headerTemplate: headerTemplate(doc.client, doc.confidential),
      footerTemplate: footerTemplate(doc.footerNote ?? ''),
      outline: true,
      tagged: true,
    };
    const t0 = performance.now();
    // with page numbers to find, the page is loaded hidden for a first print
    await load(doc.pageNumbers ? content + DRAFT_STYLE : content, 'loading the page');
    const t1 = performance.now();
    timings.setContent_ms = t1 - t0;
    mark('page loaded');
    const numbered = doc.pageNumbers ? await fillPageNumbers(doc.pageNumbers, content, { load, print, layout, warn: opts.onWarning }) : null;
    const t2 = performance.now();
    if (doc.pageNumbers) timings.pageNumbers_ms = t2 - t1;
    let pdf = await print(final, 'printing the PDF');
    if (numbered && !samePages(readPdfPages(pdf), numbered)) {
      opts.onWarning?.('the contents page is printed without page numbers: with them filled in, a section moved to another page');
      await load(content, 'loading the page again');
      pdf = await print(final, 'printing the PDF');
    }
    timings.pdf_ms = performance.now() - t2;
    mark('pdf printed');
    return pdf;
  } finally {
    unguard();
    // The profile is thrown away, so a polite close (0.15-0.3 s) has nothing left to save: the browser's
    // process group is killed outright, and its exit awaited.
    const c = chromium as StartedChromium | undefined;
    if (c) {
      c.kill();
      await settleWithin(c.exited, 2000);
      // again, now that nothing holds a file in it any more
      removeProfile(c.profileDir);
      c.hold(false);
    }
  }
}

