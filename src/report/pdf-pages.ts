// Where things landed in a PDF that Chromium printed: the page each named destination points at, and the
// number of pages. Chromium (through Skia) writes every element that a link of the page points at
// (<a href="#sec-usage">) as a named destination in the catalog's /Dests dictionary,
// `/sec-usage [38 0 R /XYZ 0 841.9 0]`, whose first member is the page object; the page's number is its place
// in the page tree. Skia writes a classic cross-reference table and no object streams, so this small reader
// needs only that: the xref table, the trailer, and the dictionaries and arrays of a few objects (never a
// stream's contents). Anything else (an xref stream, an incremental update, a reference that does not
// resolve) gives null, and a file without /Dests no destinations: the caller then prints without page numbers
// rather than guess.

/** A parsed PDF value: only what the catalog, the page tree and the destinations hold. */
type PdfValue = number | boolean | null | string | PdfName | PdfRef | PdfValue[] | PdfDict;
interface PdfName {
  name: string;
}
interface PdfRef {
  num: number;
  gen: number;
}
type PdfDict = Map<string, PdfValue>;

export interface PdfPages {
  /** the number of pages */
  pages: number;
  /** named destination -> the 1-based page it points at */
  destinations: Map<string, number>;
}

const isWhite = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
const isDelimiter = (c: number) => c === 0x28 || c === 0x29 || c === 0x3c || c === 0x3e || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2f || c === 0x25;

class Unreadable extends Error {}

const latin1 = (b: Uint8Array, start: number, end: number) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1', start, end);

/** A reader of PDF objects over the file's bytes, from a given offset. */
class Lexer {
  constructor(
    private readonly b: Uint8Array,
    private pos: number,
  ) {}

  private skipSpace(): void {
    const b = this.b;
    while (this.pos < b.length) {
      const c = b[this.pos]!;
      if (isWhite(c)) this.pos++;
      else if (c === 0x25) {
        // a comment runs to the end of the line
        while (this.pos < b.length && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++;
      } else break;
    }
  }

  /** A bare word (a number, true, obj, R ...), or '' at a delimiter. */
  private word(): string {
    const start = this.pos;
    while (this.pos < this.b.length && !isWhite(this.b[this.pos]!) && !isDelimiter(this.b[this.pos]!)) this.pos++;
    return latin1(this.b, start, this.pos);
  }

  expectWord(w: string): void {
    this.skipSpace();
    if (this.word() !== w) throw new Unreadable(`expected ${w}`);
  }

  private name(): PdfName {
    this.pos++; // the slash
    const raw = this.word();
    // #xx is a byte written in hex
    return { name: raw.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) };
  }

  private literalString(): string {
    const b = this.b;
    this.pos++; // (
    let depth = 1;
    let out = '';
    while (this.pos < b.length) {
      const c = b[this.pos++]!;
      if (c === 0x5c) {
        const e = b[this.pos++]!;
        const simple: Record<number, string> = { 0x6e: '\n', 0x72: '\r', 0x74: '\t', 0x62: '\b', 0x66: '\f', 0x28: '(', 0x29: ')', 0x5c: '\\' };
        if (simple[e] !== undefined) out += simple[e];
        else if (e >= 0x30 && e <= 0x37) {
          let oct = String.fromCharCode(e);
          while (oct.length < 3 && b[this.pos]! >= 0x30 && b[this.pos]! <= 0x37) oct += String.fromCharCode(b[this.pos++]!);
          out += String.fromCharCode(parseInt(oct, 8) & 0xff);
        } else if (e === 0x0d) {
          if (b[this.pos] === 0x0a) this.pos++;
        } else if (e !== 0x0a) out += String.fromCharCode(e);
        continue;
      }
      if (c === 0x28) depth++;
      if (c === 0x29 && --depth === 0) return out;
      out += String.fromCharCode(c);
    }
    throw new Unreadable('unterminated string');
  }

