// What the learned layer of the theme coder sees in a note (see learned.ts). The trainer
// (scripts/train-interviews.ts) and the coder share this one function, so that a weight means the same in both.
//
// Per clause of each sentence of the normalised note:
//   w:<stem>        a word, stemmed (stop words left out); w:~<stem> when a negator came before it in the clause
//                   and no "and", "so", "because" ... in between
//   b:<a>_<b>       two neighbouring words, stemmed, stop words kept ("nobodi_read" is not "read");
//                   a negator is written NEG
//   c:<class>       a concept class of the lexicon (CONTEXTS) or a word class of the vocabulary (VOCABULARY);
//                   c:~<class> for a match that is negated ("not slow"); every match counts
//   c:p.<bank>      a phrase of a phrase bank (phrase-banks.ts, matched by phrases.ts): "kicks me out",
//                   "nine taps"; c:~p.<bank> when negated
//   Q               the sentence is a question
import { CONTEXTS } from './lexicon.js';
import { clauses, matches, negatedBefore, NEGATORS, normalize, sentences, wordBounded } from './text.js';
import { VOCABULARY } from './vocabulary.js';
import { stem } from './stem.js';
import { BANK_WORD, bankToken, compileBanks, matchBanks, skipsInBank, type CompiledBanks } from './phrases.js';
import { PHRASE_BANKS } from './phrase-banks.js';

export { stem };

const STOP = new Set(
  (
    "a an the to of and or in on at for with by from as is are was were be been being am it its this that these those i me my " +
    'we us our you your he him his she her they them their there here so if then than just also very really too do does did ' +
    'have has had will would can could should shall may might must what which who whom whose when where why how all any some ' +
    "each every about into over after before up down out off again once only own same such both more most other s t now i'm " +
    "it's that's"
  ).split(' '),
);

/**
 * Every class the features can name, compiled once: the lexicon's contexts, then the vocabulary's word classes.
 * `re` tests a sentence; `all` finds every match in a clause.
 */
export const FEATURE_CLASSES: readonly { name: string; re: RegExp; all: RegExp }[] = [
  ...Object.entries(CONTEXTS).map(([name, src]) => ({ name, re: wordBounded(src), all: wordBounded(src, 'g') })),
  ...Object.entries(VOCABULARY).map(([name, src]) => ({ name: `v.${name}`, re: wordBounded(src), all: wordBounded(src, 'g') })),
];

/** One class's sentence test, by its name (a context name, or `v.` and a vocabulary name). */
export function featureClass(name: string): RegExp {
  const c = FEATURE_CLASSES.find((x) => x.name === name);
  if (!c) throw new Error(`no feature class ${name}`);
  return c.re;
}

let compiledBanks: CompiledBanks | undefined;
const banks = (): CompiledBanks => (compiledBanks ??= compileBanks(PHRASE_BANKS));

