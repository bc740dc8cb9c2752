// The client-ready report: one AuditResult to HTML, PDF or Markdown, through one exhaustive switch.
// (The terminal table and JSON renderers live beside this, in table.ts and json.ts.)
import type { AuditResult } from '../result/schema.js';
import { requireBrowser } from './browser.js';
import type { Editorial } from './editorial.js';
import { renderHtmlReport, type RenderedHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import type { StartedChromium } from './chromium.js';
import { renderPdf, type PageContent, type PageNumbers, type PdfTimings } from './pdf.js';
import { CONFIDENTIAL, CONFIDENTIAL_NAMED, REPORT_TITLE } from './text.js';
import { mark } from '../timing.js';

export type ReportFormat = 'html' | 'pdf' | 'md';

export interface ReportTimings extends PdfTimings {
  model_ms: number;
  charts_ms: number;
  template_ms: number;
  total_ms: number;
}

export interface RenderOptions {
  /** the consultant's own template folder (laid over the built-in templates) */
  templateDir?: string | undefined;
  /** editorial edits, loaded and checked with loadEditorial (or a function of the result that loads them) */
  editorial?: Editorial | ((result: AuditResult) => Editorial | undefined) | undefined;
  /** --chrome: the browser for PDF output */
  chrome?: string | undefined;
  /** where CRM_AUDIT_CHROME and PUPPETEER_EXECUTABLE_PATH are read (default process.env) */
  env?: NodeJS.ProcessEnv | undefined;
  /** a browser started already (see chromium.ts), used if it is the one discovery finds */
  started?: StartedChromium | undefined;
  /** the PDF render's deadline, launch included (default 60 s) */
  timeoutMs?: number | undefined;
  /** filled with the time each step took */
  timings?: Partial<ReportTimings> | undefined;
  /** told the browser's process id and profile folder once it runs */
  onLaunch?: ((info: { pid: number | undefined; profileDir: string }) => void) | undefined;
  /** told each request the page tried and was refused */
  onBlocked?: ((url: string) => void) | undefined;
  /** told what the reader should know about the PDF (its contents page printed without page numbers, and why) */
  onWarning?: ((message: string) => void) | undefined;
}

/**
 * The contents page's page numbers: each section's heading is the element `sec-<id>` (section-title.hbs), which
 * the contents page links to. A consultant's own templates may show no page numbers: then there is nothing to
 * fill in, and the PDF is printed once.
 */
function contentsPageNumbers(r: RenderedHtml, customTemplates: boolean): { pageNumbers?: PageNumbers } {
  const destinations = r.model.sections.map((s) => `sec-${s.id}`);
  // destination -> page, to section id -> page
  const fill = (pages: ReadonlyMap<string, number>) => r.withPages(new Map([...pages].map(([d, page]) => [d.slice('sec-'.length), page])));
  if (customTemplates && fill(new Map(destinations.map((d) => [d, 1]))) === r.html) return {};
  return { pageNumbers: { destinations, fill } };
}

/**
 * Render one AuditResult. For a PDF the result may still be on its way (a promise): the browser starts at
 * once and the analysis runs while it launches. The editorial file may depend on the result (it names
 * findings), so it can be given as a function of it.
 */
export async function renderReport(
  resultOrPromise: AuditResult | Promise<AuditResult>,
  format: ReportFormat,
  opts: RenderOptions = {},
): Promise<Uint8Array | string> {
  const started = performance.now();
  const timings = opts.timings ?? {};
  const editorialFor = (r: AuditResult) => (typeof opts.editorial === 'function' ? opts.editorial(r) : opts.editorial);
  try {
    switch (format) {
      case 'md': {
        const result = await resultOrPromise;
        return renderMarkdown(result, editorialFor(result));
      }
      case 'html': {
        const result = await resultOrPromise;
        const r = await renderHtmlReport(result, { templateDir: opts.templateDir, editorial: editorialFor(result) });
        Object.assign(timings, r.timings);
        return r.html;
      }
      case 'pdf': {
        // Find the browser first: without one, fail before any work, with the way to get one.
        const browser = requireBrowser({ flag: opts.chrome, env: opts.env ?? process.env });
        // The page is built (and, given a promise, the analysis finishes) while the browser starts.
        const page = async (): Promise<PageContent> => {
          const result = await resultOrPromise;
          const r = await renderHtmlReport(result, { templateDir: opts.templateDir, editorial: editorialFor(result), paged: true });
          Object.assign(timings, r.timings);
          mark('page built');
          return {
            html: r.html,
            ...contentsPageNumbers(r, opts.templateDir !== undefined),
            paper: result.meta.paper,
            // no client name: no name in the running header (the cover and the text say "the client")
            client: result.meta.client?.trim() ?? '',
            confidential: result.meta.namedUsers === true ? CONFIDENTIAL_NAMED : CONFIDENTIAL,
            footerNote: [result.meta.firm?.trim(), REPORT_TITLE].filter(Boolean).join(' · '),
          };
        };
        return await renderPdf(page, {
          browser,
          started: opts.started,
          timeoutMs: opts.timeoutMs,
          timings,
          onLaunch: opts.onLaunch,
          onBlocked: opts.onBlocked,
          onWarning: opts.onWarning,
        });
      }
      default: {
        const never: never = format;
        throw new Error(`unknown report format ${String(never)}`);
      }
    }
  } finally {
    timings.total_ms = performance.now() - started;
  }
}

export { applyBranding, logoToDataUri, type BrandingInput } from './branding.js';
export { Editorial, checkEditorial, loadEditorial } from './editorial.js';
export { findBrowser, requireBrowser, browserVersion, NO_BROWSER_HINT, SETUP_COMMAND } from './browser.js';
