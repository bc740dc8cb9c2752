// What a privacy review (stop 11) found leaking, each case as it was reproduced. Every one of these came out
// unredacted before the fix.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { shownEvidence } from '../../src/interviews/analyze.js';
import { parseCoding } from '../../src/interviews/coding.js';
import { noteWords } from '../../src/interviews/features.js';
import { analyzeInterviews, compileRedactor, pseudonyms, redactText, reviewSheet, suppressBreakdown } from '../../src/interviews/index.js';
import { coarsenDate, personKey, respondentNames } from '../../src/interviews/redact.js';
import { notesTable, plainTable } from './helpers.js';

const NAME_FORMS: [string, string][] = [
  ['Anne-Marie Dupont', 'Dupont says nobody reads the visit reports'],
  ["Siobhán O'Neill", 'Siobhán says the CRM is slow'],
  ['Ian MacLeod', 'Ian finds the CRM slow'],
  ['Omar al-Rashid', 'Rashid finds the CRM slow'],
  ['Jane Smith, Key Account Manager', 'Jane finds the CRM slow'],
  ['jane doe', 'Doe finds the CRM slow'],
  ['JANE SMITH', 'Smith finds the CRM slow'],
  ['Kumar R', 'Kumar finds the CRM slow'],
  ['Dr. med. Klaus Meier', 'Meier finds the CRM slow'],
  ['Jane Smith – Sales', 'Smith finds the CRM slow'],
  ['Jane Smith Jr.', 'Smith finds the CRM slow'],
  ['Léa LeBlanc', 'LeBlanc finds the CRM slow'],
  ['Bob Lee <bob.lee@acme.example>', 'Lee finds the CRM slow'],
  ['jane.smith2@acme.example', 'Smith finds the CRM slow'],
  ['mailto:tom.baker@acme.example', 'Baker finds the CRM slow'],
];

describe('names in the respondent column, in the forms people write them', () => {
  it('are taken out of the notes whatever their case, hyphens, apostrophes, titles or the role after them', () => {
    const t = notesTable(NAME_FORMS.map(([respondent, note]) => ({ respondent, note })));
    const { coded } = analyzeInterviews([t]);
    for (const c of coded) expect(c.text, c.text).toMatch(/^\[name\] (says|finds)/);
  });

  it('still tells a label from a name', () => {
    for (const label of ['CRM Admin', 'Head of Marketing', 'Team North', 'Workshop A', 'R12', 'Key Account Manager', 'Field Sales North', 'Focus group'])
      expect(respondentNames(label), label).toEqual([]);
    // a role after a comma that is not a known label reads as a second person: more is taken out, never less
    expect(respondentNames('Jane Smith, Medical Advisor')).toContain('Jane Smith');
    expect(respondentNames('Jane Smith, Bob Lee')).toEqual(['Jane Smith', 'Bob Lee']);
    expect(respondentNames('Smith, Jane')).toEqual(['Smith Jane']);
  });

  it('a plain "Name" column of a notes file is taken out of the notes, but not counted as who spoke', () => {
    const rows = ['Acme GmbH', 'Globex AG', 'Initech', 'Umbrella', 'Hooli', 'Jane Smith'].map((n) => ({ respondent: n, team: 'North', note: `${n.split(' ')[0]} says the CRM is slow` }));
    const t = notesTable(rows, 'notes.csv', ['respondent', 'team', 'note']);
    t.header = ['Name', 'Team', 'Note'];
    delete t.roles.respondent;
    const { coded, result, warnings } = analyzeInterviews([t], { minGroupSize: 5, minQuoteGroupSize: 5 });
    expect(coded[5]!.text).toBe('[name] says the CRM is slow');
    // six accounts are not six people: no respondents, no group, no quote
    expect(result.respondents).toBe(0);
    expect(result.groups).toEqual([]);
    expect(result.quotes).toEqual([]);
    expect(warnings.map((w) => w.message).join(' ')).toMatch(/the column "Name" is not taken for who spoke/);
  });

  it('warns when a notes file has no respondent column at all', () => {
    const { warnings } = analyzeInterviews([notesTable([{ note: 'The CRM is slow' }], 'interview_jane_smith_2024-03-15.csv')], { redactNames: ['Jane Smith'] });
    const w = warnings.find((x) => /no respondent column found/.test(x.message));
    // the warning says which file on the consultant's terminal; its message, which may reach the report, never names it
    expect(w?.file).toBe('interview_jane_smith_2024-03-15.csv');
    expect(w?.message).not.toMatch(/jane|smith|2024/i);
  });
});

