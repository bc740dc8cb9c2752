// `npm run eval:interviews`: the theme, sentiment, category and language coders against the labelled notes in
// eval/interviews. dev.jsonl was used to write and tune the lexicon; heldout.jsonl was split off before any
// tuning (see eval/interviews/README.md) and is only ever scored, never read for errors.
//   npm run eval:interviews                 both parts, table
//   npm run eval:interviews -- --json       both parts, JSON
//   npm run eval:interviews -- --errors     also list the dev notes the coder gets wrong
//   npm run eval:interviews -- --part dev   one part only (tuning looks at dev, and only dev)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { codeNote } from '../src/interviews/code-note.js';
import { THEME_IDS } from '../src/result/schema.js';

export interface LabelledNote {
  id: string;
  text: string;
  themes: string[];
  sentiment: 'positive' | 'neutral' | 'negative';
  category: string;
  language: string;
}

export interface ThemeScore {
  theme: string;
  support: number;
  predicted: number;
  truePositives: number;
  precision: number | null;
  recall: number | null;
}

export interface EvalReport {
  part: string;
  notes: number;
  english: number;
  themes: ThemeScore[];
  macroPrecision: number;
  macroRecall: number;
  microPrecision: number;
  microRecall: number;
  sentimentAccuracy: number;
  categoryAccuracy: number;
  languageAccuracy: number;
  errors: { id: string; missed: string[]; extra: string[]; sentiment?: string }[];
}

const HERE = dirname(fileURLToPath(import.meta.url));
export const EVAL_DIR = join(HERE, '..', 'eval', 'interviews');

export type Part = 'dev' | 'dev-2' | 'dev-3' | 'heldout' | 'heldout-3';
export const PARTS: Part[] = ['dev', 'dev-2', 'dev-3', 'heldout', 'heldout-3'];
const isDev = (p: string) => p.startsWith('dev');

export function loadPart(part: Part): LabelledNote[] {
  const text = readFileSync(join(EVAL_DIR, `${part}.jsonl`), 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as LabelledNote);
}

const r4 = (x: number) => Math.round(x * 10000) / 10000;

export function evaluate(part: string, notes: LabelledNote[]): EvalReport {
  const counts = new Map<string, { support: number; predicted: number; tp: number }>(
    THEME_IDS.map((t) => [t, { support: 0, predicted: 0, tp: 0 }]),
  );
  let english = 0;
  let sentimentOk = 0;
  let categoryOk = 0;
  let languageOk = 0;
  const errors: EvalReport['errors'] = [];
  for (const n of notes) {
    const c = codeNote(n.text);
    if ((c.language === 'en') === (n.language === 'en')) languageOk++;
    if (c.category === n.category) categoryOk++;
    if (n.language !== 'en') continue;
    english++;
    if (c.sentiment === n.sentiment) sentimentOk++;
    const gold = new Set(n.themes);
    const got = new Set(c.themes);
    for (const t of THEME_IDS) {
      const k = counts.get(t)!;
      if (gold.has(t)) k.support++;
      if (got.has(t)) k.predicted++;
      if (gold.has(t) && got.has(t)) k.tp++;
    }
    const missed = [...gold].filter((t) => !got.has(t));
    const extra = [...got].filter((t) => !gold.has(t));
    if (missed.length || extra.length || c.sentiment !== n.sentiment) {
      errors.push({
        id: n.id,
        missed,
        extra,
        ...(c.sentiment !== n.sentiment ? { sentiment: `${n.sentiment} -> ${c.sentiment} (${c.score})` } : {}),
      });
    }
  }
  const themes: ThemeScore[] = THEME_IDS.map((t) => {
    const k = counts.get(t)!;
    return {
      theme: t,
      support: k.support,
      predicted: k.predicted,
      truePositives: k.tp,
      precision: k.predicted ? r4(k.tp / k.predicted) : null,
      recall: k.support ? r4(k.tp / k.support) : null,
    };
  });
  // Macro figures over the themes that occur in the part; a theme never predicted has precision 0.
  const present = themes.filter((t) => t.support > 0);
  const macroRecall = present.reduce((s, t) => s + (t.recall ?? 0), 0) / Math.max(1, present.length);
  const macroPrecision = present.reduce((s, t) => s + (t.precision ?? 0), 0) / Math.max(1, present.length);
  const tp = themes.reduce((s, t) => s + t.truePositives, 0);
  const pred = themes.reduce((s, t) => s + t.predicted, 0);
  const sup = themes.reduce((s, t) => s + t.support, 0);
  return {
    part,
    notes: notes.length,
    english,
    themes,
    macroPrecision: r4(macroPrecision),
    macroRecall: r4(macroRecall),
    microPrecision: r4(pred ? tp / pred : 0),
    microRecall: r4(sup ? tp / sup : 0),
    sentimentAccuracy: r4(english ? sentimentOk / english : 0),
    categoryAccuracy: r4(notes.length ? categoryOk / notes.length : 0),
    languageAccuracy: r4(notes.length ? languageOk / notes.length : 0),
    errors: isDev(part) ? errors : [],
  };
}

const pct = (x: number | null) => (x === null ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);

function printReport(r: EvalReport, showErrors: boolean): void {
  const out: string[] = [];
  out.push(`\n${r.part}: ${r.notes} notes (${r.english} English)`);
  out.push(`  ${'theme'.padEnd(22)} support  predicted  precision  recall`);
  for (const t of r.themes) {
    out.push(
      `  ${t.theme.padEnd(22)} ${String(t.support).padStart(7)}  ${String(t.predicted).padStart(9)}  ${pct(t.precision).padStart(9)}  ${pct(t.recall).padStart(6)}`,
    );
  }
  out.push(`  macro precision ${pct(r.macroPrecision)}   macro recall ${pct(r.macroRecall)}`);
  out.push(`  micro precision ${pct(r.microPrecision)}   micro recall ${pct(r.microRecall)}`);
  out.push(`  sentiment accuracy ${pct(r.sentimentAccuracy)}   category accuracy ${pct(r.categoryAccuracy)}   language flagged correctly ${pct(r.languageAccuracy)}`);
  if (showErrors && r.errors.length) {
    out.push('  dev errors:');
    for (const e of r.errors) {
      out.push(
        `    ${e.id}${e.missed.length ? ` missed ${e.missed.join(',')}` : ''}${e.extra.length ? ` extra ${e.extra.join(',')}` : ''}${e.sentiment ? ` sentiment ${e.sentiment}` : ''}`,
      );
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const showErrors = argv.includes('--errors');
  const i = argv.indexOf('--part');
  const only = i >= 0 ? argv[i + 1] : undefined;
  const parts = PARTS.includes(only as Part) ? [only as Part] : PARTS;
  const reports = parts.map((p) => evaluate(p, loadPart(p)));
  if (json) process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  else {
    for (const r of reports) printReport(r, showErrors);
    for (const h of reports.filter((r) => !isDev(r.part))) {
      const ok = h.macroRecall >= 0.8 && h.macroPrecision >= 0.8;
      process.stdout.write(`\n${h.part} target (macro precision and recall >= 80%): ${ok ? 'met' : 'NOT met'}\n`);
    }
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
