// The README is the manual: its option table is derived from src/cli/options.ts and must not drift.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { optionsTable } from '../../scripts/options-doc.js';

const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');

describe('README', () => {
  it('holds the option table generated from the one option declaration', () => {
    const start = readme.indexOf('<!-- options:start');
    const end = readme.indexOf('<!-- options:end -->');
    const body = readme.slice(readme.indexOf('\n', start) + 1, end).trim();
    expect(body).toBe(optionsTable());
  });

  it('shows npm test and a Quick start whose first block makes the PDF', () => {
    expect(readme).toContain('npm test');
    const quick = readme.slice(readme.indexOf('## Quick start'));
    const block = quick.slice(quick.indexOf('```sh') + 5, quick.indexOf('```', quick.indexOf('```sh') + 5));
    expect(block).toContain('npm ci');
    expect(block).toMatch(/--out \S+\.pdf/);
  });
});

describe('README scoring model', () => {
  it('holds the weights and audit tables generated from the code', async () => {
    const { scoringModelMarkdown } = await import('../../src/scoring/doc.js');
    const start = readme.indexOf('<!-- scoring:start');
    const end = readme.indexOf('<!-- scoring:end -->');
    expect(start).toBeGreaterThan(0);
    expect(readme.slice(readme.indexOf('\n', start) + 1, end).trim()).toBe(scoringModelMarkdown().trim());
  });
});

describe('README questionnaire', () => {
  it('holds the questions, their answers and risks, generated from the code', async () => {
    const { questionsMarkdown } = await import('../../src/questionnaire/doc.js');
    const start = readme.indexOf('<!-- questions:start');
    const end = readme.indexOf('<!-- questions:end -->');
    expect(start).toBeGreaterThan(0);
    expect(readme.slice(readme.indexOf('\n', start) + 1, end).trim()).toBe(questionsMarkdown().trim());
  });
});

describe('--format and --locale, as the help and the README tell them', () => {
  it('say what the commands do: report defaults to Markdown, the locale leaves the text in English', async () => {
    const { OPTIONS } = await import('../../src/cli/options.js');
    const { cli, FIXTURES } = await import('../helpers/cli.js');
    const saved = join(FIXTURES, 'report', 'analysis.json');
    expect(OPTIONS.format.description).toMatch(/else table on a terminal and json otherwise \(report: md\)/);
    expect(OPTIONS.format.byCommand.report).toBe('pdf, html or md (default: the extension of --out, else md on stdout)');
    // not a terminal, no --out: analyze would print JSON, report prints Markdown, as both say
    const md = cli(['report', saved]);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# CRM adoption audit/);
    for (const text of [OPTIONS.locale.description, OPTIONS.locale.byCommand.report, OPTIONS.locale.byCommand.analyze]) {
      expect(text).toMatch(/dates and numbers; the text stays in English|the text stays in English/);
      expect(text).not.toMatch(/report language|decimal comma/);
    }
    // --locale de-DE: German dates and numbers, English text
    const de = cli(['report', saved, '--locale', 'de-DE']);
    expect(de.stdout).toMatch(/^## 1\. Executive summary$/m);
    expect(de.stdout).toMatch(/30\. September 2025/);
    expect(de.stdout).toMatch(/\d\.\d{3}\b/);
  });
});