describe('names on the list, written another way in the notes', () => {
  const names = ["Siobhán O'Neill", 'Jose Alvarez', 'Emma Watson-Clarke', 'Omar al-Rashid', 'Zoë Müller', 'Nguyễn Văn An', 'Jean-Pierre Dupont', 'Søren Kjær'];
  it.each([
    ['O’Neill says the CRM is slow', '[name] says the CRM is slow'],
    ['Álvarez and José agree', '[name] and [name] agree'],
    ['Watson finds it slow, Clarke too', '[name] finds it slow, [name] too'],
    ['Rashid finds it slow', '[name] finds it slow'],
    ['Zoe Mueller, Zoe Muller and ZOË MÜLLER', '[name], [name] and [name]'],
    ['Nguyen said so', '[name] said so'],
    ['Jean Pierre said so', '[name] [name] said so'],
    ['Soren Kjaer said so', '[name] said so'],
    ['Kjaer said so', '[name] said so'],
    ['ask jose_alvarez on Teams', 'ask [name]_[name] on Teams'],
  ])('%s', (text, want) => {
    expect(redactText(text, names)).toBe(want);
  });

  it('a particle alone is no one: "bin", "al" and "van" stay as words', () => {
    expect(redactText('the bin is full, al fresco, the van broke down', ['Omar bin Laden', 'Omar al-Rashid', 'Piet van Dijk'])).toBe(
      'the bin is full, al fresco, the van broke down',
    );
  });
});

describe('contact details and dates written to get past a filter', () => {
  it.each([
    ['Reach her at jane.doe at customer dot com.', 'Reach her at [email].'],
    ['Her address is jane.doe at customer.com', 'Her address is [email]'],
    ['jane AT acme DOT com', '[email]'],
    ['jane @ acme . com ok', '[email] ok'],
    ['jane@ acme.com', '[email]'],
    ['jane<at>acme.com', '[email]'],
    ['jane＠acme.com', '[email]'],
    ['Call her on 089 – 123 456 after 5', 'Call her on [phone] after 5'],
    ['Mobile +49 171 12–34–567', 'Mobile [phone]'],
    ['0171‑123‑45‑67', '[phone]'],
    ['Met her on 15-Mar-2024 at HQ', 'Met her on March 2024 at HQ'],
    ['Follow-up call on march 15, 2024.', 'Follow-up call on March 2024.'],
    ['on the 15th of march', 'on the March'],
    ['Off sick from 3rd–7th June', 'Off sick from June'],
    ['off 3-7 June', 'off June'],
    ['Am 15. März 2024 hat sie gekündigt', 'Am März 2024 hat sie gekündigt'],
    ['le 15 mars 2024', 'le mars 2024'],
    ['15 de marzo de 2024', 'marzo 2024'],
    ['2024年3月15日', '2024-03'],
    ['Am 15.03. kam sie', 'Am March kam sie'],
    ['Call on 12/7/85', 'Call on 1985'],
  ])('%s', (text, want) => {
    expect(redactText(text)).toBe(want);
  });

  it('leaves what only looks like them', () => {
    for (const text of ['I logged in at salesforce.com today', 'we met at noon. Then', 'look at this dot point', 'we may 2x it', 'in 2023 – 2024 we', 'version 2.1. It'])
      expect(redactText(text)).toBe(text);
  });
});

describe('who is one person', () => {
  it('one person written several ways is one respondent, and a small team is not made to look big', () => {
    expect(new Set(['Jane Smith', 'Smith, Jane', 'SMITH Jane', 'Jane Smith (North)', 'jane.smith@acme.example'].map(personKey)).size).toBe(1);
    const rows = [
      ...['Jane Smith', 'Tom Baker', 'Ana Silva'].map((respondent) => ({ respondent, team: 'Legal', note: 'The CRM is slow' })),
      ...['jane.smith@acme.example', 'tom.baker@acme.example', 'ana.silva@acme.example'].map((respondent) => ({ respondent, team: 'Legal', note: 'The CRM is slow' })),
      ...['A1', 'A2', 'A3', 'A4', 'A5'].map((respondent) => ({ respondent, team: 'North', note: 'The CRM is slow' })),
    ];
    const { result } = analyzeInterviews([notesTable(rows)]);
    expect(result.respondents).toBe(8);
    expect(result.groups.some((g) => g.name === 'Legal')).toBe(false);
  });
});

describe('pseudonyms', () => {
  it('cannot be worked out from the names alone: they are keyed by the notes as written', () => {
    const rows = ['Jane Smith', 'Tom Baker', 'Ana Silva', 'Piet Kramer', 'Wim Vos'].map((respondent, i) => ({ respondent, note: `Note ${i} about the CRM` }));
    const shown = (notes: typeof rows) => new Map(analyzeInterviews([notesTable(notes)]).coded.map((c, i) => [notes[i]!.respondent, c.respondent]));
    const a = shown(rows);
    // the same notes give the same numbers; the unkeyed order (what an outsider could compute) is not a given
    expect(shown(rows)).toEqual(a);
    const other = shown(rows.map((r) => ({ ...r, note: `${r.note}, again` })));
    const unkeyed = pseudonyms(rows.map((r) => personKey(r.respondent)));
    const same = (m: Map<string, string | null>) => rows.every((r) => m.get(r.respondent) === unkeyed.get(personKey(r.respondent)));
    expect(same(a) && same(other)).toBe(false);
  });
});

