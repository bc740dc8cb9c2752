// `crm-audit classify FILE`: every field of a field list (or every column of an export) as High Card,
// Low Card, system or neutral, with confidence and reasons; as a table, JSON, or a review sheet (CSV)
// that the consultant edits and feeds back with --rules.
import { resolve } from 'node:path';
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import { FieldStats } from '../analyze/field-stats.js';
import { classifyField, describeTable, loadRules, reviewSheet, type Rules } from '../classify/index.js';
import { DEFAULTS } from '../config/config-schema.js';
import { loadConfig } from '../config/load-config.js';
import { checkKindFlags, displayPath, optionsForFile, parseKindFlags, readTable, requireSomeRows, type ReadOptions } from '../ingest/index.js';
import type { Table as InputTable } from '../ingest/types.js';
import type { FieldResult } from '../result/schema.js';
import type { CommandDef, Io } from './command.js';
import { EXIT } from './exit-codes.js';
import { COMMAND_FORMATS, type OptionValues } from './options.js';
import { decideFormat, emit } from './output.js';
import { inputNotes } from './row-errors.js';
import { colorFor, safeText } from './term.js';

const round4 = (x: number) => Math.round(x * 10000) / 10000;
const ratio = (a: number, b: number) => (b > 0 ? round4(a / b) : 0);

type Stats = Pick<FieldResult, 'rows' | 'filled' | 'fillRate' | 'junkShare' | 'distinctRatio' | 'topValueShare' | 'type'>;

/** Column statistics of an export, with the same definitions as `analyze` (filled, junk, distinct, top value). */
function columnStats(table: InputTable, i: number, name: string, source: string): Stats {
  const fs = new FieldStats(name, table.input.object, source);
  for (const row of table.rows) fs.add(row[i] ?? '', -1);
  const [top] = fs.values.topCounts();
  return {
    type: fs.type,
    rows: fs.rows,
    filled: fs.filled,
    fillRate: ratio(fs.filled, fs.rows),
    junkShare: ratio(fs.junk, fs.nonBlank),
    distinctRatio: ratio(Math.min(fs.values.distinct(), fs.nonBlank), fs.nonBlank),
    topValueShare: ratio(Math.min(top ?? 0, fs.nonBlank), fs.nonBlank),
  };
}

const NO_STATS = { rows: null, filled: null, fillRate: null, junkShare: null, distinctRatio: null, topValueShare: null } as const;

