import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { identicalFiles } from '../../src/ingest/identical.js';

const dir = mkdtempSync(join(tmpdir(), 'crm-audit-identical-'));
const at = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('identicalFiles', () => {
  it('finds each file that repeats an earlier one byte for byte, and which one it repeats', async () => {
    const a = at('a.csv', 'note\nhello\n');
    const b = at('b.csv', 'note\nhello\n');
    const c = at('c.csv', 'note\nhellO\n'); // same size, other bytes
    const d = at('d.csv', 'note\nhello, world\n');
    const e = at('e.csv', 'note\nhello\n');
    expect(await identicalFiles([a, b, c, d, e])).toEqual([
      { copy: 1, of: 0, sameFile: false },
      { copy: 4, of: 0, sameFile: false },
    ]);
  });

  it('says when it is the very file, given twice through a link', async () => {
    const a = at('f.csv', 'note\nsame\n');
    const link = join(dir, 'link.csv');
    symlinkSync(a, link);
    expect(await identicalFiles([a, link])).toEqual([{ copy: 1, of: 0, sameFile: true }]);
  });

  it('never takes empty files or missing ones for copies', async () => {
    expect(await identicalFiles([at('e1.csv', ''), at('e2.csv', ''), join(dir, 'missing.csv'), join(dir, 'missing.csv')])).toEqual([]);
  });
});
