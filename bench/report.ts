// The report's share of `npm run bench`: one PDF of an analysis, end to end, with the time of each step.
// The browser starts while the page is being built, so launch and template overlap: total < the sum.
import { renderReport, type ReportTimings } from '../dist/report/index.js';
import type { AuditResult } from '../dist/result/schema.js';

export interface ReportBench {
  /** view model, charts (SVG) and Handlebars */
  template_ms: number;
  /** of which the charts */
  charts_ms: number;
  launch_ms: number;
  setContent_ms: number;
  /** the contents page's numbers: a first print, read, and the page loaded again with them */
  pageNumbers_ms: number;
  pdf_ms: number;
  total_ms: number;
  /** CPU time of this Node process during the render (Chromium's own processes not counted) */
  cpu_ms: number;
  bytes: number;
}

export async function benchReport(result: AuditResult): Promise<ReportBench> {
  const t: Partial<ReportTimings> = {};
  const cpu0 = process.cpuUsage();
  const pdf = await renderReport(result, 'pdf', { timings: t });
  const cpu = process.cpuUsage(cpu0);
  const round = (x: number | undefined) => Math.round(x ?? 0);
  return {
    template_ms: round((t.model_ms ?? 0) + (t.charts_ms ?? 0) + (t.template_ms ?? 0)),
    charts_ms: round(t.charts_ms),
    launch_ms: round(t.launch_ms),
    setContent_ms: round(t.setContent_ms),
    pageNumbers_ms: round(t.pageNumbers_ms),
    pdf_ms: round(t.pdf_ms),
    total_ms: round(t.total_ms),
    cpu_ms: round((cpu.user + cpu.system) / 1000),
    bytes: typeof pdf === 'string' ? pdf.length : pdf.byteLength,
  };
}

// `npx tsx bench/report.ts [analysis.json]`: the report alone, three times in one process. The first run is
// the one a CLI user waits for (it imports puppeteer-core); the later ones show the warm cost.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { readFileSync } = await import('node:fs');
  const { AuditResult } = await import('../dist/result/schema.js');
  const file = process.argv[2] ?? 'test/fixtures/report/analysis.json';
  const result = AuditResult.parse(JSON.parse(readFileSync(file, 'utf8')));
  const runs: ReportBench[] = [];
  for (let i = 0; i < 3; i++) runs.push(await benchReport(result));
  for (const r of runs) console.log(JSON.stringify(r));
  const line = (label: string, r: ReportBench) =>
    console.log(
      `${label}: ${r.total_ms} ms (template ${r.template_ms}, of which charts ${r.charts_ms}; launch ${r.launch_ms}; ` +
        `setContent ${r.setContent_ms}; page numbers ${r.pageNumbers_ms}; pdf ${r.pdf_ms}; node CPU ${r.cpu_ms})`,
    );
  line('cold (first run)', runs[0]!);
  line('warm (best of the others)', runs.slice(1).reduce((a, b) => (b.total_ms < a.total_ms ? b : a)));
}
