import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../src/ingest/index.js';
import { CrmAuditError } from '../../src/errors.js';

const REAL = join(import.meta.dirname, '../fixtures/real');
const SYN = join(import.meta.dirname, '../fixtures/synthetic');
const SPECTRUM = join(REAL, 'edgecases/csv-spectrum');

function tmpFile(name: string, content: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'crm-audit-ingest-'));
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('csv-spectrum: the 11 reliable cases parse exactly to their JSON', () => {
  const cases = readdirSync(SPECTRUM)
    .filter((f) => f.endsWith('.csv') && f !== 'location_coordinates.csv')
    .map((f) => f.replace(/\.csv$/, ''));
  it('has 11 cases', () => expect(cases).toHaveLength(11));
  for (const name of cases) {
    it(name, async () => {
      const expected = JSON.parse(readFileSync(join(SPECTRUM, `${name}.json`), 'utf8')) as Record<string, string>[];
      const t = await readTable(join(SPECTRUM, `${name}.csv`));
      const got = t.rows.map((r) => Object.fromEntries(t.header.map((h, i) => [h, r[i]])));
      expect(got).toEqual(expected);
      expect(t.input.skipped).toBe(0);
    });
  }
  it('location_coordinates: the stray inch mark is read, the file\'s own U+FFFD is kept, nothing added', async () => {
    const t = await readTable(join(SPECTRUM, 'location_coordinates.csv'));
    expect(t.rows).toHaveLength(1);
    const raw = readFileSync(join(SPECTRUM, 'location_coordinates.csv'), 'utf8');
    const inFile = (raw.match(/\uFFFD/g) ?? []).length;
    const inRows = t.rows.flat().join('').match(/\uFFFD/g)?.length ?? 0;
    expect(inRows).toBe(inFile);
    expect(t.rows[0]![1]).toContain('"N');
  });
});

describe('encodings', () => {
  it('UTF-16 LE and BE with BOM decode to the same rows', async () => {
    const le = await readTable(join(REAL, 'edgecases/csvkit/test_utf16_little.csv'));
    const be = await readTable(join(REAL, 'edgecases/csvkit/test_utf16_big.csv'));
    expect(le.input.encoding).toBe('utf-16le');
    expect(be.input.encoding).toBe('utf-16be');
    expect(le.header).toEqual(['a', 'b', 'c']);
    expect(le.rows).toEqual([
      ['1', '2', '3'],
      ['4', '5', 'ʤ'],
    ]);
    expect(be.rows).toEqual(le.rows);
  });

  it('Salesforce Data Loader UTF-16 files with BOM', async () => {
    for (const f of ['csvtext_BOM_UTF16LE.csv', 'csvtext_BOM_UTF16BE.csv', 'csvtext_BOM_UTF8.csv']) {
      const t = await readTable(join(REAL, 'edgecases/salesforce-dataloader', f));
      expect(t.header).toEqual(['column1', 'column2', 'column3']);
      expect(t.rows[0]).toEqual(['row1-1', 'row1-2', 'row1-3']);
    }
  });

  it('a UTF-8 BOM is not part of the first header', async () => {
    const t = await readTable(join(REAL, 'edgecases/csvkit/test_utf8_bom.csv'));
    expect(t.header[0]).toBe('foo');
    expect(t.input.encoding).toBe('utf-8');
  });

  it('Windows-1252 bytes deep in a file restart the read as Windows-1252, with a warning', async () => {
    const t = await readTable(join(REAL, 'salesforce-dataloader/accountData.csv'));
    expect(t.input.encoding).toBe('windows-1252');
    expect(t.input.warnings.map((w) => w.code)).toContain('encoding-fallback');
    expect(t.input.rows).toBe(423);
    const text = t.rows.flat().join('\n');
    expect(text).not.toContain('\uFFFD');
    expect(text).toContain('Crédito Inmobiliario');
    expect(text).toContain('Pébéo of America');
    expect(text).toContain('26 5º');
  });

  it('latin-1 byte is read as ©', async () => {
    const t = await readTable(join(REAL, 'edgecases/csvkit/test_latin1.csv'));
    expect(t.input.encoding).toBe('windows-1252');
    expect(t.rows.flat().join('')).toContain('©');
  });

  it('--encoding forces a decoder', async () => {
    const t = await readTable(join(REAL, 'edgecases/csvkit/test_latin1.csv'), { encoding: 'windows-1252' });
    expect(t.input.warnings.map((w) => w.code)).not.toContain('encoding-fallback');
  });

  it('Excel sep= line, Windows-1252 and semicolons', async () => {
    const t = await readTable(join(SYN, 'excel/semicolon-sep-1252.csv'));
    expect(t.input.delimiter).toBe(';');
    expect(t.header).toEqual(['Kunde', 'Betreuer', 'Umsatz', 'Erstellt am', 'Notiz']);
    expect(t.rows[0]).toEqual(['Müller GmbH', 'Jürgen Baß', '1.234,50', '03.09.2026', 'Gespräch geführt']);
    expect(t.lines).toEqual([3, 4]);
  });
});

