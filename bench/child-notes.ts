// One measured run over a notes file in its own process, so that peak memory (maxRSS) belongs to that run alone.
// Usage: tsx bench/child-notes.ts <baseline|interviews|coding|redaction> <notes.csv> [roster.txt]
//   baseline    a bare csv-parse pass over the notes file
//   interviews  `crm-audit interviews <notes> [--redact <roster>] --format csv --out <temp>` through the command's
//               own main(), in this process: the command line read, the notes read and checked, coded, redacted,
//               anonymised and counted, the review sheet written
//   coding      codeNote over every note (language, rules, learned layer, sentiment), as the command calls it
//   redaction   compileRedactor over the roster's and the respondents' names, then each note's text redacted once
// Each mode loads its code, and coding and redaction read the notes, before the clock starts: those two time
// the public functions alone.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';

const MODES = ['baseline', 'interviews', 'coding', 'redaction'] as const;
type Mode = (typeof MODES)[number];
const [mode, file, roster] = process.argv.slice(2) as [Mode, string | undefined, string | undefined];
if (!file || !MODES.includes(mode)) {
  console.error('usage: tsx bench/child-notes.ts <baseline|interviews|coding|redaction> <notes.csv> [roster.txt]');
  process.exit(2);
}

/** A run of the mode, its code loaded and its input read; it returns a check to make once the clock has stopped. */
type Run = () => Promise<() => number>;

async function prepare(path: string): Promise<Run> {
  // each mode loads only the code it runs (before the clock starts), so that its peak memory is its own
  switch (mode) {
    case 'baseline': {
      const { csvPass } = await import('./csv-pass.js');
      return async () => {
        const rows = await csvPass(path);
        return () => rows;
      };
    }
    case 'interviews': {
      const { main } = await import('../src/cli/main.js');
      const { parse } = await import('csv-parse/sync');
      const dir = mkdtempSync(join(tmpdir(), 'crm-audit-bench-notes-'));
      const out = join(dir, 'coding.csv');
      const sink = () => Object.assign(new PassThrough().resume(), { isTTY: false });
      const io = { stdout: sink(), stderr: sink(), stdin: process.stdin, cwd: process.cwd(), env: { NO_COLOR: '1' } };
      const argv = ['node', 'crm-audit', 'interviews', path, ...(roster ? ['--redact', roster] : []), '--format', 'csv', '--out', out, '--quiet'];
      return async () => {
        const code = await main(argv, io);
        // the command succeeded, and its review sheet holds a row for every note
        return () => {
          const rows = (parse(readFileSync(out), { bom: true, relax_column_count: true }) as string[][]).length - 1;
          rmSync(dir, { recursive: true, force: true });
          if (code !== 0) throw new Error(`crm-audit interviews exited with ${code}`);
          return rows;
        };
      };
    }
    case 'coding':
    case 'redaction': {
      const { readTable } = await import('../src/ingest/index.js');
      const { readNamesFile } = await import('../src/ingest/names-file.js');
      const { codeNote, compileLexicon, compileRedactor, readNotes } = await import('../src/interviews/index.js');
      // the notes as analyzeInterviews reads them, and the names it takes out of them: the roster's and the respondents'
      const table = await readTable(path, { kind: 'interviews', displayPath: 'notes.csv', errorBudget: { max: 100, used: 0 } });
      const { notes } = readNotes([table]);
      const names = [...(roster ? readNamesFile(roster, process.cwd()).names : []), ...new Set(notes.flatMap((n) => n.peopleRaw))];
      if (mode === 'coding') {
        return async () => {
          const lexicon = compileLexicon();
          for (const n of notes) codeNote(n.text, { lexicon, language: n.languageColumn, rating: n.rating });
          return () => notes.length;
        };
      }
      return async () => {
        const redact = compileRedactor(names);
        for (const n of notes) redact(n.text);
        return () => notes.length;
      };
    }
  }
}

const run = await prepare(file);
const t0 = performance.now();
const check = await run();
const ms = performance.now() - t0;
const rows = check();
process.stdout.write(`${JSON.stringify({ mode, rows, ms: Math.round(ms), maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
