import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CrmAuditError } from '../../src/errors.js';
import { notAName, readNamesFile } from '../../src/ingest/names-file.js';

const dir = mkdtempSync(join(tmpdir(), 'crm-audit-names-'));
const file = (name: string, bytes: Buffer | string) => {
  writeFileSync(join(dir, name), bytes);
  return name;
};
const NAMES = ['Jürgen Weiß', 'Anna Berg', 'Zoë Müller'];
const text = `${NAMES.join('\r\n')}\r\n`;
const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();

describe('readNamesFile: decoded as the notes are', () => {
  const cases: [string, Buffer, string][] = [
    ['UTF-8', Buffer.from(text), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'utf-8'],
    ['Windows-1252 (Notepad "ANSI")', Buffer.from(text, 'latin1'), 'windows-1252'],
    ['UTF-16 LE with BOM (Notepad "Unicode")', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'utf-16le'],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]), 'utf-16be'],
    ['UTF-16 LE without BOM', Buffer.from(text, 'utf16le'), 'utf-16le'],
  ];
  for (const [what, bytes, encoding] of cases) {
    it(what, () => {
      const r = readNamesFile(file(`${encoding}-${what.length}.txt`, bytes), dir);
      expect(r.names).toEqual(NAMES);
      expect(r.encoding).toBe(encoding);
      expect(r.warnings.map((w) => w.message)).toEqual(
        encoding === 'windows-1252' ? ['the bytes are not valid UTF-8; read as Windows-1252 (pass --encoding to choose another)'] : [],
      );
    });
  }

  it('honours --encoding, and refuses bytes that are not what it says', () => {
    const ansi = file('ansi.txt', Buffer.from(text, 'latin1'));
    const r = readNamesFile(ansi, dir, { encoding: 'windows-1252' });
    expect(r.names).toEqual(NAMES);
    expect(r.warnings).toEqual([]);
    expect(() => readNamesFile(ansi, dir, { encoding: 'utf-8' })).toThrow(/not valid utf-8 as --encoding says/);
  });

  it('skips blank lines and # comments, and trims', () => {
    expect(readNamesFile(file('c.txt', '# the team\n\n  Jane Smith  \n#Bob\nBob Lee\n'), dir).names).toEqual(['Jane Smith', 'Bob Lee']);
  });
});

describe('readNamesFile: what is not a names file', () => {
  it('refuses a binary file, a workbook, an image: a usage error naming the file', () => {
    for (const [name, bytes, looks] of [
      ['prog.txt', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(200, 1)]), 'a program'],
      ['names.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]), 'an Excel workbook or another zip file'],
      ['noise.txt', Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 37) % 256)), 'a binary file'],
    ] as const) {
      const err = (() => {
        try {
          readNamesFile(file(name, bytes), dir);
        } catch (e) {
          return e;
        }
      })();
      expect(err, name).toBeInstanceOf(CrmAuditError);
      expect(err).toMatchObject({ kind: 'usage', where: { file: name } });
      expect((err as Error).message).toBe(`the names file is not a text file: it looks like ${looks}`);
    }
  });

  it('refuses a binary file forced or sniffed as UTF-16', () => {
    const bytes = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 2 ? 0 : 1 + (i % 8))));
    expect(() => readNamesFile(file('u16.bin', bytes), dir)).toThrow(/not a text file/);
    expect(() => readNamesFile(file('u16b.bin', Buffer.from('\u0001\u0002'.repeat(100), 'utf16le')), dir, { encoding: 'utf-16le' })).toThrow(/not a text file/);
  });

  it('a missing file: a usage error naming it', () => {
    expect(() => readNamesFile('nope.txt', dir)).toThrow(/the names file was not found/);
  });

  it('warns about lines that do not look like names, by line number, never their text', () => {
    const long = 'Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod';
    const r = readNamesFile(file('odd.txt', `Jane Smith\n+49 170 1234567\n${long}\nrespondent;team;note\njane.smith2@acme.com\n`), dir);
    expect(r.names).toHaveLength(5);
    expect(r.warnings).toEqual([
      { line: 2, message: 'this line does not look like a name (it holds digits); it is redacted as written' },
      { line: 3, message: `this line does not look like a name (it is ${long.length} characters long); it is redacted as written` },
      { line: 4, message: 'this line does not look like a name (it holds a tab, ; | or =, as a row of a table does); it is redacted as written' },
    ]);
    expect(JSON.stringify(r.warnings)).not.toMatch(/1234567|Lorem|respondent/);
  });

  it('past five such lines, counts the rest and asks whether this is the names file', () => {
    const r = readNamesFile(file('many.txt', Array.from({ length: 12 }, (_, i) => `Row ${i}`).join('\n')), dir);
    expect(r.warnings).toHaveLength(6);
    expect(r.warnings[5]).toEqual({ line: null, message: '7 more lines do not look like names (12 in all): is this the names file?' });
  });

  it('takes real names in their many forms for names', () => {
    for (const n of ["Siobhán O'Neill", 'Smith, Jane', 'Dr. med. Klaus Meier', 'Bob Lee <bob.lee@acme.com>', 'Anne-Marie Dupont', 'jane.smith2@acme.com']) {
      expect(notAName(n), n).toBeNull();
    }
  });
});
