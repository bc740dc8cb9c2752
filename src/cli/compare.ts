// `crm-audit compare <before.json> <after.json>`: the trend between two saved analyses. Did the relaunch work?
// The comparison itself is the pure compareResults (src/scoring/compare.ts); this file loads, words and renders.
//
// --format json prints the Comparison object:
//   { comparisonVersion: 1,
//     before, after: { path, generatedAt, situation, client, score, band, confidence, failing },
//     scoreChange (after - before, null without both scores), direction (better|worse|unchanged|unknown; lower is better),
//     findings: { new, resolved, persisting, unmeasured }: [{ id, title, category, statusBefore, statusAfter,
//                                                            riskBefore, riskAfter, change }],
//     categories: [{ id, title, riskBefore, riskAfter, change }],
//     audits: every audit of either analysis, same shape as a finding, sorted by id,
//     notes: caveats (different clients, swapped dates, changed situation or weights, audits scored only once) }
import { relative, resolve, sep } from 'node:path';
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import { loadAnalysis } from '../result/load.js';
import { compareResults, OTHER_CLIENT, type Comparison, type FindingChange } from '../scoring/compare.js';
import type { CommandDef, Io } from './command.js';
import { EXIT } from './exit-codes.js';
import { decideFormat, emit } from './output.js';
import { COMMAND_FORMATS } from './options.js';
import { colorFor, safeText } from './term.js';
import { usageError } from '../errors.js';

// Risks are shown on the 0–100 scale of the score and the report (the JSON keeps 0–1).
const risk = (x: number | null): string => (x === null ? '–' : String(Math.round(x * 100)));
const score = (x: number | null): string => (x === null ? 'no score' : x.toFixed(1));
const signed = (x: number | null, digits: number): string => (x === null ? '–' : `${x > 0 ? '+' : ''}${x.toFixed(digits)}`);
const STATUS: Record<string, string> = { pass: 'pass', fail: 'fail', 'not-applicable': 'n/a', error: 'error' };
const status = (s: string | null): string => (s === null ? 'absent' : (STATUS[s] ?? s));

function displayPath(cwd: string, file: string): string {
  const rel = relative(cwd, resolve(cwd, file));
  return (rel.startsWith('..') ? resolve(cwd, file) : rel).split(sep).join('/');
}

function headline(c: Comparison): string {
  const change = c.scoreChange === null ? '' : ` (${signed(c.scoreChange, 1)}, ${c.direction})`;
  const band = (b: string | null) => (b ? ` ${b}` : '');
  return `Adoption-risk score: ${score(c.before.score)}${band(c.before.band)} → ${score(c.after.score)}${band(c.after.band)}${change}`;
}

const SECTIONS: { key: keyof Comparison['findings']; title: string; empty: string }[] = [
  { key: 'new', title: 'New findings', empty: 'none' },
  { key: 'resolved', title: 'Resolved findings', empty: 'none' },
  { key: 'persisting', title: 'Persisting findings', empty: 'none' },
  { key: 'unmeasured', title: 'Not measured again (failing before, not scored after)', empty: 'none' },
];

