// Small things a new user met: encoding aliases, --fail-above wording, a missing logo, a CSV given to report,
// and schema --out saying what it wrote.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/result/schema.js';
import { cli, FIXTURES } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'crm-audit-polish-'));
const opp = join(FIXTURES, 'real/salesforce-dataloader/opportunityData.csv');
const account = join(FIXTURES, 'real/salesforce-dataloader/accountData.csv');
const run = (...args: string[]) => cli(args, { cwd: dir });

describe('--encoding aliases', () => {
  it('latin1 and iso-8859-1 are read as windows-1252, and it says so', () => {
    for (const name of ['latin1', 'ISO-8859-1', 'iso8859-1']) {
      const r = run('analyze', account, '--encoding', name, '--format', 'json');
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      expect(r.stderr).toContain(`--encoding ${name} is read as windows-1252`);
      expect((JSON.parse(r.stdout) as AuditResult).inputs[0]!.encoding).toBe('windows-1252');
    }
  });

  it('an unknown encoding is still refused', () => {
    expect(run('analyze', opp, '--encoding', 'ebcdic').code).toBe(2);
  });
});

describe('--fail-above', () => {
  it('says what is expected, not "received NaN"', () => {
    for (const v of ['abc', '120']) {
      const r = run('analyze', opp, '--fail-above', v);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('option --fail-above: expected a score from 0 to 100');
      expect(r.stderr).not.toContain('NaN');
    }
  });
});

describe('--max-errors', () => {
  it('a value that is not a whole number says what is expected, for each command that takes it (exit 2)', () => {
    const notes = join(FIXTURES, 'interviews/notes.csv');
    for (const [command, file] of [['analyze', opp], ['classify', opp], ['interviews', notes]] as const) {
      for (const v of ['abc', '-3', '2.5', '', '1e2']) {
        const r = run(command, file, '--max-errors', v, '--format', 'json');
        expect(r.code, `${command} --max-errors '${v}': ${r.stderr}`).toBe(2);
        expect(r.stderr.trim()).toBe(
          `crm-audit: error: option --max-errors: expected a whole number, 0 or more (how many malformed rows may be skipped before the run stops); see crm-audit ${command} --help`,
        );
      }
    }
    expect(run('classify', opp, '--max-errors', '7', '--format', 'json').code).toBe(0);
  });

  it('a blank --fail-above is refused, not read as 0', () => {
    const r = run('analyze', opp, '--fail-above', '', '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('option --fail-above: expected a score from 0 to 100');
  });
});

describe('a missing logo', () => {
  it('is "not found" with the path as given, for analyze and report', () => {
    const a = run('analyze', opp, '--logo', 'no/such/logo.png', '--format', 'json');
    expect(a.code).toBe(2);
    expect(a.stderr.trim()).toBe('crm-audit: error: no/such/logo.png: the logo file was not found; check the --logo path');
    writeFileSync(join(dir, 'analysis.json'), cli(['analyze', opp, '--format', 'json']).stdout);
    const r = run('report', 'analysis.json', '--out', 'r.html', '--logo', 'gone.svg');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('gone.svg: the logo file was not found');
    expect(r.stderr).not.toContain('ENOENT');
  });
});

describe('a CSV given where a saved analysis goes', () => {
  it('report and compare say it is a CSV, and what they read', () => {
    writeFileSync(join(dir, 'User.csv'), 'Id,Name,IsActive\n005A,Lena,true\n');
    const r = run('report', 'User.csv', '--out', 'x.html');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('User.csv: this is a CSV file, not the JSON saved analysis');
    expect(r.stderr).toContain('analyze ... --format json');
    expect(r.stderr).not.toContain('fix the JSON syntax');
    const c = run('compare', 'User.csv', 'User.csv');
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('crm-audit: error: User.csv: this is a CSV file');
  });

  it('broken JSON is still broken JSON, with line and column', () => {
    writeFileSync(join(dir, 'broken.json'), '{\n  "schemaVersion": 1,\n  "x": \n');
    const r = run('report', 'broken.json', '--out', 'y.html');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.json:\d+:\d+: the saved analysis is not valid JSON/);
  });
});

describe('schema --out', () => {
  it('says what it wrote, like the other commands', () => {
    const r = run('schema', 'config', '--out', 'config.schema.json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('crm-audit: wrote config.schema.json (the config schema)\n');
    expect(JSON.parse(readFileSync(join(dir, 'config.schema.json'), 'utf8')).title).toBe('crm-audit config file');
  });
});

describe('one word for polarisation, wherever a reader meets it', () => {
  it('the terminal (analyze and interviews), the report and the README write "polarisation"; only the JSON key keeps the z', async () => {
    const { Chalk } = await import('chalk');
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { renderTable } = await import('../../src/report/table.js');
    const { renderSummary } = await import('../../src/cli/interviews.js');
    const { renderReport } = await import('../../src/report/index.js');
    const { analyzeInterviews } = await import('../../src/interviews/index.js');
    const { loadFixture } = await import('../report/helpers.js');
    const { notesTable } = await import('../interviews/helpers.js');
    const plain = new Chalk({ level: 0 });
    // five people: fewer would have no stance counted, and no polarisation
    const notes = analyzeInterviews([
      notesTable(['A', 'B', 'C', 'D', 'E'].map((respondent, i) => ({ respondent, note: i % 2 ? 'Logging calls is a waste of my time.' : 'I love the order history.' }))),
    ]);
    const texts = {
      analyze: renderTable(loadFixture(), { color: plain, width: 120 }),
      interviews: renderSummary(notes, plain, new Map(), { minGroupSize: 5, minQuoteGroupSize: 10 }),
      report: (await renderReport(loadFixture(), 'md')) as string,
      readme: readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8'),
    };
    expect(texts.interviews).toMatch(/polarisation \d\.\d\d/);
    for (const [where, text] of Object.entries(texts)) {
      // `polarization` as a JSON key or in the audit id usage-polarization is the contract's, not a word
      const words = text.replace(/`[^`]*polarization[^`]*`|usage-polarization|users\.polarization/g, '');
      expect(words, where).not.toMatch(/polariz/i);
    }
  });
});
