// A cell that names several people ("Ann Abel & Ben Baker": a pair in a focus group) is a joint note of each of
// them: respondents are people, so a team of four written in pairs is four, never ten, and stays hidden. And
// when fewer people spoke than a group may hold, no stance is counted: the client knows who was interviewed.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/result/schema.js';
import { analyzeInterviews, reviewSheet, whyNoStances } from '../../src/interviews/index.js';
import { cellPeople } from '../../src/interviews/redact.js';
import { cli } from '../helpers/cli.js';
import { runMain } from '../helpers/run-main.js';
import { notesTable, type NoteRow } from './helpers.js';

const FOUR = ['Ann Abel', 'Ben Baker', 'Cat Cole', 'Dan Drew'];
const pairs = (people: string[]): string[] => people.flatMap((a, i) => people.slice(i + 1).map((b) => `${a} & ${b}`));

describe('a cell that names several people', () => {
  it('is split only at an explicit joiner, and only where every part is surely a person: a full name or an id', () => {
    expect(cellPeople('Ann Abel & Ben Baker')).toEqual(['Ann Abel', 'Ben Baker']);
    expect(cellPeople('Ann Abel and Ben Baker')).toEqual(['Ann Abel', 'Ben Baker']);
    expect(cellPeople('R1 & R2')).toEqual(['R1', 'R2']);
    expect(cellPeople('Respondent 3 + Respondent 4')).toEqual(['Respondent 3', 'Respondent 4']);
    expect(cellPeople('Jane Smith\nBob Lee')).toEqual(['Jane Smith', 'Bob Lee']);
    expect(cellPeople('Dr. Jane Smith & Prof. Bob Lee')).toHaveLength(2);
    expect(cellPeople('Ann Abel and Ann Abel')).toEqual(['Ann Abel']);
    // in doubt, one: a role, a town, a company, a session or a first name alone is no second person
    for (const one of [
      'Focus group North & South', 'Jane Smith / KAM', 'Smith, Jane', 'Jane Smith, Sales', 'Jane Smith (North)', 'Robert "Bob" Lee', 'R1', 'Jane\nSmith',
      'Jane Smith, Bob Lee', 'Ann Abel, Chief Revenue Officer', 'Cat Cole - Account Director EMEA', 'Jane Smith / Medical Advisor',
      'Jane Smith\nHead of Finance', 'Jane Smith\nChief Revenue Officer', 'Jane Smith & colleague', 'Jane Smith + 1', 'Session 1 & 2',
      'Session 1 & Session 2', 'Finance & Legal', 'Marks & Spencer', 'Munich & Berlin', 'Jane & Bob',
    ]) {
      expect(cellPeople(one), one).toEqual([one]);
    }
  });

  it('titles in the cells never push a small team past the group size', () => {
    const rows: NoteRow[] = ['Ann Abel, Chief Revenue Officer', 'Ben Baker, Finance Director', 'Cat Cole - Account Director EMEA'].map((respondent) => ({
      respondent,
      team: 'North',
      note: 'The CRM is fine, it works for me.',
    }));
    const a = analyzeInterviews([notesTable(rows)], { minGroupSize: 5, minQuoteGroupSize: 5 });
    expect(a.result.respondents).toBe(3);
    expect(a.result.groups).toEqual([]);
    expect(a.result.stancesHidden).toBe(true);
  });

  it('four people written in pairs are four respondents: their team stays hidden and nobody is quoted', () => {
    const rows: NoteRow[] = [
      { respondent: 'Ann Abel', team: 'North', note: 'Management only uses the call counts to watch and control us.' },
      { respondent: 'Ben Baker', team: 'North', note: 'I keep my own Excel spreadsheet of customers instead of the CRM.' },
      { respondent: 'Cat Cole', team: 'North', note: 'ok' },
      { respondent: 'Dan Drew', team: 'North', note: 'ok' },
      ...pairs(FOUR).map((respondent) => ({ respondent, team: 'North', note: 'ok' })),
    ];
    const a = analyzeInterviews([notesTable(rows)], { minGroupSize: 5, minQuoteGroupSize: 5 });
    expect(a.result.notes).toBe(10);
    expect(a.result.respondents).toBe(4);
    expect(a.result.groups).toEqual([]);
    expect(a.result.quotes).toEqual([]);
    // a joint note is shown with each of its people's pseudonyms
    const joint = a.coded.find((c) => c.line === 6)!;
    expect(joint.respondent).toMatch(/^Respondent 0\d & Respondent 0\d$/);
    expect(reviewSheet(a.coded)).not.toMatch(/Abel|Baker|Cole|Drew/);
  });

  it("a joint note speaks for each of its people: both take its stance, and each counts once in a group", () => {
    const people = ['Ann Abel', 'Ben Baker', 'Cat Cole', 'Dan Drew', 'Eve Ernst', 'Fay Fox'];
    const rows: NoteRow[] = [
      { respondent: 'Ann Abel & Ben Baker', team: 'North', note: 'We hate the CRM, it is useless and slow, a total waste of our time.' },
      ...people.slice(2).map((respondent) => ({ respondent, team: 'North', note: 'The CRM is fine, it works for me.' })),
    ];
    const a = analyzeInterviews([notesTable(rows)], { minGroupSize: 5, minQuoteGroupSize: 5 });
    expect(a.result.respondents).toBe(6);
    expect(a.result.stances.hate).toBe(2);
    expect(a.result.groups.find((g) => g.name === 'North')?.respondents).toBe(6);
  });
});

