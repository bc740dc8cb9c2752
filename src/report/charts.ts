// The report's charts, as inline SVG drawn by hand at render time (svg.ts): horizontal bars, columns, 100%
// split bars and the score gauge. Measured on the example client, vega-lite and vega took about 1.3 s of a
// 3 s budget (0.3 s to import, then rendering); these take a few milliseconds and need no dependency.
// Every chart carries text labels with its numbers, so that the PDF's text holds them too. Data reaches the
// SVG only escaped, long labels are cut with an ellipsis (the full text in a <title>), and each chart is
// checked as markup before use.
import type { Formatter } from './format.js';
import { BAND_COLORS, CARD_COLORS, STANCE_COLORS, chartFields, type ReportModel } from './model.js';
import { assertSafeSvg, el, fit, FONT, num, svgRoot, text, textWidth, ticks } from './svg.js';

export { assertSafeSvg, FONT };

export const CHART_IDS = ['gauge', 'categories', 'fill', 'distribution', 'weekdays', 'split', 'themes'] as const;
export type ChartId = (typeof CHART_IDS)[number];
export type Charts = Partial<Record<ChartId, string>>;

const INK = '#1f2933';
const MUTED = '#5f6b7a';
const GRID = '#e4e8ee';
const DOMAIN = '#c9d0d9';
/** axis labels */
const AXIS_SIZE = 10;
/** the numbers on the marks */
const VALUE_SIZE = 9.5;
/** room around the drawing, so that nothing touches the edge */
const PAD = 4;

/**
 * Distinct labels for the fill-rate chart: a label that repeats is told apart by its object, e.g.
 * "Type (Task)" and "Type (Event)", and by a counter when even that repeats.
 */