describe('delimiters and line endings', () => {
  it('pipe, tab, semicolon', async () => {
    expect((await readTable(join(SYN, 'excel/pipe.csv'))).input.delimiter).toBe('|');
    expect((await readTable(join(SYN, 'excel/tab.tsv'))).input.delimiter).toBe('\t');
    expect((await readTable(join(REAL, 'edgecases/csvkit/sniff_limit.csv'))).input.delimiter).toBe(';');
  });

  it('CR-only line endings, also inside a quoted field', async () => {
    const t = await readTable(join(SYN, 'excel/cr-only.csv'));
    expect(t.rows).toEqual([
      ['1', 'Ana', 'two\rlines'],
      ['2', 'Ben', 'ok'],
    ]);
    expect(t.lines).toEqual([2, 4]);
    const mac = await readTable(join(REAL, 'edgecases/csvkit/mac_newlines.csv'));
    expect(mac.rows).toHaveLength(2);
  });

  it('mixed line endings in one file: rows ending in \\n after rows ending in \\r\\n are rows', async () => {
    const t = await readTable(tmpFile('mixed.csv', 'id,name,note\r\n1,Ana,"two\r\nlines"\r\n2,Ben,ok\n3,Cy,ok\n4,Di,"a\nb"\n5,Ed,ok\r\n'));
    expect(t.rows.map((r) => r[0])).toEqual(['1', '2', '3', '4', '5']);
    expect(t.rows[0]![2]).toBe('two\r\nlines');
    expect(t.lines).toEqual([2, 4, 5, 6, 8]);
    expect(t.input.skipped).toBe(0);
    // a bare CR inside an unquoted cell of an LF or CRLF file is part of the cell, as it was
    const cr = await readTable(tmpFile('bare-cr.csv', 'name,team,note\nAnn,North,hello\rthere\nBen,South,ok\n'));
    expect(cr.rows).toEqual([['Ann', 'North', 'hello\rthere'], ['Ben', 'South', 'ok']]);
  });

  it('a quoted multi-line field keeps its newlines and the next row gets its physical line', async () => {
    const t = await readTable(join(SPECTRUM, 'newlines.csv'));
    expect(t.lines).toEqual([2, 3, 5]);
  });

  it('a comma inside values does not fool the sniffer (Data Loader csvSeparator)', async () => {
    const t = await readTable(join(REAL, 'edgecases/salesforce-dataloader/csvSeparator.csv'));
    expect(t.input.delimiter).toBe(',');
    expect(t.header).toHaveLength(3);
  });
});