describe('a doubtful joint cell, and one person written in other forms', () => {
  const four: NoteRow[] = FOUR.map((respondent) => ({ respondent, team: 'North', note: 'The CRM is fine, it works for me.' }));
  const count = (more: string[]) =>
    analyzeInterviews([notesTable([...four, ...more.map((respondent) => ({ respondent, team: 'North', note: 'ok' }))])], { minGroupSize: 5, minQuoteGroupSize: 5 })
      .result;

  it('first names, surnames and remarks in a joint cell are mapped to the people the other rows name, or dropped', () => {
    const firstNames = pairs(['Ann', 'Ben', 'Cat', 'Dan']);
    for (const more of [firstNames, ['Ann & Ben Baker', 'Abel & Baker', 'Abel, Ann & Baker, Ben', 'Ann Abel with Ben Baker', 'Ann Abel & colleague']]) {
      const r = count(more);
      expect(r.respondents, more.join(' | ')).toBe(4);
      expect(r.groups).toEqual([]);
      expect(r.quotes).toEqual([]);
    }
    // a joint cell of nobody known stays one respondent, as a label does
    expect(count(['Marks & Spencer']).respondents).toBe(5);
  });

  it('a second interview, a middle initial, a remark, a label or a user name is the same person', () => {
    expect(count(['Ann B. Abel', 'Ann Abel 2', 'Ann Abel [follow up]', 'Interview: Ann Abel', 'aabel', 'Ben Baker 2']).respondents).toBe(4);
  });
});

