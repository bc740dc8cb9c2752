// The terminal summary of an AuditResult: inputs, risk, fields sorted by fill, users, activity, voice.
// Wording and colour are added here; every data string goes through safeText.
import { questionnaireCoverage } from '../questionnaire/answers.js';
import { stripVTControlCharacters } from 'node:util';
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import { formatWhere } from '../errors.js';
import type { AuditResult, FieldResult } from '../result/schema.js';
import { safeText } from './safe-text.js';
import { themeTitles } from './text.js';
import { freshnessScope, scopeNoun } from '../result/freshness.js';
import { noUseOverTime } from '../audits/lib/util.js';
import { phaseTitle, topRecommendations } from '../recommend/index.js';
import { plural } from '../audits/lib/util.js';
import { whyNoFigures, whyNoStances } from '../interviews/withheld.js';
import { minGroupSizeOf } from '../config/config-schema.js';

const pct = (x: number | null | undefined): string => (x === null || x === undefined ? '–' : `${(x * 100).toFixed(x < 0.1 && x > 0 ? 1 : 0)}%`);
const num = (x: number): string => x.toLocaleString('en-US');

function table(head: string[], c: ChalkInstance, aligns?: ('left' | 'right')[]): Table.Table {
  return new Table({
    head: head.map((h) => c.bold(h)),
    style: { head: [], border: [], compact: true },
    ...(aligns ? { colAligns: aligns } : {}),
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
}

/** How wide a line looks on the terminal (colour codes take no room). */
const visibleWidth = (line: string): number => stripVTControlCharacters(line).length;

/** Word-wrap `text` to `width` columns, every line indented by `indent` spaces; a word longer than a line is cut. */
export function wrapText(text: string, width: number, indent: number): string[] {
  const room = Math.max(20, width - indent);
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > room) {
      if (line) lines.push(line);
      lines.push(word.slice(0, room));
      word = word.slice(room);
      line = '';
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= room) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => `${' '.repeat(indent)}${l}`);
}

