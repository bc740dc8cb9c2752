// A nickname written into a name (`Robert "Bob" Lee`, `Robert (Bob) Lee`), or given in a users export's nickname
// column (Salesforce's CommunityNickname, "Preferred name"), is removed from the notes with the name: notes say
// "Bob" as often as "Robert".
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/result/schema.js';
import { analyzeInterviews, redactText, reviewSheet } from '../../src/interviews/index.js';
import { nicknameForms, personKey, respondentNames } from '../../src/interviews/redact.js';
import { cli } from '../helpers/cli.js';
import { notesTable } from '../interviews/helpers.js';

describe('a nickname written into a name', () => {
  it('is read in quotes of any kind anywhere, and in brackets between the words', () => {
    for (const v of ['Robert "Bob" Lee', 'Robert “Bob” Lee', "Robert 'Bob' Lee", 'Robert (Bob) Lee', 'Robert ‘Bob’ Lee', 'Robert «Bob» Lee', '"Bob" Robert Lee']) {
      expect(nicknameForms(v), v).toEqual({ without: 'Robert Lee', nicknamed: 'Bob Lee' });
    }
    expect(nicknameForms('Lee, Robert "Bob"')).toEqual({ without: 'Lee, Robert', nicknamed: 'Lee, Bob' });
    expect(nicknameForms('Anne-Marie „Mimi“ Dupont')).toEqual({ without: 'Anne-Marie Dupont', nicknamed: 'Mimi Dupont' });
    // a remark of several words is left out of the name
    expect(nicknameForms('Jane "the boss" Smith')).toEqual({ without: 'Jane Smith', nicknamed: 'Jane Smith' });
  });

  it('a quoted display name before an address is the name, not a nickname', () => {
    for (const v of ['"Robert Lee" <rl@acme.example>', "'Robert Lee' <rl@acme.example>", '“Robert Lee” <rl@acme.example>']) {
      expect(nicknameForms(v), v).toBeNull();
      expect(respondentNames(v), v).toContain('Robert Lee');
      expect(personKey(v), v).toBe(personKey('Robert Lee'));
    }
  });

  it('is not a label in brackets at the end, an apostrophe, a quoted whole name or a number', () => {
    for (const v of ['Jane Smith (North)', "Jane O'Neill", '"Jane Smith"', 'Jane "" Smith']) {
      expect(nicknameForms(v), v).toBeNull();
    }
  });

  it('in the respondent column: the person is one, and both names are removed', () => {
    expect(respondentNames('Robert "Bob" Lee')).toEqual(['Robert Lee', 'Bob Lee']);
    expect(respondentNames('Robert (Bob) Lee (North)')).toEqual(['Robert Lee', 'Bob Lee']);
    expect(personKey('Robert "Bob" Lee')).toBe(personKey('Robert Lee'));
    expect(personKey('Lee, Robert "Bob"')).toBe(personKey('Robert Lee'));
    const a = analyzeInterviews(
      [notesTable([
        { respondent: 'Robert "Bob" Lee', note: 'Bob says nobody reads the visit reports, and Robert Lee should know.' },
        { respondent: 'Robert Lee', note: 'BOB LEE keeps his own spreadsheet.' },
      ])],
      { minGroupSize: 1, minQuoteGroupSize: 1 },
    );
    expect(a.result.respondents).toBe(1);
    const out = JSON.stringify(a.result) + reviewSheet(a.coded);
    expect(out).not.toMatch(/Bob|BOB|Robert|\bLee\b|LEE/);
    expect(a.coded[0]!.text).toBe('[name] says nobody reads the visit reports, and [name] should know.');
  });

  it('in a names list (--redact, the config): the nickname goes alone and with the surname', () => {
    const names = ['Robert "Bob" Lee', 'Katherine (Kate) Small'];
    expect(redactText('Bob said so; Bob Lee and Robert Lee agree, Kate too.', names)).toBe('[name] said so; [name] and [name] agree, [name] too.');
    // a nickname that is a word goes only where it is written as a name, as any name part does
    expect(redactText('a small thing', names)).toBe('a small thing');
  });
});

