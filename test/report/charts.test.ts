// The hand-drawn SVG charts: well-formed XML, escaped data, labels as text, nothing that could act or load.
import { describe, expect, it } from 'vitest';
import { assertSafeSvg, CHART_IDS, renderCharts, type Charts } from '../../src/report/charts.js';
import { createFormatter } from '../../src/report/format.js';
import { buildModel } from '../../src/report/model.js';
import { escapeXml, fit, textWidth } from '../../src/report/svg.js';
import type { AuditResult } from '../../src/result/schema.js';
import { fixtureCopy, loadFixture } from './helpers.js';

interface Node {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

/**
 * A tiny strict XML parser, independent of the code under test: one root, every tag closed in order, attribute
 * values quoted and unique, only the five predefined entities and character references, no `<` or `&` loose
 * in text. Throws on anything else; returns the tree with text decoded.
 */
function parseXml(src: string): Node {
  let i = 0;
  const decode = (s: string, where: string) =>
    s.replace(/&([^;]*);?/g, (m, name: string) => {
      if (!m.endsWith(';')) throw new Error(`bare & in ${where}`);
      const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
      if (name in named) return named[name]!;
      const num = /^#(\d+)$/.exec(name) ?? /^#x([0-9a-f]+)$/i.exec(name);
      if (num) return String.fromCodePoint(parseInt(num[1]!, name[1] === 'x' || name[1] === 'X' ? 16 : 10));
      throw new Error(`unknown entity &${name}; in ${where}`);
    });
  const element = (): Node => {
    const open = /^<([A-Za-z][\w:.-]*)/.exec(src.slice(i));
    if (!open) throw new Error(`expected an element at ${i}`);
    i += open[0].length;
    const node: Node = { tag: open[1]!, attrs: {}, children: [], text: '' };
    for (;;) {
      const ws = /^\s*/.exec(src.slice(i))![0];
      i += ws.length;
      if (src.startsWith('/>', i)) {
        i += 2;
        return node;
      }
      if (src[i] === '>') {
        i += 1;
        break;
      }
      if (!ws) throw new Error(`attributes must be separated by space at ${i}`);
      const attr = /^([A-Za-z_:][\w:.-]*)="([^"<]*)"/.exec(src.slice(i));
      if (!attr) throw new Error(`malformed attribute at ${i}: ${src.slice(i, i + 30)}`);
      if (attr[1]! in node.attrs) throw new Error(`duplicate attribute ${attr[1]}`);
      node.attrs[attr[1]!] = decode(attr[2]!, `attribute ${attr[1]}`);
      i += attr[0].length;
    }
    for (;;) {
      const lt = src.indexOf('<', i);
      if (lt < 0) throw new Error(`<${node.tag}> is never closed`);
      const chunk = src.slice(i, lt);
      if (chunk.includes('>')) throw new Error('a loose > in text');
      node.text += decode(chunk, `<${node.tag}>`);
      i = lt;
      if (src.startsWith('</', i)) {
        const close = /^<\/([A-Za-z][\w:.-]*)\s*>/.exec(src.slice(i));
        if (!close || close[1] !== node.tag) throw new Error(`</${close?.[1]}> closes <${node.tag}>`);
        i += close[0].length;
        return node;
      }
      node.children.push(element());
    }
  };
  const root = element();
  if (src.slice(i).trim()) throw new Error('content after the root element');
  return root;
}

function walk(n: Node, visit: (n: Node) => void): void {
  visit(n);
  for (const c of n.children) walk(c, visit);
}

/** The text a reader (and pdftotext) sees: <text> content, without the <title>s, which are not drawn. */
function visibleTexts(svg: string): string[] {
  const out: string[] = [];
  walk(parseXml(svg), (n) => {
    if (n.tag === 'text') out.push(n.text);
  });
  return out;
}

async function chartsOf(r: AuditResult): Promise<Charts> {
  return renderCharts(buildModel(r), createFormatter(r.meta.locale));
}

const HOSTILE = `<script>alert("x")</script> & 'quoted' <img src=http://127.0.0.1:9/x> ]]> <!-- a`;

