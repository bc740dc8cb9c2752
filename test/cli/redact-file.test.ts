// --redact names.txt as Notepad saves it ("ANSI" is Windows-1252, "Unicode" is UTF-16 LE with a BOM): every name
// goes, in interviews and analyze; --encoding is honoured; a binary file is refused; odd lines are warned about.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/result/schema.js';
import { cli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'crm-audit-redact-'));
const put = (name: string, bytes: Buffer | string) => writeFileSync(join(dir, name), bytes);
const run = (...args: string[]) => cli(args, { cwd: dir });

const NOTES = 'respondent,team,note\nP1,North,Jürgen Weiß says the CRM is useless and Anna Berg agrees\nP2,North,I hate logging calls for Jürgen Weiß\n';
put('notes.csv', NOTES);
put('notes-1252.csv', Buffer.from(NOTES, 'latin1'));
const LIST = 'Jürgen Weiß\r\nAnna Berg\r\n';
put('names-ansi.txt', Buffer.from(LIST, 'latin1'));
put('names-unicode.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LIST, 'utf16le')]));
put('names-utf8.txt', LIST);
put('photo.txt', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 7)]));
put('small-groups.json', JSON.stringify({ anonymity: { minGroupSize: 2, minQuoteGroupSize: 2 } }));
put('odd.txt', 'Anna Berg\n0171 2345678\nJürgen Weiß\n');

const NAMES = /Jürgen|Weiß|J.rgen|Anna|Berg/;

describe('--redact reads the names file as the notes are read', () => {
  for (const names of ['names-utf8.txt', 'names-ansi.txt', 'names-unicode.txt']) {
    it(`interviews --redact ${names}: no name is left`, () => {
      const r = run('interviews', 'notes.csv', '--redact', names, '--format', 'csv');
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(NAMES);
      expect(r.stdout).toContain('[name] says the CRM is useless and [name] agrees');
    });
  }

  it('says when a names file was read as Windows-1252', () => {
    const r = run('interviews', 'notes.csv', '--redact', 'names-ansi.txt', '--format', 'json');
    expect(r.stderr).toContain('names-ansi.txt: the bytes are not valid UTF-8; read as Windows-1252');
  });

  it('analyze --redact names-unicode.txt: no name is left in the quotes or the JSON', () => {
    // quotes from groups of two, so that the notes of these two respondents are shown
    const quotes = (...more: string[]) => {
      const r = run('analyze', 'notes.csv', '--config', 'small-groups.json', '--format', 'json', ...more);
      expect(r.code, r.stderr).toBe(0);
      return { json: r.stdout, quotes: (JSON.parse(r.stdout) as AuditResult).interviews!.quotes.map((q) => q.text) };
    };
    expect(quotes().quotes.join(' ')).toMatch(NAMES);
    const redacted = quotes('--redact', 'names-unicode.txt');
    expect(redacted.quotes).toContain('I hate logging calls for [name]');
    expect(redacted.json).not.toMatch(NAMES);
  });

  it('--encoding windows-1252 is honoured for the notes and the names file alike', () => {
    const r = run('interviews', 'notes-1252.csv', '--redact', 'names-ansi.txt', '--encoding', 'windows-1252', '--format', 'csv');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(NAMES);
    expect(r.stderr).not.toContain('not valid UTF-8');
    // forced, and wrong: a usage error, not a silent misreading
    const wrong = run('interviews', 'notes.csv', '--redact', 'names-ansi.txt', '--encoding', 'utf-8');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('names-ansi.txt: the names file is not valid utf-8 as --encoding says');
  });

  it('a binary file is refused with exit 2 naming it, in interviews and analyze', () => {
    for (const cmd of ['interviews', 'analyze']) {
      const r = run(cmd, 'notes.csv', '--redact', 'photo.txt');
      expect(r.code, cmd).toBe(2);
      expect(r.stderr.trim()).toBe(
        'crm-audit: error: photo.txt: the names file is not a text file: it looks like an image; give --redact a plain text file with one name a line (in Excel or Notepad: save as text)',
      );
    }
  });

  it('a line that does not look like a name is warned about by its line, never shown', () => {
    const r = run('interviews', 'notes.csv', '--redact', 'odd.txt', '--format', 'json');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('odd.txt:2: this line does not look like a name (it holds digits); it is redacted as written');
    expect(r.stderr).not.toContain('2345678');
    const a = run('analyze', 'notes.csv', '--redact', 'odd.txt', '--format', 'json');
    expect(a.stderr).toContain('odd.txt:2: this line does not look like a name');
    const warnings = (JSON.parse(a.stdout) as AuditResult).inputs[0]!.warnings;
    expect(warnings).toContainEqual({ code: 'redact-file', message: 'odd.txt:2: this line does not look like a name (it holds digits); it is redacted as written' });
    expect(a.stdout + a.stderr).not.toContain('2345678');
  });
});