  private hexString(): string {
    const end = this.b.indexOf(0x3e, this.pos);
    if (end < 0) throw new Unreadable('unterminated hex string');
    let hex = latin1(this.b, this.pos + 1, end).replace(/\s+/g, '');
    this.pos = end + 1;
    if (hex.length % 2) hex += '0';
    let out = '';
    for (let i = 0; i < hex.length; i += 2) out += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
    return out;
  }

  value(): PdfValue {
    this.skipSpace();
    const b = this.b;
    const c = b[this.pos];
    if (c === undefined) throw new Unreadable('unexpected end of file');
    if (c === 0x2f) return this.name();
    if (c === 0x28) return this.literalString();
    if (c === 0x3c && b[this.pos + 1] === 0x3c) {
      this.pos += 2;
      const dict: PdfDict = new Map();
      for (;;) {
        this.skipSpace();
        if (b[this.pos] === 0x3e && b[this.pos + 1] === 0x3e) {
          this.pos += 2;
          return dict;
        }
        if (b[this.pos] !== 0x2f) throw new Unreadable('a dictionary key is not a name');
        const key = this.name().name;
        dict.set(key, this.value());
      }
    }
    if (c === 0x3c) return this.hexString();
    if (c === 0x5b) {
      this.pos++;
      const list: PdfValue[] = [];
      for (;;) {
        this.skipSpace();
        if (b[this.pos] === 0x5d) {
          this.pos++;
          return list;
        }
        list.push(this.value());
      }
    }
    const w = this.word();
    if (w === 'true') return true;
    if (w === 'false') return false;
    if (w === 'null') return null;
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(w)) {
      // "12 0 R" is a reference: look ahead for the generation and the R
      if (/^\d+$/.test(w)) {
        const back = this.pos;
        this.skipSpace();
        const gen = this.word();
        if (/^\d+$/.test(gen)) {
          this.skipSpace();
          if (this.word() === 'R') return { num: Number(w), gen: Number(gen) };
        }
        this.pos = back;
      }
      return Number(w);
    }
    throw new Unreadable(`unexpected token ${w || String.fromCharCode(c)}`);
  }
}

const isRef = (v: PdfValue | undefined): v is PdfRef => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Map) && 'num' in v;
const isDict = (v: PdfValue | undefined): v is PdfDict => v instanceof Map;
const nameOf = (v: PdfValue | undefined) => (typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Map) && 'name' in v ? v.name : undefined);

/** The objects of a PDF with a classic cross-reference table, read on demand. */
class PdfFile {
  /** the xref table's subsections: first object number, count, where its entries start */
  private readonly sections: Array<{ first: number; count: number; at: number }> = [];
  readonly trailer: PdfDict;

  constructor(private readonly b: Uint8Array) {
    const tail = latin1(b, Math.max(0, b.length - 1024), b.length);
    const m = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
    if (!m) throw new Unreadable('no startxref');
    const start = Number(m[1]);
    // The table is read as text: "xref", then subsections "first count" of 20-byte lines "offset gen n|f".
    // (An xref stream, PDF 1.5, is not read.)
    const table = latin1(b, start, b.length);
    const head = /^xref\s+/.exec(table);
    if (!head) throw new Unreadable('no xref table');
    let at = head[0].length;
    // Each entry is exactly 20 bytes, so an entry is found by arithmetic when an object is read: only the
    // few objects needed are looked up, not the thousands of the file.
    const section = /(\d+) (\d+)(?: ?\r\n|\r|\n| \n| \r)/y;
    for (;;) {
      section.lastIndex = at;
      const s = section.exec(table);
      if (!s) break;
      const count = Number(s[2]);
      this.sections.push({ first: Number(s[1]), count, at: start + section.lastIndex });
      at = section.lastIndex + 20 * count;
    }
    if (!this.sections.length) throw new Unreadable('an empty xref table');
    const lx = new Lexer(b, start + at);
    lx.expectWord('trailer');
    const trailer = lx.value();
    if (!isDict(trailer)) throw new Unreadable('no trailer');
    if (trailer.has('Prev')) throw new Unreadable('an incrementally updated file'); // Chromium writes none
    this.trailer = trailer;
  }

