import { mkdtempSync, readFileSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/command.js';
import { interviewsCommand } from '../../src/cli/interviews.js';
import { main } from '../../src/cli/main.js';
import { CrmAuditError, formatWhere } from '../../src/errors.js';
import { csvLine } from '../../src/report/write.js';
import { InterviewsResult } from '../../src/result/schema.js';
import { THEMES } from '../../src/interviews/index.js';
import { EMAIL_RE, PHONE_RE } from './helpers.js';

const ROOT = resolve(__dirname, '..', '..');
const FIX = 'test/fixtures/interviews';
const NOTES = `${FIX}/notes.csv`;

function fakeIo(opts: { tty?: boolean; cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const stdout = new PassThrough() as PassThrough & { isTTY?: boolean };
  const stderr = new PassThrough() as PassThrough & { isTTY?: boolean };
  stdout.isTTY = opts.tty ?? false;
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += String(d)));
  stderr.on('data', (d) => (err += String(d)));
  const io: Io = { stdout, stderr, stdin: new PassThrough(), cwd: opts.cwd ?? ROOT, env: opts.env ?? {} };
  return { io, out: () => out, err: () => err };
}

const tmp = mkdtempSync(join(tmpdir(), 'crm-audit-interviews-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('crm-audit interviews', () => {
  it('is available, with real examples', () => {
    expect(interviewsCommand.available).toBe(true);
    expect(interviewsCommand.args).toBe('<notes...>');
    expect(interviewsCommand.examples.length).toBeGreaterThan(1);
  });

  it('prints the interviews member as JSON, anonymised', async () => {
    const f = fakeIo();
    const code = await interviewsCommand.run([NOTES], { format: 'json', redact: `${FIX}/names.txt` }, f.io);
    expect(code).toBe(0);
    const result = InterviewsResult.parse(JSON.parse(f.out()));
    expect(result).toMatchObject({ notes: 29, respondents: 19, otherLanguage: 2, suppressedGroups: 2 });
    expect(result.groups.map((g) => `${g.breakdown}:${g.name}`)).toEqual(['team:North', 'role:Field Sales', 'role:Inside Sales']);
    for (const g of result.groups) expect(g.respondents).toBeGreaterThanOrEqual(5);
    expect(f.out()).not.toMatch(/Berger|Ortiz|Miller|Tomasz|Sven/);
    expect(f.out()).not.toMatch(EMAIL_RE);
    expect(f.out()).not.toMatch(PHONE_RE);
    expect(f.err()).toMatch(/not in English \(de 1, fr 1\)/);
  });

  it('prints a terminal summary a consultant can read', async () => {
    const f = fakeIo({ tty: true, env: { NO_COLOR: '1' } });
    expect(await interviewsCommand.run([NOTES], {}, f.io)).toBe(0);
    const s = f.out();
    expect(s).toMatch(/Reps' voice: 29 notes from 19 respondents/);
    expect(s).toMatch(/Control and surveillance/);
    expect(s).toMatch(/Sentiment\s+\d+ positive/);
    expect(s).toMatch(/Categories\s+experience \d+/);
    expect(s).toMatch(/Stances\s+love \d+ · hate \d+/);
    expect(s).toMatch(/2 groups not shown/);
    expect(s).not.toMatch(/\u001b/);
    const coloured = fakeIo({ tty: true });
    await interviewsCommand.run([NOTES], {}, coloured.io);
    expect(coloured.out()).toMatch(/\u001b\[/);
  });

  it("the terminal's Themes table lists the themes some note raised, and names in one line those none did", async () => {
    const all = fakeIo({ tty: true, env: { NO_COLOR: '1' } });
    expect(await interviewsCommand.run([NOTES], {}, all.io)).toBe(0);
    expect(all.out()).toMatch(/│ Training +│ +2 │/);
    expect(all.out()).toContain('┘\nEvery theme was raised by some note\n');
    const file = join(tmp, 'two-themes.csv');
    const people = ['Ann Abel', 'Ben Bauer', 'Cem Cetin', 'Dora Dietz', 'Emil Engel'];
    writeFileSync(file, `respondent,note\n${people.map((p) => `${p},Logging every call is a waste of my evening.`).join('\n')}\n`);
    const some = fakeIo({ tty: true, env: { NO_COLOR: '1' } });
    expect(await interviewsCommand.run([file], {}, some.io)).toBe(0);
    const table = some.out().slice(some.out().indexOf('Themes'), some.out().indexOf('Sentiment'));
    const rows = table.split('\n').filter((l) => /^│ (?!Theme )/.test(l));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((l) => !/│ +0 │/.test(l))).toBe(true);
    const none = table.split('\n').find((l) => l.startsWith('No note raised: '))!;
    const shown = rows.map((l) => l.split('│')[1]!.trim());
    // each theme once: in the table or in the line
    expect([...shown, ...none.slice('No note raised: '.length).split(', ')].sort()).toEqual(
      [...THEMES.map((t) => t.title)].sort(),
    );
    // no theme raised at all: one line, no table of zeros
    const plain = join(tmp, 'no-theme.csv');
    writeFileSync(plain, `respondent,note\n${people.map((p) => `${p},We met on Tuesday in the office.`).join('\n')}\n`);
    const nothing = fakeIo({ tty: true, env: { NO_COLOR: '1' } });
    expect(await interviewsCommand.run([plain], {}, nothing.io)).toBe(0);
    expect(nothing.out()).toContain(`\nThemes     none: no note raised any of the ${THEMES.length} themes\n\nSentiment`);
  });

  it('writes the review sheet and takes the corrected sheet back with --coding', async () => {
    const sheet = join(tmp, 'coding.csv');
    const f = fakeIo();
    expect(await interviewsCommand.run([NOTES], { out: sheet, quiet: true }, f.io)).toBe(0);
    const text = readFileSync(sheet, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true); // Excel reads it as UTF-8
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe('file,line,respondent,category,themes,sentiment,language,text,why');
    expect(lines).toHaveLength(30);
    expect(text).toContain(`"'=HYPERLINK(`);
    expect(text).not.toMatch(/Miller|ben\.ortiz|1234567/);
    // the consultant recodes the note on line 14 ("Data entry is not a problem for me...") as positive value
    const rows = parse(text) as string[][];
    const target = rows.find((r) => r[1] === '14')!;
    expect(target[4]).not.toContain('positive-value');
    target[4] = 'positive-value';
    target[5] = 'positive';
    const reviewed = join(tmp, 'reviewed.csv');
    writeFileSync(reviewed, rows.map((r) => csvLine(r)).join(''));
    const g = fakeIo();
    expect(await interviewsCommand.run([NOTES], { format: 'json', coding: reviewed }, g.io)).toBe(0);
    const before = JSON.parse((await run([NOTES], { format: 'json' })).out);
    const after = JSON.parse(g.out());
    const pv = (r: { themes: { id: string; count: number }[] }) => r.themes.find((t) => t.id === 'positive-value')!.count;
    expect(pv(after)).toBe(pv(before) + 1);
    expect(g.err()).not.toMatch(/no longer match|matches no note/);
    // a row with a cell too many (a stray comma in the spreadsheet) would lose its correction: the sheet is refused,
    // with its line and column, and no cell's content
    const ragged = join(tmp, 'ragged.csv');
    writeFileSync(ragged, rows.map((r) => csvLine(r === target ? [...r, 'Miller said so'] : r)).join(''));
    const err = await interviewsCommand.run([NOTES], { format: 'json', coding: ragged }, fakeIo().io).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CrmAuditError);
    expect((err as CrmAuditError).kind).toBe('data'); // exit 3
    expect(String((err as Error).message)).toMatch(/review sheet has 1 malformed row: the row has 10 fields, the header has 9/);
    expect(JSON.stringify(err)).not.toMatch(/Miller/);
    expect(formatWhere((err as CrmAuditError).where)).toMatch(new RegExp(`ragged\\.csv:${rows.indexOf(target) + 1}:10$`));
  });

  it('says when a side of the love/hate split is too small to describe', async () => {
    const file = join(tmp, 'split.csv');
    const hate = Array.from({ length: 6 }, (_, i) => `r${i},"Nobody reads the visit reports, it is a waste of my evening."`);
    writeFileSync(file, ['respondent,note', ...hate, 'fan,"The order history is brilliant, it saves me a call before every visit."'].join('\n'));
    const r = await run([file], { format: 'table' });
    expect(r.out).toMatch(/those who dislike it talk about: /);
    expect(r.out).toMatch(/those who like it: too few \(1\) to say what they talk about/);
  });

  it('writes atomically and keeps an existing file unless --force', async () => {
    const out = join(tmp, 'voice.json');
    expect(await interviewsCommand.run([NOTES], { out, quiet: true }, fakeIo().io)).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).notes).toBe(29);
    await expect(interviewsCommand.run([NOTES], { out, quiet: true }, fakeIo().io)).rejects.toThrow(CrmAuditError);
    expect(await interviewsCommand.run([NOTES], { out, force: true, quiet: true }, fakeIo().io)).toBe(0);
    const txt = join(tmp, 'summary.txt');
    expect(await interviewsCommand.run([NOTES], { out: txt, quiet: true }, fakeIo().io)).toBe(0);
    expect(readFileSync(txt, 'utf8')).toMatch(/^Reps' voice/);
    expect(existsSync(join(tmp, '.summary.txt.tmp'))).toBe(false);
  });

  it('adds config themes and honours the config thresholds', async () => {
    const r = await run([NOTES], { format: 'json', config: `${FIX}/config.json` });
    const result = JSON.parse(r.out);
    expect(result.themes.map((t: { id: string }) => t.id)).toContain('pricing');
    expect(result.themes.find((t: { id: string }) => t.id === 'pricing').count).toBeGreaterThan(0);
    expect(result.quotes.length).toBeGreaterThan(0);
  });

  it('refuses formats it does not write', async () => {
    await expect(interviewsCommand.run([NOTES], { format: 'pdf' }, fakeIo().io)).rejects.toThrow(/cannot write pdf/);
    await expect(interviewsCommand.run([NOTES], { out: join(tmp, 'x.docx') }, fakeIo().io)).rejects.toThrow(/extension/);
  });

  it('says that workshop categories were inferred from the wording when no note gave one', async () => {
    const notes = (category: boolean) =>
      `respondent,${category ? 'category,' : ''}note\n` +
      Array.from({ length: 8 }, (_, i) =>
        i < 6 ? `P${i},${category ? 'experience,' : ''}I log every call in the CRM on day ${i + 1}.` : `P${i},${category ? 'proposal,' : ''}We should log calls from the phone.`,
      ).join('\n');
    writeFileSync(join(tmp, 'uncategorised.csv'), notes(false));
    writeFileSync(join(tmp, 'categorised.csv'), notes(true));
    const summary = async (file: string) => {
      const f = fakeIo({ tty: true, env: { NO_COLOR: '1' } });
      expect(await interviewsCommand.run([join(tmp, file)], {}, f.io)).toBe(0);
      return f.out().split('\n').find((l) => l.startsWith('Categories')) ?? '';
    };
    expect(await summary('uncategorised.csv')).toMatch(/^Categories experience 6 · idea 0 · question 0 · concern 0 · proposal 2 .*\(inferred from the wording: no note's category was given\)$/);
    expect(await summary('categorised.csv')).toBe('Categories experience 6 · idea 0 · question 0 · concern 0 · proposal 2');
    // every note inferred an experience tells nothing: no block
    writeFileSync(join(tmp, 'statements.csv'), `respondent,note\n${Array.from({ length: 8 }, (_, i) => `P${i},I log every call in the CRM on day ${i + 1}.`).join('\n')}`);
    expect(await summary('statements.csv')).toBe('');
  });

  it('runs through the command line with exit codes', async () => {
    const f = fakeIo();
    expect(await main(['node', 'crm-audit', 'interviews', NOTES, '--format', 'csv', '--redact', `${FIX}/names.txt`], f.io)).toBe(0);
    expect(f.out()).toMatch(/^file,line,respondent/);
    const g = fakeIo();
    expect(await main(['node', 'crm-audit', 'interviews', `${FIX}/missing.csv`], g.io)).toBe(2);
    expect(g.err()).toMatch(/not found/);
  });
});

async function run(args: string[], opts: Parameters<typeof interviewsCommand.run>[1]) {
  const f = fakeIo();
  await interviewsCommand.run(args, opts, f.io);
  return { out: f.out(), err: f.err() };
}

describe('crm-audit interviews on malformed rows', () => {
  it('says where they are, never what they hold', async () => {
    const file = join(tmp, 'malformed.csv');
    writeFileSync(file, 'note,respondent\n"The app is slow",r1\n"Secret Customer GmbH never closed,r2\nNobody reads it,r4\n');
    const f = fakeIo();
    expect(await main(['node', 'crm-audit', 'interviews', file, '--format', 'json'], f.io)).toBe(0);
    expect(f.err()).toMatch(/malformed\.csv:3:1: a quoted field is never closed/);
    expect(f.err()).toMatch(/1 malformed row skipped/);
    expect(f.err()).not.toMatch(/Secret Customer/);
  });
});

describe('no quotes', () => {
  it('says which part of the rule no note met: the whole set, or every team or role too small', async () => {
    const { whyNoQuotes } = await import('../../src/interviews/withheld.js');
    const base = { respondents: 46, groups: [] as { breakdown: string; respondents: number }[] } as unknown as Parameters<typeof whyNoQuotes>[0];
    expect(whyNoQuotes({ ...base, respondents: 8 }, 10)).toMatch(/there are 8 respondents in all/);
    const teams = { ...base, groups: [9, 9, 8].map((n) => ({ breakdown: 'team', respondents: n })).concat([{ breakdown: 'role', respondents: 23 }]) };
    expect(whyNoQuotes(teams as never, 10)).toMatch(/no team holds 10 or more \(the largest 9\)$/);
    // notes without a respondent column are never quoted: said so, not "0 respondents in all"
    expect(whyNoQuotes({ ...base, respondents: 0 }, 10)).toMatch(/only when the notes say who spoke; these notes name no respondent$/);
    expect(whyNoQuotes({ ...base, respondents: 1 }, 10)).toMatch(/there is 1 respondent in all$/);
  });
});

describe('a review sheet with a stray comma', () => {
  it('refuses a row one cell too wide even when the extra cell is empty, naming its line and column', async () => {
    const { loadCoding } = await import('../../src/interviews/coding.js');
    const dir = mkdtempSync(join(tmpdir(), 'crm-audit-sheet-'));
    try {
      const sheet = join(dir, 'reviewed.csv');
      writeFileSync(
        sheet,
        'file,line,respondent,category,themes,sentiment,language,text,why\n' +
          'notes.csv,2,Respondent 01,concern,no-value,negative,en,Visit KPIs used in 1:1s, against us,\n' +
          'notes.csv,3,Respondent 02,concern,no-value,negative,en,Nobody reads it,\n',
      );
      await expect(loadCoding(sheet, 'reviewed.csv')).rejects.toThrow(/the review sheet has 1 malformed row: the row has 10 fields, the header has 9/);
      await loadCoding(sheet, 'reviewed.csv').catch((e: CrmAuditError) => expect(e.where).toEqual({ file: 'reviewed.csv', line: 2, column: 10 }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('weaker anonymity in the config', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crm-audit-anon-'));
  const config = (anonymity: object) => {
    const file = join(dir, `c${Object.values(anonymity).join('-')}.json`);
    writeFileSync(file, JSON.stringify({ anonymity }));
    return file;
  };

  it('is said on stderr when a threshold is under the default', async () => {
    const f = fakeIo();
    expect(await main(['node', 'crm-audit', 'interviews', NOTES, '--format', 'json', '--config', config({ minGroupSize: 3, minQuoteGroupSize: 4 })], f.io)).toBe(0);
    expect(f.err()).toContain('anonymity.minGroupSize is 3: figures are shown for groups of 3 people or more');
    expect(f.err()).toContain('anonymity.minQuoteGroupSize is 4');
    const g = fakeIo();
    expect(await main(['node', 'crm-audit', 'interviews', NOTES, '--format', 'json', '--config', config({ minGroupSize: 6 })], g.io)).toBe(0);
    expect(g.err()).not.toContain('anonymity.');
  });

  it('refuses a group size of 1, which would be no anonymity at all', async () => {
    const f = fakeIo();
    expect(await main(['node', 'crm-audit', 'interviews', NOTES, '--config', config({ minGroupSize: 1 })], f.io)).toBe(2);
    expect(f.err()).toMatch(/:1:\d+: invalid config file: anonymity\.minGroupSize/);
  });
});