function uniqueLabels(items: Array<{ label: string; object: string | null }>): string[] {
  const count = new Map<string, number>();
  for (const i of items) count.set(i.label, (count.get(i.label) ?? 0) + 1);
  const seen = new Map<string, number>();
  return items.map((i) => {
    const base = (count.get(i.label) ?? 0) > 1 && i.object ? `${i.label} (${i.object})` : i.label;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} ${n}`;
  });
}

/** A bar with its far end rounded (radius 2), from (x0, y) to (x1, y + h); nothing when it has no length. */
function bar(x0: number, x1: number, y: number, h: number, fill: string, vertical = false): string {
  const len = vertical ? h : x1 - x0;
  if (!(len > 0)) return '';
  const r = Math.min(2, len / 2, (vertical ? x1 - x0 : h) / 2);
  const d = vertical
    ? // a column standing on y + h, rounded at the top
      `M${num(x0)} ${num(y + h)}V${num(y + r)}Q${num(x0)} ${num(y)} ${num(x0 + r)} ${num(y)}H${num(x1 - r)}Q${num(x1)} ${num(y)} ${num(x1)} ${num(y + r)}V${num(y + h)}Z`
    : `M${num(x0)} ${num(y)}H${num(x1 - r)}Q${num(x1)} ${num(y)} ${num(x1)} ${num(y + r)}V${num(y + h - r)}Q${num(x1)} ${num(y + h)} ${num(x1 - r)} ${num(y + h)}H${num(x0)}Z`;
  return el('path', { d, fill });
}

function line(x1: number, y1: number, x2: number, y2: number, stroke: string): string {
  return el('line', { x1, y1, x2, y2, stroke, 'stroke-width': 1, 'shape-rendering': 'crispEdges' });
}

interface HbarRow {
  label: string;
  value: number;
  color: string;
  text: string;
}

/**
 * Horizontal bars, one row per item in the given order: the label on the left (right-aligned, cut to
 * `labelMax` px), the value after the bar, and a value axis with grid lines underneath.
 */
function hbar(rows: HbarRow[], f: Formatter, opts: { max?: number; percent?: boolean; width: number; rowHeight: number; labelMax?: number }): string {
  const rh = opts.rowHeight;
  const labelSize = rh < 12 ? 9 : rh < 14 ? 9.5 : AXIS_SIZE;
  const labels = rows.map((r) => fit(r.label, opts.labelMax ?? 200, labelSize));
  const labelW = Math.max(0, ...labels.map((l) => textWidth(l, labelSize)));
  const max = opts.max ?? Math.max(1, ...rows.map((r) => r.value));
  // the axis stops at the last round value within the data (grid lines never run past the longest bar's scale)
  const grid = (opts.percent ? [0, 0.2, 0.4, 0.6, 0.8, 1] : ticks(max, 5)).filter((v) => v <= max + 1e-9);
  const tickText = (v: number) => (opts.percent ? f.percent(v) : f.number(v));
  const x0 = PAD + labelW + 6;
  const w = opts.width;
  const sx = (v: number) => x0 + (Math.max(0, Math.min(max, v)) / max) * w;
  const lastTick = grid.length ? textWidth(tickText(grid[grid.length - 1]!), AXIS_SIZE) / 2 : 0;
  // the value of the longest bar and the last axis label both stay inside the drawing
  const right = Math.max(...rows.map((r) => sx(r.value) + 4 + textWidth(r.text, VALUE_SIZE)), x0 + w + lastTick, x0 + w) + PAD;
  const top = PAD;
  const plotH = rows.length * rh;
  const height = top + plotH + 6 + AXIS_SIZE + PAD;

  const body: string[] = [];
  body.push(el('g', {}, ...grid.map((v) => line(sx(v), top, sx(v), top + plotH, GRID))));
  const marks = rows.map((r, i) => {
    const y = top + i * rh;
    return el(
      'g',
      {},
      text(x0 - 6, y + rh / 2, labels[i] ?? '', { size: labelSize, anchor: 'end', fill: MUTED }, r.label),
      bar(x0, sx(r.value), y + rh * 0.15, rh * 0.7, r.color),
      text(sx(r.value) + 4, y + rh / 2, r.text, { size: VALUE_SIZE, fill: INK }),
    );
  });
  body.push(...marks);
  body.push(
    el(
      'g',
      {},
      line(x0, top + plotH, x0 + w, top + plotH, DOMAIN),
      ...grid.map((v) => line(sx(v), top + plotH, sx(v), top + plotH + 4, DOMAIN)),
      ...grid.map((v) => text(sx(v), top + plotH + 6 + AXIS_SIZE / 2, tickText(v), { size: AXIS_SIZE, anchor: 'middle', fill: MUTED })),
    ),
  );
  return svgRoot(right, height, body);
}

interface Column {
  label: string;
  value: number;
  text: string;
  color: string;
}

/** Columns in the given order, each with its value on top, an axis on the left and the labels below. */
function columns(rows: Column[], f: Formatter, opts: { width: number; height: number; yTitle?: string }): string {
  const domain = Math.max(1, ...rows.map((r) => r.value)) * 1.15;
  const axis = ticks(domain / 1.15, 4).filter((v) => v <= domain);
  const tickW = Math.max(...axis.map((v) => textWidth(f.number(v), AXIS_SIZE)));
  const titleW = opts.yTitle ? AXIS_SIZE + 6 : 0;
  const x0 = PAD + titleW + tickW + 6;
  const top = PAD + 2;
  const plotH = opts.height;
  const w = opts.width;
  const band = w / Math.max(1, rows.length);
  const sy = (v: number) => top + plotH - (Math.max(0, v) / domain) * plotH;
  const height = top + plotH + 4 + AXIS_SIZE + PAD;

  const body: string[] = [];
  body.push(
    el(
      'g',
      {},
      ...axis.map((v) => line(x0, sy(v), x0 + w, sy(v), GRID)),
      line(x0, top, x0, top + plotH, DOMAIN),
      ...axis.map((v) => line(x0 - 4, sy(v), x0, sy(v), DOMAIN)),
      ...axis.map((v) => text(x0 - 6, sy(v), f.number(v), { size: AXIS_SIZE, anchor: 'end', fill: MUTED })),
    ),
  );
  if (opts.yTitle) {
    const cx = PAD + AXIS_SIZE / 2;
    const cy = top + plotH / 2;
    body.push(text(cx, cy, opts.yTitle, { size: AXIS_SIZE, anchor: 'middle', fill: MUTED }, undefined, { transform: `rotate(-90 ${num(cx)} ${num(cy)})` }));
  }
  rows.forEach((r, i) => {
    const cx = x0 + band * (i + 0.5);
    const bw = band * 0.72;
    const label = fit(r.label, band - 2, AXIS_SIZE - 1);
    body.push(
      el(
        'g',
        {},
        bar(cx - bw / 2, cx + bw / 2, sy(r.value), top + plotH - sy(r.value), r.color, true),
        text(cx, sy(r.value) - 3 - VALUE_SIZE / 2, r.text, { size: VALUE_SIZE, anchor: 'middle', fill: INK }),
        text(cx, top + plotH + 4 + AXIS_SIZE / 2, label, { size: AXIS_SIZE - 1, anchor: 'middle', fill: MUTED }, r.label),
      ),
    );
  });
  body.push(line(x0, top + plotH, x0 + w, top + plotH, DOMAIN));
  return svgRoot(x0 + w + PAD, height, body);
}

interface SplitRow {
  row: string;
  segments: Array<{ label: string; count: number; color: string; text: string }>;
}

/**
 * A 100% bar per row, and under it a legend in the segments' order: a swatch of the segment's colour beside its
 * label and number ("Love it 21"). A label is never placed on the bar, where a thin segment (one person) would
 * push it onto its neighbour or past the end of the bar; the swatch says which segment it names, whatever the
 * split. Segments with nothing in them are left out of the bar and the legend; a legend too long for the bar's
 * width wraps onto another line.
 */
function splitBars(rows: SplitRow[], width = 440): string {
  const barH = 22;
  const line = 15;
  const swatch = 9;
  const rowLabels = rows.map((r) => fit(r.row, 110, AXIS_SIZE));
  const x0 = PAD + Math.max(...rowLabels.map((l) => textWidth(l, AXIS_SIZE))) + 8;
  const body: string[] = [];
  let y = PAD;
  rows.forEach((r, i) => {
    const total = r.segments.reduce((s, x) => s + x.count, 0) || 1;
    const parts: string[] = [text(x0 - 8, y + barH / 2, rowLabels[i] ?? '', { size: AXIS_SIZE, anchor: 'end', fill: MUTED }, r.row)];
    let at = 0;
    for (const s of r.segments) {
      const w = (s.count / total) * width;
      if (w > 0) parts.push(el('rect', { x: x0 + at, y, width: w, height: barH, fill: s.color, stroke: '#ffffff', 'stroke-width': 1 }));
      at += w;
    }
    // the legend, from the bar's left edge
    let lx = x0;
    let ly = y + barH + 5 + line / 2;
    for (const s of r.segments.filter((x) => x.count > 0)) {
      const label = fit(s.text, width - swatch - 4, VALUE_SIZE);
      const w = swatch + 4 + textWidth(label, VALUE_SIZE);
      if (lx > x0 && lx + w > x0 + width) {
        lx = x0;
        ly += line;
      }
      parts.push(
        el('rect', { x: lx, y: ly - swatch / 2, width: swatch, height: swatch, fill: s.color }),
        text(lx + swatch + 4, ly, label, { size: VALUE_SIZE, fill: INK }, s.text),
      );
      lx += w + 14;
    }
    body.push(el('g', {}, ...parts));
    y = ly + line / 2 + 10;
  });
  return svgRoot(x0 + width + PAD, y - 10 + PAD, body);
}

/** The score on a half-ring of the four bands (the score's band strong, the others faint), 0 to 100. */
function gauge(score: number, band: keyof typeof BAND_COLORS | null, f: Formatter): string {
  const cx = 150;
  const cy = 140;
  // Angles clockwise from 12 o'clock: -90° is 0, +90° is 100.
  const angle = (v: number) => -Math.PI / 2 + (Math.max(0, Math.min(100, v)) / 100) * Math.PI;
  const pt = (a: number, r: number) => `${num(cx + Math.sin(a) * r)} ${num(cy - Math.cos(a) * r)}`;
  const arc = (s: number, e: number, inner: number, outer: number) => {
    const large = e - s > Math.PI ? 1 : 0;
    return `M${pt(s, outer)}A${outer} ${outer} 0 ${large} 1 ${pt(e, outer)}L${pt(e, inner)}A${inner} ${inner} 0 ${large} 0 ${pt(s, inner)}Z`;
  };
  const pad = 0.006;
  const body: string[] = [];
  (['low', 'moderate', 'high', 'critical'] as const).forEach((b, i) => {
    body.push(el('path', { d: arc(angle(i * 25) + pad, angle((i + 1) * 25) - pad, 104, 116), fill: BAND_COLORS[b], opacity: b === band ? null : 0.35 }));
  });
  body.push(el('path', { d: arc(angle(0), angle(100), 72, 98), fill: '#edf0f4' }));
  if (score > 0) body.push(el('path', { d: arc(angle(0), angle(score), 72, 98), fill: band ? BAND_COLORS[band] : MUTED }));
  for (const v of [0, 25, 50, 75, 100]) {
    const a = angle(v);
    body.push(text(cx + Math.sin(a) * 128, cy - Math.cos(a) * 128, f.number(v), { size: 9, anchor: 'middle', fill: MUTED }));
  }
  // text() takes the middle of a line: the score's baseline at cy - 8, the caption's at cy + 12
  body.push(text(cx, cy - 8 - 40 * 0.35, f.number(score, 0), { size: 40, anchor: 'middle', weight: 'bold', fill: INK }));
  body.push(text(cx, cy + 12 - 10 * 0.35, 'out of 100', { size: 10, anchor: 'middle', fill: MUTED }));
  return svgRoot(300, 160, body);
}

/** Build every chart the model's sections call for. */
export async function renderCharts(model: ReportModel, f: Formatter): Promise<Charts> {
  const out: Charts = {};
  const add = (id: ChartId, svg: string) => (out[id] = assertSafeSvg(svg));
  const accent = model.meta.accent;

  const s = model.summary;
  if (s && s.score !== null) add('gauge', gauge(s.score, (s.band as keyof typeof BAND_COLORS | null) ?? null, f));

  const cats = model.scorecard?.categories.filter((c) => c.score !== null) ?? [];
  if (cats.length) {
    add(
      'categories',
      hbar(
        cats.map((c) => ({ label: c.title, value: c.score ?? 0, color: c.color, text: f.number(c.score, 0) })),
        f,
        { max: 100, width: 360, rowHeight: 24 },
      ),
    );
  }

  if (model.fields && model.fields.chartCount > 0) {
    const fields = chartFields(model.result.fields ?? []);
    const labels = uniqueLabels(fields.map((x) => ({ label: x.label || x.name, object: x.object })));
    add(
      'fill',
      hbar(
        fields.map((x, i) => ({
          label: labels[i] ?? x.name,
          value: x.fillRate ?? 0,
          color: CARD_COLORS[x.card],
          text: f.percent(x.fillRate),
        })),
        f,
        // Wide and low: 40 bars must leave room on the page for the start of the Low Card table.
        { max: 1, percent: true, width: 440, rowHeight: 11, labelMax: 170 },
      ),
    );
  }

  const users = model.usage?.users;
  if (users?.hasDistribution) {
    const dist = model.result.users?.distribution ?? [];
    add(
      'distribution',
      columns(
        dist.map((d) => ({ label: d.bin, value: d.users, text: f.number(d.users), color: accent })),
        f,
        { width: 600, height: 100, yTitle: 'users' },
      ),
    );
  }

  if (model.usage?.activity?.hasWeekdays) {
    const days = model.result.activity?.byWeekday ?? [];
    const names = weekdayNames(f.locale);
    const max = Math.max(...days);
    add(
      'weekdays',
      columns(
        days.map((n, i) => ({ label: names[i] ?? String(i + 1), value: n, text: f.number(n), color: n === max ? model.meta.accentDark : accent })),
        f,
        { width: 300, height: 110 },
      ),
    );
  }

  const v = model.voice;
  if (v) {
    const rows: SplitRow[] = [];
    if (v.stances.some((x) => x.count > 0)) {
      rows.push({
        row: 'Respondents',
        segments: v.stances.map((x) => ({
          label: x.label,
          count: x.count,
          color: STANCE_COLORS[x.id as keyof typeof STANCE_COLORS],
          text: `${x.label} ${f.number(x.count)}`,
        })),
      });
    }
    if (v.sentiment.some((x) => x.count > 0)) {
      const colors: Record<string, string> = { positive: STANCE_COLORS.love, neutral: STANCE_COLORS.neutral, negative: STANCE_COLORS.hate };
      rows.push({
        row: 'Notes',
        segments: v.sentiment.map((x) => ({ label: x.label, count: x.count, color: colors[x.id] ?? MUTED, text: `${x.label} ${f.percent(x.share)}` })),
      });
    }
    if (rows.length) add('split', splitBars(rows));
    if (v.themes.length) {
      add(
        'themes',
        hbar(
          v.themes.map((t) => ({ label: t.title, value: t.count, color: accent, text: `${f.number(t.count)} (${f.percent(t.share)})` })),
          f,
          { width: 330, rowHeight: 17 },
        ),
      );
    }
  }
  return out;
}

function weekdayNames(locale: string): string[] {
  const fmt = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => fmt.format(new Date(Date.UTC(2024, 0, 1 + i))));
}