describe('group figures', () => {
  it('notes without a respondent in a small team are protected from subtraction too', () => {
    const cells = [
      { name: 'North', respondents: 6, notes: 6 },
      { name: 'South', respondents: 6, notes: 6 },
      { name: 'Legal', respondents: 0, notes: 1 },
      { name: null, respondents: 0, notes: 0 },
    ];
    const s = suppressBreakdown(cells, 5);
    expect(s.shown.has('Legal')).toBe(false);
    expect(s.shown.size).toBe(1);
  });

  it('the drivers of one side never describe a side of one person by what they did not say', () => {
    const love = ['L1', 'L2', 'L3', 'L4', 'L5'].map((respondent) => ({ respondent, note: 'The mobile app is excellent and really helps me on the road' }));
    const drivers = (hater: string) =>
      analyzeInterviews([notesTable([...love, { respondent: 'H1', note: hater }])]).result.stanceDrivers?.love;
    expect(drivers('The mobile app crashes all the time, useless')).toEqual(drivers('Entering every visit twice is a waste of my time, useless'));
  });
});

describe('file names', () => {
  it('a notes file named after a person and a day is shown redacted, and its review sheet still fits it', () => {
    const path = 'interviews/interview_jane_smith_2024-03-15.csv';
    const t = notesTable([{ respondent: 'Jane Smith', note: 'The CRM is slow and I enter visits twice' }], path);
    const first = analyzeInterviews([t]);
    expect(first.coded[0]!.file).toBe('interviews/interview_[name]_[name]_2024-03.csv');
    expect(reviewSheet(first.coded)).not.toMatch(/jane|smith|2024-03-15/i);
    const header = ['file', 'line', 'text', 'themes', 'sentiment'];
    const row = [first.coded[0]!.file, '2', first.coded[0]!.text, 'mobile', 'negative'];
    const again = analyzeInterviews([t], { coding: parseCoding(plainTable(header, [row])) });
    expect(again.coded[0]!.themes).toEqual(['mobile']);
    // two files that read alike are numbered, and a row written before the second came is told apart by its text
    const u = notesTable([{ respondent: 'Tom Baker', note: 'Nobody reads my reports' }], 'interviews/interview_tom_baker_2024-03-16.csv');
    const both = analyzeInterviews([t, u], { coding: parseCoding(plainTable(header, [[row[0]!, '2', 'Nobody reads my reports', 'training', 'negative']])) });
    expect(both.coded.map((c) => c.themes[0])).toEqual([first.coded[0]!.themes[0], 'training']);
    expect(both.coded.map((c) => c.file).sort()).toEqual(['interviews/interview_[name]_[name]_2024-03 (1).csv', 'interviews/interview_[name]_[name]_2024-03 (2).csv']);
    // the same line and the same text in both: the number, which follows the notes and changes when one is added,
    // does not decide; the row is not applied, and the sheet says so
    const v = notesTable([{ respondent: 'Tom Baker', note: 'The CRM is slow and I enter visits twice' }], 'interviews/interview_tom_baker_2024-03-16.csv');
    const sheet = analyzeInterviews([t, v]);
    const target = sheet.coded[1]!;
    const fixed = analyzeInterviews([t, v], { coding: parseCoding(plainTable(header, [[target.file, '2', target.text, 'training', 'negative']])) });
    expect(fixed.coded.map((c) => c.themes)).toEqual(sheet.coded.map((c) => c.themes));
    expect(fixed.warnings.map((w) => w.message).join(' ')).toMatch(/matches no note of these files/);
    // and a sheet written with the files' real names, before names were redacted, still fits
    const old = analyzeInterviews([t, v], { coding: parseCoding(plainTable(header, [['interviews/interview_tom_baker_2024-03-16.csv', '2', target.text, 'training', 'negative']])) });
    expect(old.coded.map((c) => c.themes)).toEqual([sheet.coded[0]!.themes, ['training']]);
  });
});

