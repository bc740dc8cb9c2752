// The client-ready report: one AuditResult to HTML, PDF or Markdown, through one exhaustive switch.
// (The terminal table and JSON renderers live beside this, in table.ts and json.ts.)
import type { AuditResult } from '../result/schema.js';
import { requireBrowser } from './browser.js';
import type { Editorial } from './editorial.js';
import { renderHtmlReport } from './html.js';
import { renderMarkdown } from './markdown.js';
import { renderPdf, type PdfTimings } from './pdf.js';
import { CONFIDENTIAL, CONFIDENTIAL_NAMED, REPORT_TITLE } from './text.js';

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
  /** editorial edits, loaded and checked with loadEditorial */
  editorial?: Editorial | undefined;
  /** --chrome: the browser for PDF output */
  chrome?: string | undefined;
  /** where CRM_AUDIT_CHROME and PUPPETEER_EXECUTABLE_PATH are read (default process.env) */
  env?: NodeJS.ProcessEnv | undefined;
  /** the PDF render's deadline, launch included (default 60 s) */
  timeoutMs?: number | undefined;
  /** filled with the time each step took */
  timings?: Partial<ReportTimings> | undefined;
  /** told the browser's process id and profile folder once it runs */
  onLaunch?: ((info: { pid: number | undefined; profileDir: string }) => void) | undefined;
  /** told each request the page tried and was refused */
  onBlocked?: ((url: string) => void) | undefined;
}

export async function renderReport(result: AuditResult, format: ReportFormat, opts: RenderOptions = {}): Promise<Uint8Array | string> {
  const started = performance.now();
  const timings = opts.timings ?? {};
  const htmlOptions = { templateDir: opts.templateDir, editorial: opts.editorial };
  try {
    switch (format) {
      case 'md':
        return renderMarkdown(result, opts.editorial);
      case 'html': {
        const r = await renderHtmlReport(result, htmlOptions);
        Object.assign(timings, r.timings);
        return r.html;
      }
      case 'pdf': {
        // Find the browser first: without one, fail before any work, with the way to get one.
        const browser = requireBrowser({ flag: opts.chrome, env: opts.env ?? process.env });
        // The page is built while the browser starts.
        const html = () =>
          renderHtmlReport(result, htmlOptions).then((r) => {
            Object.assign(timings, r.timings);
            return r.html;
          });
        return await renderPdf(html, {
          browser,
          paper: result.meta.paper,
          client: result.meta.client?.trim() || 'Client',
          confidential: result.meta.namedUsers === true ? CONFIDENTIAL_NAMED : CONFIDENTIAL,
          footerNote: [result.meta.firm?.trim(), REPORT_TITLE].filter(Boolean).join(' · '),
          timeoutMs: opts.timeoutMs,
          timings,
          onLaunch: opts.onLaunch,
          onBlocked: opts.onBlocked,
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