describe('malformed rows: reported with line and reason, never the value, then skipped', () => {
  it('ragged rows', async () => {
    const t = await readTable(join(REAL, 'edgecases/csvkit/bad.csv'));
    expect(t.input.rows).toBe(1);
    expect(t.input.skipped).toBe(2);
    expect(t.input.errors.map((e) => [e.line, e.code])).toEqual([
      [2, 'ragged-row'],
      [3, 'ragged-row'],
    ]);
    for (const e of t.input.errors) expect(e.message).not.toMatch(/mixed types|uh oh/);
  });

  it('blank preamble lines shift the line numbers', async () => {
    const t = await readTable(join(REAL, 'edgecases/csvkit/bad_skip_lines.csv'));
    expect(t.input.errors.map((e) => e.line)).toEqual([5, 6]);
  });

  it('trailing empty cells beyond the header are accepted', async () => {
    const t = await readTable(join(REAL, 'edgecases/csvkit/test_empty_columns_long_row.csv'));
    expect(t.input.skipped).toBe(0);
    expect(t.rows).toHaveLength(1);
  });

  it('--strict stops at the first malformed row with a data error', async () => {
    await expect(readTable(join(REAL, 'edgecases/csvkit/bad.csv'), { strict: true })).rejects.toMatchObject({
      kind: 'data',
      where: { line: 2 },
    });
  });

  it('the error budget is shared and stops the run past --max-errors', async () => {
    const budget = { max: 1, used: 0 };
    const err = await readTable(join(REAL, 'edgecases/csvkit/bad.csv'), { errorBudget: budget }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CrmAuditError);
    expect((err as CrmAuditError).kind).toBe('data');
  });

  it('an oversized record is reported at its line and skipped, and the rows after it are read', async () => {
    const big = 'x'.repeat(5000);
    const p = tmpFile('big.csv', `a,b\n1,2\n3,"${big}"\n5,6\n`);
    const t = await readTable(p, { maxRecordBytes: 1024 });
    expect(t.rows).toEqual([['1', '2'], ['5', '6']]);
    expect(t.lines).toEqual([2, 4]);
    expect(t.input).toMatchObject({ rows: 2, skipped: 1 });
    expect(t.input.errors).toEqual([expect.objectContaining({ line: 3, code: 'record-too-large' })]);
    expect(t.input.errors[0]!.message).toMatch(/larger than 1 KiB; it was skipped and the rows after it were read/);
    expect(t.input.warnings.map((w) => w.code)).not.toContain('stopped-early');
  });

  it('after an oversized record of several lines, lines are still counted right (rows and malformed rows)', async () => {
    const cell = Array.from({ length: 40 }, () => 'y'.repeat(100)).join('\r\n');
    const p = tmpFile('lines.csv', `a,b\r\n1,"${cell}"\r\n2,ok\r\n3,x,extra\r\n4,"two\r\nlines"\r\n5,ok\r\n`);
    const t = await readTable(p, { maxRecordBytes: 1024 });
    expect(t.rows.map((r) => r[0])).toEqual(['2', '4', '5']);
    // the dropped record spans lines 2 to 41
    expect(t.lines).toEqual([42, 44, 46]);
    expect(t.input.errors).toEqual([
      expect.objectContaining({ line: 2, code: 'record-too-large' }),
      expect.objectContaining({ line: 43, code: 'ragged-row' }),
    ]);
  });

  it('a 5,000,000-character cell with the default limit: one row skipped, the next read', async () => {
    const p = tmpFile('h5000000.csv', `respondent,note\nP1,${'x'.repeat(5_000_000)}\nP2,I hate logging calls\n`);
    const t = await readTable(p);
    expect(t.rows).toEqual([['P2', 'I hate logging calls']]);
    expect(t.input).toMatchObject({ rows: 1, skipped: 1 });
    expect(t.input.errors).toEqual([expect.objectContaining({ line: 2, code: 'record-too-large' })]);
    expect(t.input.errors[0]!.message).toMatch(/larger than 2048 KiB/);
  });

  it('an oversized first row is refused: the file has no header to read', async () => {
    const p = tmpFile('head.csv', `${'h'.repeat(5000)},b\n1,2\n`);
    const err = await readTable(p, { maxRecordBytes: 1024 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CrmAuditError);
    expect(err).toMatchObject({ kind: 'usage', where: { line: 1 } });
  });

  it('an unclosed quote is reported at the line where its record starts, and the column where the quote opened', async () => {
    const p = tmpFile('q.csv', 'a,b\n1,2\n3,"x\ny"\n4,"never closed\n5,6\n');
    const t = await readTable(p);
    expect(t.rows).toEqual([['1', '2'], ['3', 'x\ny']]);
    expect(t.input.errors).toEqual([expect.objectContaining({ line: 5, column: 2, code: 'quote-not-closed' })]);
    // the column counts the record's fields, a multi-line one and a stray inner quote included
    const later = tmpFile('later.csv', 'a,b,c,d\n"one\ntwo",x"y,3,"open\n5,6,7,8\n');
    expect((await readTable(later)).input.errors).toEqual([expect.objectContaining({ line: 2, column: 4, code: 'quote-not-closed' })]);
  });

  it('every kind of input says the line and column of an unclosed quote, and so does the error that stops the run', async () => {
    const kinds = ['records', 'activities', 'logins', 'field-history', 'users', 'fields', 'interviews'] as const;
    const p = tmpFile('kinds.csv', 'Id,Name,Note\n1,Ann,ok\n2,"Ben,fine\n3,Cat,ok\n');
    for (const kind of kinds) {
      const t = await readTable(p, { kind });
      expect(t.input.errors, kind).toEqual([expect.objectContaining({ line: 3, column: 2, code: 'quote-not-closed' })]);
      for (const stop of [{ strict: true }, { errorBudget: { max: 0, used: 0 } }]) {
        const err = await readTable(p, { kind, ...stop }).catch((e: unknown) => e);
        expect(err, `${kind} ${JSON.stringify(stop)}`).toMatchObject({ kind: 'data', where: { line: 3, column: 2 } });
      }
    }
  });

  it('a huge unclosed quote is one error, charged once', async () => {
    const p = tmpFile('huge.csv', `a,b\n1,"open${'x'.repeat(5 * 1024 * 1024)}\n2,3\n`);
    const budget = { max: 10, used: 0 };
    const t = await readTable(p, { errorBudget: budget });
    expect(t.input.errors).toHaveLength(1);
    expect(t.input.errors[0]).toMatchObject({ line: 2, column: 2, code: 'record-too-large' });
    expect(t.input.errors[0]!.message).toMatch(/never closed/);
    expect(t.input.warnings.map((w) => w.code)).toContain('stopped-early');
    expect(budget.used).toBe(1);
    // where the quote opened: the third field, read in more chunks than one
    const third = tmpFile('third.csv', `a,b,c\n1,2,3\n4,x"y,"open${'x'.repeat(5000)}\n5,6,7\n`);
    expect((await readTable(third, { maxRecordBytes: 1024 })).input.errors).toEqual([
      expect.objectContaining({ line: 3, column: 3, code: 'record-too-large' }),
    ]);
  });

  it('a restart as Windows-1252 neither counts its own rows as duplicates nor charges errors twice', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `00T${String(i).padStart(15, '0')},Note ${i}`); // 18 characters, not Salesforce ids
    const text = `Id,Description\n${rows.join('\n')}\nbad,row,extra\n00TZZZ,caf\xe9\n`;
    const p = tmpFile('Task_1.csv', Buffer.from(text, 'latin1'));
    const seenIds = new Set<string>();
    const budget = { max: 10, used: 0 };
    const t = await readTable(p, { seenIds, errorBudget: budget });
    expect(t.input.encoding).toBe('windows-1252');
    expect(t.input.duplicates).toBe(0);
    expect(t.input.rows).toBe(3001);
    expect(budget.used).toBe(1);
    expect(seenIds.size).toBe(3001);
  });

  it('Salesforce 18-character ids fold to 15 only when their checksum says so', async () => {
    const { normalizeId } = await import('../../src/ingest/index.js');
    expect(normalizeId('006x0000001YtCrAAK')).toBe('006x0000001YtCr');
    expect(normalizeId('0057Q000041MCCHQA4')).toBe('0057Q000041MCCH');
    expect(normalizeId('0057Q000041MCChQAO')).toBe('0057Q000041MCCh');
    expect(normalizeId('00T000000000000123')).toBe('00T000000000000123');
    expect(normalizeId('abc')).toBe('abc');
  });

  it('--encoding utf-8 on bytes that are not UTF-8 is a usage error naming the file', async () => {
    await expect(readTable(join(REAL, 'edgecases/csvkit/test_latin1.csv'), { encoding: 'utf-8' })).rejects.toMatchObject({ kind: 'usage' });
  });

  it('a missing file is a usage error naming the file', async () => {
    await expect(readTable('/nonexistent/x.csv')).rejects.toMatchObject({ kind: 'usage', where: { file: '/nonexistent/x.csv' } });
  });
});

