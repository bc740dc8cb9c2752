// A light suffix stripper shared by the learned layer's features (features.ts), its phrase banks (phrases.ts)
// and the evidence masking of names (analyze.ts).
const SUFFIXES: readonly [RegExp, string][] = [
  [/ational$/, 'ate'],
  [/i[sz]ation$/, 'ize'],
  [/fulness$/, 'ful'],
  [/ousness$/, 'ous'],
  [/iveness$/, 'ive'],
  [/ation$/, 'ate'],
  [/ments?$/, ''],
  [/ingly$/, ''],
  [/edly$/, ''],
  [/ing$/, ''],
  [/ed$/, ''],
  [/ly$/, ''],
  [/er$/, ''],
  [/est$/, ''],
];

const stems = new Map<string, string>();

/** A light suffix stripper: "logging", "logged", "logs" -> "log"; "updates", "updating" -> "updat". Memoised. */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = stripSuffix(word);
    // a bounded cache: notes repeat a few thousand words; a pathological input must not grow it for ever
    if (stems.size < 50_000) stems.set(word, s);
  }
  return s;
}

function stripSuffix(word: string): string {
  let w = word.replace(/'s$/, '').replace(/'/g, '');
  if (w.length <= 3) return w;
  if (/ies$/.test(w)) w = w.replace(/ies$/, 'y');
  else if (/sses$/.test(w)) w = w.replace(/sses$/, 'ss');
  else if (/[^s]s$/.test(w)) w = w.slice(0, -1);
  for (const [re, r] of SUFFIXES) {
    if (re.test(w) && w.replace(re, r).length >= 3) {
      w = w.replace(re, r);
      break;
    }
  }
  return w.replace(/(.)\1$/, '$1').replace(/e$/, '');
}