describe('SVG charts', () => {
  it('draws every chart of a full analysis as well-formed, self-contained SVG', async () => {
    const charts = await chartsOf(loadFixture());
    expect(Object.keys(charts).sort()).toEqual([...CHART_IDS].sort());
    const allowed = new Set(['svg', 'g', 'path', 'rect', 'line', 'text', 'title']);
    for (const [id, svg] of Object.entries(charts)) {
      const root = parseXml(svg!);
      expect(root.tag, id).toBe('svg');
      expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
      expect(root.attrs.viewBox).toBe(`0 0 ${root.attrs.width} ${root.attrs.height}`);
      expect(root.attrs['font-family']).toContain('Liberation Sans');
      walk(root, (n) => {
        expect(allowed.has(n.tag), `${id}: <${n.tag}>`).toBe(true);
        for (const [k, v] of Object.entries(n.attrs)) {
          expect(k, id).not.toMatch(/^on|href$|^src$|^style$/i);
          expect(v, id).not.toMatch(/url\(|javascript:|https?:\/\/(?!www\.w3\.org\/2000\/svg$)/i);
        }
      });
      expect(svg).not.toMatch(/<script|<foreignObject|<image|<use|<style|<a[\s>]/i);
      expect(() => assertSafeSvg(svg!)).not.toThrow();
    }
  });

  it('writes the numbers as text', async () => {
    const charts = await chartsOf(loadFixture());
    expect(visibleTexts(charts.gauge!)).toEqual(expect.arrayContaining(['67', 'out of 100', '0', '100']));
    expect(visibleTexts(charts.fill!)).toContain('99%');
    expect(visibleTexts(charts.themes!)).toContain('61 (34%)');
    expect(visibleTexts(charts.weekdays!)).toContain('8,870');
    expect(visibleTexts(charts.split!).join(' ')).toMatch(/Love it 9/);
    const dist = loadFixture().users!.distribution;
    const texts = visibleTexts(charts.distribution!);
    for (const d of dist) {
      expect(texts).toContain(d.bin);
      expect(texts).toContain(String(d.users));
    }
    for (const c of buildModel(loadFixture()).scorecard!.categories.filter((x) => x.score !== null)) {
      expect(visibleTexts(charts.categories!)).toContain(String(Math.round(c.score!)));
    }
  });

  it('is deterministic: the same analysis gives the same bytes', async () => {
    const a = await chartsOf(loadFixture());
    const b = await chartsOf(loadFixture());
    expect(a).toEqual(b);
  });

  it('escapes hostile field names, and cuts long ones with the full name in a title', async () => {
    const r = fixtureCopy();
    const chartable = r.fields!.filter((f) => f.card === 'low' && f.fillRate !== null);
    chartable[0]!.label = HOSTILE;
    const long = `Very_Long_Custom_Field_Name_That_Goes_On_And_On_Beyond_Any_Column__c ${'x'.repeat(80)}`;
    chartable[1]!.label = long;
    const svg = (await chartsOf(r)).fill!;
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<!--');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('&amp;');
    expect(svg).toContain('&#39;quoted&#39;');
    expect(svg).toContain('&quot;x&quot;');
    expect(() => assertSafeSvg(svg)).not.toThrow();

    // parsed back, the titles hold the names exactly; the drawn labels are cut and end with an ellipsis
    const titles: string[] = [];
    walk(parseXml(svg), (n) => {
      if (n.tag === 'title') titles.push(n.text);
    });
    expect(titles).toContain(HOSTILE);
    expect(titles).toContain(long);
    const labels = visibleTexts(svg).filter((t) => t.endsWith('\u2026'));
    expect(labels.length).toBeGreaterThanOrEqual(2);
    for (const l of labels) expect(textWidth(l, 9)).toBeLessThanOrEqual(170);
    expect(labels.some((l) => long.startsWith(l.slice(0, -1)))).toBe(true);
  });

  it('keeps labels left of the bars, whatever their length', async () => {
    const r = fixtureCopy();
    for (const f of r.fields!) f.label = `${f.name}_${'W'.repeat(60)}`;
    const svg = (await chartsOf(r)).fill!;
    const root = parseXml(svg);
    const bars: number[] = [];
    const labelEnds: number[] = [];
    walk(root, (n) => {
      if (n.tag === 'path') bars.push(Number(/^M([\d.]+)/.exec(n.attrs.d!)![1]));
      if (n.tag === 'text' && n.attrs['text-anchor'] === 'end' && n.text.endsWith('\u2026')) labelEnds.push(Number(n.attrs.x));
    });
    expect(labelEnds.length).toBeGreaterThan(0);
    expect(Math.max(...labelEnds)).toBeLessThan(Math.min(...bars));
    // and the drawing fits a page's width without being shrunk much
    expect(Number(root.attrs.width)).toBeLessThanOrEqual(660);
  });

  it.each([
    [{ love: 40, ambivalent: 1, neutral: 0, hate: 2 }],
    [{ love: 2, ambivalent: 30, neutral: 1, hate: 1 }],
    [{ love: 1, ambivalent: 1, neutral: 1, hate: 1 }],
    [{ love: 21, ambivalent: 10, neutral: 0, hate: 15 }],
  ])('labels each split segment beside a swatch of its own colour, in the order of the bar, never past its end: %o', async (stances) => {
    const r = fixtureCopy();
    r.interviews!.stances = stances;
    r.interviews!.sentiment = { positive: 40, neutral: 1, negative: 2 };
    const root = parseXml((await chartsOf(r)).split!);
    // one <g> per row: the bar's segments (tall rects), then the legend (a swatch and a label per segment)
    for (const row of root.children.filter((n) => n.tag === 'g')) {
      const rects = row.children.filter((n) => n.tag === 'rect');
      const height = (n: Node) => Number(n.attrs.height);
      const segments = rects.filter((n) => height(n) > 12);
      const swatches = rects.filter((n) => height(n) <= 12);
      const labels = row.children.filter((n) => n.tag === 'text' && n.attrs['text-anchor'] !== 'end');
      const barEnd = Math.max(...segments.map((n) => Number(n.attrs.x) + Number(n.attrs.width)));
      // every segment drawn has its label; a segment of nothing has neither
      expect(labels).toHaveLength(segments.length);
      expect(swatches.map((n) => n.attrs.fill)).toEqual(segments.map((n) => n.attrs.fill));
      labels.forEach((label, k) => {
        const swatch = swatches[k]!;
        // the swatch sits just left of its label, on its line, and nothing is written beyond the bar
        expect(Number(label.attrs.x) - (Number(swatch.attrs.x) + Number(swatch.attrs.width))).toBeCloseTo(4, 5);
        expect(Math.abs(Number(label.attrs.y) - (Number(swatch.attrs.y) + height(swatch) / 2))).toBeLessThan(6);
        expect(Number(swatch.attrs.y)).toBeGreaterThan(Number(segments[0]!.attrs.y) + height(segments[0]!));
        expect(Number(label.attrs.x) + textWidth(label.text, 9.5)).toBeLessThanOrEqual(barEnd + 0.5);
      });
    }
    const texts = visibleTexts((await chartsOf(r)).split!).join(' | ');
    for (const [id, label] of [['love', 'Love it'], ['ambivalent', 'Ambivalent'], ['neutral', 'Neutral'], ['hate', 'Hate it']] as const) {
      if (stances[id] > 0) expect(texts).toContain(`${label} ${stances[id]}`);
      else expect(texts).not.toContain(`${label} 0`);
    }
  });

  it('draws a score of 0 and leaves out charts without data', async () => {
    const r = fixtureCopy();
    r.risk!.score = 0;
    r.risk!.band = 'low';
    delete r.interviews;
    r.activity!.byWeekday = [0, 0, 0, 0, 0, 0, 0];
    const charts = await chartsOf(r);
    expect(visibleTexts(charts.gauge!)).toContain('0');
    expect(charts.split).toBeUndefined();
    expect(charts.themes).toBeUndefined();
    expect(charts.weekdays).toBeUndefined();
  });

  it('formats its numbers in the locale of the analysis', async () => {
    const r = fixtureCopy();
    r.meta.locale = 'de-DE';
    const charts = await chartsOf(r);
    expect(visibleTexts(charts.weekdays!)).toContain('8.870');
    expect(visibleTexts(charts.weekdays!)).toContain('Fr');
  });
});

describe('SVG writer', () => {
  it('(the test parser itself refuses what is not well formed)', () => {
    for (const bad of ['<svg><g></svg>', '<svg a="1" a="2"/>', '<svg>a & b</svg>', '<svg>&nbsp;</svg>', '<svg x=1/>', '<svg/><svg/>']) {
      expect(() => parseXml(bad), bad).toThrow();
    }
    expect(parseXml('<svg a="&lt;&#39;"><t>x&amp;y</t></svg>').children[0]!.text).toBe('x&y');
  });

  it('escapes the five XML characters and drops characters XML forbids', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
    expect(escapeXml('a\u0000b\u0007c\u001bd\ud800e')).toBe('abcde');
    expect(escapeXml('tab\tand\nnewline \u00e9 \u{1f600}')).toBe('tab\tand\nnewline \u00e9 \u{1f600}');
  });

  it('cuts text to a width without splitting a character', () => {
    expect(fit('short', 100, 10)).toBe('short');
    const cut = fit('\u{1f600}'.repeat(40), 60, 10);
    expect(cut.endsWith('\u2026')).toBe(true);
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(textWidth(fit('Customer_Feedback_Score__c', 80, 10), 10)).toBeLessThanOrEqual(80);
  });

  it('refuses SVG that is not well formed', () => {
    for (const bad of ['<svg><g></svg>', '<svg><g></g>', '<svg><text>a & b</text></svg>', '<svg></svg><svg></svg>', '<svg><text>a</title></svg>', '<svg><svg></svg></svg>']) {
      expect(() => assertSafeSvg(bad), bad).toThrow(/unexpected SVG/);
    }
    expect(assertSafeSvg('<svg><g><rect x="1"/><text>a &amp; b &#39;</text></g></svg>')).toBeTruthy();
  });
});

describe('the love/hate split in the reps\' voice', () => {
  it('says a side is too small rather than "nothing in particular"', () => {
    const r = fixtureCopy();
    r.interviews!.stances = { love: 1, hate: 8, ambivalent: 0, neutral: 3 };
    r.interviews!.stanceDrivers = { love: [], hate: ['no-value'] };
    const v = buildModel(r).voice!.stanceDrivers!;
    expect(v.love).toBe('are too few (1) to say what they talk about: a side needs 5 people');
    expect(v.hate).toBe('talk about no value to me');
    r.interviews!.stances = { love: 9, hate: 8, ambivalent: 0, neutral: 3 };
    expect(buildModel(r).voice!.stanceDrivers!.love).toBe('name no theme more often than the others do');
  });
});
