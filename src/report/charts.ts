// The report's charts, as inline SVG made at render time with vega-lite and vega (loaded only when a report
// is rendered). Every chart carries text labels with its numbers, so that the PDF's text holds them too.
// Data reaches vega only as inline values; the loader refuses every URL, and the SVG is checked before use.
import type { TopLevelSpec } from 'vega-lite';
import type { Spec as VegaSpec } from 'vega';
import type { Formatter } from './format.js';
import { BAND_COLORS, CARD_COLORS, STANCE_COLORS, chartFields, type ReportModel } from './model.js';

export const CHART_IDS = ['gauge', 'categories', 'fill', 'distribution', 'weekdays', 'split', 'themes'] as const;
export type ChartId = (typeof CHART_IDS)[number];
export type Charts = Partial<Record<ChartId, string>>;

export const FONT = "'Liberation Sans', Arial, Helvetica, 'DejaVu Sans', sans-serif";
const INK = '#1f2933';
const MUTED = '#5f6b7a';
const GRID = '#e4e8ee';

type Vega = typeof import('vega');
type VegaLite = typeof import('vega-lite');
let libs: Promise<{ vega: Vega; vl: VegaLite }> | undefined;

/** vega and vega-lite take about 0.3 s to import: only a report render pays for it. */
function loadLibs(): Promise<{ vega: Vega; vl: VegaLite }> {
  libs ??= Promise.all([import('vega'), import('vega-lite')]).then(([vega, vl]) => ({ vega, vl }));
  return libs;
}

const CONFIG = {
  font: FONT,
  background: null,
  view: { stroke: null },
  axis: {
    labelFont: FONT,
    titleFont: FONT,
    labelColor: MUTED,
    titleColor: MUTED,
    labelFontSize: 10,
    titleFontSize: 10,
    titleFontWeight: 'normal',
    gridColor: GRID,
    domainColor: '#c9d0d9',
    tickColor: '#c9d0d9',
    labelLimit: 260,
  },
  legend: { labelFont: FONT, labelFontSize: 10, labelColor: INK, titleFontSize: 10, symbolType: 'square', orient: 'top' },
  text: { font: FONT, fontSize: 10, color: INK },
} as const;

// What vega's SVG renderer writes for our charts: shapes, groups, clip paths and text. Nothing else may pass.
const SVG_TAGS = new Set(['svg', 'g', 'path', 'rect', 'line', 'circle', 'ellipse', 'polygon', 'polyline', 'text', 'tspan', 'title', 'desc', 'defs', 'clippath', 'lineargradient', 'radialgradient', 'stop']);
const TAG = /<\/?([A-Za-z][\w:-]*)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*\/?>/g;
const URL_ATTRS = new Set(['fill', 'stroke', 'clip-path', 'mask', 'filter', 'marker-start', 'marker-mid', 'marker-end', 'cursor']);
const ATTR = /([\w:-]+)(?:="([^"]*)")?/g;

/**
 * The SVG goes into the page as markup, so check it as markup: every tag on the list above, no event
 * handler, no link, no url() other than a local #reference. Text and attribute values are escaped by vega.
 */
