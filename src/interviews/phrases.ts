// Phrase banks for the learned layer of the theme coder (see features.ts). A bank pools many short phrases
// that people use for one idea ("nine taps", "kicks me out", "spinning wheel"), far more than a word class's
// regular expression could hold. Phrases are matched inside one clause, word by word, forgiving only what does
// not change the meaning: inflections ("logging", "logged", "logs" are "log"; "reportedly" stays itself), a/an/the,
// and singular or plural first person ("logging us out" is "log me out", "our notes" is "my notes"). Other
// pronouns must be the same: "their reports" is not "my reports". A negator in a phrase matches only itself.
import { NEGATORS } from './text.js';

const DETERMINERS = new Set(['a', 'an', 'the']);
/** first person, singular or plural, in each of its forms */
const FIRST_PERSON: Record<string, string> = {
  i: '1:i', we: '1:i',
  me: '1:me', us: '1:me',
  my: '1:my', our: '1:my',
  mine: '1:mine', ours: '1:mine',
  myself: '1:self', ourselves: '1:self',
  "i'm": '1:am', "we're": '1:am',
  "i've": '1:have', "we've": '1:have',
  "i'd": '1:would', "we'd": '1:would',
  "i'll": '1:will', "we'll": '1:will',
};

/**
 * A word without its inflection: plural and third-person -s, -ed, -ing, and a final e, so that "type", "types",
 * "typed" and "typing" meet. Derivations are kept apart: "reportedly" is not "report", "user" is not "use".
 */
export function inflection(word: string): string {
  let w = word.replace(/'s$/, '').replace(/'/g, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  // "logg" (logged, logging) is "log"
  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|ff|zz)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** A word as the banks compare it. Determiners are dropped before this (skipsInBank). */
export function bankToken(word: string): string {
  const person = FIRST_PERSON[word];
  if (person !== undefined) return person;
  // a negator is itself, and never meets a stem ("notes" must not read as "not")
  if (NEGATORS.has(word)) return `!${word.replace(/'/g, '')}`;
  return inflection(word);
}

export const skipsInBank = (word: string): boolean => DETERMINERS.has(word);

export interface CompiledBanks {
  /** first token -> the phrases that start with it: [bank, the tokens after the first] */
  byFirst: Map<string, [string, string[]][]>;
}

/** A word of a phrase or a note: letters and digits, with inner apostrophes; hyphens split words. */
export const BANK_WORD = /[a-z0-9]+(?:'[a-z]+)*/g;

/** Compile banks of plain phrases. A phrase that reduces to nothing (only determiners) is left out. */
export function compileBanks(banks: Readonly<Record<string, readonly string[]>>): CompiledBanks {
  const byFirst = new Map<string, [string, string[]][]>();
  for (const [name, phrases] of Object.entries(banks)) {
    const seen = new Set<string>();
    for (const phrase of phrases) {
      const tokens = (phrase.toLowerCase().replace(/[\u2018\u2019]/g, "'").match(BANK_WORD) ?? []).filter((w) => !skipsInBank(w)).map(bankToken);
      if (tokens.length === 0) continue;
      const key = tokens.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      let list = byFirst.get(tokens[0]!);
      if (!list) byFirst.set(tokens[0]!, (list = []));
      list.push([name, tokens.slice(1)]);
    }
  }
  return { byFirst };
}

export interface BankMatch {
  bank: string;
  /** index of the first and one past the last token, in the tokens given */
  start: number;
  end: number;
}

/** Every bank phrase in a run of bank tokens (one clause, determiners already left out). */
export function matchBanks(banks: CompiledBanks, tokens: readonly string[]): BankMatch[] {
  const out: BankMatch[] = [];
  tokens.forEach((t, i) => {
    for (const [bank, rest] of banks.byFirst.get(t) ?? []) {
      if (i + 1 + rest.length > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < rest.length && ok; k++) ok = tokens[i + 1 + k] === rest[k];
      if (ok) out.push({ bank, start: i, end: i + 1 + rest.length });
    }
  });
  return out;
}
