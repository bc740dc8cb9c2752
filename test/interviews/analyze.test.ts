import { describe, expect, it } from 'vitest';
import { renderSummary } from '../../src/cli/interviews.js';
import { colorFor } from '../../src/cli/term.js';
import { CrmAuditError } from '../../src/errors.js';
import { analyzeInterviews, parseCoding, reviewSheet } from '../../src/interviews/index.js';
import { InterviewsResult } from '../../src/result/schema.js';
import { notesTable, plainTable, type NoteRow } from './helpers.js';

const TEAM = (team: string, n: number, note: string, extra: Partial<NoteRow> = {}): NoteRow[] =>
  Array.from({ length: n }, (_, i) => ({ respondent: `${team} person ${i + 1}`, team, role: 'Field Sales', note, ...extra }));

describe('a config theme title', () => {
  it('is carried into the analysis, so every output shows it rather than a title made from the id', () => {
    const rows: NoteRow[] = [{ respondent: 'A', team: 'North', note: 'The sample tracker never matches the sample numbers.' }];
    const a = analyzeInterviews([notesTable(rows)], {
      minGroupSize: 1,
      minQuoteGroupSize: 1,
      themes: [
        { id: 'samples', title: 'Sample tracking', phrases: ['sample tracker'] },
        { id: 'pricing', phrases: ['price list'] },
        { id: 'mobile', title: 'Phone access', phrases: ['on the road'] },
      ],
    });
    const byId = new Map(a.result.themes.map((t) => [t.id, t]));
    expect(byId.get('samples')).toMatchObject({ title: 'Sample tracking', count: 1 });
    expect(byId.get('mobile')?.title).toBe('Phone access');
    // no title given: none stored; built-in themes keep theirs from the code
    expect(byId.get('pricing')?.title).toBeUndefined();
    expect(byId.get('training')?.title).toBeUndefined();
    expect(() => InterviewsResult.parse(a.result)).not.toThrow();
  });
});