  private readonly cache = new Map<string, PdfValue>();

  object(ref: PdfRef): PdfValue {
    const key = `${ref.num} ${ref.gen}`;
    if (this.cache.has(key)) return this.cache.get(key)!;
    const at = this.offset(ref);
    const lx = new Lexer(this.b, at);
    lx.expectWord(String(ref.num));
    lx.expectWord(String(ref.gen));
    lx.expectWord('obj');
    const v = lx.value();
    this.cache.set(key, v);
    return v;
  }

  /** Where an object starts, from its 20-byte line of the xref table. */
  private offset(ref: PdfRef): number {
    for (const s of this.sections) {
      if (ref.num < s.first || ref.num >= s.first + s.count) continue;
      const e = /^(\d{10}) (\d{5}) n[ \r\n]{2}$/.exec(latin1(this.b, s.at + 20 * (ref.num - s.first), s.at + 20 * (ref.num - s.first + 1)));
      if (e && Number(e[2]) === ref.gen) return Number(e[1]);
    }
    throw new Unreadable(`object ${ref.num} ${ref.gen} is not in the xref table`);
  }

  /** A value, with a reference followed (once: a reference to a reference is not valid PDF). */
  resolve(v: PdfValue | undefined): PdfValue | undefined {
    return isRef(v) ? this.object(v) : v;
  }
}

/** Page object ("num gen") -> its 1-based page number, in page-tree order. */
function pageNumbers(pdf: PdfFile, root: PdfValue | undefined): Map<string, number> {
  const numbers = new Map<string, number>();
  const seen = new Set<string>();
  const walk = (ref: PdfValue | undefined) => {
    if (!isRef(ref)) throw new Unreadable('a page tree node is not a reference');
    const key = `${ref.num} ${ref.gen}`;
    if (seen.has(key)) throw new Unreadable('the page tree has a cycle');
    seen.add(key);
    const node = pdf.object(ref);
    if (!isDict(node)) throw new Unreadable('a page tree node is not a dictionary');
    const type = nameOf(node.get('Type'));
    if (type === 'Page') {
      numbers.set(key, numbers.size + 1);
      return;
    }
    const kids = pdf.resolve(node.get('Kids'));
    if (type !== 'Pages' || !Array.isArray(kids)) throw new Unreadable('a page tree node is neither Page nor Pages');
    for (const kid of kids) walk(kid);
  };
  walk(root);
  return numbers;
}

/**
 * The pages of a PDF printed by Chromium and the page of each of its named destinations, or null when the
 * file is not one this reader understands.
 */
export function readPdfPages(pdf: Uint8Array): PdfPages | null {
  try {
    const file = new PdfFile(pdf);
    const catalog = file.resolve(file.trailer.get('Root'));
    if (!isDict(catalog)) return null;
    const pages = pageNumbers(file, catalog.get('Pages'));
    const destinations = new Map<string, number>();
    const dests = file.resolve(catalog.get('Dests'));
    if (isDict(dests)) {
      for (const [name, value] of dests) {
        let dest = file.resolve(value);
        // a destination may also be given as a dictionary whose /D is the array
        if (isDict(dest)) dest = file.resolve(dest.get('D'));
        if (!Array.isArray(dest)) continue;
        const page = dest[0];
        const n = isRef(page) ? pages.get(`${page.num} ${page.gen}`) : undefined;
        if (n !== undefined) destinations.set(name, n);
      }
    }
    return { pages: pages.size, destinations };
  } catch (e) {
    if (e instanceof Unreadable || e instanceof RangeError) return null;
    throw e;
  }
}