/** Cut a line into pieces of at most `width` visible columns, never inside a colour code (which takes no room). */
export function foldLine(text: string, width: number): string[] {
  const room = Math.max(1, width);
  const lines: string[] = [];
  let line = '';
  let seen = 0;
  for (const [token] of text.matchAll(/\u001b\[[0-9;]*[A-Za-z]|[^\u001b]|\u001b/gsu)) {
    const escape = token.length > 1 && token.startsWith('\u001b');
    if (!escape && seen === room) {
      lines.push(line);
      line = '';
      seen = 0;
    }
    line += token;
    if (!escape) seen++;
  }
  lines.push(line);
  return lines;
}

export interface Column {
  head: string;
  align?: 'left' | 'right';
  /** the first to go when the terminal is too narrow (higher: dropped earlier); 0 is never dropped */
  drop?: number;
  /** the column that wraps when dropping columns is not enough (one per table) */
  wraps?: boolean;
}

/**
 * A table that fits `width` columns: the least useful columns are left out first, then the wrapping column
 * (a path, a name) is folded. Returns the table and the names of the columns left out.
 */
export function fitTable(cols: Column[], rows: string[][], c: ChalkInstance, width: number): { text: string; hidden: string[] } {
  // The wrapping column is folded here, before cli-table3 sees it: its own wordWrap counts the bytes of colour
  // codes as text, so it split the bold headings mid-escape ("ows[", "22m") and overran the width.
  const build = (keep: number[], wrapWidth?: number) => {
    const t = new Table({
      head: keep.map((i) => c.bold(cols[i]!.head)),
      style: { head: [], border: [], compact: true },
      colAligns: keep.map((i) => cols[i]!.align ?? 'left'),
      chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    });
    const fold = (i: number, text: string) => (wrapWidth !== undefined && cols[i]!.wraps ? foldLine(text, wrapWidth - 2).join('\n') : text);
    for (const r of rows) t.push(keep.map((i) => fold(i, r[i] ?? '')));
    return t.toString();
  };
  const widest = (text: string) => Math.max(...text.split('\n').map(visibleWidth));
  const keep = cols.map((_, i) => i);
  let text = build(keep);
  const order = cols
    .map((col, i) => ({ i, drop: col.drop ?? 0 }))
    .filter((x) => x.drop > 0)
    .sort((a, b) => b.drop - a.drop);
  const hidden: string[] = [];
  for (const { i } of order) {
    if (widest(text) <= width) break;
    keep.splice(keep.indexOf(i), 1);
    hidden.push(cols[i]!.head);
    text = build(keep);
  }
  const wrapAt = keep.find((i) => cols[i]!.wraps);
  if (widest(text) > width && wrapAt !== undefined) {
    const over = widest(text) - width;
    const current = Math.max(visibleWidth(cols[wrapAt]!.head), ...rows.map((r) => visibleWidth(r[wrapAt] ?? ''))) + 2;
    const folded = Math.max(visibleWidth(cols[wrapAt]!.head) + 2, 12, current - over);
    text = build(keep, folded);
  }
  return { text, hidden };
}

function cardLabel(card: FieldResult['card'], c: ChalkInstance): string {
  switch (card) {
    case 'high':
      return c.green('High');
    case 'low':
      return c.red('Low');
    case 'system':
      return c.dim('system');
    case 'neutral':
      return 'neutral';
  }
}

const BAND_COLOR = { low: 'green', moderate: 'yellow', high: 'red', critical: 'redBright' } as const;

export interface TableOptions {
  color: ChalkInstance;
  /** the terminal's width in columns (default 100): prose is wrapped and tables are fitted to it */
  width?: number;
  /** most field rows to show (the rest are counted) */
  maxFields?: number;
}

export function renderTable(r: AuditResult, o: TableOptions): string {
  const c = o.color;
  const width = Math.max(60, o.width ?? 100);
  const out: string[] = [];
  // a paragraph, wrapped to the terminal and indented, in one colour
  const para = (text: string, indent: number, paint: (s: string) => string = (s) => s) => {
    for (const line of wrapText(text, width, indent)) out.push(paint(line));
  };
  const fitted = (cols: Column[], rows: string[][]) => {
    const t = fitTable(cols, rows, c, width);
    out.push(t.text);
    if (t.hidden.length) para(`(${t.hidden.join(', ')} left out to fit the terminal; see --format json)`, 2, c.dim);
  };
  const h = (s: string) => {
    out.push('');
    para(s, 0, c.bold.underline);
  };
  const title = r.meta.client ? `CRM adoption audit — ${safeText(r.meta.client)}` : 'CRM adoption audit';
  para(title, 0, c.bold);
  // the situation as --situation spells it, and said to be assumed when nothing supplied told it
  const situation = r.situationBasis === 'assumed' ? `${r.situation} (assumed; pass --situation)` : r.situation;
  out.push(`${situation} · data as of ${r.generatedAt ? r.generatedAt.slice(0, 10) : 'undated (pass --now)'}`);

  if (r.risk) {
    h('Adoption risk');
    const band = r.risk.band;
    const score = r.risk.score === null ? 'not scored' : `${Math.round(r.risk.score)}/100`;
    out.push(`${c.bold(score)}${band ? ` ${c[BAND_COLOR[band]](band)}` : ''} · confidence ${r.risk.confidence}`);
    for (const reason of r.risk.confidenceReasons) para(reason, 2, c.dim);
    if (r.categories?.length) {
      const t = table(['Category', 'Risk', 'Weight'], c, ['left', 'right', 'right']);
      for (const cat of r.categories) t.push([cat.title, cat.risk === null ? 'n/a' : `${Math.round(cat.risk * 100)}`, String(cat.weight)]);
      out.push(t.toString());
    }
    if (r.risk.drivers.length && r.audits) {
      out.push(c.bold('Top drivers'));
      for (const d of r.risk.drivers.slice(0, 5)) {
        const a = r.audits.find((x) => x.id === d.audit);
        const [first, ...rest] = wrapText(`✗ ${a ? a.failureTitle : d.audit} (+${d.contribution.toFixed(1)} points)`, width, 2);
        out.push((first ?? '').replace('✗', c.red('✗')), ...rest);
        if (a?.evidence) para(safeText(a.evidence.summary), 4, c.dim);
      }
    }
  }
  if (r.recommendations?.length) {
    h('Top recommendations');
    for (const rec of topRecommendations(r.recommendations, r.risk?.drivers ?? [])) {
      // the phase's id, but the relaunch phase as its situation calls it (redesign, rescope, relaunch)
      const tag = rec.phase === 'relaunch' ? phaseTitle(rec.phase, r.situation).toLowerCase() : rec.phase;
      para(`${rec.title} [${tag}]`, 2, c.bold);
      para(safeText(rec.why), 4);
    }
  }

  h('Inputs');
  const cover = questionnaireCoverage(r.answers);
  if (cover) out.push(`  the questionnaire's answers: ${cover.answered} of ${cover.asked} questions answered`);
  if (r.inputs.length === 0) out.push(c.dim('  no data files'));
  // paths shown from the folder they all share, said once
  const dirs = r.inputs.map((i) => i.path.slice(0, i.path.lastIndexOf('/') + 1));
  let common = dirs[0] ?? '';
  for (const d of dirs) while (common && !d.startsWith(common)) common = common.slice(0, common.slice(0, -1).lastIndexOf('/') + 1);
  if (common) out.push(c.dim(`  in ${safeText(common)}`));
  if (r.inputs.length) fitted(
    [
      { head: 'File', wraps: true },
      { head: 'Kind' },
      { head: 'CRM', drop: 4 },
      { head: 'Object', drop: 5 },
      { head: 'Rows', align: 'right' },
      { head: 'Skipped', align: 'right' },
      { head: 'Dup.', align: 'right', drop: 6 },
      { head: 'Encoding', drop: 7 },
      { head: 'Sep.', drop: 8 },
    ],
    r.inputs.map((i) => [
      safeText(i.path.slice(common.length)),
      i.kindConfidence < 0.5 ? c.yellow(`${i.kind}?`) : i.kind,
      i.crm,
      safeText(i.object ?? '–'),
      num(i.rows),
      i.skipped ? c.yellow(num(i.skipped)) : '0',
      num(i.duplicates),
      i.encoding,
      i.delimiter === '\t' ? 'tab' : i.delimiter,
    ]),
  );
  for (const i of r.inputs) {
    for (const w of i.warnings) para(`! ${safeText(i.path)}: ${safeText(w.message)}`, 2, c.yellow);
    for (const e of i.errors.slice(0, 5)) {
      para(`! ${safeText(formatWhere({ file: i.path, line: e.line, ...(e.column ? { column: e.column } : {}) }))}: ${safeText(e.message)}`, 2, c.yellow);
    }
    if (i.skipped > 5) para(`! ${safeText(i.path)}: ${plural(i.skipped - 5, 'more malformed row', 'more malformed rows')} (see --format json)`, 2, c.yellow);
  }

  if (r.fields?.length) {
    const withStats = r.fields.filter((f) => f.fillRate !== null);
    const counts = { high: 0, low: 0, system: 0, neutral: 0 };
    for (const f of r.fields) counts[f.card]++;
    h(`Fields (${r.fields.length}: ${counts.high} High Card, ${counts.low} Low Card, ${counts.neutral} neutral, ${counts.system} system)`);
    const max = o.maxFields ?? 30;
    const sorted = [...withStats]
      .filter((f) => f.card !== 'system')
      .sort((a, b) => (a.fillRate ?? 0) - (b.fillRate ?? 0) || a.name.localeCompare(b.name));
    if (sorted.length) {
      fitted(
        [
          { head: 'Object', drop: 3 },
          { head: 'Field', wraps: true },
          { head: 'Card' },
          { head: 'Fill', align: 'right' },
          { head: 'Junk', align: 'right' },
          { head: 'Distinct', align: 'right', drop: 4 },
          { head: 'Type', drop: 5 },
        ],
        sorted.slice(0, max).map((f) => [
          safeText(f.object ?? '–'),
          safeText(f.name),
          cardLabel(f.card, c),
          pct(f.fillRate),
          f.junkShare ? c.yellow(pct(f.junkShare)) : pct(f.junkShare),
          pct(f.distinctRatio),
          safeText(f.type),
        ]),
      );
    }
    const hidden = sorted.length - Math.min(max, sorted.length);
    const system = withStats.filter((f) => f.card === 'system').length;
    if (hidden > 0 || system > 0) {
      para(`${hidden > 0 ? plural(hidden, 'more field', 'more fields') : ''}${hidden > 0 && system > 0 ? ' and ' : ''}${system > 0 ? plural(system, 'system field') : ''} not shown (see --format json)`, 2, c.dim);
    }
  }

  if (r.users) {
    const u = r.users;
    h('Users');
    para(`${plural(u.total, 'user')}${u.rosterGiven ? ' (active in the roster)' : ' (seen as owners or users)'} · active in 30 days ${num(u.active30)} · in 90 days ${num(u.active90)} · inactive ${pct(u.inactiveShare)}`, 0);
    const howOften = noUseOverTime(r);
    if (howOften) para(`how often they use it: not shown: ${howOften}`, 0);
    else para(`concentration (Gini) ${u.gini.toFixed(2)} · polarisation ${u.polarization.index.toFixed(2)} (${pct(u.polarization.lowShare)} rarely active, ${pct(u.polarization.highShare)} active most days)`, 0);
    if (u.teams.length) {
      fitted(
        [
          { head: 'Team', wraps: true },
          { head: 'Users', align: 'right' },
          { head: 'Active 90d', align: 'right', drop: 2 },
          { head: 'Inactive', align: 'right', drop: 3 },
          ...(howOften ? [] : [{ head: 'Polarisation', align: 'right' as const }]),
        ],
        u.teams.map((t) => [safeText(t.name), num(t.users), num(t.active90), pct(t.inactiveShare), ...(howOften ? [] : [t.polarization.index.toFixed(2)])]),
      );
    }
    if (u.suppressedTeams) para(`${u.suppressedTeams} team(s) not shown: fewer than the minimum group size, or hidden so a total cannot reveal them`, 2, c.dim);
  }
  if (r.activity) {
    const a = r.activity;
    h('Activity logging');
    para(`${plural(a.activities, 'activity', 'activities')} · in bursts ${pct(a.burstShare)} · logged late ${pct(a.lateShare)} · at week or month end ${pct(a.periodEndShare)}`, 0);
  }
  if (r.records) {
    // the same scope and figures as the report and the stale-records finding
    const f = freshnessScope(r.records);
    const staleDays = r.settings?.staleDays ?? 90;
    const median = f.medianDaysSinceModified === null ? '–' : num(Math.round(f.medianDaysSinceModified));
    para(
      `${num(f.records)} ${scopeNoun(f, f.records === 1)}${f.open ? ' (not closed, won or lost)' : ''} · median ${median} ${median === '1' ? 'day' : 'days'} since last change · ` +
        `${pct(f.staleShare)} not changed for more than ${staleDays} days`,
      0,
    );
  }
  if (r.interviews) {
    const iv = r.interviews;
    const minGroupSize = minGroupSizeOf(r.settings);
    h("Reps' voice");
    if (iv.figuresHidden) {
      para(`${plural(iv.notes, 'note')} from ${plural(iv.respondents, 'respondent')} · no figure given: ${whyNoFigures(iv, minGroupSize)}`, 0);
    } else {
      para(`${plural(iv.notes, 'note')} from ${plural(iv.respondents, 'respondent')} · sentiment ${iv.sentiment.positive} positive, ${iv.sentiment.neutral} neutral, ${iv.sentiment.negative} negative`, 0);
      para(
        iv.stancesHidden
          ? `stances: none counted: ${whyNoStances(iv, minGroupSize)}`
          : `stances: ${iv.stances.love} love, ${iv.stances.hate} hate, ${iv.stances.ambivalent} ambivalent, ${iv.stances.neutral} neutral · polarisation ${iv.polarization.index.toFixed(2)}`,
        0,
      );
      // the themes some note raised: one that none did is not a top theme
      const top = iv.themes.filter((t) => t.count > 0).sort((a, b) => b.count - a.count).slice(0, 5);
      const title = themeTitles(iv);
      para(top.length ? `top themes: ${top.map((t) => `${safeText(title(t.id))} (${t.count})`).join(', ')}` : 'top themes: none found (no note raised a theme)', 0);
    }
  }

  out.push('');
  return out.join('\n');
}
