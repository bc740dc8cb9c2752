// The phrase banks of the learned layer: a phrase is found whatever its inflection, its articles and first person
// singular or plural, within one clause; derivations, other pronouns and negators are never merged; a negated
// phrase is told apart as a negated class is.
import { describe, expect, it } from 'vitest';
import { BANK_WORD, bankToken, compileBanks, inflection, matchBanks, skipsInBank } from '../../src/interviews/phrases.js';
import { PHRASE_BANKS } from '../../src/interviews/phrase-banks.js';
import { readNote } from '../../src/interviews/features.js';
import { learnedThemes } from '../../src/interviews/learned.js';

const tokens = (text: string) => (text.match(BANK_WORD) ?? []).filter((w) => !skipsInBank(w)).map(bankToken);
const banksOf = (text: string) => [...readNote(text).features].filter((f) => f.includes('p.'));

describe('phrase banks', () => {
  const banks = compileBanks({ out: ['log me out', 'kicks you off'], taps: ['nine taps'], dup: ['log me out'], mine: ['my notes'], empty: ['the'] });

  it('matches across inflections, articles and first person singular or plural', () => {
    expect(matchBanks(banks, tokens('it keeps logging us out')).map((m) => m.bank)).toEqual(['out', 'dup']);
    expect(matchBanks(banks, tokens('the app kicked you off the network'))).toEqual([{ bank: 'out', start: 1, end: 4 }]); // positions among the words kept ("the" is not)
    expect(matchBanks(banks, tokens('takes nine taps to start a visit')).map((m) => m.bank)).toEqual(['taps']);
    expect(matchBanks(banks, tokens('our notes are all in the crm')).map((m) => m.bank)).toEqual(['mine']);
    expect(matchBanks(banks, tokens('it logs the call out'))).toEqual([]);
    // a phrase of articles only is dropped, not matched everywhere
    expect(compileBanks({ empty: ['the', 'a'] }).byFirst.size).toBe(0);
  });

  it('keeps apart what means something else: other pronouns, derivations, negators', () => {
    expect(matchBanks(banks, tokens('their notes are all in the crm'))).toEqual([]);
    expect(matchBanks(banks, tokens('the app kicked them off the network'))).toEqual([]);
    // "notes" is not the negator "not"; "reportedly" is not "report"; "entered" and "enter" meet
    expect(bankToken('notes')).not.toBe(bankToken('not'));
    expect(inflection('reportedly')).not.toBe(inflection('reports'));
    expect(inflection('entered')).toBe(inflection('enter'));
    expect(inflection('logging')).toBe(inflection('logs'));
    expect(inflection('typing')).toBe(inflection('type'));
    expect(matchBanks(compileBanks({ h: ['reportedly'] }), tokens('the pipeline reports save me an hour'))).toEqual([]);
    expect(matchBanks(compileBanks({ n: ['my notes'] }), tokens('told me not to'))).toEqual([]);
  });

  it('gives a note a feature per bank, negated as a class is: by a negator just before it', () => {
    const f = readNote('It keeps logging us out. It is never sluggish, but the screens are cluttered.').features;
    expect(f).toContain('c:p.slowBroken');
    expect(f).toContain('c:~p.slowBroken');
    expect(f).toContain('c:p.tooManySteps');
    // a phrase that holds its own negator ("nobody reads") is not negated by it, nor is what follows it
    expect(banksOf('Nobody reads the visit reports.')).toEqual(expect.arrayContaining(['c:p.nothingBack', 'c:p.entryEffort']));
    expect(banksOf('Nobody reads the visit reports.')).not.toContain('c:~p.entryEffort');
    // a negator further back in the clause does not reach it
    expect(banksOf("I can't believe how laggy it is")).toContain('c:p.slowBroken');
  });

  it("shows a bank match in the note's own words, articles and all", () => {
    const r = readNote('He got hauled over the coals for it. It is not laggy.');
    expect(r.shown.get('c:p.watched')).toBe('hauled over the coals');
    expect(r.shown.get('c:~p.slowBroken')).toBe('not laggy');
    const why = learnedThemes('The app is laggy, it crashes and kicks me out every time I open an account.').themes.find((t) => t.theme === 'tool-fit');
    expect(why?.because.join(' ')).toMatch(/laggy|crashes|kicks me out/);
  });

  it('holds plain phrases only, and no word with a common other sense in sales notes', () => {
    for (const [name, phrases] of Object.entries(PHRASE_BANKS)) {
      expect(name).toMatch(/^[a-zA-Z]+$/);
      for (const p of phrases) expect(p).toMatch(/^[a-z0-9][a-z0-9' -]*$/);
    }
    const all = new Set(Object.values(PHRASE_BANKS).flat());
    for (const w of ['tablet', 'signal', 'outlook', 'offshore', 'my notes', 'monitoring', 'manual']) expect(all.has(w)).toBe(false);
  });
});