/** A word: letters and digits, with inner apostrophes ("don't", "rep's"); a lone quote mark is not one. */
const WORD = /[a-z0-9@]+(?:'[a-z]+)*/g;

/**
 * Words after which a negation no longer reaches: "nobody trained us so we keep a spreadsheet" does not deny
 * the spreadsheet. (Commas, "but" and the like already end a clause.)
 */
const SCOPE_END = new Set(['and', 'so', 'because', 'which', 'then', 'or', 'while', 'since', 'as', 'when', 'if', 'though', 'yet']);

/** A note as the learned layer reads it. */
export interface NoteReading {
  features: Set<string>;
  /** the stemmed content words behind each feature: two features of one word ("phone", "a phone", [mobileWord])
   *  are not two words */
  anchors: Map<string, Set<string>>;
  /** a word or word pair as the note wrote it, for the evidence ("never read", not "NEG_~read") */
  shown: Map<string, string>;
}

/** The words of a text as the features read them: normalised, lower case, digits and inner apostrophes kept. */
export function noteWords(text: string): string[] {
  return normalize(text).match(WORD) ?? [];
}

/** The features of one note (English, as written; it is normalised here). */
export function noteFeatures(text: string): Set<string> {
  return readNote(text, false).features;
}

/** The features of one note, with what the coder needs to explain them (see NoteReading). */
export function readNote(text: string, explain = true): NoteReading {
  const out = new Set<string>();
  const anchors = new Map<string, Set<string>>();
  const shown = new Map<string, string>();
  const anchor = (f: string, words: string[]) => {
    if (!explain) return;
    let set = anchors.get(f);
    if (!set) anchors.set(f, (set = new Set()));
    for (const w of words) if (w !== '' && !STOP.has(w) && !NEGATORS.has(w)) set.add(stem(w));
    // a word, a pair or a bank's phrase is shown as written; a class by its name
    if (!shown.has(f) && (f[0] !== 'c' || f.includes('p.'))) shown.set(f, words.join(' '));
  };
  for (const sentence of sentences(normalize(text))) {
    if (sentence.endsWith('?')) out.add('Q');
    // a class that does not occur in the sentence occurs in none of its clauses: test those once, not per clause
    const present = FEATURE_CLASSES.filter((c) => c.re.test(sentence));
    for (const clause of clauses(sentence)) {
      const tokens = clause.text.match(WORD) ?? [];
      let negated = false;
      let prev: string | null = null;
      let prevWord = '';
      tokens.forEach((t, i) => {
        let tok: string;
        if (NEGATORS.has(t)) {
          // "not only", "not just" do not negate (as in the rules' negatedBefore)
          negated = !(t === 'not' && (tokens[i + 1] === 'only' || tokens[i + 1] === 'just'));
          tok = 'NEG';
          out.add('w:NEG');
        } else {
          if (SCOPE_END.has(t)) negated = false;
          tok = (negated ? '~' : '') + stem(t);
          if (!STOP.has(t)) {
            out.add(`w:${tok}`);
            anchor(`w:${tok}`, negated ? ['not', t] : [t]);
          }
        }
        if (prev !== null) {
          out.add(`b:${prev}_${tok}`);
          // a pair inside a negation is shown with it: "nobody to ask" is "not to ask", not "to ask"
          anchor(`b:${prev}_${tok}`, negated && prev !== 'NEG' ? ['not', prevWord, t] : [prevWord, t]);
        }
        prev = tok;
        prevWord = t;
      });
      // the phrase banks: the clause's words but a/an/the, with their places; a phrase is negated as a class is
      const bankTokens: string[] = [];
      const spans: [number, number][] = [];
      for (const m of clause.text.matchAll(BANK_WORD)) {
        if (skipsInBank(m[0])) continue;
        bankTokens.push(bankToken(m[0]));
        spans.push([m.index, m.index + m[0].length]);
      }
      for (const m of matchBanks(banks(), bankTokens)) {
        const from = spans[m.start]![0];
        const negatedPhrase = negatedBefore(clause.text, from);
        const f = negatedPhrase ? `c:~p.${m.bank}` : `c:p.${m.bank}`;
        out.add(f);
        // shown as written, articles and all ("hauled over the coals")
        const written = clause.text.slice(from, spans[m.end - 1]![1]).match(WORD) ?? [];
        anchor(f, negatedPhrase ? ['not', ...written] : written);
      }
      // every match of a class, each negated or not on its own ("not slow, it just crashes": [not speed], [speed])
      for (const c of present) {
        for (const m of matches(c.all, clause.text)) {
          const f = negatedBefore(clause.text, m.index) ? `c:~${c.name}` : `c:${c.name}`;
          out.add(f);
          anchor(f, m[0].match(WORD) ?? []);
        }
      }
    }
  }
  return { features: out, anchors, shown };
}

/** A feature as a reader would recognise it in the evidence: a word, "two words", [a class]. */
export function describeFeature(f: string): string {
  const kind = f.slice(0, 2);
  const body = f.slice(2);
  const word = (s: string) => (s === 'NEG' ? 'not' : s.startsWith('~') ? `not ${s.slice(1)}` : s);
  if (kind === 'w:') return word(body);
  if (kind === 'b:') {
    // the negation is said once: "not read", not "not not read"
    const parts = body.split('_');
    const plain = parts.map((p) => (p === 'NEG' ? 'not' : p.replace(/^~/, '')));
    const negated = !parts.includes('NEG') && parts.some((p) => p.startsWith('~'));
    return `"${negated ? 'not ' : ''}${plain.join(' ')}"`;
  }
  if (kind === 'c:') {
    const negated = body.startsWith('~');
    return `[${negated ? 'not ' : ''}${classLabel(body.replace(/^~/, '').replace(/^[vp]\./, ''))}]`;
  }
  return f === 'Q' ? '[question]' : f;
}

/** Class names a reader would not guess; the others read well split into words ("timeCost" is "time cost"). */
const CLASS_LABELS: Record<string, string> = {
  entryAct: 'data entry', entryWords: 'data entry', entryCost: 'cost of data entry', effortWord: 'effort',
  noReturn: 'nothing back', dataQuality: 'bad data', mobileWord: 'mobile', uiThing: 'screen element',
  wishWord: 'wish', negEmotion: 'bad feeling', negativeTone: 'complaint', repAsset: "rep's asset",
  mine: 'my customers', payTie: 'pay tied to the CRM', takeAway: 'taking away', otherPeople: 'someone else',
  crm: 'the CRM', boss: 'management', gain: 'a gain', fit: 'fit', lack: 'something missing',
  integrationVerb: 'connect', trainingTopic: 'learning', otherSystem: 'another system', visible: 'seen',
};

function classLabel(name: string): string {
  return CLASS_LABELS[name] ?? name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