describe('one person in the forms an export mixes', () => {
  it('an initial and a surname, an umlaut written out, a surname alone: one respondent when one full name fits', async () => {
    const { mergePeople } = await import('../../src/interviews/redact.js');
    const rows = [
      ['Jane Smith', 'jane.smith@acme.example'],
      ['Katrin Vogelsang', 'k.vogelsang@acme.example'],
      ['Sabine Krüger', 'sabine.krueger@acme.example'],
      ['Mehmet Yilmaz', 'm.yilmaz@acme.example'],
      ['Thomas Reuter', 'REUTER Thomas', 't.reuter@acme.example', 'T. Reuter'],
    ].flatMap((forms, i) => forms.map((respondent) => ({ respondent, team: `T${i}`, note: 'The app is slow.' })));
    expect(analyzeInterviews([notesTable(rows)]).result.respondents).toBe(5);
    // two full names an initial fits: not guessed
    const keys = ['Jane Smith', 'John Smith', 'j.smith@acme.example'].map(personKey);
    const m = mergePeople(keys);
    expect(m.get(keys[2]!)).toBe(keys[2]);
  });
});

describe('what a second review found the first fixes broke', () => {
  it('names in other scripts, and with marks the Latin patterns do not add back, are removed', () => {
    const names = ['Иван Петров', 'Йосиф Ким', 'Γιώργος Παπαδόπουλος', 'राहुल शर्मा', 'Straße Eins', 'İsmail Kaya', 'Сергей Иванов'];
    expect(redactText('Йосиф said; Γιώργος Παπαδόπουλος agreed; राहुल too; Straße; İsmail; Сергей hates it', names)).toBe(
      '[name] said; [name] agreed; [name] too; [name]; [name]; [name] hates it',
    );
  });

  it('an address spelt out in words never sends the pattern into exponential backtracking', () => {
    // (at|AT|At) under the i flag made 3^n ways to read 'a dot a dot ...': 20 of them took minutes, 60 would never
    // end (the test's own time-out would fail it); it ends in no TLD, so nothing is taken
    const text = `x at ${'a dot '.repeat(60)}`;
    expect(redactText(text)).toBe(text);
  });

  it('the tag of a plus address is not a name', () => {
    expect(respondentNames('jane.smith+crm@acme.example')).toEqual(['jane smith']);
  });

  it('numbers, prices, versions and lower-case abbreviations are not dates', () => {
    for (const t of ['In dec 12 people joined', 'We had 3 mar reports', 'Sprint 1 jan 2 feb', 'It costs €12.10. Then it costs 15.03.', 'Versions 1.2. and 10.11. shipped', 'Marco 12 said', 'logged in at salesforce.com'])
      expect(redactText(t), t).toBe(t);
    expect(redactText('vom 1.10. bis 3.11.')).toBe('vom October bis November');
    expect(redactText('15mar2024 and 15MAR24')).toBe('March 2024 and March 2024');
    // a capitalised May is a month, and a spelt-out address with a dotted domain is an address
    expect(redactText('on 12 May, the 12th of May')).toBe('on May, the May');
    expect(redactText('mail jane at acme.com')).toBe('mail [email]');
  });

  it('notes with neither a respondent nor a team still hide a team beside them: they may be one person\'s', () => {
    const s = suppressBreakdown(
      [
        { name: 'A', respondents: 6, notes: 6 },
        { name: 'B', respondents: 6, notes: 6 },
        { name: null, respondents: 0, notes: 1 },
      ],
      5,
    );
    // a file of one interview named after the person has no respondent column: total minus A and B would be hers
    expect(s.shown.size).toBe(1);
  });

  it('a respondent written as a user name, in quotes or with a number is still a name', () => {
    for (const v of ['jane_smith', '"Jane Smith"', 'Jane Smith;', 'Jane Smith 1', '\u200BJane Smith', '«Jane Smith»', 'Jane.Smith'])
      expect(respondentNames(v).map((n) => n.toLowerCase()), v).toEqual(['jane smith']);
    // ids keep their number, and stay ids
    expect(respondentNames('North person 9')).toEqual([]);
    expect(personKey('Jürgen Müller')).toBe(personKey('jurgen.muller@acme.example'));
  });
});

describe('review-sheet numbers never decide', () => {
  it('a note added to one of two files that read alike never sends a correction to the other person', () => {
    const header = ['file', 'line', 'text', 'themes', 'sentiment'];
    const ann = (notes: string[]) => notesTable(notes.map((note) => ({ respondent: 'Ann Lee', note })), 'interview_ann_lee.csv');
    const bob = notesTable([{ respondent: 'Bob Kim', note: 'Too many clicks.' }], 'interview_bob_kim.csv');
    const before = analyzeInterviews([ann(['Too many clicks.']), bob]);
    const annRow = before.coded[0]!;
    for (const extra of ['One more.', 'Another one.', 'And a third.', 'Fourth.', 'Fifth note here.', 'Sixth.']) {
      const after = analyzeInterviews([ann(['Too many clicks.', extra]), bob], {
        coding: parseCoding(plainTable(header, [[annRow.file, '2', annRow.text, 'training', 'negative']])),
        nameRespondents: true,
      });
      const bobNote = after.coded.find((c) => c.respondent === 'Bob Kim')!;
      expect(bobNote.themes, extra).not.toContain('training');
    }
  });
});

