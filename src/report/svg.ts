// A small SVG writer for the report's charts: elements from a tag, attributes and children, with every text
// and attribute value escaped for XML; text widths estimated from the report font's metrics, so that labels
// can be fitted (and cut with an ellipsis) before the browser lays them out; and the check that a chart is
// only shapes and text before it goes into the page. No DOM, no dependency: the same input gives the same bytes.

/** The report's sans-serif stack (report.css `--font`): Liberation Sans has Arial's metrics. */
export const FONT = "'Liberation Sans', Arial, Helvetica, 'DejaVu Sans', sans-serif";

// Characters XML does not allow at all (C0 controls other than tab and newlines, lone surrogates, U+FFFE/F).
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value, escaped for XML (and HTML): `&<>"'`, and characters XML forbids removed. */
export function escapeXml(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

/** A coordinate: at most one decimal, never "-0", so that output is short and the same everywhere. */
export function num(v: number): string {
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) || r === 0 ? '0' : String(r);
}

export type Attrs = Record<string, string | number | null | undefined>;

function attrList(attrs: Attrs): string {
  let out = '';
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined) continue;
    out += ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v)}"`;
  }
  return out;
}

/** An element. Attribute values are escaped; `children` is markup already made by these functions. */
export function el(tag: string, attrs: Attrs, ...children: string[]): string {
  const inner = children.join('');
  return inner ? `<${tag}${attrList(attrs)}>${inner}</${tag}>` : `<${tag}${attrList(attrs)}/>`;
}

/** A `<title>`: the tooltip and accessible name of its parent, not drawn (so not in the PDF's text). */
export function title(text: string): string {
  return `<title>${escapeXml(text)}</title>`;
}

export interface TextStyle {
  size: number;
  anchor?: 'start' | 'middle' | 'end';
  weight?: 'bold';
  fill?: string;
}

/**
 * A line of text at (x, y), y being the middle of the line: the baseline is placed from the font's metrics,
 * not with dominant-baseline, whose support varies. `full` (the text before it was cut) becomes its title.
 */
export function text(x: number, y: number, content: string, style: TextStyle, full?: string, extra: Attrs = {}): string {
  const tip = full !== undefined && full !== content ? title(full) : '';
  const attrs = attrList({
    x,
    y: y + style.size * 0.35,
    'text-anchor': style.anchor && style.anchor !== 'start' ? style.anchor : undefined,
    'font-size': style.size,
    'font-weight': style.weight,
    fill: style.fill,
    ...extra,
  });
  return `<text${attrs}>${tip}${escapeXml(content)}</text>`;
}

// Advance widths of Arial / Liberation Sans (regular), in thousandths of an em, for U+0020..U+007E.
// prettier-ignore
const WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space ! " # $ % & ' ( ) * + , - . /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0-9 : ; < = > ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ A-O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P-Z [ \ ] ^ _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` a-o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p-z { | } ~
];

function charWidth(cp: number): number {
  if (cp >= 0x20 && cp <= 0x7e) return WIDTHS[cp - 0x20] ?? 556;
  if (cp === 0x2026) return 1000; // …
  if (cp === 0xa0 || cp === 0x202f || cp === 0x2009) return 278; // spaces in formatted numbers
  if ((cp >= 0x2e80 && cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7af) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xff00 && cp <= 0xffef)) return 1000; // CJK, Hangul, full width
  if (cp >= 0x0300 && cp <= 0x036f) return 0; // combining marks
  return 611; // Latin letters with accents, Greek, Cyrillic: a little wider than average, to be safe
}

/** The width of `s` in pixels at `size` px, bold taken as 6% wider: an estimate, on the safe side. */
export function textWidth(s: string, size: number, bold = false): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch.codePointAt(0) ?? 0x20);
  return (w / 1000) * size * (bold ? 1.06 : 1);
}

/** `s` cut to fit `max` pixels, ending with an ellipsis when cut (never inside a surrogate pair). */
export function fit(s: string, max: number, size: number, bold = false): string {
  if (textWidth(s, size, bold) <= max) return s;
  const chars = Array.from(s);
  let lo = 0;
  let hi = chars.length;
  // The longest prefix that fits with the ellipsis.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(`${chars.slice(0, mid).join('')}\u2026`, size, bold) <= max) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : `${chars.slice(0, lo).join('').trimEnd()}\u2026`;
}