/** Classify every field of a table: rows of a field list, or columns of an export. Sorted by object, then name. */
export function classifyTable(table: InputTable, rules: Rules | undefined): FieldResult[] {
  const source = table.input.path;
  const fields: FieldResult[] = [];
  const seen = new Set<string>();
  describeTable(table).forEach((f, i) => {
    const d = f.descriptor;
    const key = `${(d.object ?? '').toLowerCase()}\u0000${d.name.toLowerCase()}`;
    if (seen.has(key)) return; // one per object and name: the first wins
    seen.add(key);
    // a header-only export has no values to measure: its columns are classified from their names only
    const stats: Stats =
      f.rows === null || table.rows.length === 0 ? { ...NO_STATS, type: d.type ?? 'unknown' } : columnStats(table, i, d.name, source);
    const c = classifyField({ ...d, fillRate: stats.fillRate, junkShare: stats.junkShare }, rules ? { rules } : {});
    fields.push({
      name: d.name,
      label: d.label ?? d.name,
      object: d.object ?? null,
      source,
      card: c.card,
      confidence: round4(c.confidence),
      decidedBy: c.decidedBy,
      reasons: c.reasons,
      required: d.required ?? null,
      ...stats,
      usage: c.usage,
    });
  });
  return fields.sort((a, b) => ((a.object ?? '') < (b.object ?? '') ? -1 : (a.object ?? '') > (b.object ?? '') ? 1 : 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const CARD_ORDER: readonly FieldResult['card'][] = ['low', 'high', 'neutral', 'system'];
const CARD_TITLE: Record<FieldResult['card'], string> = {
  low: 'Low Card: controls for management',
  high: 'High Card: of value to the rep',
  neutral: 'neutral business data',
  system: 'system fields',
};

function cardColor(card: FieldResult['card'], c: ChalkInstance): (s: string) => string {
  return card === 'low' ? c.red : card === 'high' ? c.green : card === 'system' ? c.dim : (s: string) => s;
}

const pct = (x: number | null) => (x === null ? '' : `${Math.round(x * 100)}%`);

/** The terminal view: a summary line, then one table per card (Low Card first). */
export function renderClassifyTable(fields: readonly FieldResult[], file: string, c: ChalkInstance, width: number): string {
  const count = (card: FieldResult['card']) => fields.filter((f) => f.card === card).length;
  const by = (d: FieldResult['decidedBy']) => fields.filter((f) => f.decidedBy === d).length;
  let out =
    `${c.bold(safeText(file))}: ${fields.length} fields: ${c.red(`${count('low')} Low Card`)}, ${c.green(`${count('high')} High Card`)}, ` +
    `${count('neutral')} neutral, ${count('system')} system (decided by the built-in table ${by('builtin')}, the lexicon ${by('lexicon')}, ` +
    `rules ${by('rule')})\n`;
  const withStats = fields.some((f) => f.fillRate !== null);
  const showObject = new Set(fields.map((f) => f.object ?? '')).size > 1;
  for (const card of CARD_ORDER) {
    const group = fields.filter((f) => f.card === card);
    if (!group.length) continue;
    const head = ['Field', ...(showObject ? ['Object'] : []), 'Conf.', 'By', ...(withStats ? ['Filled'] : []), 'Why'];
    const fixed = 28 + (showObject ? 14 : 0) + 7 + 9 + (withStats ? 8 : 0);
    const whyWidth = Math.max(30, width - fixed - head.length * 3);
    const t = new Table({
      head: head.map((h) => c.bold(h)),
      style: { head: [], border: [], compact: true },
      wordWrap: true,
      colWidths: [28, ...(showObject ? [14] : []), 7, 9, ...(withStats ? [8] : []), whyWidth],
      chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    });
    for (const f of group) {
      const name = f.label && f.label !== f.name ? `${f.name} (${f.label})` : f.name;
      t.push([
        safeText(name),
        ...(showObject ? [safeText(f.object ?? '')] : []),
        f.confidence.toFixed(2),
        f.decidedBy,
        ...(withStats ? [pct(f.fillRate)] : []),
        safeText(f.reasons[0] ?? ''),
      ]);
    }
    out += `\n${cardColor(card, c)(c.bold(`${CARD_TITLE[card]} (${group.length})`))}\n${t.toString()}\n`;
  }
  return out;
}

function readOptionsFor(path: string, shown: string, opts: OptionValues, io: Io): ReadOptions {
  const config = opts.config ? loadConfig(opts.config, io.cwd).config : undefined;
  const max = opts.maxErrors ?? config?.analysis?.maxErrors ?? DEFAULTS.maxErrors;
  const base: ReadOptions = {
    errorBudget: { max, used: 0 },
    strict: opts.strict ?? config?.analysis?.strict ?? false,
    ...(opts.encoding ? { encoding: opts.encoding } : {}),
  };
  const kinds = parseKindFlags(opts.kind);
  // the fields of a field list, or the columns of an export, as analyze classifies those of records and activities
  checkKindFlags(kinds, [{ file: path, shown }], {
    command: 'classify',
    allowed: ['fields', 'records', 'activities'],
    reads: 'a field list (kind fields), or the columns of a records or activities export',
  });
  return optionsForFile(path, shown, base, kinds, config);
}

export const classifyCommand: CommandDef = {
  name: 'classify',
  args: '<file>',
  summary: 'classify the fields of a field list or an export as High Card, Low Card, system or neutral, with reasons',
  examples: [
    'crm-audit classify fields.csv',
    'crm-audit classify Opportunity.csv --format json',
    'crm-audit classify fields.csv --out review.csv',
    'crm-audit classify fields.csv --rules review.csv --format json --out fields.json',
    'crm-audit classify planned-fields.csv --kind fields --rules rules.json',
  ],
  available: true,
  async run(args, opts, io) {
    const file = args[0] as string;
    const path = resolve(io.cwd, file);
    const shown = displayPath(path, io.cwd);
    const format = decideFormat(opts, COMMAND_FORMATS.classify, io, 'classify');
    const rules = opts.rules ? await loadRules(resolve(io.cwd, opts.rules), displayPath(resolve(io.cwd, opts.rules), io.cwd)) : undefined;
    const table = await readTable(path, readOptionsFor(path, shown, opts, io));
    // An empty file, or a field list without a field, has nothing to classify. A header-only export does: its
    // column names, classified without fill rates (and said so below).
    if (table.header.length === 0 || table.input.kind === 'fields') requireSomeRows([table.input], 'classify', 'a field list needs one row per field (name, label, type ...); an export needs its header row');
    const fields = classifyTable(table, rules);
    if (!opts.quiet) {
      const c = colorFor(io.stderr, io.env);
      // malformed rows: where, and why, for the first few (never the cell's content)
      const notes = inputNotes(table.input, shown, (w) =>
        w.code === 'no-rows' ? `${w.message}: its columns are classified from their names only, without fill rates` : w.message,
      );
      for (const line of notes) io.stderr.write(c.yellow(`crm-audit: ${safeText(line)}\n`));
      if (table.input.kind !== 'fields' && format === 'table') {
        io.stderr.write(c.dim(`crm-audit: ${safeText(shown)} is not a field list; its ${table.header.length} columns are classified (use --kind fields to read it as one)\n`));
      }
    }
    let content: string;
    switch (format) {
      case 'json':
        content = `${JSON.stringify({ fields }, null, 2)}\n`;
        break;
      case 'csv':
        // a file gets a byte-order mark, so that Excel reads it as UTF-8 and writes it back so
        content = (opts.out ? '\uFEFF' : '') + reviewSheet(fields);
        break;
      default: {
        const c = opts.out ? colorFor({ isTTY: false }, {}) : colorFor(io.stdout, io.env);
        content = renderClassifyTable(fields, shown, c, opts.out ? 120 : (io.stdout.columns ?? 120));
      }
    }
    emit(content, opts, io, format);
    return EXIT.ok;
  },
};