describe('a pasted image in a note', () => {
  it('a long run of text without spaces is read once, not from every position', () => {
    // `\S*@\S*` was tried from every position of the run: a 100 kB base64 cell took two minutes (the test's own
    // time-out fails a return of that); an address inside such a run is still removed
    const run = Array.from({ length: 100_000 }, (_, i) => 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789+/'[(i * 7) % 48]).join('');
    expect(redactText(`pasted ${run} end`)).toBe(`pasted ${run} end`);
    const withAddress = redactText(`x ${run.slice(0, 5000)}jane@acme.com y`);
    expect(withAddress).not.toMatch(/jane|acme/);
    expect(withAddress.endsWith('[email] y')).toBe(true);
  });
});

describe('a fourth review: addresses, and long runs of text', () => {
  it('an address with letters beyond a–z, or spelt out with "dot" in its local part, is removed whole', () => {
    expect(redactText('josé.müller@acme.de wrote')).toBe('[email] wrote');
    expect(redactText('mail zoë@müller-bau.de now')).toBe('mail [email] now');
    expect(redactText('jane dot smith at acme dot com is hers')).toBe('[email] is hers');
    expect(redactText('JANE DOT SMITH AT ACME DOT COM')).toBe('[email]');
    // still not an address: no top-level domain, or an ordinary word before "at"
    for (const t of ['look at this dot point', 'I logged in at salesforce.com today', 'the dot at the end']) expect(redactText(t)).toBe(t);
  });

  it('a long run of letters, digits or dotted words is read once, not from every position', () => {
    // each took from twenty seconds to over three minutes before (the patterns for addresses and for a domain with
    // a path were tried from every position of the run); the test's own time-out fails a return of that
    for (const unit of ['abcdefghij', '0123456789', 'abcd.', '12.', 'a dot ', 'ab-', '1/', '15.03.', 'Jane ']) {
      const run = unit.repeat(Math.ceil(100_000 / unit.length));
      expect(redactText(`x ${run} y`, ['Jane Smith']).length, unit).toBeGreaterThan(0);
    }
  });
});

describe('a fourth review: two people in one respondent cell', () => {
  it('names joined by a slash, a bar, an ampersand or a spaced dash are all taken', () => {
    expect(respondentNames('Jane Smith / Bob Lee')).toEqual(['Jane Smith', 'Bob Lee']);
    expect(respondentNames('Jane Smith/Bob Lee')).toEqual(['Jane Smith', 'Bob Lee']);
    expect(respondentNames('Jane Smith - Bob Lee')).toEqual(['Jane Smith', 'Bob Lee']);
    expect(respondentNames('Smith & Lee')).toEqual(['Smith', 'Lee']);
    expect(respondentNames('Smith/Lee')).toEqual(['Smith', 'Lee']);
    const rows = ['Jane Smith / Bob Lee', 'Smith & Lee', 'Ann Kim/Tom Baker'].map((respondent) => ({ respondent, note: 'Bob, Lee, Tom and Baker find the CRM slow' }));
    for (const c of analyzeInterviews([notesTable(rows)]).coded) expect(c.text).toBe('[name], [name], [name] and [name] find the CRM slow');
  });

  it('a label after a slash or a dash stays a label, and a lone word after a full name is read as one', () => {
    for (const v of ['Jane Smith / KAM', 'Jane Smith – Sales', 'Jane Smith / Key Account Manager', 'Jane Smith | IT', 'Jane Smith / Field Sales North', 'Jane Smith / Munich'])
      expect(respondentNames(v), v).toEqual(['Jane Smith']);
    for (const v of ['Sales/Marketing', 'CRM Admin / IT', 'R12 / R13', 'Team A / Team B', 'North/South']) expect(respondentNames(v), v).toEqual([]);
  });

  it('one person a line in a cell, or a name wrapped over two lines, is taken', () => {
    // three people of two words each were six words: more than a name has, and none of them was taken
    expect(respondentNames('Jane Smith\nBob Lee\nAnn Kim')).toEqual(['Jane Smith', 'Bob Lee', 'Ann Kim']);
    expect(respondentNames('Jane\nSmith')).toEqual(['Jane', 'Smith', 'Jane Smith']);
    expect(respondentNames('Jane Smith\r\nKey Account Manager')).toEqual(['Jane Smith']);
  });

  it('a name written with dots or underscores between its words, a long name, a lower-case name with a number', () => {
    // each of these left the name, or part of it, in the notes
    expect(respondentNames('J.Smith')).toEqual(['Smith']);
    expect(respondentNames('Dr.Jane Smith')).toEqual(['Jane Smith']);
    expect(respondentNames('Jane.Smith (North)')).toEqual(['Jane Smith']);
    expect(respondentNames('Jane_Smith (KAM)')).toEqual(['Jane Smith']);
    expect(respondentNames('Maria Fernanda da Silva Santos Oliveira')).toEqual(['Maria Fernanda da Silva Santos Oliveira']);
    expect(respondentNames('jane smith 2')).toEqual(['jane smith']);
    // and ids stay ids
    for (const v of ['north person 9', 'person 9', 'Sales Rep 3', 'R12']) expect(respondentNames(v), v).toEqual([]);
  });

  it('a listed name wrapped over lines of a note, or at the start or end of a line, is taken', () => {
    const names = ['Jane Smith', 'Will Price'];
    expect(redactText('met Jane\nSmith today', names)).toBe('met [name] today');
    expect(redactText('met JANE\r\n  SMITH today', names)).toBe('met [name] today');
    expect(redactText('Smith\nsaid so\nand so did\nJane', names)).toBe('[name]\nsaid so\nand so did\n[name]');
    expect(redactText('Will\nPrice asked', names)).toBe('[name] asked');
    // a full name made of ordinary words is a name where it is written as one, wrapped or not
    expect(redactText('WILL PRICE asked; we will\nprice it, and will price it', names)).toBe('[name] asked; we will\nprice it, and will price it');
    expect(redactText('Jane\u2028Smith', names)).toBe('[name]');
  });
});

describe('a fourth review: the Turkish dotted and dotless i', () => {
  it('a name with İ or ı is taken however the note writes its i', () => {
    const names = ['İsmail Yılmaz'];
    expect(redactText('ISMAIL YILMAZ, İSMAİL, Ismail Yilmaz, ismail, YİLMAZ, Yılmaz, ısmaıl and i\u0307smail said so', names)).toBe(
      '[name], [name], [name], [name], [name], [name], [name] and [name] said so',
    );
    // and the other way round: a list written without the Turkish letters finds them in the note
    expect(redactText('İSMAİL YILMAZ and İsmail said so', ['Ismail Yilmaz'])).toBe('[name] and [name] said so');
  });
});

describe('a fourth review: what a reader sees whole, but the patterns did not', () => {
  const names = ['Jane Smith', "Sean O'Neill"];
  it.each([
    // characters that show nothing, inside a name or a number
    ['Sm\u200Bith and Sm\u00ADith and Sm\u200Dith said so', '[name] and [name] and [name] said so'],
    ['call 0171\u200B123\u200B4567 or +49\u2060171\u2060123\u20604567', 'call [phone] or [phone]'],
    ['on 15.\u200B03.2024', 'on 2024-03'],
    // full-width, mathematical and other scripts' letters and digits
    ['ＳＭＩＴＨ and 𝐒𝐦𝐢𝐭𝐡 said so', '[name] and [name] said so'],
    ['call ０１７１ １２３ ４５６７ or （０３）１２３４－５６７８ or ٠١٧١١٢٣٤٥٦٧', 'call [phone] or [phone] or [phone]'],
    ['２０２４年３月１５日に', '2024-03に'],
    // separators people put in a number
    ['call 0171·123·4567 or 0171_123_4567 or 0171•123•4567', 'call [phone] or [phone] or [phone]'],
    // a user name with a number after the name, an apostrophe written another way
    ['smith2 and jane.smith01 said so', '[name]2 and [name].[name]01 said so'],
    ['O´Neill, O`Neill and Oʼneill said so', '[name], [name] and [name] said so'],
    // a file name that writes a date with underscores
    ['interview_15_03_24.csv and interview_2024_03_15.csv', 'interview_2024-03.csv and interview_2024-03.csv'],
  ])('%s', (text, want) => {
    expect(redactText(text, names)).toBe(want);
  });

  it('leaves what needs those characters: an emoji, Persian, a word before a space', () => {
    for (const t of ['👨\u200D👩\u200D👧 family', 'می\u200Cخواهم', 'a\u200B b', 'Total 1,234,567 EUR']) expect(redactText(t, names)).toBe(t);
  });
});

describe('a fourth review: a day and a month without a year', () => {
  it.each([
    ['We met on 15/03 and again 03/15.', 'We met on March and again March.'],
    ['Kickoff 15/3, review 3/15', 'Kickoff March, review March'],
    ['Kickoff 15.03. in Berlin', 'Kickoff March in Berlin'],
    ['Kickoff 15.3. in Berlin, and 01.03. too', 'Kickoff March in Berlin, and March too'],
    ['Dates: 15.03., 16.03.', 'Dates: March, March'],
    // a day and a month that cannot be told apart, with a leading zero that no fraction has: all of it goes
    ['on 03/04 and 3/04', 'on [date] and [date]'],
    // or after a word that introduces a date; a share after it stays ("on 3/4 of the reps", below)
    ['on 10/12 we met, due 7/10', 'on [date] we met, due [date]'],
    // a dotted date with spaces, and a year
    ['am 15. 3. 2024 und 15.3. 2024', 'am 2024-03 und 2024-03'],
  ])('%s', (text, want) => {
    expect(redactText(text)).toBe(want);
  });

  it('leaves fractions, scores, ratios, versions, prices and decimals', () => {
    for (const t of [
      '3/4 of the reps', 'scored 4/5', '1/2 the team', '7/10 reps', '10/12 said yes', '24/7 support', 'a 16/9 screen', '12/24 months',
      '15/20 reps', '13/15 of them', 'ratio 15/3', 'v2.5 and 2.5 and 15.03', 'revenue grew 13.5.', 'Revenue grew 13.5. Then it fell',
      'It costs €12.10. Then it costs 15.03.', 'the price is 15.03. ok', '15.03. EUR', 'Versions 1.2. and 10.11. shipped', 'see section 13.2. now',
      'In 2023/24 we', 'Q3/24', 'FY15/16', 'on 3/4 of the reps', 'by 4/5 of them', 'on 24/7 support',
    ])
      expect(redactText(t), t).toBe(t);
  });

  it('a day and a month inside a phone number are the phone number\'s', () => {
    expect(redactText('Call 089 15/03 4567 or 0171 15.03. 12')).toBe('Call [phone] or [phone]');
  });
});

describe('a fourth review: months in other languages and scripts', () => {
  it.each([
    // an abbreviation written with its accent is no English word: it needs no year
    ['am 15 déc et le 3 mär', 'am déc et le mär'],
    ['12 okt, 15 dic, 3 ene', 'okt, dic, ene'],
    ['15 марта 2024 и 1 мая', 'марта 2024 и мая'],
    ['15 МАРТА', 'МАРТА'],
    ['15 Μαρτίου 2024, 5 ΜΑΪΟΥ', 'Μαρτίου 2024, ΜΑΪΟΥ'],
    ['15 березня 2024', 'березня 2024'],
    // days listed before the month
    ['On 15 and 16 March 2024 we trained', 'On March 2024 we trained'],
    ['am 15., 16. und 17. März', 'am März'],
    ['the 15th and 16th of March', 'the March'],
  ])('%s', (text, want) => {
    expect(redactText(text)).toBe(want);
  });

  it('a lower-case abbreviation that is an English word needs a year, or a day that the text makes a date (redact.test.ts)', () => {
    for (const t of ['In dec 12 people joined', 'We had 3 mar reports', 'Sprint 1 jan 2 feb']) expect(redactText(t), t).toBe(t);
  });

  it('date cells in those languages are cut to the month', () => {
    expect(coarsenDate('15 марта 2024')).toBe('2024-03');
    expect(coarsenDate('15 Μαρτίου 2024')).toBe('2024-03');
    expect(coarsenDate('15 déc 2024')).toBe('2024-12');
  });
});

describe('a fourth review: the why column of the review sheet', () => {
  const names = new Set(['visit', 'history']);
  const id = (s: string) => s;
  it('cites a learned feature only where the shown text holds its words, in that order', () => {
    const e = 'data-entry-burden:learned([data entry], "visit reports", visit)';
    // the words are the note's: shown
    expect(shownEvidence(e, 'Nobody reads the visit reports', names, id)).toBe(e);
    // "Visit" was the name, and the text still has "visit" elsewhere: the pair would tell who [name] is
    expect(shownEvidence(e, '[name] reports nobody reads, and every visit takes ages', names, id)).toBe(
      'data-entry-burden:learned([data entry], [name], visit)',
    );
    // a negation is cited with "not": the words after it are the text's
    expect(shownEvidence('no-value:learned("not reads", [useless])', 'Nobody reads it', names, id)).toBe('no-value:learned("not reads", [useless])');
  });

  it('never cites a piece of an address, a phone number, a web address or a day the text hides', () => {
    const text = 'Call [name] on [phone] or mail [email], see [url], since March.';
    for (const item of ['"visit reports@acme"', '0171', '"1234567 or"', 'linkedin', '"15 03"', '"since 15"'])
      expect(shownEvidence(`no-value:learned(${item}, [useless])`, text, names, id), item).toMatch(/^no-value:learned\(\[(?:hidden|name)\], \[useless\]\)$/);
  });

  it('through the whole analysis: no name, address, phone number or day in any why cell', () => {
    const notes = [
      'Nobody reads the visit reports. Call Visit on 0171 1234567 or visit.reports@acme.example, since 15/03/2024.',
      'My own spreadsheet has twenty years of history, History says the portal has six months of junk, see linkedin.com/in/kim-history',
      'I keep my own spreadsheet, Kim says the CRM is useless junk, 15.03. kim@acme.example',
    ];
    const a = analyzeInterviews([notesTable(notes.map((note, i) => ({ respondent: `R${i}`, note })))], { redactNames: ['Ann Visit', 'Kim History'] });
    expect(a.coded.some((c) => c.evidence.some((e) => e.includes(':learned(')))).toBe(true);
    const rows = parse(reviewSheet(a.coded), { columns: true }) as Record<string, string>[];
    for (const row of rows) {
      expect(row.why).not.toMatch(/kim|1234567|0171|@|linkedin|15\/03|15\.03/i);
      // every learned item is a class, a mask, or words the text cell shows
      for (const m of row.why!.matchAll(/:learned\((.*?)\)(?:;|$)/g))
        for (const item of m[1]!.split(', ')) {
          if (/^\[[^\]]*\]$/.test(item)) continue;
          expect(` ${noteWords(row.text!).join(' ')} `, item).toContain(` ${noteWords(item.replace(/^"|"$/g, '').replace(/^not /, '')).join(' ')} `);
        }
    }
  });
});