/** The root element, sized in CSS pixels with a matching viewBox (the page scales it down when it must). */
export function svgRoot(width: number, height: number, body: string[], label?: string): string {
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: Math.ceil(width),
      height: Math.ceil(height),
      viewBox: `0 0 ${Math.ceil(width)} ${Math.ceil(height)}`,
      'font-family': FONT,
      'aria-label': label,
    },
    ...body,
  );
}

/** Round tick values from 0 up to `max` (about `count` of them), on steps of 1, 2 or 5 × 10^k. */
export function ticks(max: number, count: number, integer = true): number[] {
  const raw = max / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw || 1));
  let step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  if (integer) step = Math.max(1, step);
  const values: number[] = [];
  for (let v = 0; v <= max + step * 1e-9; v += step) values.push(Math.round(v / step) * step);
  return values;
}

// The check. The charts are built from escaped parts, so this is the second line: what goes into the page as
// markup must be shapes and text only, with no event handler, link, style or remote url(), and well formed.
const SVG_TAGS = new Set(['svg', 'g', 'path', 'rect', 'line', 'circle', 'polygon', 'polyline', 'text', 'tspan', 'title', 'desc']);
const TAG = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*(\/?)>/g;
const URL_ATTRS = new Set(['fill', 'stroke', 'clip-path', 'mask', 'filter', 'marker-start', 'marker-mid', 'marker-end', 'cursor']);
const ATTR = /([\w:-]+)(?:="([^"]*)")?/g;
const ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i;

/**
 * The SVG goes into the page as markup, so check it as markup: one `<svg>` root, every element on the list
 * above and closed in order, no event handler, link, style or url() other than a local #reference, and no
 * bare `&`, `<` or `>` in text. Returns the SVG; throws on anything else.
 */
export function assertSafeSvg(svg: string): string {
  const fail = (why: string) => new Error(`a chart produced unexpected SVG content (${why})`);
  if (!svg.startsWith('<svg')) throw fail('not an svg element');
  const open: string[] = [];
  let covered = 0;
  let closedRoot = false;
  const between = (s: string) => {
    if (s.includes('<') || s.includes('>')) throw fail('stray markup');
    if (ENTITY.test(s)) throw fail('unescaped &');
    if (closedRoot && s.trim()) throw fail('content after the root');
  };
  for (const m of svg.matchAll(TAG)) {
    between(svg.slice(covered, m.index));
    covered = (m.index ?? 0) + m[0].length;
    const closing = m[1] === '/';
    const tag = (m[2] ?? '').toLowerCase();
    const selfClosing = m[4] === '/';
    if (!SVG_TAGS.has(tag)) throw fail(`element ${tag}`);
    if (closedRoot) throw fail('content after the root');
    if (closing) {
      if (m[3] || selfClosing) throw fail(`closing tag ${tag} with attributes`);
      if (open.pop() !== tag) throw fail(`unbalanced </${tag}>`);
      if (open.length === 0) closedRoot = true;
      continue;
    }
    if (tag === 'svg' && open.length > 0) throw fail('nested svg');
    for (const a of (m[3] ?? '').matchAll(ATTR)) {
      const name = (a[1] ?? '').toLowerCase();
      const value = a[2] ?? '';
      if (name.startsWith('on') || name === 'href' || name.endsWith(':href') || name === 'src' || name === 'style') throw fail(`attribute ${name}`);
      if (ENTITY.test(value)) throw fail(`unescaped & in ${name}`);
      // url() is read only in presentation attributes; aria-label and the like hold escaped data as plain text.
      if (URL_ATTRS.has(name) && /url\(\s*(?!['"]?#)/i.test(value)) throw fail(`value of ${name}`);
    }
    if (selfClosing) {
      if (open.length === 0) closedRoot = true;
    } else open.push(tag);
  }
  between(svg.slice(covered));
  if (open.length || !closedRoot) throw fail('unclosed element');
  return svg;
}
