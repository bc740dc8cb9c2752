// Phrase banks for the learned layer of the theme coder (see features.ts). A bank pools many short phrases
// that people use for one idea ("nine taps", "kicks me out", "spinning wheel"), far more than a word class's
// regular expression could hold. Phrases are matched on word stems, with a/an/the left out and personal
// pronouns made one ("logging us out" matches "log me out"), inside one clause. A match that a negator precedes
// in its clause is a negated match, as for the word classes.
import { stem } from './stem.js';
import { NEGATORS } from './text.js';

const DETERMINERS = new Set(['a', 'an', 'the']);
const PRONOUNS = new Set(['me', 'us', 'him', 'her', 'them', 'you', 'my', 'our', 'his', 'their', 'your', 'mine', 'ours', 'theirs', 'yours']);

/** A word as the banks compare it: pronouns made one, the rest stemmed. Determiners are dropped before this. */
export function bankToken(word: string): string {
  if (PRONOUNS.has(word)) return 'P';
  if (NEGATORS.has(word)) return word.replace(/'/g, '');
  return stem(word);
}

export const skipsInBank = (word: string): boolean => DETERMINERS.has(word);

export interface CompiledBanks {
  /** first token -> the phrases that start with it: [bank, the tokens after the first] */
  byFirst: Map<string, [string, string[]][]>;
}

const WORD = /[a-z0-9]+(?:['-][a-z0-9]+)*/g;

/** Compile banks of plain phrases. A phrase that reduces to nothing (only determiners) is left out. */
export function compileBanks(banks: Readonly<Record<string, readonly string[]>>): CompiledBanks {
  const byFirst = new Map<string, [string, string[]][]>();
  for (const [name, phrases] of Object.entries(banks)) {
    const seen = new Set<string>();
    for (const phrase of phrases) {
      const tokens = (phrase.toLowerCase().match(WORD) ?? []).filter((w) => !skipsInBank(w)).flatMap((w) => w.split('-')).map(bankToken);
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
  /** index of the first and one past the last word, in the words given */
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