describe('analyzeInterviews', () => {
  const rows: NoteRow[] = [
    { respondent: 'Anna Berger', team: 'North', role: 'Field', date: '2024-03-15', note: 'Logging every call takes an hour and nobody reads it. Ask Anna Berger.' },
    { respondent: 'anna berger ', team: 'North', role: 'Field', date: '16/03/2024', category: 'Concerns', note: 'They will use it to rank us.' },
    { respondent: 'Ben Ortiz', team: 'North', role: 'Field', note: 'The order history is really useful, it saves me a call.' },
    { respondent: 'Carla Duarte', team: 'South', role: 'Inside', note: 'Ich muss jeden Anruf zweimal eintragen und keiner liest es.' },
    { respondent: '', team: 'South', note: 'Can I use it on my phone?' },
    { respondent: 'Dan Eng', team: 'South', role: 'Inside', note: '   ' },
  ];
  const a = analyzeInterviews([notesTable(rows)], { minGroupSize: 1, minQuoteGroupSize: 1 });

  it('produces a result that satisfies the contract', () => {
    expect(() => InterviewsResult.parse(a.result)).not.toThrow();
    expect(a.result).toMatchObject({ notes: 5, respondents: 3, scored: 4, otherLanguage: 1 });
  });

  it('pseudonymises respondents, case- and space-insensitively', () => {
    const resp = a.coded.map((c) => c.respondent);
    expect(resp[0]).toMatch(/^Respondent \d\d$/);
    expect(resp[0]).toBe(resp[1]);
    expect(resp[4]).toBeNull();
    expect(JSON.stringify(a)).not.toMatch(/Anna|Berger|Ortiz|Duarte/);
  });

  it('shows names only when asked (internal use)', () => {
    const named = analyzeInterviews([notesTable(rows)], { nameRespondents: true });
    expect(named.coded[0]!.respondent).toBe('Anna Berger');
  });

  it('cuts dates to months', () => {
    expect(a.coded.map((c) => c.month).slice(0, 3)).toEqual(['2024-03', '2024-03', null]);
  });

  it('takes the category column and infers the rest', () => {
    expect(a.coded[1]).toMatchObject({ category: 'concern', categorySource: 'column' });
    expect(a.coded[0]).toMatchObject({ category: 'experience', categorySource: 'inferred' });
    expect(a.coded[4]).toMatchObject({ category: 'question' });
  });

  it('flags the note in another language and says so', () => {
    expect(a.coded[3]).toMatchObject({ language: 'de', scored: false, sentiment: null, themes: [] });
    expect(a.warnings.map((w) => w.message).join('\n')).toMatch(/1 note not in English \(de 1\)/);
    expect(a.warnings.map((w) => w.message).join('\n')).toContain('1 row without a note (empty, or a placeholder such as n/a) skipped');
  });

  it('counts themes, sentiment and stances on scored notes only', () => {
    const dict = Object.fromEntries(a.result.themes.map((t) => [t.id, t.count]));
    expect(dict['data-entry-burden']).toBe(1);
    expect(dict['no-value']).toBe(1);
    expect(dict['positive-value']).toBe(1);
    expect(a.result.sentiment.positive + a.result.sentiment.neutral + a.result.sentiment.negative).toBe(4);
    expect(a.result.stances).toEqual({ love: 1, hate: 1, ambivalent: 0, neutral: 0 });
  });

  it('gives the same JSON for the same input', () => {
    const b = analyzeInterviews([notesTable(rows)], { minGroupSize: 1, minQuoteGroupSize: 1 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('refuses a table without a note column', () => {
    const t = { ...notesTable(rows), roles: {} };
    expect(() => analyzeInterviews([t])).toThrow(CrmAuditError);
  });
});

describe('groups and quotes with the default thresholds', () => {
  const rows = [
    ...TEAM('North', 10, 'Logging every single call is a waste of my time, nobody reads it.'),
    ...TEAM('South', 6, 'The order history is really useful before a visit.'),
    ...TEAM('West', 2, 'Big brother is watching every login.'),
  ];
  const { result } = analyzeInterviews([notesTable(rows)]);

  it('shows only groups of 5 or more, and hides a second one so West cannot be worked out', () => {
    expect(result.groups.filter((g) => g.breakdown === 'team').map((g) => g.name)).toEqual(['North']);
    expect(result.groups.find((g) => g.breakdown === 'role')).toMatchObject({ name: 'Field Sales', respondents: 18 });
    expect(result.suppressedGroups).toBe(2);
  });

  it('quotes only from groups of 10 or more, and attributes to them', () => {
    expect(result.quotes.length).toBeGreaterThan(0);
    for (const q of result.quotes) {
      expect(q.text).toMatch(/^Logging every single call/);
      expect(q.group).toBe('North');
    }
  });

  it('attributes a quote to the team its note gives, not to the respondent\'s other team in another file', () => {
    // in a second file, after a move, one North rep speaks for West (2 people) and another for East (10): the
    // West note is not quoted at all, and the East note is quoted under East, never under North
    const later = notesTable(
      [
        { respondent: 'North person 9', team: 'West', role: 'Field Sales', note: 'If I put all my contacts in, they can hand my accounts to someone cheaper and let me go.' },
        { respondent: 'North person 10', team: 'East', role: 'Field Sales', note: 'The app crashes on my phone every time I lose signal in the car park.' },
      ],
      'later.csv',
    );
    const east = TEAM('East', 10, 'Nothing to add about the system today.');
    const both = analyzeInterviews([notesTable([...rows, ...east]), later]).result;
    expect(both.quotes.some((q) => /hand my accounts/.test(q.text))).toBe(false);
    expect(both.quotes.find((q) => /car park/.test(q.text))?.group).toBe('East');
    for (const q of both.quotes) if (/^Logging every single call/.test(q.text)) expect(q.group).toBe('North');
  });

  it('names the themes that drive each side when the side is large enough', () => {
    expect(result.stances.hate).toBe(12);
    expect(result.stanceDrivers?.hate).toEqual(expect.arrayContaining(['data-entry-burden']));
    expect(result.stanceDrivers?.love).toEqual(['positive-value']);
  });
});

describe('the terminal summary', () => {
  const rows = [
    ...TEAM('Northern Key Accounts', 6, 'Logging every call takes forever and nobody reads the visit reports.'),
    ...TEAM('South', 6, 'The mobile app is great for looking up the order history before a visit.'),
  ];
  const a = analyzeInterviews([notesTable(rows)], { minGroupSize: 5 });
  const summary = (width: number) => renderSummary(a, colorFor({ isTTY: false }, {}), new Map(), { minGroupSize: 5, minQuoteGroupSize: 10, width });

  it('fits its tables to the terminal, with plain headings for the sentiment counts', () => {
    expect(a.result.groups.length).toBeGreaterThan(0);
    for (const width of [80, 120]) {
      const tableLines = summary(width).split('\n').filter((l) => /^[│┌└]/.test(l));
      expect(tableLines.length).toBeGreaterThan(0);
      for (const l of tableLines) expect(l.length).toBeLessThanOrEqual(width);
    }
    expect(summary(120)).toMatch(/│ Positive │ Neutral │ Negative │/);
    expect(summary(80)).toMatch(/│ Pos\. │ Neu\. │ Neg\. │/);
    expect(summary(120)).toContain('Northern Key Accounts');
  });
});

describe('quotes', () => {
  it('quotes the same words once, however many people said them', () => {
    const same ='The visit report is only there so the manager can count our calls, nobody reads it.';
    const a = analyzeInterviews([notesTable(TEAM('North', 12, same))], { minGroupSize: 5, minQuoteGroupSize: 10 });
    expect(a.result.themes.filter((t) => t.count > 0).length).toBeGreaterThan(1);
    expect(a.result.quotes.map((q) => q.text)).toEqual([same]);
  });
});

describe('notes holding HTML or script stay data', () => {
  const evil = '<script>alert("x")</script><img src=x onerror=alert(1)> Logging every call takes forever and nobody reads it.';
  const ansi = '\u001b[31mred\u001b[0m Nobody reads the call notes.';
  const rows = [...TEAM('North', 10, 'Nobody reads the call notes, it is box-ticking.'), { respondent: 'x1', team: 'North', note: evil }, { respondent: 'x2', team: 'North', note: ansi }];
  const a = analyzeInterviews([notesTable(rows)], { minQuoteGroupSize: 5 });

  it('keeps the text as a plain string in the coding and never quotes markup', () => {
    expect(a.coded.find((c) => c.text.startsWith('<script>'))!.text).toBe(evil);
    for (const q of a.result.quotes) expect(q.text).not.toMatch(/<\s*(script|img)/i);
    expect(JSON.parse(JSON.stringify(a.result))).toEqual(a.result);
  });

  it('writes it inside one CSV cell and strips escapes from the terminal', () => {
    const sheet = reviewSheet(a.coded);
    expect(sheet).toContain('"<script>alert(""x"")</script>');
    const summary = renderSummary(
      { ...a, result: { ...a.result, quotes: [{ text: ansi, theme: 'no-value', group: '\u001b[2Jteam' }] } },
      colorFor({ isTTY: false }, {}),
      new Map(),
      { minGroupSize: 5, minQuoteGroupSize: 10 },
    );
    expect(summary).not.toMatch(/\u001b/);
  });

  it('defuses formulas in the review sheet', () => {
    const s = analyzeInterviews([notesTable([{ note: '=HYPERLINK("http://x","y") slow' }, { note: '+SUM(A1) bad' }, { note: '-1 for the CRM' }])]);
    const sheet = reviewSheet(s.coded);
    expect(sheet).toContain(`"'=HYPERLINK(""[url]"",""y"") slow"`);
    expect(sheet).toContain("'+SUM(A1) bad");
    expect(sheet).toContain("'-1 for the CRM");
  });
});

describe('coding corrections', () => {
  const rows: NoteRow[] = [
    { respondent: 'A', note: 'The search is slow.' },
    { respondent: 'B', note: 'Das System ist langsam und keiner liest es.' },
    { respondent: 'C', note: 'I log my calls on Friday.' },
    { respondent: 'D', note: 'The dashboard is useful.' },
  ];
  const table = notesTable(rows, 'notes.csv');
  const first = analyzeInterviews([table]);
  const header = ['file', 'line', 'respondent', 'category', 'themes', 'sentiment', 'language', 'text'];
  const row = (i: number, patch: Partial<Record<string, string>>) => {
    const c = first.coded[i]!;
    const base: Record<string, string> = {
      file: c.file,
      line: String(c.line),
      respondent: c.respondent ?? '',
      category: c.category ?? '',
      themes: c.themes.join(';'),
      sentiment: c.sentiment ?? '',
      language: c.language,
      text: c.text,
    };
    const merged = { ...base, ...patch };
    return header.map((h) => merged[h] ?? '');
  };

  it('applies the consultant\'s themes, sentiment, category and language', () => {
    const coding = parseCoding(
      plainTable(header, [
        row(0, { themes: 'tool-fit;training', sentiment: 'negative', category: 'concern' }),
        row(1, { language: 'de', themes: 'tool-fit;no-value', sentiment: 'negative' }),
        row(2, { themes: 'data-entry-burden;shadow-systems', sentiment: 'negative' }),
        row(3, {}),
      ]),
    );
    const a = analyzeInterviews([table], { coding });
    expect(a.coded[0]).toMatchObject({ themes: ['training', 'tool-fit'], sentiment: 'negative', category: 'concern', reviewed: true, categorySource: 'coding' });
    expect(a.coded[1]).toMatchObject({ scored: true, themes: ['no-value', 'tool-fit'], sentiment: 'negative', reviewed: true });
    expect(a.coded[2]).toMatchObject({ themes: ['data-entry-burden', 'shadow-systems'], reviewed: true });
    expect(a.coded[3]).toMatchObject({ reviewed: false });
    expect(a.result.scored).toBe(4);
    expect(a.result.otherLanguage).toBe(0);
  });

  it('takes themes given without a sentiment, and checks their ids whatever the sentiment', () => {
    const machine = analyzeInterviews([table]).coded[2]!;
    const a = analyzeInterviews([table], { coding: parseCoding(plainTable(header, [row(2, { themes: 'no-value', sentiment: '' })])) });
    expect(a.coded[2]).toMatchObject({ themes: ['no-value'], sentiment: machine.sentiment, reviewed: true });
    expect(a.coded[2]!.evidence[0]).toMatch(/corrected in the review sheet/);
    expect(() => analyzeInterviews([table], { coding: parseCoding(plainTable(header, [row(2, { themes: 'tool-fit;pricing', sentiment: '' })])) })).toThrow(
      /unknown theme id/,
    );
  });

  it('refuses themes without a sentiment for a note in another language', () => {
    const t = notesTable([{ note: 'Der Prozess ist zu langsam und niemand liest die Berichte.', language: 'de' }]);
    const coding = parseCoding(plainTable(['line', 'themes', 'sentiment'], [['2', 'tool-fit', '']]));
    expect(() => analyzeInterviews([t], { coding })).toThrow(/another language was given themes but no sentiment/);
  });

  it('re-codes a note whose language the consultant corrected to English', () => {
    const t = notesTable([{ note: 'Der Prozess: logging every call takes forever, nobody reads it.', language: 'de' }]);
    const first2 = analyzeInterviews([t]);
    expect(first2.coded[0]!.scored).toBe(false);
    const coding = parseCoding(plainTable(['line', 'language', 'sentiment'], [['2', 'en', '']]));
    const a = analyzeInterviews([t], { coding });
    expect(a.coded[0]).toMatchObject({ language: 'en', scored: true });
    expect(a.coded[0]!.themes).toContain('data-entry-burden');
  });

  it('skips a row whose text no longer matches the note, and says so', () => {
    const coding = parseCoding(plainTable(header, [row(0, { text: 'something else entirely', themes: 'mobile', sentiment: 'positive' })]));
    const a = analyzeInterviews([table], { coding });
    expect(a.coded[0]!.themes).toEqual(first.coded[0]!.themes);
    expect(a.warnings.map((w) => w.message).join()).toMatch(/no longer match/);
  });

  it('warns about rows that match no note', () => {
    const coding = parseCoding(plainTable(['line', 'sentiment'], [['99', 'negative']]));
    expect(analyzeInterviews([table], { coding }).warnings.map((w) => w.message).join()).toMatch(/matches no note/);
  });

  it('rejects an unknown theme id with the sheet line', () => {
    const coding = parseCoding(plainTable(header, [row(0, { themes: 'tool-fit;bananas', sentiment: 'negative' })]));
    expect(() => analyzeInterviews([table], { coding })).toThrow(/unknown theme id in the review sheet \(the 2nd of 2 in this cell\)/);
    try {
      analyzeInterviews([table], { coding });
    } catch (e) {
      expect((e as CrmAuditError).where).toEqual({ file: 'reviewed.csv', line: 2, column: 5 });
      expect((e as CrmAuditError).message).not.toContain('bananas');
      // a sheet written with a config's themes and read without that config: the hint says what to do
      expect((e as CrmAuditError).hint).toMatch(/pass that config again \(--config\)/);
    }
  });

  it('rejects a sheet without a line column, or with a bad sentiment', () => {
    expect(() => parseCoding(plainTable(['text'], [['x']]))).toThrow(/no line column/);
    expect(() => parseCoding(plainTable(['line', 'sentiment'], [['2', 'great']]))).toThrow(/unknown sentiment/);
  });

  it('reads back the apostrophe that defused a formula', () => {
    const coding = parseCoding(plainTable(['line', 'text'], [['2', "'=SUM(1)"]]));
    expect(coding.corrections[0]!.text).toBe('=SUM(1)');
  });
});

describe('names in the respondent column', () => {
  it('are redacted from the text in the forms exports write them', async () => {
    const { respondentNames } = await import('../../src/interviews/redact.js');
    expect(respondentNames('Lang, Lukas')).toEqual(['Lang Lukas']);
    expect(respondentNames('lukas.lang@acme.com')).toEqual(['lukas lang']);
    expect(respondentNames('J. Smith')).toEqual(['Smith']);
    expect(respondentNames('SMITH Jane')).toEqual(['SMITH Jane']);
    expect(respondentNames('j.smith@acme.com')).toEqual(['smith']);
    expect(respondentNames('Jane Smith (North)')).toEqual(['Jane Smith']);
    expect(respondentNames('Jane Smith, Sales')).toEqual(['Jane Smith']);
    expect(respondentNames('Dr. Jane Smith')).toEqual(['Jane Smith']);
    expect(respondentNames('Sally Field')).toEqual(['Sally Field']);
    // a role or a label is not a name: its words would vanish from every note
    for (const id of ['Respondent 3', 'R3', 'anonymous', 'Team North', 'Focus group A', 'Field Rep', 'CRM Admin', 'Head of Marketing', 'customer success', 'Key Account', 'crm.admin@acme.com', 'info@acme.com']) {
      expect(respondentNames(id)).toEqual([]);
    }
    const rows = [
      { note: 'Lukas Lang says nobody reads the visit reports.', respondent: 'Lang, Lukas' },
      { note: 'Mia said the weekly call count is a stick to beat us with.', respondent: 'mia.berger@acme.com' },
      { note: 'Smith keeps his own spreadsheet, and so does Jane.', respondent: 'SMITH Jane' },
      { note: 'Jürgen Müller logs calls on Sunday evenings.', respondent: 'Müller, Jürgen' },
    ];
    const a = analyzeInterviews([notesTable(rows)], { minGroupSize: 1, minQuoteGroupSize: 1 });
    const out = JSON.stringify(a.result) + reviewSheet(a.coded);
    expect(out).not.toMatch(/Lukas|Lang\b|Mia\b|Berger|Smith|Jane|Jürgen|Müller|acme\.com/);
    // a surname that is also a word is removed where it is a name, not where it is the word
    const f = analyzeInterviews([notesTable([{ note: 'Sally Field says the field team and the CRM admin hate it; Field agrees.', respondent: 'Sally Field' }, { note: 'The CRM is fine for the field team.', respondent: 'CRM Admin' }])]);
    expect(f.coded[0]!.text).toBe('[name] says the field team and the CRM admin hate it; [name] agrees.');
    expect(f.coded[1]!.text).toBe('The CRM is fine for the field team.');
  });
});

describe('names that hold a word', () => {
  it('are names still ("Mary West", "Li Na", "Al Le"), removed whole, and alone only where they read as a name', async () => {
    const { respondentNames } = await import('../../src/interviews/redact.js');
    for (const n of ['Mary West', 'Oliver North', 'Rose Head', 'Li Na', 'Al Le', 'Nguyen Thi Na', 'Joe Manager', 'Amy Week']) {
      expect(respondentNames(n)).toEqual([n]);
    }
    const people = [
      { respondent: 'Mary West', team: 'Field Sales North', role: 'Regional Sales Manager', note: 'Mary West told me she still uses her notebook; West agrees, and so does everyone out west.' },
      { respondent: 'Amy Week', team: 'Field Sales North', role: 'Regional Sales Manager', note: 'Every week I type the same visit twice. Week says so too.' },
      { respondent: 'Chris Field', team: 'Field Sales North', role: 'Regional Sales Manager', note: 'Chris Field says the field team logs calls on Sundays.' },
      { respondent: 'Joe Manager', team: 'Field Sales North', role: 'Regional Sales Manager', note: 'Joe Manager said my manager never reads it. Joe agrees.' },
      { respondent: 'Li Na', team: 'Field Sales North', role: 'Regional Sales Manager', note: 'Li Na keeps her contacts in WhatsApp.' },
    ];
    const a = analyzeInterviews([notesTable(people)], { minGroupSize: 1, minQuoteGroupSize: 1 });
    expect(a.coded.map((n) => n.text)).toEqual([
      '[name] told me she still uses her notebook; [name] agrees, and so does everyone out west.',
      'Every week I type the same visit twice. [name] says so too.',
      '[name] says the field team logs calls on Sundays.',
      '[name] said my manager never reads it. [name] agrees.',
      '[name] keeps her contacts in WhatsApp.',
    ]);
    // a team or role name keeps its words: "Field" is Chris Field's surname, and a word of the team's name
    expect(a.result.groups.map((g) => g.name).sort()).toEqual(['Field Sales North', 'Regional Sales Manager']);
    for (const q of a.result.quotes) expect(q.text).not.toMatch(/Mary|Chris|Amy|Joe|Li Na/);
  });

  it('keeps a surname out of a team named after its lead, in any case it is written (found by a review)', async () => {
    const { respondentNames, compileRedactor } = await import('../../src/interviews/redact.js');
    const leads = ['Chris Hall', 'Wei Wu', 'Sam Price', 'Pat Young'];
    const rows = leads.flatMap((lead) => {
      const team = `Team ${lead.split(' ')[1]}`;
      return [{ respondent: lead, team, note: 'The app is slow in the car park.' }, ...[1, 2, 3, 4, 5, 6].map((i) => ({ respondent: `${team} rep ${i}`, team, note: 'The app is slow in the car park.' }))];
    });
    const a = analyzeInterviews([notesTable(rows)]);
    for (const g of a.result.groups) expect(g.name).toMatch(/^Team \[name\]/);
    // written in capitals, as HR exports do, a name is still found in the notes in both forms
    const r = compileRedactor(['Lily Kam', ...respondentNames('BACON Chris'), ...respondentNames('mary.west@acme.com')]);
    expect(r('Bacon said no. BACON said no again, and Mary West agreed. Kam agrees.')).toBe('[name] said no. [name] said no again, and [name] agreed. [name] agrees.');
    // a surname that is also a job word, or written in capitals, or short, goes too (a third review)
    const third = compileRedactor([...respondentNames('Lily Kam'), ...respondentNames('BROWN Chris'), ...respondentNames('PRICE Anna'), ...respondentNames('WU Wei'), ...respondentNames('mary.staff@acme.com'), ...respondentNames('lily.kam@acme.com')]);
    expect(third('Kam said no. BROWN complained, Brown agreed. PRICE said no. WU said no, Wu said yes. Mary Staff agrees; Lily too.')).toBe(
      '[name] said no. [name] complained, [name] agreed. [name] said no. [name] said no, [name] said yes. [name] agrees; [name] too.',
    );
    // a job word that may be a name part stays in the name, and goes wherever it is written as a name
    expect(respondentNames('Al Le CRM')).toEqual(['Al Le']);
    expect(respondentNames('Lily de IT.')[0]).toMatch(/^Lily de/);
    for (const n of ['Lily de KAM', 'Da Silva KAM', 'Ana Le HR']) expect(respondentNames(n)).toEqual([n]);
    expect(respondentNames('IT Da Le')).toEqual(['Da Le']);
    const parts = compileRedactor([...respondentNames('Maria de Sales'), ...respondentNames('Kam Wai Lee'), ...respondentNames('Lee Min Ae'), ...respondentNames('Ana Maria Staff')]);
    expect(parts('Sales said no; Maria de Sales agrees. Kam told me. Ae said so, and Staff thinks so.')).toBe('[name] said no; [name] agrees. [name] told me. [name] said so, and [name] thinks so.');
    // an acronym in capitals beside a name of two words is a label, not a surname; a mailbox of label words is nobody
    expect(respondentNames('Jane Smith CRM')).toEqual(['Jane Smith']);
    expect(respondentNames('IT Jane Smith')).toEqual(['Jane Smith']);
    expect(respondentNames('Joe Manager')).toEqual(['Joe Manager']);
    expect(respondentNames('sales.north@acme.com')).toEqual([]);
    const q = compileRedactor([...respondentNames('Jane Smith CRM'), ...respondentNames('Jane Smith IT')]);
    expect(q('The CRM is slow and IT never answers, says Jane Smith.')).toBe('The CRM is slow and IT never answers, says [name].');
    // a name part is taken out wherever it is written as a name, capitals too: over-redaction is accepted
    expect(compileRedactor(['Ai Tanaka'])('The AI assistant is fine, says Ai.')).toBe('The [name] assistant is fine, says [name].');
  });

  it('keeps team names made of team words, and hides a name part anywhere else in a team name', () => {
    const rows = [
      ['Chris Field', 'Field Sales North'],
      ['Mary West', 'Team West'],
      ['Sam Key', 'Key Account Manager'],
      ['Kate Small', 'Small Business'],
    ].flatMap(([lead, team]) => [lead!, ...[1, 2, 3, 4, 5, 6].map((i) => `${team} rep ${i}`)].map((respondent) => ({ respondent, team: team!, note: 'The app is slow in the car park.' })));
    const names = analyzeInterviews([notesTable(rows)]).result.groups.map((g) => g.name).sort();
    expect(names).toEqual(['Field Sales North', 'Key Account Manager', 'Team [name]', '[name] Business']);
    const kam = analyzeInterviews([notesTable(['Lily Kam', ...[1, 2, 3, 4, 5].map((i) => `rep ${i}`)].map((respondent) => ({ respondent, team: 'Team Kam', note: 'Kam says the app is slow.' })))]);
    expect(kam.result.groups.map((g) => g.name)).toEqual(['Team [name]']);
    expect(kam.coded[0]!.text).toBe('[name] says the app is slow.');
  });

  it('tells words from names by a list generated from the development notes (scripts/common-words.ts)', async () => {
    const { COMMON_WORDS_FILE, commonWords, renderCommonWords } = await import('../../scripts/common-words.js');
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(COMMON_WORDS_FILE, 'utf8')).toBe(renderCommonWords(commonWords()));
  });
});

describe('a review sheet read from another folder', () => {
  it('finds each row\'s file by the longest matching end of its path', () => {
    const a = notesTable([{ note: 'The app is slow in the car park.' }], 'multi/a/notes.csv');
    const b = notesTable([{ note: 'The app is slow in the car park.' }], 'multi/b/notes.csv');
    const coding = parseCoding(plainTable(['file', 'line', 'themes', 'sentiment'], [['a/notes.csv', '2', 'training', 'negative']]));
    const r = analyzeInterviews([a, b], { coding });
    expect(r.coded.map((n) => n.themes)).toEqual([['training'], expect.not.arrayContaining(['training'])]);
    expect(r.warnings.map((w) => w.message).join(' ')).not.toMatch(/match no note/);
    // a tie ("notes.csv" ends both paths equally) is not guessed
    const tie = analyzeInterviews([a, b], { coding: parseCoding(plainTable(['file', 'line', 'themes', 'sentiment'], [['notes.csv', '2', 'training', 'negative']])) });
    expect(tie.warnings.map((w) => w.message).join(' ')).toMatch(/1 row of the review sheet matches no note/);
  });
});

describe('a review sheet for several files, read against one', () => {
  it('applies only the rows of that file, whatever their order, and says where the others are', () => {
    const q1 = notesTable([{ note: 'The app is slow in the car park.' }], 'notes-q1.csv');
    const rows = [
      ['notes-q1.csv', '2', 'training', 'negative'],
      ['notes-workshop.csv', '2', 'mobile', 'neutral'],
    ];
    for (const order of [rows, [...rows].reverse()]) {
      const coding = parseCoding(plainTable(['file', 'line', 'themes', 'sentiment'], order, 'reviewed.csv'));
      const r = analyzeInterviews([q1], { coding });
      expect(r.coded[0]!.themes).toEqual(['training']);
      expect(r.warnings.map((w) => w.message).join(' ')).toMatch(/1 row of the review sheet matches no note of these files and was not applied \(reviewed\.csv:\d\)/);
      expect(r.warnings.map((w) => w.message).join(' ')).not.toMatch(/no longer match/);
    }
    // a sheet written for one file still applies to that file renamed
    const renamed = parseCoding(plainTable(['file', 'line', 'themes', 'sentiment'], [['notes-old.csv', '2', 'training', 'negative']]));
    expect(analyzeInterviews([q1], { coding: renamed }).coded[0]!.themes).toEqual(['training']);
  });

  it('tells apart two files of the same name by the notes\' text (a sheet written above march/ and june/, read inside march/)', () => {
    const march = notesTable([{ note: 'The app is slow in the car park.' }, { note: 'Nobody reads the visit reports.' }], 'notes.csv');
    const rows = [
      ['march/notes.csv', '2', 'The app is slow in the car park.', 'training', 'negative'],
      ['june/notes.csv', '2', 'Pipeline review is an interrogation.', 'mobile', 'negative'],
      ['march/notes.csv', '3', 'Nobody reads the visit reports.', 'job-threat', 'negative'],
    ];
    for (const order of [rows, [...rows].reverse()]) {
      const r = analyzeInterviews([march], { coding: parseCoding(plainTable(['file', 'line', 'text', 'themes', 'sentiment'], order)) });
      expect(r.coded.map((n) => n.themes)).toEqual([['training'], ['job-threat']]);
      expect(r.warnings.map((w) => w.message).join(' ')).toMatch(/1 row of the review sheet matches no note of these files/);
      expect(r.warnings.map((w) => w.message).join(' ')).not.toMatch(/no longer match/);
    }
  });

  it('gives a file named exactly only its own rows, and does not guess between two that fit', () => {
    const march = notesTable([{ note: 'Too many clicks in the CRM for every visit.' }], 'march/notes.csv');
    const same ='Too many clicks in the CRM for every visit.';
    const rows = [
      ['march/notes.csv', '2', same, 'tool-fit', 'negative'],
      ['june/notes.csv', '2', same, 'positive-value', 'positive'],
    ];
    for (const order of [rows, [...rows].reverse()]) {
      const r = analyzeInterviews([march], { coding: parseCoding(plainTable(['file', 'line', 'text', 'themes', 'sentiment'], order)) });
      expect(r.coded[0]).toMatchObject({ themes: ['tool-fit'], sentiment: 'negative' });
      expect(r.warnings.map((w) => w.message).join(' ')).toMatch(/1 row of the review sheet matches no note of these files/);
    }
    // read from inside march/, both rows fit the note: neither is applied, and the user is told why
    const inside = notesTable([{ note: same }], 'notes.csv');
    const r = analyzeInterviews([inside], { coding: parseCoding(plainTable(['file', 'line', 'text', 'themes', 'sentiment'], rows)) });
    expect(r.coded[0]!.reviewed).toBe(false);
    expect(r.warnings.map((w) => w.message).join(' ')).toMatch(/2 rows of the review sheet fit the same note but name different files/);
  });

  it('takes a blank file cell and "./notes.csv" for the file read, as before', () => {
    const t = notesTable([{ note: 'The app is slow in the car park.' }, { note: 'Nobody reads the visit reports.' }], 'notes.csv');
    const coding = parseCoding(plainTable(['file', 'line', 'themes', 'sentiment'], [['', '2', 'training', 'negative'], ['notes.csv', '2', 'mobile', 'negative'], ['./notes.csv', '3', 'job-threat', 'negative']]));
    const r = analyzeInterviews([t], { coding });
    expect(r.coded.map((n) => n.themes)).toEqual([['mobile'], ['job-threat']]);
    expect(r.warnings.map((w) => w.message).join(' ')).toMatch(/1 row of the review sheet is for a note that another row corrects too/);
    // the same sheet read from the folder above: the blank cell names no other file, so the later row applies
    const above = notesTable([{ note: 'The app is slow in the car park.' }], 't1/notes.csv');
    const both = parseCoding(plainTable(['file', 'line', 'themes', 'sentiment'], [['notes.csv', '2', 'mobile', 'negative'], ['', '2', 'training', 'neutral']]));
    expect(analyzeInterviews([above], { coding: both }).coded[0]!.themes).toEqual(['training']);
    // read as march/notes.csv, a row for june/notes.csv is another file's, whatever else the sheet holds
    const m = notesTable([{ note: 'The app is slow in the car park.' }], 'march/notes.csv');
    const mj = parseCoding(plainTable(['file', 'line', 'themes', 'sentiment'], [['', '2', 'training', 'neutral'], ['june/notes.csv', '2', 'job-threat', 'negative']]));
    expect(analyzeInterviews([m], { coding: mj }).coded[0]!.themes).toEqual(['training']);
    // read inside march/ as notes.csv, "june/notes.csv" may be this file: its text decides
    const inside = notesTable([{ note: 'The app is slow in the car park.' }], 'notes.csv');
    const texts = parseCoding(plainTable(['file', 'line', 'text', 'themes', 'sentiment'], [['', '2', 'The app is slow in the car park.', 'training', 'neutral'], ['june/notes.csv', '2', 'Nobody reads the reports.', 'job-threat', 'negative']]));
    expect(analyzeInterviews([inside], { coding: texts }).coded[0]!.themes).toEqual(['training']);
    // two rows naming one file by two paths are one file's rows: the later applies
    const dn = notesTable([{ note: 'The app is slow in the car park.' }], 'data/notes.csv');
    const twoPaths = parseCoding(plainTable(['file', 'line', 'themes', 'sentiment'], [['data/notes.csv', '2', 'training', 'negative'], ['notes.csv', '2', 'job-threat', 'neutral']]));
    expect(analyzeInterviews([dn], { coding: twoPaths }).coded[0]!.themes).toEqual(['job-threat']);
    // a row that another file ends more like is not put on a bare "notes.csv"
    const qa = notesTable([{ note: 'The app is slow in the car park.' }], 'q/a/notes.csv');
    const bare = notesTable([{ note: 'The app is slow in the car park.' }], 'notes.csv');
    const za = parseCoding(plainTable(['file', 'line', 'themes', 'sentiment'], [['z/a/notes.csv', '2', 'training', 'positive']]));
    expect(analyzeInterviews([qa, bare], { coding: za }).coded.map((n) => n.reviewed)).toEqual([false, false]);
    // a sheet written in a sibling folder ("../data/notes.csv") finds its file read from above
    const sib = notesTable([{ note: 'The app is slow in the car park.' }], 'proj/data/notes.csv');
    const up = parseCoding(plainTable(['file', 'line', 'themes', 'sentiment'], [['../data/notes.csv', '2', 'training', 'neutral']]));
    expect(analyzeInterviews([sib], { coding: up }).coded[0]!.themes).toEqual(['training']);
    // a sheet written above march/ and june/, with a row added by hand with a blank file cell, read inside march/
    const march = notesTable([{ note: 'The app is slow in the car park.' }, { note: 'Nobody reads the visit reports.' }, { note: 'Fine.' }], 'notes.csv');
    const sheet = parseCoding(plainTable(['file', 'line', 'themes', 'sentiment'], [['march/notes.csv', '2', 'no-value', 'negative'], ['march/notes.csv', '3', 'job-threat', 'positive'], ['june/notes.csv', '7', 'mobile', 'neutral'], ['', '4', 'training', 'neutral']]));
    expect(analyzeInterviews([march], { coding: sheet }).coded.map((n) => n.themes)).toEqual([['no-value'], ['job-threat'], ['training']]);
  });

  it('applies the later of two rows for one note, and says so', () => {
    const q1 = notesTable([{ note: 'The app is slow in the car park.' }], 'notes-q1.csv');
    const coding = parseCoding(plainTable(['line', 'themes', 'sentiment'], [['2', 'training', 'negative'], ['2', 'mobile', 'negative']]));
    const r = analyzeInterviews([q1], { coding });
    expect(r.coded[0]!.themes).toEqual(['mobile']);
    expect(r.warnings.map((w) => w.message).join(' ')).toMatch(/1 row of the review sheet is for a note that another row corrects too/);
    expect(r.warnings.map((w) => w.message).join(' ')).not.toMatch(/matches no note/);
  });
});

describe('group names that redact alike', () => {
  it('are told apart by a number that says nothing of the names', () => {
    const rows = ['Baker', 'Conti'].flatMap((t) =>
      [1, 2, 3, 4, 5].map((i) => ({ note: `The app is slow in the car park, note ${t}${i}.`, respondent: `r-${t}-${i}`, team: `Team ${t}` })),
    );
    const a = analyzeInterviews([notesTable(rows)], { redactNames: ['Baker', 'Conti'] });
    const names = a.result.groups.filter((g) => g.breakdown === 'team').map((g) => g.name);
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
    for (const n of names) expect(n).toMatch(/^Team \[name\] \(\d+\)$/);
  });
});
