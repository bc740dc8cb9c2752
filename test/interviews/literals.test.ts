// The literal prefilter must never change a coding: it only spares regular expressions that cannot match.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../src/interviews/literals.js';
import { codeNote } from '../../src/interviews/code-note.js';
import { compileLexicon } from '../../src/interviews/themes.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('requiredLiterals', () => {
  it.each([
    ['big brother', ['big brother']],
    ['(mandatory|required) (fields?|boxes)', ['mandatory', 'required']],
    ['re-?key\\w*|re-?typ(e|es)', ['key', 'typ']],
    ['spy|spying', ['spy']],
    ['(\\d+|three) clicks', [' clicks']],
    ["it\\u2019s broken", ['s broken']],
    ['data[ -]?entry', ['entry']],
  ])('%s needs one of %j', (pattern, expected) => {
    expect(requiredLiterals(pattern)).toEqual(expected);
  });

  it.each([
    // too short to be worth a test, optional, repeated or unreadable: no requirement, the pattern always runs
    'xa+y',
    'abc?d',
    '(?:foo|ba)r',
    '[a-z]+',
    '(?<name>abc)',
    'ab|\\w+ment',
  ])('%s gives no requirement', (pattern) => {
    expect(requiredLiterals(pattern)).toBeNull();
  });

  it('every literal it names occurs in every match, on many sample strings', () => {
    const patterns = ['(log|logging|enter)\\w* (every|each) call', "(can't|cannot|won't) (find|see) (it|them)", 'foo(?=bar)bar', 'a{2,}bcd|xyz{3}'];
    const samples = ['i log each call', 'logging every call', "can't see them", 'foobar', 'aaabcd', 'xyzzz', 'enter each call'];
    for (const p of patterns) {
      const lits = requiredLiterals(p);
      const re = new RegExp(p);
      for (const s of samples) if (re.test(s) && lits) expect(lits.some((l) => s.includes(l)), `${p} on ${s}`).toBe(true);
    }
  });
});

describe('the literal prefilter', () => {
  it('codes every labelled note and every example note exactly as without it', () => {
    const texts: string[] = [];
    const dir = join(ROOT, 'eval', 'interviews');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl'))) {
      for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
    }
    const rows = parse(readFileSync(join(ROOT, 'examples', 'acme-pharma', 'interviews', 'notes.csv')), { columns: true, bom: true }) as { note: string }[];
    texts.push(...rows.map((r) => r.note));
    expect(texts.length).toBeGreaterThan(1000);
    const fast = compileLexicon();
    expect(fast.rules.filter((r) => r.literals !== null).length).toBeGreaterThan(fast.rules.length * 0.9);
    const slow = { ...fast, rules: fast.rules.map((r) => ({ ...r, literals: null })) };
    for (const text of texts) expect(codeNote(text, { lexicon: fast })).toEqual(codeNote(text, { lexicon: slow }));
    // over 3,000 notes coded twice: about 30 s alone, and over the suite's 60 s on a loaded machine
  }, 240_000);
});