describe('headers and trailers', () => {
  it('blank and duplicate headers get unique names', async () => {
    const p = tmpFile('h.csv', 'Name,,Name,name\n1,2,3,4\n');
    const t = await readTable(p);
    expect(t.header).toEqual(['Name', 'Column 2', 'Name (2)', 'name (3)']);
  });

  it('a header cell with control whitespace is normalised', async () => {
    const t = await readTable(join(REAL, 'edgecases/csvkit/test_header_newline.csv'));
    expect(t.header[0]).toBe('start end');
  });

  it('the Salesforce report trailer is not counted as records', async () => {
    const t = await readTable(join(SYN, 'salesforce-report/opportunity-report.csv'));
    expect(t.input.rows).toBe(4);
    expect(t.input.trailerLines).toBe(3);
    expect(t.input.skipped).toBe(0);
  });

  it('a header-only file has no rows and says so', async () => {
    const t = await readTable(join(REAL, 'edgecases/salesforce-dataloader/hardDeleteEmptyCsvFileTemplate.csv'));
    expect(t.input.rows).toBe(0);
    expect(t.input.warnings.map((w) => w.code)).toContain('no-rows');
  });

  it('an empty file is read with a warning, not a crash', async () => {
    const t = await readTable(tmpFile('empty.csv', ''));
    expect(t.input.rows).toBe(0);
    expect(t.input.warnings.map((w) => w.code)).toContain('empty-file');
  });
});
