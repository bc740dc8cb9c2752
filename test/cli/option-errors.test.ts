// Every value an option refuses is refused in plain words: which option, what it expects (never zod's wording,
// never the value given), exit 2, one line. Each option of each command is tried, so a new option must say how.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, OPTIONS, optionsFor, type CommandName, type OptionKey } from '../../src/cli/options.js';
import { runMain } from '../helpers/run-main.js';

const dir = mkdtempSync(join(tmpdir(), 'crm-audit-option-errors-'));

/** positional arguments a command needs before its options are read (they are never opened: the options fail first) */
const ARGS: Record<CommandName, string[]> = {
  analyze: ['x.csv'],
  classify: ['x.csv'],
  interviews: ['x.csv'],
  questionnaire: [],
  report: ['x.json'],
  compare: ['a.json', 'b.json'],
  schema: ['config'],
  init: [],
  doctor: [],
};

/** a value that looks like a customer's data: never repeated in a message */
const SECRET = 'Zz-Secret-Ann-Abel';

/** values each option refuses, and the words that say what it expects */
const REFUSED: Partial<Record<OptionKey, { values: string[]; expected: string }>> = {
  interviews: { values: ['', '  '], expected: 'expected a notes file (CSV), got a blank value' },
  answers: { values: [''], expected: 'expected an answers file (JSON), got a blank value' },
  config: { values: [''], expected: 'expected a config file (JSON), got a blank value' },
  rules: { values: [''], expected: 'expected a rules file (JSON) or an edited review sheet (CSV), got a blank value' },
  coding: { values: [''], expected: 'expected the corrected review sheet (CSV), got a blank value' },
  redact: { values: [''], expected: 'expected a file of names, one a line, got a blank value' },
  fields: { values: [''], expected: 'expected a field list or an export (CSV), got a blank value' },
  kind: {
    values: [SECRET, '', `${SECRET}.csv=${SECRET}`, '=records', 'deals.csv='],
    expected: 'expected KIND or FILE=KIND, where KIND is records, activities, logins, field-history, users, fields or interviews',
  },
  encoding: { values: [SECRET, ''], expected: 'expected utf-8, utf-16le, utf-16be or windows-1252 (latin1 and iso-8859-1 are read as windows-1252)' },
  dateFormat: { values: [SECRET, 'ymd'], expected: 'expected auto, iso, mdy or dmy (mdy: month/day/year, dmy: day/month/year)' },
  locale: { values: [`${SECRET} x`, 'x', ''], expected: 'expected a locale such as en-US or de-DE' },
  maxErrors: { values: [SECRET, '-3'], expected: 'expected a whole number, 0 or more (how many malformed rows may be skipped before the run stops)' },
  situation: { values: [SECRET, 'during'], expected: 'expected pre-implementation, in-progress or post-implementation' },
  now: { values: [SECRET, ''], expected: 'expected a date as YYYY-MM-DD' },
  format: { values: [SECRET, ''], expected: 'expected ' },
  out: { values: ['', ' '], expected: 'expected the file to write, got a blank value' },
  failAbove: { values: [SECRET, '101'], expected: 'expected a score from 0 to 100' },
  client: { values: [''], expected: "expected the client's name, got a blank value" },
  consultant: { values: [''], expected: "expected the consultant's name, got a blank value" },
  firm: { values: [''], expected: "expected the firm's name, got a blank value" },
  logo: { values: [''], expected: 'expected a logo file (PNG, JPEG or SVG), got a blank value' },
  accent: { values: [SECRET, 'red', '#fff'], expected: 'expected a colour as #RRGGBB, such as #0b6e4f' },
  paper: { values: [SECRET, 'a5'], expected: 'expected a4 or letter' },
  template: { values: [''], expected: 'expected a template folder, got a blank value' },
  editorial: { values: [''], expected: 'expected an editorial file (JSON), got a blank value' },
  chrome: { values: [''], expected: 'expected the path of a Chrome, Chromium or Edge executable, got a blank value' },
};

const takesValue = (key: OptionKey) => OPTIONS[key].flags.includes('<');

