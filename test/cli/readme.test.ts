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