export function renderComparisonTable(c: Comparison, color: ChalkInstance): string {
  const out: string[] = [];
  const dir = c.direction === 'better' ? color.green : c.direction === 'worse' ? color.red : (s: string) => s;
  out.push(color.bold(dir(safeText(headline(c)))));
  for (const [label, s] of [['before', c.before], ['after ', c.after]] as const) {
    out.push(
      `  ${label}: ${safeText(s.path ?? '')} (${safeText(s.generatedAt ?? 'undated')}, ${s.situation}, ${s.failing} failing, confidence ${s.confidence ?? 'n/a'})`,
    );
  }
  out.push('');
  const cats = new Table({ head: ['category', 'before', 'after', 'change'], style: { head: [], border: [] } });
  for (const k of c.categories) cats.push([safeText(k.title), risk(k.riskBefore), risk(k.riskAfter), k.change === null ? '–' : signed(Math.round(k.change * 100), 0)]);
  out.push(cats.toString(), '');
  for (const sec of SECTIONS) {
    const rows: FindingChange[] = c.findings[sec.key];
    out.push(color.bold(`${sec.title} (${rows.length})`));
    if (!rows.length) {
      out.push(`  ${sec.empty}`, '');
      continue;
    }
    const t = new Table({ head: ['audit', 'category', 'before', 'after', 'risk before', 'risk after'], style: { head: [], border: [] } });
    for (const f of rows) t.push([safeText(`${f.id}: ${f.title}`), safeText(f.category), status(f.statusBefore), status(f.statusAfter), risk(f.riskBefore), risk(f.riskAfter)]);
    out.push(t.toString(), '');
  }
  if (c.notes.length) {
    out.push(color.yellow('Notes'));
    for (const n of c.notes) out.push(`  - ${safeText(n)}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

const mdCell = (s: string): string => safeText(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[<>]/g, (m) => (m === '<' ? '&lt;' : '&gt;'));

export function renderComparisonMarkdown(c: Comparison): string {
  const out: string[] = ['# CRM adoption audit: comparison', '', `**${mdCell(headline(c))}**`, ''];
  out.push('| | analysis | date | situation | score | band | failing |', '| --- | --- | --- | --- | --- | --- | --- |');
  for (const [label, s] of [['before', c.before], ['after', c.after]] as const) {
    out.push(`| ${label} | ${mdCell(s.path ?? '')} | ${mdCell(s.generatedAt ?? 'undated')} | ${s.situation} | ${score(s.score)} | ${s.band ?? '–'} | ${s.failing} |`);
  }
  out.push('', '## Categories', '', '| category | before | after | change |', '| --- | --- | --- | --- |');
  for (const k of c.categories) out.push(`| ${mdCell(k.title)} | ${risk(k.riskBefore)} | ${risk(k.riskAfter)} | ${k.change === null ? '–' : signed(Math.round(k.change * 100), 0)} |`);
  for (const sec of SECTIONS) {
    const rows = c.findings[sec.key];
    out.push('', `## ${sec.title} (${rows.length})`, '');
    if (!rows.length) {
      out.push(`_${sec.empty}_`);
      continue;
    }
    out.push('| audit | category | before | after | risk before | risk after |', '| --- | --- | --- | --- | --- | --- |');
    for (const f of rows) {
      out.push(`| ${mdCell(f.title)} (\`${mdCell(f.id)}\`) | ${mdCell(f.category)} | ${status(f.statusBefore)} | ${status(f.statusAfter)} | ${risk(f.riskBefore)} | ${risk(f.riskAfter)} |`);
    }
  }
  if (c.notes.length) out.push('', '## Notes', '', ...c.notes.map((n) => `- ${mdCell(n)}`));
  return `${out.join('\n')}\n`;
}

export function renderComparisonJson(c: Comparison): string {
  return `${JSON.stringify(c, null, 2)}\n`;
}

export function loadComparison(beforeFile: string, afterFile: string, io: Pick<Io, 'cwd'>): Comparison {
  const before = loadAnalysis(resolve(io.cwd, beforeFile), displayPath(io.cwd, beforeFile));
  const after = loadAnalysis(resolve(io.cwd, afterFile), displayPath(io.cwd, afterFile));
  return compareResults(before, after, { before: displayPath(io.cwd, beforeFile), after: displayPath(io.cwd, afterFile) });
}

export const compareCommand: CommandDef = {
  name: 'compare',
  args: '<before.json> <after.json>',
  summary: 'compare two saved analyses: score change, and findings new, resolved and persisting',
  examples: [
    'crm-audit compare audit-2025-q1.json audit-2025-q3.json',
    'crm-audit compare before.json after.json --format json --out trend.json',
    'crm-audit compare before.json after.json --out trend.md --force',
  ],
  available: true,
  async run(args, opts, io) {
    const [beforeFile, afterFile] = args;
    if (!beforeFile || !afterFile) {
      throw usageError('compare needs two saved analyses: <before.json> <after.json>', { hint: 'save them with `crm-audit analyze ... --format json --out FILE`' });
    }
    const format = decideFormat(opts, COMMAND_FORMATS.compare, io, 'compare');
    const c = loadComparison(beforeFile, afterFile, io);
    // the comparison goes on, but a score change between two clients means nothing: said where it is seen
    const other = c.notes.find((n) => n.startsWith(OTHER_CLIENT));
    if (other && !opts.quiet) io.stderr.write(colorFor(io.stderr, io.env).yellow(`crm-audit: warning: ${safeText(other)}\n`));
    const text =
      format === 'json'
        ? renderComparisonJson(c)
        : format === 'md'
          ? renderComparisonMarkdown(c)
          : renderComparisonTable(c, colorFor(opts.out ? { isTTY: false } : io.stdout, io.env));
    emit(text, opts, io, format);
    return EXIT.ok;
  },
};
