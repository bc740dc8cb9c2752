// One measured run in its own process, so that peak memory (maxRSS) belongs to that run alone.
// Usage: tsx bench/child.ts <baseline|analysis> <file>
import { analyzeFiles } from '../src/analyze/index.js';
import { buildPeople, decideNow, fieldStatsView, finalizeActivity, finalizeRecords, finalizeUsers } from '../src/analyze/finalize.js';
import { csvPass } from './csv-pass.js';

const [mode, file] = process.argv.slice(2);
if (!file || (mode !== 'baseline' && mode !== 'analysis')) {
  console.error('usage: tsx bench/child.ts <baseline|analysis> <file>');
  process.exit(2);
}

async function analysis(path: string): Promise<number> {
  const raw = await analyzeFiles([path], [], {
    cwd: process.cwd(),
    locale: 'en-US',
    maxErrors: 100,
    timing: { burstMinutes: 10, burstMin: 5, lateDays: 7 },
  });
  const now = decideNow(undefined, raw.usage);
  const people = buildPeople(raw.usage, raw.fieldStats.flatMap((f) => [...f.owners.keys()]), false);
  raw.fieldStats.map((f) => fieldStatsView(f, people));
  finalizeUsers(raw.usage, people, { now, nameUsers: false, minGroupSize: 5, staleDays: 90 });
  finalizeActivity(raw.usage);
  finalizeRecords(raw.usage, now, 90, people);
  return raw.inputs[0]!.rows;
}

const t0 = performance.now();
const rows = mode === 'baseline' ? await csvPass(file) : await analysis(file);
const ms = performance.now() - t0;
process.stdout.write(`${JSON.stringify({ mode, rows, ms: Math.round(ms), maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
