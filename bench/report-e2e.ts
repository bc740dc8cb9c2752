// The example client's PDF, end to end from CSV, as a user runs it (the built bin, a cold process),
// with the breakdown measured in-process: analysis, template (with charts), browser launch, setContent, PDF.
// Baseline in the same run: the same Chromium rendering an empty page to PDF — the floor of any PDF.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// The breakdown runs the built modules (npm run bench builds first), as the command does, not the sources.
import { expandInputs } from '../dist/ingest/index.js';
import { runPipeline } from '../dist/pipeline.js';
import { loadConfig } from '../dist/config/load-config.js';
import { renderPdf } from '../dist/report/pdf.js';
import { requireBrowser } from '../dist/report/browser.js';
import { benchReport } from './report.js';

export async function benchExampleReport(root: string): Promise<void> {
  const ex = join(root, 'examples/acme-pharma');
  const cfg = join(ex, 'crm-audit.config.json');
  const out = mkdtempSync(join(tmpdir(), 'crm-audit-bench-'));
  const args = ['analyze', join(ex, 'salesforce'), '--interviews', join(ex, 'interviews/notes.csv'), '--config', cfg, '--quiet', '--force'];
  try {
    const wall: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      execFileSync(process.execPath, [join(root, 'bin/crm-audit.js'), ...args, '--out', join(out, 'acme.pdf')], { stdio: 'ignore' });
      wall.push(performance.now() - t0);
    }
    const t0 = performance.now();
    const result = await runPipeline({
      files: expandInputs([join(ex, 'salesforce')]),
      interviews: [join(ex, 'interviews/notes.csv')],
      config: loadConfig(cfg, root).config,
      cwd: root,
      // as the command line runs it: the notes coded in a worker while the exports are read
      parallel: true,
    });
    const analysisMs = performance.now() - t0;
    const r = await benchReport(result);
    const b0 = performance.now();
    await renderPdf('<!doctype html><title>blank</title><p>blank</p>', { browser: requireBrowser({}), paper: 'a4', client: 'blank', confidential: '' });
    const blankMs = performance.now() - b0;
    const best = Math.min(...wall);
    console.log('\nExample client report, end to end from CSV (the built bin, cold process, best of 3)');
    console.log(`  crm-audit analyze ... --out acme.pdf   ${(best / 1000).toFixed(2)} s   (runs: ${wall.map((w) => (w / 1000).toFixed(2)).join(', ')} s; budget 3 s)`);
    console.log('  breakdown, in-process:');
    console.log(`    analysis (ingest, classify, interviews, audits)  ${Math.round(analysisMs)} ms`);
    console.log(`    template (view model, ${r.charts_ms} ms of charts)    ${r.template_ms} ms`);
    console.log(`    browser launch                                 ${r.launch_ms} ms`);
    console.log(`    setContent                                     ${r.setContent_ms} ms`);
    console.log(`    page.pdf                                       ${r.pdf_ms} ms`);
    console.log(`  baseline: the same Chromium, an empty page to PDF  ${Math.round(blankMs)} ms`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
