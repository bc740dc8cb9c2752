// The phrase banks of the learned layer: a phrase is found whatever its suffixes, articles and pronouns, within
// one clause, and a negated one is told apart.
import { describe, expect, it } from 'vitest';
import { bankToken, compileBanks, matchBanks, skipsInBank } from '../../src/interviews/phrases.js';
import { PHRASE_BANKS } from '../../src/interviews/phrase-banks.js';
import { readNote } from '../../src/interviews/features.js';
import { learnedThemes } from '../../src/interviews/learned.js';

const tokens = (text: string) => (text.match(/[a-z0-9]+(?:'[a-z]+)*/g) ?? []).filter((w) => !skipsInBank(w)).map(bankToken);

describe('phrase banks', () => {
  const banks = compileBanks({ out: ['log me out', 'kicks you off'], taps: ['nine taps'], dup: ['log me out'], empty: ['the'] });

  it('matches across suffixes, pronouns and articles', () => {
    expect(matchBanks(banks, tokens('it keeps logging us out')).map((m) => m.bank)).toEqual(['out', 'dup']);
    expect(matchBanks(banks, tokens('the app kicked them off the network'))).toEqual([{ bank: 'out', start: 1, end: 4 }]); // positions among the words kept ("the" is not)
    expect(matchBanks(banks, tokens('takes nine taps to start a visit')).map((m) => m.bank)).toEqual(['taps']);
    expect(matchBanks(banks, tokens('it logs the call out'))).toEqual([]);
    // a phrase of articles only is dropped, not matched everywhere
    expect(compileBanks({ empty: ['the', 'a'] }).byFirst.size).toBe(0);
  });

  it('gives a note a feature per bank, negated where a negator comes first in the clause', () => {
    const f = readNote('It keeps logging us out. It is never sluggish, but the screens are cluttered.').features;
    expect(f).toContain('c:p.slowBroken');
    expect(f).toContain('c:~p.slowBroken');
    expect(f).toContain('c:p.tooManySteps');
    // a phrase that holds its own negator ("nobody reads") is not negated by it
    expect(readNote('Nobody reads the visit reports.').features).toContain('c:p.nothingBack');
    // "and" ends the negation's reach, as for words
    expect(readNote('We never got training and the app is laggy.').features).toContain('c:p.slowBroken');
  });

  it('shows a bank match in the note\'s own words', () => {
    const r = readNote('It is not laggy.');
    expect(r.shown.get('c:~p.slowBroken')).toBe('not laggy');
    const why = learnedThemes('The app is laggy, it crashes and kicks me out every time I open an account.').themes.find((t) => t.theme === 'tool-fit');
    expect(why?.because.join(' ')).toMatch(/laggy|crashes|kicks me out/);
  });

  it('holds plain phrases only', () => {
    for (const [name, phrases] of Object.entries(PHRASE_BANKS)) {
      expect(name).toMatch(/^[a-zA-Z]+$/);
      for (const p of phrases) expect(p).toMatch(/^[a-z0-9][a-z0-9' -]*$/);
    }
  });
});