describe('fewer people than a group may hold', () => {
  const rows: NoteRow[] = [
    { respondent: 'Anna Abel', note: 'I hate the CRM, it is useless.' },
    { respondent: 'Anna Abel', note: 'Logging calls is a waste of my evening.' },
    { respondent: 'Ben Bauer', note: 'I love the CRM, the account history saves me hours.' },
  ];

  it('no figure of their notes is given: no sentiment, theme, category or stance', () => {
    const a = analyzeInterviews([notesTable(rows)], { minGroupSize: 5, minQuoteGroupSize: 10 });
    expect(a.result.respondents).toBe(2);
    expect(a.result.figuresHidden).toBe(true);
    expect(a.result.stancesHidden).toBe(true);
    expect(a.result.sentiment).toEqual({ positive: 0, neutral: 0, negative: 0 });
    expect(a.result.themes.every((t) => t.count === 0 && t.share === 0)).toBe(true);
    expect(a.result.stances).toEqual({ love: 0, hate: 0, ambivalent: 0, neutral: 0 });
    expect(a.result.withStance).toBe(2);
    expect(whyNoStances(a.result, 5)).toBe("stances are counted only when 5 or more respondents have one, so that no one's view can be told apart; both respondents have one");
    expect(a.result.polarization.index).toBe(0);
    expect(a.result.stanceDrivers).toEqual({ love: [], hate: [] });
    // the review sheet, the consultant's own, still codes every note
    expect(a.coded.filter((c) => c.sentiment === 'negative').length).toBeGreaterThan(0);
    const enough = analyzeInterviews([notesTable(rows)], { minGroupSize: 2, minQuoteGroupSize: 2 });
    expect(enough.result.figuresHidden).toBeUndefined();
    expect(enough.result.stancesHidden).toBeUndefined();
    expect(enough.result.stances.hate + enough.result.stances.love).toBe(2);
  });

  it('enough respondents, too few with notes that could be scored (the rest wrote in another language): no figure is given', () => {
    const more: NoteRow[] = [
      ...rows,
      ...['Cem Cetin', 'Dora Dietz', 'Emil Engel'].map((respondent) => ({ respondent, note: 'Das CRM ist langsam und niemand liest die Besuchsberichte.' })),
    ];
    const a = analyzeInterviews([notesTable(more)], { minGroupSize: 5, minQuoteGroupSize: 10 });
    expect(a.result.respondents).toBe(5);
    // with one note each, "1 positive, 1 negative" of two people would be each one's stance again
    expect(a.result.figuresHidden).toBe(true);
    expect(a.result.sentiment).toEqual({ positive: 0, neutral: 0, negative: 0 });
    expect(a.result.themes.every((t) => t.count === 0)).toBe(true);
    expect(a.result.stancesHidden).toBe(true);
    expect(a.result.withStance).toBe(2);
    expect(a.result.stances).toEqual({ love: 0, hate: 0, ambivalent: 0, neutral: 0 });
    expect(a.result.groups).toEqual([]);
    expect(a.result.quotes).toEqual([]);
  });

  it('notes without a respondent beside people who wrote in another language give no figure either', () => {
    const german = ['Anna Abel', 'Ben Bauer', 'Cem Cetin', 'Dora Dietz', 'Emil Engel'].map((respondent) => ({ respondent, team: 'North', note: 'Das CRM ist langsam und niemand liest die Besuchsberichte.' }));
    const anonymous = [{ respondent: '', team: 'North', note: 'The CRM is great.' }, { respondent: '', team: 'North', note: 'Nobody reads my visit reports.' }];
    const a = analyzeInterviews([notesTable([...german, ...anonymous])], { minGroupSize: 5, minQuoteGroupSize: 10 });
    expect(a.result.figuresHidden).toBe(true);
    expect(a.result.groups).toEqual([]);
    expect(a.result.sentiment).toEqual({ positive: 0, neutral: 0, negative: 0 });
    expect(Object.values(a.result.situationSigns ?? {}).every((n) => n === 0)).toBe(true);
  });

  it('why no figure is given says how many wrote notes that could be scored, of how many, in every output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-audit-few-stances-'));
    const more = [
      ...rows,
      ...['Cem Cetin', 'Dora Dietz', 'Emil Engel'].map((respondent) => ({ respondent, note: 'Das CRM ist langsam und niemand liest die Besuchsberichte.' })),
    ];
    writeFileSync(join(dir, 'five.csv'), `respondent,note\n${more.map((r) => `${r.respondent},"${r.note}"`).join('\n')}\n`);
    const why =
      "figures are given only when 5 respondents or more wrote notes that could be scored, so that no one's view can be told apart; 2 of the 5 respondents did (the others wrote in another language)";
    const term = await runMain(dir, 'interviews', 'five.csv', '--format', 'table');
    expect(term.out).toContain(`Figures    none given: ${why}; the review sheet`);
    expect(term.out).not.toMatch(/Sentiment|positive ·/);
    const args = ['analyze', '--interviews', 'five.csv', '--situation', 'post-implementation'];
    const json = await runMain(dir, ...args, '--format', 'json', '--out', 'five.json');
    expect(json.code, json.err).toBe(0);
    const res = JSON.parse(readFileSync(join(dir, 'five.json'), 'utf8')) as AuditResult;
    expect(res.interviews).toMatchObject({ figuresHidden: true, stancesHidden: true, withStance: 2, sentiment: { positive: 0, neutral: 0, negative: 0 } });
    const voice = res.audits!.find((x) => x.id === 'negative-voice')!;
    expect(voice.status).toBe('not-applicable');
    expect(JSON.stringify(voice)).toContain(why);
    expect((await runMain(dir, ...args, '--format', 'md')).out).toContain(`No figure of the notes is given: ${why}.`);
    // an analysis saved before withStance was kept says what it can
    expect(whyNoStances({ respondents: 5 }, 5)).toMatch(/; fewer of the 5 respondents wrote notes that could be scored \(the others in another language\)$/);
    // rendered again from the saved analysis, the same words
    expect((await runMain(dir, 'report', 'five.json', '--format', 'md')).out).toContain(`No figure of the notes is given: ${why}.`);
  });

  it('every output says why, and nothing counts one person', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-audit-few-'));
    writeFileSync(join(dir, 'two.csv'), `respondent,note\n${rows.map((r) => `${r.respondent},"${r.note}"`).join('\n')}\n`);
    const json = cli(['analyze', '--interviews', 'two.csv', '--situation', 'post-implementation', '--format', 'json'], { cwd: dir });
    expect(json.code, json.stderr).toBe(0);
    const res = JSON.parse(json.stdout) as AuditResult;
    const voice = res.audits!.find((x) => x.id === 'negative-voice')!;
    expect(voice.status).toBe('not-applicable');
    expect(JSON.stringify(voice)).toContain('figures are given only from 5 respondents or more');
    expect(JSON.stringify(res.audits) + JSON.stringify(res.recommendations)).not.toMatch(/1 hate|1 love|of 2 respondents|of 3 scored notes/);
    expect(JSON.stringify(res.recommendations)).toContain('Only 2 people spoke');
    expect(res.risk!.confidenceReasons.join(' ')).toContain("Only 2 respondents: too few for any figure of their notes to be shown");
    expect(res.risk!.confidenceReasons.join(' ')).not.toContain('theme shares can swing');
    const md = cli(['analyze', '--interviews', 'two.csv', '--situation', 'post-implementation', '--format', 'md'], { cwd: dir });
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toContain("No figure of the notes is given: figures are given only from 5 respondents or more, so that no one's view can be told apart; there are 2 respondents in all.");
    expect(md.stdout).not.toMatch(/\| Hate|\| Theme/i);
    const term = cli(['interviews', 'two.csv', '--format', 'table'], { cwd: dir });
    expect(term.stdout).toMatch(/Figures +none given: figures are given only from 5 respondents or more/);
    expect(term.stdout).not.toMatch(/love \d|hate \d|Sentiment|Themes/);
    const summary = cli(['analyze', '--interviews', 'two.csv', '--situation', 'post-implementation', '--format', 'table'], { cwd: dir });
    expect(summary.stdout).toContain('no figure given');
  });
});

