// The terminal summary of an AuditResult: inputs, risk, fields sorted by fill, users, activity, voice.
// Wording and colour are added here; every data string goes through safeText.
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { AuditResult, FieldResult } from '../result/schema.js';
import { safeText } from './safe-text.js';

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
  /** most field rows to show (the rest are counted) */
  maxFields?: number;
}

export function renderTable(r: AuditResult, o: TableOptions): string {
  const c = o.color;
  const out: string[] = [];
  const h = (s: string) => out.push('', c.bold.underline(s));
  const title = r.meta.client ? `CRM adoption audit — ${safeText(r.meta.client)}` : 'CRM adoption audit';
  out.push(c.bold(title));
  out.push(`${r.situation.replace('-', ' ')} · data as of ${r.generatedAt ? r.generatedAt.slice(0, 10) : 'undated (pass --now)'}`);

  if (r.risk) {
    h('Adoption risk');
    const band = r.risk.band;
    const score = r.risk.score === null ? 'not scored' : `${Math.round(r.risk.score)}/100`;
    out.push(`${c.bold(score)}${band ? ` ${c[BAND_COLOR[band]](band)}` : ''} · confidence ${r.risk.confidence}`);
    for (const reason of r.risk.confidenceReasons) out.push(c.dim(`  ${reason}`));
    if (r.categories?.length) {
      const t = table(['Category', 'Risk', 'Weight'], c, ['left', 'right', 'right']);
      for (const cat of r.categories) t.push([cat.title, cat.risk === null ? 'n/a' : `${Math.round(cat.risk * 100)}`, String(cat.weight)]);
      out.push(t.toString());
    }
    if (r.risk.drivers.length && r.audits) {
      out.push(c.bold('Top drivers'));
      for (const d of r.risk.drivers.slice(0, 5)) {
        const a = r.audits.find((x) => x.id === d.audit);
        out.push(`  ${c.red('✗')} ${a ? a.failureTitle : d.audit} ${c.dim(`(+${d.contribution.toFixed(1)} points)`)}`);
        if (a?.evidence) out.push(c.dim(`    ${safeText(a.evidence.summary)}`));
      }
    }
  }
  if (r.recommendations?.length) {
    h('Top recommendations');
    for (const rec of r.recommendations.slice(0, 3)) {
      out.push(`  ${c.bold(rec.title)} ${c.dim(`[${rec.phase}]`)}`);
      out.push(`    ${safeText(rec.why)}`);
    }
  }

  h('Inputs');
  const ti = table(['File', 'Kind', 'CRM', 'Object', 'Rows', 'Skipped', 'Dup.', 'Encoding', 'Sep.'], c, [
    'left', 'left', 'left', 'left', 'right', 'right', 'right', 'left', 'left',
  ]);
  for (const i of r.inputs) {
    const kind = i.kindConfidence < 0.5 ? c.yellow(`${i.kind}?`) : i.kind;
    ti.push([
      safeText(i.path),
      kind,
      i.crm,
      safeText(i.object ?? '–'),
      num(i.rows),
      i.skipped ? c.yellow(num(i.skipped)) : '0',
      num(i.duplicates),
      i.encoding,
      i.delimiter === '\t' ? 'tab' : i.delimiter,
    ]);
  }
  out.push(ti.toString());
  for (const i of r.inputs) {
    for (const w of i.warnings) out.push(c.yellow(`  ! ${safeText(i.path)}: ${safeText(w.message)}`));
    for (const e of i.errors.slice(0, 5)) out.push(c.yellow(`  ! ${safeText(i.path)}:${e.line}${e.column ? `:${e.column}` : ''}: ${safeText(e.message)}`));
    if (i.skipped > 5) out.push(c.yellow(`  ! ${safeText(i.path)}: ${i.skipped - 5} more malformed rows (see --format json)`));
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
    const tf = table(['Object', 'Field', 'Card', 'Fill', 'Junk', 'Distinct', 'Type'], c, ['left', 'left', 'left', 'right', 'right', 'right', 'left']);
    for (const f of sorted.slice(0, max)) {
      tf.push([
        safeText(f.object ?? '–'),
        safeText(f.name),
        cardLabel(f.card, c),
        pct(f.fillRate),
        f.junkShare ? c.yellow(pct(f.junkShare)) : pct(f.junkShare),
        pct(f.distinctRatio),
        safeText(f.type),
      ]);
    }
    if (sorted.length) out.push(tf.toString());
    const hidden = sorted.length - Math.min(max, sorted.length);
    const system = withStats.filter((f) => f.card === 'system').length;
    if (hidden > 0 || system > 0) {
      out.push(c.dim(`  ${hidden > 0 ? `${hidden} more fields` : ''}${hidden > 0 && system > 0 ? ' and ' : ''}${system > 0 ? `${system} system fields` : ''} not shown (see --format json)`));
    }
  }

  if (r.users) {
    const u = r.users;
    h('Users');
    out.push(
      `${num(u.total)} users${u.rosterGiven ? ' (active in the roster)' : ' (seen as owners or users)'} · active in 30 days ${num(u.active30)} · in 90 days ${num(u.active90)} · inactive ${pct(u.inactiveShare)}`,
    );
    out.push(
      `concentration (Gini) ${u.gini.toFixed(2)} · polarisation ${u.polarization.index.toFixed(2)} (${pct(u.polarization.lowShare)} rarely active, ${pct(u.polarization.highShare)} active most days)`,
    );
    if (u.teams.length) {
      const tt = table(['Team', 'Users', 'Active 90d', 'Inactive', 'Polarisation'], c, ['left', 'right', 'right', 'right', 'right']);
      for (const t of u.teams) tt.push([safeText(t.name), num(t.users), num(t.active90), pct(t.inactiveShare), t.polarization.index.toFixed(2)]);
      out.push(tt.toString());
    }
    if (u.suppressedTeams) out.push(c.dim(`  ${u.suppressedTeams} team(s) not shown: fewer than the minimum group size, or hidden so a total cannot reveal them`));
  }
  if (r.activity) {
    const a = r.activity;
    h('Activity logging');
    out.push(
      `${num(a.activities)} activities · in bursts ${pct(a.burstShare)} · logged late ${pct(a.lateShare)} · at week or month end ${pct(a.periodEndShare)}`,
    );
  }
  if (r.records) {
    const f = r.records.freshness;
    out.push(
      `${num(r.records.records)} records · median ${f.medianDaysSinceModified ?? '–'} days since last change · stale ${pct(f.staleShare)}`,
    );
  }
  if (r.interviews) {
    const iv = r.interviews;
    h("Reps' voice");
    out.push(
      `${num(iv.notes)} notes from ${num(iv.respondents)} respondents · sentiment ${iv.sentiment.positive} positive, ${iv.sentiment.neutral} neutral, ${iv.sentiment.negative} negative`,
    );
    out.push(
      `stances: ${iv.stances.love} love, ${iv.stances.hate} hate, ${iv.stances.ambivalent} ambivalent, ${iv.stances.neutral} neutral · polarisation ${iv.polarization.index.toFixed(2)}`,
    );
    const top = [...iv.themes].sort((a, b) => b.count - a.count).slice(0, 5);
    if (top.length) out.push(`top themes: ${top.map((t) => `${t.id} (${t.count})`).join(', ')}`);
  }
  out.push('');
  return out.join('\n');
}