export function assertSafeSvg(svg: string): string {
  const fail = (why: string) => new Error(`a chart produced unexpected SVG content (${why})`);
  if (!svg.startsWith('<svg')) throw fail('not an svg element');
  let covered = 0;
  for (const m of svg.matchAll(TAG)) {
    const between = svg.slice(covered, m.index);
    if (between.includes('<') || between.includes('>')) throw fail('stray markup');
    covered = (m.index ?? 0) + m[0].length;
    const tag = (m[1] ?? '').toLowerCase();
    if (!SVG_TAGS.has(tag)) throw fail(`element ${tag}`);
    for (const a of (m[2] ?? '').matchAll(ATTR)) {
      const name = (a[1] ?? '').toLowerCase();
      const value = a[2] ?? '';
      if (name.startsWith('on') || name === 'href' || name.endsWith(':href') || name === 'src' || name === 'style') throw fail(`attribute ${name}`);
      // url() is read only in presentation attributes; aria-label and the like hold escaped data as plain text.
      if (URL_ATTRS.has(name) && /url\(\s*(?!['"]?#)/i.test(value)) throw fail(`value of ${name}`);
    }
  }
  const rest = svg.slice(covered);
  if (rest.includes('<') || rest.includes('>')) throw fail('stray markup');
  return svg;
}

async function toSvg(spec: TopLevelSpec | VegaSpec, isLite: boolean): Promise<string> {
  const { vega, vl } = await loadLibs();
  const vgSpec = isLite ? vl.compile(spec as TopLevelSpec, { config: CONFIG as never }).spec : (spec as VegaSpec);
  const loader = vega.loader();
  const refuse = () => Promise.reject(new Error('charts load nothing'));
  loader.load = refuse;
  loader.sanitize = refuse;
  const view = new vega.View(vega.parse(vgSpec), { renderer: 'none', loader });
  try {
    return assertSafeSvg(await view.toSVG());
  } finally {
    view.finalize();
  }
}

/**
 * Distinct y labels (vega merges equal nominal values into one bar): a label that repeats is told apart by
 * its object, e.g. "Type (Task)" and "Type (Event)", and by a counter when even that repeats.
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

function gauge(score: number, band: keyof typeof BAND_COLORS | null, f: Formatter): VegaSpec {
  const cx = 150;
  const cy = 140;
  const angle = (v: number) => -Math.PI / 2 + (Math.max(0, Math.min(100, v)) / 100) * Math.PI;
  const bands = (['low', 'moderate', 'high', 'critical'] as const).map((b, i) => ({
    s: angle(i * 25),
    e: angle((i + 1) * 25),
    color: BAND_COLORS[b],
    opacity: b === band ? 1 : 0.35,
  }));
  const ticks = [0, 25, 50, 75, 100].map((v) => {
    const a = angle(v);
    return { x: cx + Math.sin(a) * 128, y: cy - Math.cos(a) * 128, label: f.number(v) };
  });
  return {
    $schema: 'https://vega.github.io/schema/vega/v6.json',
    width: 300,
    height: 160,
    background: null as never,
    data: [
      { name: 'bands', values: bands },
      { name: 'value', values: [{ s: angle(0), e: angle(score) }] },
      { name: 'ticks', values: ticks },
    ],
    marks: [
      {
        type: 'arc',
        from: { data: 'bands' },
        encode: {
          enter: {
            x: { value: cx },
            y: { value: cy },
            startAngle: { field: 's' },
            endAngle: { field: 'e' },
            innerRadius: { value: 104 },
            outerRadius: { value: 116 },
            padAngle: { value: 0.012 },
            fill: { field: 'color' },
            opacity: { field: 'opacity' },
          },
        },
      },
      {
        type: 'arc',
        encode: {
          enter: {
            x: { value: cx },
            y: { value: cy },
            startAngle: { value: angle(0) },
            endAngle: { value: angle(100) },
            innerRadius: { value: 72 },
            outerRadius: { value: 98 },
            fill: { value: '#edf0f4' },
          },
        },
      },
      {
        type: 'arc',
        from: { data: 'value' },
        encode: {
          enter: {
            x: { value: cx },
            y: { value: cy },
            startAngle: { field: 's' },
            endAngle: { field: 'e' },
            innerRadius: { value: 72 },
            outerRadius: { value: 98 },
            fill: { value: band ? BAND_COLORS[band] : MUTED },
          },
        },
      },
      {
        type: 'text',
        from: { data: 'ticks' },
        encode: {
          enter: {
            x: { field: 'x' },
            y: { field: 'y' },
            text: { field: 'label' },
            align: { value: 'center' },
            baseline: { value: 'middle' },
            fontSize: { value: 9 },
            fill: { value: MUTED },
            font: { value: FONT },
          },
        },
      },
      {
        type: 'text',
        encode: {
          enter: {
            x: { value: cx },
            y: { value: cy - 8 },
            text: { value: f.number(score, 0) },
            align: { value: 'center' },
            baseline: { value: 'alphabetic' },
            fontSize: { value: 40 },
            fontWeight: { value: 'bold' },
            fill: { value: INK },
            font: { value: FONT },
          },
        },
      },
      {
        type: 'text',
        encode: {
          enter: {
            x: { value: cx },
            y: { value: cy + 12 },
            text: { value: 'out of 100' },
            align: { value: 'center' },
            fontSize: { value: 10 },
            fill: { value: MUTED },
            font: { value: FONT },
          },
        },
      },
    ],
  };
}

function hbar(
  rows: Array<{ label: string; value: number; color: string; text: string }>,
  opts: { max?: number; percent?: boolean; width?: number; rowHeight?: number },
): TopLevelSpec {
  const rowHeight = opts.rowHeight ?? 18;
  const values = rows.map((r, i) => ({ ...r, order: i }));
  const x = {
    field: 'value',
    type: 'quantitative',
    title: null,
    scale: { domain: [0, opts.max ?? Math.max(1, ...rows.map((r) => r.value))], nice: false },
    axis: opts.percent ? { format: '.0%', tickCount: 5, grid: true } : { tickCount: 5, grid: true, format: 'd' },
  } as const;
  const y = { field: 'label', type: 'nominal', title: null, sort: null, axis: { ticks: false, domain: false, labelPadding: 6 } } as const;
  const layers: unknown[] = [
    {
      mark: { type: 'bar', cornerRadiusEnd: 2, height: { band: 0.7 } },
      encoding: { y, x, color: { field: 'color', type: 'nominal', scale: null, legend: null } },
    },
    {
      mark: { type: 'text', align: 'left', dx: 4, baseline: 'middle', fontSize: 9.5, color: INK },
      encoding: { y, x, text: { field: 'text', type: 'nominal' } },
    },
  ];
  return {
    width: opts.width ?? 380,
    height: { step: rowHeight },
    data: { values },
    layer: layers,
  } as unknown as TopLevelSpec;
}

function columns(
  rows: Array<{ label: string; value: number; text: string; color: string }>,
  opts: { width?: number; height?: number; yTitle?: string },
): TopLevelSpec {
  const x = { field: 'label', type: 'ordinal', sort: null, title: null, axis: { labelAngle: 0, ticks: false } } as const;
  const y = {
    field: 'value',
    type: 'quantitative',
    title: opts.yTitle ?? null,
    scale: { domain: [0, Math.max(1, ...rows.map((r) => r.value)) * 1.15], nice: false },
    axis: { tickCount: 4, grid: true, format: 'd' },
  } as const;
  return {
    width: opts.width ?? 420,
    height: opts.height ?? 150,
    data: { values: rows },
    layer: [
      { mark: { type: 'bar', cornerRadiusEnd: 2, width: { band: 0.72 } }, encoding: { x, y, color: { field: 'color', type: 'nominal', scale: null, legend: null } } },
      { mark: { type: 'text', baseline: 'bottom', dy: -3, fontSize: 9.5, color: INK }, encoding: { x, y, text: { field: 'text', type: 'nominal' } } },
    ],
  } as unknown as TopLevelSpec;
}

/** A 100% bar per row, segments labelled inside (or left unlabelled when too thin to hold text). */
function splitBars(
  rows: Array<{ row: string; segments: Array<{ label: string; count: number; color: string; text: string }> }>,
  width = 440,
): TopLevelSpec {
  const values: Array<Record<string, unknown>> = [];
  for (const r of rows) {
    const total = r.segments.reduce((s, x) => s + x.count, 0) || 1;
    let at = 0;
    for (const s of r.segments) {
      const share = s.count / total;
      values.push({ row: r.row, x0: at, x1: at + share, mid: at + share / 2, color: s.color, text: share >= 0.1 ? s.text : '', seg: s.label });
      at += share;
    }
  }
  const y = { field: 'row', type: 'nominal', title: null, sort: null, axis: { ticks: false, domain: false, labelPadding: 6, labelFontSize: 10 } } as const;
  const scale = { domain: [0, 1], nice: false };
  return {
    width,
    height: { step: 34 },
    data: { values },
    layer: [
      {
        mark: { type: 'bar', height: { band: 0.78 }, stroke: '#ffffff', strokeWidth: 1 },
        encoding: {
          y,
          x: { field: 'x0', type: 'quantitative', scale, title: null, axis: null },
          x2: { field: 'x1' },
          color: { field: 'color', type: 'nominal', scale: null, legend: null },
        },
      },
      {
        mark: { type: 'text', align: 'center', baseline: 'middle', fontSize: 9.5, color: '#ffffff', fontWeight: 'bold' },
        encoding: { y, x: { field: 'mid', type: 'quantitative', scale }, text: { field: 'text', type: 'nominal' } },
      },
    ],
  } as unknown as TopLevelSpec;
}

/** Build every chart the model's sections call for. */
export async function renderCharts(model: ReportModel, f: Formatter): Promise<Charts> {
  const jobs: Array<[ChartId, Promise<string>]> = [];
  const add = (id: ChartId, spec: TopLevelSpec | VegaSpec, lite = true) => jobs.push([id, toSvg(spec, lite)]);
  const accent = model.meta.accent;

  const s = model.summary;
  if (s && s.score !== null) add('gauge', gauge(s.score, (s.band as keyof typeof BAND_COLORS | null) ?? null, f), false);

  const cats = model.scorecard?.categories.filter((c) => c.score !== null) ?? [];
  if (cats.length) {
    add(
      'categories',
      hbar(
        cats.map((c) => ({ label: c.title, value: c.score ?? 0, color: c.color, text: f.number(c.score, 0) })),
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
        {
          max: 1,
          percent: true,
          // Wide and low: 40 bars must leave room on the page for the start of the Low Card table.
          width: 420,
          rowHeight: 12,
        },
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
        { width: 600, height: 115, yTitle: 'users' },
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
        { width: 300, height: 120 },
      ),
    );
  }

  const v = model.voice;
  if (v) {
    const rows = [];
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
          { width: 330, rowHeight: 17 },
        ),
      );
    }
  }

  const svgs = await Promise.all(jobs.map(([, p]) => p));
  const out: Charts = {};
  jobs.forEach(([id], i) => (out[id] = svgs[i]));
  return out;
}

function weekdayNames(locale: string): string[] {
  const fmt = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => fmt.format(new Date(Date.UTC(2024, 0, 1 + i))));
}
