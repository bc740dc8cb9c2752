// `npm run bench`: speed and memory, printed side by side with a baseline measured in the same run.
//   1. ingest + analysis of a Salesforce-shaped export, against a bare csv-parse pass over the same file;
//   2. `crm-audit interviews` over generated interview notes, with a users roster given to --redact, against a
//      bare csv-parse pass over the same notes; and the public functions of its two costs, coding and redaction,
//      each run alone over the same notes;
//   3. the example client's report, end to end from CSV (analysis, template, browser launch, PDF).
// Stages 1 and 2 run each child three times, alternating, and keep the best of each.
// Options: --rows N (default 200000), --notes N (default 5000), --skip-notes, --skip-report.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { makeExport } from './make-export.js';
import { bestOfThree, measure, pad, seconds, type Run } from './measure.js';

const args = process.argv.slice(2);
const numberArg = (flag: string, fallback: number): number => {
  const i = args.indexOf(flag);
  if (i < 0) return fallback;
  const n = Number(args[i + 1]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`bench: ${flag} takes a whole number above 0: ${args[i + 1]}`);
  return n;
};
const rows = numberArg('--rows', 200_000);
const notes = numberArg('--notes', 5_000);
const root = join(import.meta.dirname, '..');
const dataDir = join(root, 'bench', '.data');
mkdirSync(dataDir, { recursive: true });
const file = join(dataDir, `Opportunity-${rows}.csv`);
if (!existsSync(file)) {
  process.stderr.write(`bench: writing ${rows} rows to ${file} ...\n`);
  await makeExport(file, rows);
}
const mb = statSync(file).size / 1e6;

const child = join(root, 'bench/child.ts');
const [b, a] = bestOfThree([() => measure(root, child, ['baseline', file]), () => measure(root, child, ['analysis', file])]) as [Run, Run];
const line = (label: string, x: Run) =>
  `${pad(label, 34)}${pad(seconds(x.ms), 10)}${pad(`${Math.round(x.rows / (x.ms / 1000)).toLocaleString('en-US')} rows/s`, 18)}${x.maxRssMB} MB`;
console.log(`\nIngest and analysis: ${rows.toLocaleString('en-US')} rows, ${mb.toFixed(0)} MB (best of 3)`);
console.log(`${pad('', 34)}${pad('time', 10)}${pad('throughput', 18)}peak RSS`);
console.log(line('baseline: bare csv-parse pass', b));
console.log(line('crm-audit ingest + analysis', a));
console.log(`analysis cost over the baseline: ${((a.ms / b.ms - 1) * 100).toFixed(0)}% time, ${a.maxRssMB - b.maxRssMB} MB memory`);

if (!args.includes('--skip-notes')) {
  const { benchNotes } = await import('./notes.js');
  await benchNotes(root, dataDir, notes);
}

if (!args.includes('--skip-report')) {
  const { benchExampleReport } = await import('./report-e2e.js');
  await benchExampleReport(root);
}