describe('nobody with a stance', () => {
  const german = ['Das CRM ist langsam und niemand liest die Besuchsberichte.', 'Ich trage jeden Anruf ein und das kostet mich jeden Abend eine Stunde.'];
  const people = ['Anna Abel', 'Ben Bauer', 'Cem Cetin', 'Dora Dietz', 'Emil Engel', 'Fritz Fuchs'];
  const rows: NoteRow[] = people.map((respondent, i) => ({ respondent, note: german[i % 2]! }));

  it('5 or more respondents who all wrote in another language: no stance is counted, and every output says why, not a line of zeros', async () => {
    const a = analyzeInterviews([notesTable(rows)], { minGroupSize: 5, minQuoteGroupSize: 10 });
    expect(a.result.scored).toBe(0);
    expect(a.result.figuresHidden).toBeUndefined();
    expect(a.result).toMatchObject({ stancesHidden: true, withStance: 0, stances: { love: 0, hate: 0, ambivalent: 0, neutral: 0 } });
    const why = 'no respondent has one, of 6 in all: a stance is read from notes that could be scored, and they all wrote in another language';
    expect(whyNoStances(a.result, 5)).toBe(why);

    const dir = mkdtempSync(join(tmpdir(), 'crm-audit-no-stance-'));
    writeFileSync(join(dir, 'de.csv'), `respondent,note\n${rows.map((r) => `${r.respondent},"${r.note}"`).join('\n')}\n`);
    const term = await runMain(dir, 'interviews', 'de.csv', '--format', 'table');
    expect(term.out).toContain(`Stances    none counted: ${why}\n`);
    expect(term.out).not.toMatch(/love 0|polarisation/);
    const json = await runMain(dir, 'interviews', 'de.csv', '--format', 'json');
    expect(JSON.parse(json.out)).toMatchObject({ stancesHidden: true, withStance: 0 });
    const args = ['analyze', '--interviews', 'de.csv', '--situation', 'post-implementation'];
    expect((await runMain(dir, ...args, '--format', 'json', '--out', 'de.json')).code).toBe(0);
    const md = (await runMain(dir, 'report', 'de.json', '--format', 'md')).out;
    expect(md).toContain(`6 notes from 6 respondents. No stance is counted: ${why}.`);
    expect(md).not.toMatch(/Polarisation of stances|\| Love it/);
    const html = (await runMain(dir, 'report', 'de.json', '--format', 'html', '--out', 'de.html')).code;
    expect(html).toBe(0);
    const page = readFileSync(join(dir, 'de.html'), 'utf8');
    expect(page).toContain(`No stance is counted: ${why}.`);
    expect(page).not.toContain('polarisation of stances');
    expect((await runMain(dir, ...args, '--format', 'table')).out).toContain('stances: none counted: no respondent has one, of 6 in all');
    // the recommendation says the notes were given and are in another language, not that none were given
    const recs = JSON.stringify((JSON.parse(readFileSync(join(dir, 'de.json'), 'utf8')) as AuditResult).recommendations);
    expect(recs).toContain('The 6 notes given are all in another language');
    expect(recs).not.toContain('no interview, focus-group or workshop notes were given');
  });

  it('notes that name no respondent: no stance, because a stance is a respondent\'s', async () => {
    const a = analyzeInterviews([notesTable(rows.map((r) => ({ note: r.note })))], { minGroupSize: 5, minQuoteGroupSize: 10 });
    expect(a.result.respondents).toBe(0);
    expect(a.result).toMatchObject({ stancesHidden: true, withStance: 0 });
    expect(whyNoStances(a.result, 5)).toBe("these notes name no respondent, and a stance is a respondent's");
    const english = analyzeInterviews([notesTable([{ note: 'I hate the CRM, it is useless.' }, { note: 'Logging calls is a waste of my evening.' }])], { minGroupSize: 5, minQuoteGroupSize: 10 });
    expect(english.result).toMatchObject({ scored: 2, stancesHidden: true, withStance: 0 });
  });
});