describe('a refused option value', () => {
  it('every option that takes a value has values it refuses here', () => {
    const valued = (Object.keys(OPTIONS) as OptionKey[]).filter(takesValue);
    expect(valued.filter((k) => !REFUSED[k])).toEqual([]);
  });

  for (const command of COMMANDS) {
    it(`${command}: each is said as "option --flag: expected ...", exit 2, without the value or zod's words`, async () => {
      for (const key of optionsFor(command).filter(takesValue)) {
        const flag = OPTIONS[key].flags.split(' ')[0]!;
        const { values, expected } = REFUSED[key]!;
        for (const value of values) {
          const r = await runMain(dir, command, ...ARGS[command], flag, value);
          const said = `${command} ${flag} '${value}': ${r.err}`;
          expect(r.code, said).toBe(2);
          expect(r.out, said).toBe('');
          const lines = r.err.trimEnd().split('\n');
          expect(lines, said).toHaveLength(1);
          expect(lines[0], said).toMatch(new RegExp(`^crm-audit: error: option ${flag}: expected .*; see crm-audit ${command} --help$`));
          expect(lines[0], said).toContain(`option ${flag}: ${expected}`);
          expect(lines[0], said).not.toMatch(/Secret|Ann|Abel|Invalid|Too small|received|characters|"\|"/);
        }
      }
    });
  }
});

describe('--format', () => {
  const offered: Record<string, { formats: string; other: string; out: string; extensions: string }> = {
    analyze: { formats: 'table, json, md, html or pdf', other: 'csv', out: 'x.csv', extensions: '.txt, .json, .md, .html, .pdf' },
    classify: { formats: 'table, json or csv', other: 'md', out: 'x.html', extensions: '.txt, .json, .csv' },
    interviews: { formats: 'table, json or csv', other: 'pdf', out: 'x.md', extensions: '.txt, .json, .csv' },
    report: { formats: 'pdf, html or md', other: 'json', out: 'x.csv', extensions: '.pdf, .html, .md' },
    compare: { formats: 'table, json or md', other: 'csv', out: 'x.pdf', extensions: '.txt, .json, .md' },
  };

  it('each command names only the formats it writes: in its help, and when it refuses one', async () => {
    for (const [command, o] of Object.entries(offered)) {
      const help = await runMain(dir, command, '--help');
      const line = help.out.slice(help.out.indexOf('--format <format>')).replace(/\s+/g, ' ');
      expect(line, command).toMatch(new RegExp(`^--format <format> ${o.formats} \\(`));
      for (const value of [o.other, 'xyz']) {
        const r = await runMain(dir, command, ...ARGS[command as CommandName], '--format', value);
        expect(r.code).toBe(2);
        expect(r.err).toBe(`crm-audit: error: option --format: expected ${o.formats}; see crm-audit ${command} --help\n`);
      }
    }
  });

  writeFileSync(join(dir, 'in.csv'), 'respondent,note\nP1,The CRM is slow.\n');

  it('a format that the extension of --out asks for, and the command does not write, is refused naming the extensions it takes', async () => {
    for (const [command, o] of Object.entries(offered)) {
      if (command === 'report' || command === 'compare') continue; // they read their saved analyses first
      const r = await runMain(dir, command, 'in.csv', '--out', o.out);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`crm-audit: error: ${o.out}: \`crm-audit ${command}\` cannot write ${o.out.slice(2)}, which the extension of --out asks for; give --out one of ${o.extensions}\n`);
    }
  });
});

describe('a word an option takes', () => {
  it('is taken in any case: UTF-8, JSON, DMY, A4, Post-Implementation', async () => {
    writeFileSync(join(dir, 'Opportunity.csv'), 'Id,OwnerId,Name,CreatedDate\n0061,0051,Deal A,02/01/2024\n0062,0052,Deal B,03/01/2024\n');
    const r = await runMain(dir, 'analyze', 'Opportunity.csv', '--encoding', 'UTF-8', '--format', 'JSON', '--date-format', 'DMY', '--paper', 'A4', '--situation', 'Post-Implementation');
    expect(r.code, r.err).toBe(0);
    const result = JSON.parse(r.out) as { situation: string; meta: { paper: string }; inputs: { encoding: string }[] };
    expect([result.situation, result.meta.paper, result.inputs[0]!.encoding]).toEqual(['post-implementation', 'a4', 'utf-8']);
  });
});
