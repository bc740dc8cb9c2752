// Regenerates the golden analysis of the example client: `npx tsx scripts/golden.ts`.
// test/golden.test.ts runs the same analysis and compares it byte for byte, so any change in what the
// example client's audit says shows up in review as a diff of this file.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../src/config/load-config.js';
import { expandInputs } from '../src/ingest/index.js';
import { runPipeline } from '../src/pipeline.js';
import { renderJson } from '../src/report/json.js';

export const ROOT = join(import.meta.dirname, '..');
export const GOLDEN = join(ROOT, 'test/fixtures/golden/acme-pharma.analysis.json');

/** The example client exactly as the README's Quick start analyses it (paths relative to the repo root). */
export async function goldenAnalysis(): Promise<string> {
  const ex = 'examples/acme-pharma';
  const result = await runPipeline({
    files: expandInputs([join(ROOT, ex, 'salesforce')]),
    interviews: [join(ROOT, ex, 'interviews/notes.csv')],
    config: loadConfig(join(ex, 'crm-audit.config.json'), ROOT).config,
    cwd: ROOT,
  });
  return renderJson(result);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(join(GOLDEN, '..'), { recursive: true });
  writeFileSync(GOLDEN, await goldenAnalysis());
  console.log(`wrote ${GOLDEN}`);
}
