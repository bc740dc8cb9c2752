// A cheap test before a costly one: the literal text any match of a lexicon pattern must contain.
// `requiredLiterals("(log|logging|enter)\\w* (every|each) call")` is ["log", "enter"]: a sentence that
// contains neither cannot match, so the coder skips the regular expression (and V8 never compiles it for
// sentences like that). The analysis is conservative: whatever it cannot read (a character class, an
// escape it does not know, a back-reference) gives no requirement, and a pattern with no requirement it can
// prove gives null, which means "always run the pattern". It never changes what matches, only how often the
// regular expression runs; a test checks this on every labelled note.

/** `min`: how many times the atom must occur; `many`: whether it may occur more than once in a row. */
type Item =
  | { kind: 'char'; ch: string; min: number; many: boolean }
  | { kind: 'group'; alts: Item[][]; min: number; many: boolean }
  | { kind: 'other'; min: number; many: boolean };

/** Literals of at least this length are selective enough to be worth testing. */
const MIN_LITERAL = 3;

// sticky: each reads at the parser's position, without copying the rest of the pattern
const COUNT = /\{(\d+)(,(\d*))?\}/y;
const LOOKAROUND = /\?<?[=!]/y;
const ESCAPE_CODE = /\{[^}]*\}|<[^>]*>/y;

function at(re: RegExp, src: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(src);
}

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Item[][] | null {
    const alts = this.alternation();
    return this.i === this.src.length ? alts : null;
  }

  private alternation(): Item[][] {
    const alts: Item[][] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts;
  }

  private sequence(): Item[] {
    const items: Item[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const item = this.atom();
      const q = this.quantifier();
      item.min = q.min;
      item.many = q.many;
      items.push(item);
    }
    return items;
  }

  /** How often the atom before it must and may occur: ? * + {n} {n,} {n,m}, greedy or lazy. */
  private quantifier(): { min: number; many: boolean } {
    const c = this.src[this.i];
    let q = { min: 1, many: false };
    if (c === '?') q = { min: 0, many: false };
    else if (c === '*') q = { min: 0, many: true };
    else if (c === '+') q = { min: 1, many: true };
    else if (c === '{') {
      const m = at(COUNT, this.src, this.i);
      if (!m) return q; // a literal "{"
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
      q = { min, many: max > 1 };
    } else {
      return q;
    }
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy
    return q;
  }

  private atom(): Item {
    const c = this.src[this.i]!;
    if (c === '(') {
      this.i++;
      let look = false;
      if (this.src.startsWith('?:', this.i)) this.i += 2;
      else if (at(LOOKAROUND, this.src, this.i)) {
        look = true;
        this.i += this.src[this.i + 1] === '<' ? 3 : 2;
      } else if (this.src[this.i] === '?') {
        // a named group or a flag group: not read
        return this.skipGroup();
      }
      const alts = this.alternation();
      if (this.src[this.i] === ')') this.i++;
      // a lookaround matches no text: it requires nothing of the match itself
      return look ? { kind: 'other', min: 1, many: false } : { kind: 'group', alts, min: 1, many: false };
    }
    if (c === '[') {
      this.i++;
      while (this.i < this.src.length && this.src[this.i] !== ']') this.i += this.src[this.i] === '\\' ? 2 : 1;
      this.i++;
      return { kind: 'other', min: 1, many: false };
    }
    if (c === '\\') {
      const e = this.src[this.i + 1] ?? '';
      this.i += 2;
      // the code of an escape is part of it: \u2019, \u{1F600}, \x41, \cA, \p{L}, \k<name>
      const code = at(ESCAPE_CODE, this.src, this.i);
      if ('upPk'.includes(e) && code) this.i += code[0].length;
      else if (e === 'u') this.i += 4;
      else if (e === 'x') this.i += 2;
      else if (e === 'c') this.i += 1;
      // an escaped punctuation mark is that character; \b, \w, \d, \s, \u..., back-references are not literals
      return /[.\-'"/$()[\]{}|?*+^\\,:;!&#@%=<>~`_ ]/.test(e) ? { kind: 'char', ch: e, min: 1, many: false } : { kind: 'other', min: 1, many: false };
    }
    this.i++;
    if (c === '.' || c === '^' || c === '$') return { kind: 'other', min: 1, many: false };
    return { kind: 'char', ch: c, min: 1, many: false };
  }

  private skipGroup(): Item {
    let depth = 1;
    while (this.i < this.src.length && depth > 0) {
      const c = this.src[this.i]!;
      if (c === '\\') this.i++;
      else if (c === '(') depth++;
      else if (c === ')') depth--;
      this.i++;
    }
    return { kind: 'other', min: 1, many: false };
  }
}

/** The best requirement of a sequence: a run of literal characters, or a group each of whose branches has one. */
function sequenceLiterals(items: Item[]): string[] | null {
  let best: string[] | null = null;
  const consider = (lits: string[] | null) => {
    if (!lits || lits.length === 0 || lits.some((l) => l.length < MIN_LITERAL)) return;
    // prefer fewer, longer literals: the shortest literal of a set decides how selective it is
    const score = (ls: string[]) => Math.min(...ls.map((l) => l.length)) - ls.length / 100;
    if (!best || score(lits) > score(best)) best = lits;
  };
  let run = '';
  for (const item of items) {
    if (item.kind === 'char' && item.min >= 1) {
      run += item.ch;
      // "a+" or "a{2,}" requires the character, but what follows need not be next to one copy of it
      if (item.many) {
        consider([run]);
        run = '';
      }
      continue;
    }
    consider(run ? [run] : null);
    run = '';
    if (item.kind === 'group' && item.min >= 1) consider(alternationLiterals(item.alts));
  }
  consider(run ? [run] : null);
  return best;
}

function alternationLiterals(alts: Item[][]): string[] | null {
  const out = new Set<string>();
  for (const seq of alts) {
    const lits = sequenceLiterals(seq);
    if (!lits) return null;
    for (const l of lits) out.add(l);
  }
  return [...out];
}

/**
 * Literals one of which occurs in every match of the pattern, or null when that cannot be shown.
 * A literal shorter than 3 characters is not used (it would let almost every sentence through).
 */
export function requiredLiterals(source: string): string[] | null {
  let alts: Item[][] | null;
  try {
    alts = new Parser(source).parse();
  } catch {
    return null;
  }
  if (!alts) return null;
  const lits = alternationLiterals(alts);
  if (!lits) return null;
  // a literal that contains another adds nothing to the test
  return lits.filter((l) => !lits.some((o) => o !== l && l.includes(o))).sort();
}