describe('a users export with a nickname column', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crm-audit-nick-'));
  writeFileSync(
    join(dir, 'User.csv'),
    'Id,FirstName,LastName,CommunityNickname,IsActive\n005A,Robert,Lee,Bob,true\n005B,Katherine,Small,kate.small,true\n005C,Anna,Berg,User1699012345,true\n',
  );
  writeFileSync(
    join(dir, 'notes.csv'),
    'respondent,note\nR1,Bob never opens the CRM and Anna keeps an Excel list\nR2,Bob Lee said the app is slow; kate.small agrees\n',
  );
  writeFileSync(join(dir, 'small-groups.json'), JSON.stringify({ anonymity: { minGroupSize: 2, minQuoteGroupSize: 2 } }));

  it('analyze removes the nickname, alone and with the surname, from every quote', () => {
    const r = cli(['analyze', 'User.csv', '--interviews', 'notes.csv', '--config', 'small-groups.json', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const res = JSON.parse(r.stdout) as AuditResult;
    const quotes = res.interviews!.quotes.map((q) => q.text);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.join(' ')).not.toMatch(/Bob|Anna|kate|Lee\b/);
    expect(quotes).toContain('[name] never opens the CRM and [name] keeps an Excel list');
  });
});

describe('a users export with two nickname columns', () => {
  it('both are names to remove', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-audit-nick2-'));
    writeFileSync(join(dir, 'User.csv'), 'User ID,First Name,Last Name,Email,Preferred name,Known as,IsActive\n101,Alexander,Kowalczyk,a.k@acme.example,Sasha,Olek,true\n');
    writeFileSync(join(dir, 'notes.csv'), 'respondent,note\nR1,Ask Sasha or Olek about the visit reports\nR2,Olek never opens the CRM\n');
    writeFileSync(join(dir, 'small.json'), JSON.stringify({ anonymity: { minGroupSize: 2, minQuoteGroupSize: 2 } }));
    const r = cli(['analyze', 'User.csv', '--interviews', 'notes.csv', '--config', 'small.json', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const quotes = (JSON.parse(r.stdout) as AuditResult).interviews!.quotes.map((q) => q.text).join(' ');
    expect(quotes).toContain('[name]');
    expect(quotes).not.toMatch(/Sasha|Olek/);
  });
});

describe('a users export without a nickname column', () => {
  it('the usual short forms of its given names, and an initial with the surname, are removed from every quote', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-audit-short-'));
    writeFileSync(
      join(dir, 'User.csv'),
      'Id,FirstName,LastName,IsActive\n005A,Robert,Lee,true\n005B,William,Turner,true\n005C,Thomas,Wu,true\n',
    );
    writeFileSync(
      join(dir, 'notes.csv'),
      'respondent,note\n' +
        'R1,Bob never opens the CRM and Bill Turner keeps an Excel list\n' +
        'R2,"Will the new CRM help? Typing every visit report takes forever, say t.wu, r.lee and Tom."\n',
    );
    writeFileSync(join(dir, 'small.json'), JSON.stringify({ anonymity: { minGroupSize: 2, minQuoteGroupSize: 2 } }));
    const r = cli(['analyze', 'User.csv', '--interviews', 'notes.csv', '--config', 'small.json', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const quotes = (JSON.parse(r.stdout) as AuditResult).interviews!.quotes.map((q) => q.text);
    expect(quotes).toHaveLength(2);
    expect(quotes.join(' ')).not.toMatch(/Bob|Bill|Turner|t\.wu|r\.lee|Tom\b/);
    expect(quotes).toContain('[name] never opens the CRM and [name] keeps an Excel list');
    // a short form that is a word stays where the sentence uses the word
    expect(quotes).toContain('Will the new CRM help? Typing every visit report takes forever, say [name], [name] and [name].');
  });
});

describe('a users export that names one person in several ways', () => {
  it('makes one respondent of a notes file\'s two spellings of them (its name, a nickname column, a handle)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-audit-same-person-'));
    writeFileSync(
      join(dir, 'User.csv'),
      'Id,FirstName,LastName,Alias,CommunityNickname,IsActive\n005A,Nora,Field,nfiel,Nory,true\n005B,Siobhan,Murphy,smurp,Shiv,true\n',
    );
    writeFileSync(
      join(dir, 'notes.csv'),
      'respondent,note\nNora Field,The CRM is slow.\nNory Field,Nobody reads my visit reports.\nSiobhan Murphy,Too many fields.\nShiv Murphy,I keep my own Excel list.\nsmurp,The app logs me out.\n',
    );
    const r = cli(['analyze', 'User.csv', '--interviews', 'notes.csv', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as AuditResult).interviews!.respondents).toBe(2);
  });
});
