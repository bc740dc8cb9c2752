// Text plumbing shared by the theme coder and the sentiment scorer: normalising, sentences, clauses,
// and the negation window ("not a problem", "never had to").

/** Lower-case, straight quotes and dashes, one space; "cannot" -> "can't". Offsets are not preserved. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\bcannot\b/g, "can't")
    .replace(/\bwon't\b/g, "won't")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Sentences of a normalised text (split after . ! ? ; and at line breaks). */
export function sentences(norm: string): string[] {
  return norm
    .split(/(?<=[.!?;])\s+|\s*\n+\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export interface Clause {
  text: string;
  /** offset of the clause in its sentence */
  start: number;
  /** the clause follows a contrast ("but", "however"): it carries the speaker's point */
  afterContrast: boolean;
  /** the clause is a concession ("although ...", or the part before "but") */
  conceded: boolean;
}

const CONTRAST_WORDS = new Set(['but', 'however', 'though', 'although', 'whereas']);
const SEPARATOR = /\s*,\s*|\s+-\s+|\s*:\s+|\s*\b(but|however|though|although|whereas)\b\s*,?\s*/g;

/** Clauses of one sentence: split at commas, dashes, colons and contrast words, remembering which side of a contrast. */
export function clauses(sentence: string): Clause[] {
  // Segments between separators, each tagged with the contrast word that opened it (if any).
  const segs: { start: number; end: number; word: string | null }[] = [];
  let pos = 0;
  let word: string | null = null;
  for (const m of sentence.matchAll(SEPARATOR)) {
    const i = m.index ?? 0;
    segs.push({ start: pos, end: i, word });
    const w = m[1] ?? null;
    if (w && CONTRAST_WORDS.has(w)) {
      // "Although X, Y": X is the concession. "X, although Y" reads like "X, but Y".
      const opening = sentence.slice(0, i).trim() === '';
      word = (w === 'although' || w === 'though') && opening ? 'although' : w === 'though' || w === 'although' ? 'but' : w;
    } else if (word === 'although') {
      // the comma closes the concession; what follows is the main clause
      word = 'main';
    }
    pos = i + m[0].length;
  }
  segs.push({ start: pos, end: sentence.length, word });
  const out: Clause[] = [];
  segs.forEach((s, k) => {
    const raw = sentence.slice(s.start, s.end);
    const text = raw.trim();
    if (text === '') return;
    const concessive = s.word === 'although';
    // conceded: a later segment opens with but/however/whereas ("X, but Y": X is conceded)
    let laterContrast = false;
    for (let j = k + 1; j < segs.length; j++) {
      const w = segs[j]!.word;
      if (w !== s.word && (w === 'but' || w === 'however' || w === 'whereas')) laterContrast = true;
    }
    out.push({
      text,
      start: s.start + (raw.length - raw.trimStart().length),
      afterContrast: s.word !== null && !concessive && s.word !== 'main',
      conceded: concessive || laterContrast,
    });
  });
  return out;
}

export const NEGATORS = new Set([
  'not', 'no', 'never', 'without', 'hardly', 'barely', 'neither', 'nor', 'none', 'nothing', 'nobody',
  "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "can't",
  "couldn't", "shouldn't", "haven't", "hasn't", "hadn't", "ain't", 'dont', 'doesnt', 'didnt', 'isnt', 'cant', 'wont',
]);

// Words that do not break the link between a negator and what it negates: "never had to use a spreadsheet".
const FILLERS = new Set([
  'a', 'an', 'the', 'to', 'be', 'been', 'being', 'am', 'is', 'are', 'was', 'were', 'it', 'its', "it's", 'that', 'this',
  'my', 'our', 'your', 'their', 'his', 'her', 'any', 'much', 'very', 'so', 'too', 'at', 'all', 'of', 'for', 'really',
  'even', 'ever', 'actually', 'use', 'using', 'used', 'get', 'got', 'have', 'had', 'has', 'need', 'feel', 'feels', 'felt',
  'think', 'i', 'we', 'me', 'us', 'they', 'them', 'you', 'just', 'quite', 'always', 'yet', 'still', 'do', 'does', 'did',
  'seem', 'seems', 'find', 'that', 'more', 'much', 'longer', 'anymore', 'must', 'should', 'will', 'would',
]);

/** Is the text just before `index` in `clause` negated? The negator must be the nearest word that is not a filler. */
export function negatedBefore(clause: string, index: number): boolean {
  // Only the last few words before the index can matter (the walk back stops at the first word that is neither a
  // negator nor a filler), so read a window, not the whole clause: a long clause would otherwise cost n² in all.
  const WINDOW = 160;
  const from = Math.max(0, index - WINDOW);
  let words: string[] = clause.slice(from, index).match(/[a-z']+/g) ?? [];
  // the window may start inside a word: that word is not whole
  if (from > 0 && /[a-z']/.test(clause[from - 1] ?? '')) words = words.slice(1);
  if (words.some((w) => !FILLERS.has(w))) return negatedIn(words);
  // every word in the window was a filler: read the whole clause before the index (this hardly ever happens)
  return from > 0 ? negatedIn(clause.slice(0, index).match(/[a-z']+/g) ?? []) : false;
}

/** The nearest word that is not a filler is a negator ("not only", "not just" do not negate). */
function negatedIn(words: readonly string[]): boolean {
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (NEGATORS.has(w)) return !(w === 'not' && (words[i + 1] === 'only' || words[i + 1] === 'just'));
    if (!FILLERS.has(w)) return false;
  }
  return false;
}

/** A pattern on word boundaries of normalised text (the lexicon's rules and classes, the learned layer's classes). */
export const wordBounded = (src: string, flags = ''): RegExp => new RegExp(`(?<![a-z0-9])(?:${src})(?![a-z0-9])`, flags);

/** Tokens of a normalised text, the way the `sentiment` package splits them. */
export function tokenize(norm: string): string[] {
  return norm
    .replace(/[.,/#!?$%^&*;:{}=_`"~()[\]<>|\\+]/g, ' ')
    .split(/\s+/)
    .filter((t) => t.length > 0);
}

/**
 * Every match of a global regex in `text`, using the regex itself: `String.prototype.matchAll` clones the
 * regex on every call, which costs more than the match when hundreds of rules run over every sentence.
 */
export function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}
