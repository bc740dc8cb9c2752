import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../src/config/load.js';

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
