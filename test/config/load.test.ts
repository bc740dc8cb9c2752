import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonErrorOffset, readJson } from '../../src/config/load.js';
import type { CrmAuditError } from '../../src/errors.js';

describe('JSON syntax errors are located', () => {
  it('finds the first bad offset', () => {
    expect(jsonErrorOffset('{"a": 1}')).toBe(8);
    const text = '{\n  "a": 1\n  "b": 2\n}';
    expect(text[jsonErrorOffset(text)]).toBe('"');
    expect(jsonErrorOffset('{"a": }')).toBe(6);
    expect(jsonErrorOffset('[1, 2,]')).toBe(6);
    expect(jsonErrorOffset('{"a": tru}')).toBe(6);
  });
  it('agrees with JSON.parse on what is valid', () => {
    for (const ok of ['{}', '[]', '{"a":[1,2,{"b":null}],"c":"x\\"y"}', '-1.5e3', 'true']) {
      expect(() => JSON.parse(ok)).not.toThrow();
      expect(jsonErrorOffset(ok)).toBe(ok.length);
    }
  });
});

describe('a comma before a closing brace or bracket', () => {
  const errorOf = (text: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-audit-json-'));
    const file = join(dir, 'config.json');
    writeFileSync(file, text);
    try {
      readJson(file, 'config', 'config.json');
    } catch (e) {
      return e as CrmAuditError;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    throw new Error('no error');
  };
  it('is pointed at, with the fix, in objects and arrays', () => {
    const obj = errorOf('{\n  "client": "X",\n  "thresholds": {},\n}\n');
    expect(obj.where).toMatchObject({ file: 'config.json', line: 3, column: 19 });
    expect(obj.hint).toMatch(/remove this comma/);
    const arr = errorOf('{"redact": ["a", "b" ,\n ]}');
    expect(arr.where).toMatchObject({ line: 1, column: 22 });
    expect(arr.hint).toMatch(/remove this comma/);
  });
  it('other syntax errors keep the usual hint', () => {
    const e = errorOf('{\n  "client": "X"\n  "thresholds": {}\n}');
    expect(e.where).toMatchObject({ line: 3, column: 3 });
    expect(e.hint).toMatch(/missing comma or quote/);
  });
});