describe('a fourth review: user names, and a large roster', () => {
  it('a full name written as a user name without a separator is taken', () => {
    const names = ['Jane Smith', 'Tom Baker', 'Bob Lee', 'Bob Ash', 'Zoë Müller'];
    expect(redactText('ask jsmith, janesmith, JSmith2, smithjane, tbaker, boblee, zmueller or zoemuller', names)).toBe(
      'ask [name], [name], [name]2, [name], [name], [name], [name] or [name]',
    );
    // not where it would be an ordinary word or too short to be only a name: "bash", "blee"
    expect(redactText('a bash script, blee, jsmithers', names)).toBe('a bash script, blee, jsmithers');
  });

  it('a roster of 2,000 people: each note is matched against the names whose first word it holds', () => {
    const syl = ['ka', 'ren', 'mo', 'li', 'tas', 'ber', 'vin', 'do', 'sel', 'ga', 'nor', 'pi', 'hu', 'zek', 'wa', 'tri'];
    const word = (n: number, k: number) => {
      let s = '';
      for (let j = 0; j < k; j++) s += syl[(n >> (4 * j)) % 16];
      return s[0]!.toUpperCase() + s.slice(1);
    };
    const roster = Array.from({ length: 2000 }, (_, i) => `${word(i, 2)} ${word(i * 7 + 3, 3)}`);
    const [first, last] = roster[1234]!.split(' ') as [string, string];
    const notes = Array.from({ length: 300 }, (_, i) => `Note ${i}: nobody reads the visit reports, the CRM is slow and the app crashes twice a day.`);
    const redactor = compileRedactor(roster);
    for (const n of notes) expect(redactor(n)).toBe(n);
    expect(redactor(`${first.toUpperCase()} said so, and ${last} too; ${first[0]!.toLowerCase()}${last.toLowerCase()} agreed`)).toBe('[name] said so, and [name] too; [name] agreed');
    // the same text as one pattern of the whole roster gives: a name is matched whatever its neighbours
    expect(redactor(`${roster[0]} and ${roster[1999]} met ${roster[1234]}`)).toBe('[name] and [name] met [name]');
  });
});

