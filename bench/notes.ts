// The interview notes' share of `npm run bench`: `crm-audit interviews` end to end over generated notes, with the
// org's users roster given to --redact, beside a bare csv-parse pass over the same file; then its two costs that
// grow with every note, coding and redaction, as the command calls them (public functions of src/interviews), each
// run alone over the same notes. Each in a child process of its own (bench/child-notes.ts), best of three.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { makeNotes } from './make-notes.js';
import { bestOfThree, measure, pad, seconds, type Run } from './measure.js';

export async function benchNotes(root: string, dataDir: string, count: number): Promise<void> {
  const notes = join(dataDir, `notes-${count}.csv`);
  const roster = join(dataDir, `roster-${count}.txt`);
  if (!existsSync(notes) || !existsSync(roster)) {
    process.stderr.write(`bench: writing ${count} notes to ${notes} and their org's roster to ${roster} ...\n`);
    await makeNotes(notes, roster, count);
  }
  const rows = parse(readFileSync(notes), { bom: true, columns: true }) as Record<string, string>[];
  const respondents = new Set(rows.map((r) => r.respondent).filter((r) => r)).size;
  const names = readFileSync(roster, 'utf8').split('\n').filter((l) => l.trim()).length;
  const load = loadavg()[0]!.toFixed(1);

  const child = join(root, 'bench/child-notes.ts');
  const [b, full, coding, redaction] = bestOfThree(
    (['baseline', 'interviews', 'coding', 'redaction'] as const).map((mode) => () => measure(root, child, [mode, notes, roster])),
  ) as [Run, Run, Run, Run];
  for (const r of [b, full, coding, redaction]) {
    if (r.rows !== rows.length) throw new Error(`bench: ${r.mode} saw ${r.rows} notes, the file holds ${rows.length}`);
  }

  const perNote = (x: Run) => `${(x.ms / x.rows).toFixed(x.ms / x.rows < 0.1 ? 3 : 2)} ms`;
  const line = (label: string, x: Run) =>
    `${pad(label, 34)}${pad(seconds(x.ms), 10)}${pad(perNote(x), 11)}${pad(`${Math.round(x.rows / (x.ms / 1000)).toLocaleString('en-US')} notes/s`, 18)}${x.maxRssMB} MB`;
  console.log(
    `\nInterview notes: ${rows.length.toLocaleString('en-US')} notes, ${(statSync(notes).size / 1e6).toFixed(1)} MB, ` +
      `${respondents.toLocaleString('en-US')} respondents, a roster of ${names.toLocaleString('en-US')} names ` +
      `(best of 3; load average ${load} on ${cpus().length} cores at the start)`,
  );
  console.log(`${pad('', 34)}${pad('time', 10)}${pad('per note', 11)}${pad('throughput', 18)}peak RSS`);
  console.log(line('baseline: bare csv-parse pass', b));
  console.log(line('crm-audit interviews --redact', full));
  console.log(`interviews cost over the baseline: ${(full.ms / b.ms).toFixed(0)}× the time, ${full.maxRssMB - b.maxRssMB} MB memory`);
  const part = (label: string, x: Run) => `  ${pad(label, 67)}${pad(seconds(x.ms), 10)}${perNote(x)} a note`;
  console.log('of which, the same calls alone over the same notes (each in its own process, cold as the command is):');
  console.log(part('coding: codeNote (language, rules, learned layer, sentiment)', coding));
  console.log(part('redaction: compileRedactor (roster, respondents), each note once', redaction));
  const rest = full.ms - coding.ms - redaction.ms;
  console.log(
    `  ${pad('the rest: read, respondents, anonymity, evidence, sheet written', 67)}${pad(seconds(rest), 10)}` +
      `(the total less the two; ${((coding.ms / full.ms) * 100).toFixed(0)}% coding, ${((redaction.ms / full.ms) * 100).toFixed(0)}% redaction)`,
  );
}