describe('a fourth review: names listed as an address or a user name', () => {
  it('the name an address or a user name on the list spells is taken out of the notes', () => {
    // the owners of a HubSpot export may be addresses: "Jane", "Smith" and "Bob" stayed in the quotes
    const names = ['jane.smith@acme.example', 'bob_lee', 'tbaker', 'info@acme.example'];
    const { coded } = analyzeInterviews([notesTable([{ respondent: 'R1', note: 'Jane, Smith, Bob Lee and tbaker said the CRM is slow; info is fine' }])], { redactNames: names });
    expect(coded[0]!.text).toBe('[name], [name], [name] and [name] said the CRM is slow; info is fine');
  });
});

describe('a fourth review: a listed name written with a dot or an underscore', () => {
  it('its words are names too', () => {
    expect(redactText('Smith, Jane and Doe said so', ['J.Smith', 'jane_doe'])).toBe('[name], [name] and [name] said so');
  });
});

describe('a fourth review: an ISO week date', () => {
  it('names a day: the week stays', () => {
    expect(redactText('on 2024-W11-5 and 2024W115, in 2024-W11')).toBe('on 2024-W11 and 2024-W11, in 2024-W11');
  });
});

describe('a fourth review: a name with an s', () => {
  it('the German genitive and the English plural name the person too; a word-name with an s is a word', () => {
    expect(redactText('Müllers Kunden, Schmidts Bericht, the Smiths; Smithson; Prices are high, Price said', ['Hans Müller', 'Eva Schmidt', 'Jane Smith', 'Will Price'])).toBe(
      '[name] Kunden, [name] Bericht, the [name]; Smithson; Prices are high, [name] said',
    );
  });
});
