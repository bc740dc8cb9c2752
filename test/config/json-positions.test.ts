import { describe, expect, it } from 'vitest';
import { lineColumn, nodeAt, scanJson, type JsonNode } from '../../src/config/json-positions.js';

function rootOf(text: string): JsonNode {
  const scan = scanJson(text);
  if (!scan.ok) throw new Error(`syntax error at ${scan.errorOffset}`);
  return scan.root;
}

/** line:column of the value at a path (or of its key), as a user would read it. */
function at(text: string, path: (string | number)[], part: 'value' | 'key' = 'value'): string {
  const { node, matched } = nodeAt(rootOf(text), path);
  expect(matched, `path ${path.join('.')}`).toBe(path.length);
  const { line, column } = lineColumn(text, part === 'key' ? node.key! : node.start);
  return `${line}:${column}`;
}

describe('scanJson: where each value and key starts', () => {
  const text = ['{', '  "a": {', '    "b": [10, {"c": true}],', '    "d": null', '  },', '  "e": "x"', '}'].join('\n');

  it('finds nested objects and arrays by path', () => {
    expect(at(text, [])).toBe('1:1');
    expect(at(text, ['a'])).toBe('2:8');
    expect(at(text, ['a'], 'key')).toBe('2:3');
    expect(at(text, ['a', 'b'])).toBe('3:10');
    expect(at(text, ['a', 'b', 0])).toBe('3:11');
    expect(at(text, ['a', 'b', 1])).toBe('3:15');
    expect(at(text, ['a', 'b', 1, 'c'])).toBe('3:21');
    expect(at(text, ['a', 'b', 1, 'c'], 'key')).toBe('3:16');
    expect(at(text, ['a', 'd'])).toBe('4:10');
    expect(at(text, ['e'])).toBe('6:8');
  });

  it('a path the text does not have stops at the deepest value it reaches', () => {
    const root = rootOf(text);
    expect(nodeAt(root, ['a', 'missing'])).toMatchObject({ matched: 1, node: { start: root.members!.get('a')!.start } });
    expect(nodeAt(root, ['a', 'b', 7]).matched).toBe(2);
    expect(nodeAt(root, ['e', 'deeper']).matched).toBe(1);
  });

  it('takes array indexes given as strings, as zod gives record keys', () => {
    expect(nodeAt(rootOf('[0, [1, 2]]'), ['1', '0']).matched).toBe(2);
  });

  it('is not fooled by braces, brackets, commas, colons and escaped quotes inside strings', () => {
    const tricky = '{"k{": "v}],:\\"{", "x": ["[", "]", "\\\\"], "y": 1}';
    expect(JSON.parse(tricky)).toBeTruthy();
    expect(at(tricky, ['y'])).toBe(`1:${tricky.indexOf('1}') + 1}`);
    expect(at(tricky, ['x', 2])).toBe(`1:${tricky.indexOf('"\\\\"') + 1}`);
    expect(at(tricky, ['k{'], 'key')).toBe('1:2');
  });

  it('matches keys written with escapes by what they mean', () => {
    const text = '{"caf\\u00e9": 1, "a\\"b": 2, "tab\\t": 3}';
    const root = rootOf(text);
    expect([...root.members!.keys()]).toEqual(['café', 'a"b', 'tab\t']);
    expect(at(text, ['a"b'])).toBe(`1:${text.indexOf('2') + 1}`);
  });

  it('records a key written twice, keeping the last as JSON.parse does', () => {
    const text = '{\n  "a": {"x": 1, "x": 2},\n  "b": 0,\n  "b": 3\n}';
    const scan = scanJson(text);
    if (!scan.ok) throw new Error('syntax');
    expect(scan.repeated.map((r) => ({ path: r.path, at: lineColumn(text, r.key), first: lineColumn(text, r.first) }))).toEqual([
      { path: ['a', 'x'], at: { line: 2, column: 17 }, first: { line: 2, column: 9 } },
      { path: ['b'], at: { line: 4, column: 3 }, first: { line: 3, column: 3 } },
    ]);
    expect(at(text, ['b'])).toBe('4:8');
    expect(JSON.parse(text).b).toBe(3);
  });

  it('an empty object or array, and scalars at the top', () => {
    expect(scanJson('{}')).toMatchObject({ ok: true, root: { start: 0 } });
    expect(scanJson(' []')).toMatchObject({ ok: true, root: { start: 1 } });
    for (const scalar of ['42', '-0.5e+3', '"s"', 'true', 'null']) expect(scanJson(scalar).ok, scalar).toBe(true);
  });
});

describe('scanJson: syntax errors', () => {
  it('gives the offset of the first error', () => {
    const bad = (text: string) => {
      const scan = scanJson(text);
      expect(scan.ok, text).toBe(false);
      expect(() => JSON.parse(text), text).toThrow();
      return scan.ok ? -1 : scan.errorOffset;
    };
    expect(bad('{"a": 1,}')).toBe(8);
    expect(bad('{"a" 1}')).toBe(5);
    expect(bad('["\\x"]')).toBe(2);
    expect(bad('["\\u12"]')).toBe(2);
    expect(bad('"a\nb"')).toBe(2);
    expect(bad('01')).toBe(1);
    expect(bad('{"a": 1} x')).toBe(9);
    expect(bad('')).toBe(0);
    expect(bad('"open')).toBe(5);
  });
});

describe('lineColumn: as an editor counts', () => {
  it('LF, CRLF and a lone CR each end a line', () => {
    const text = 'ab\ncd\r\nef\rgh';
    expect(lineColumn(text, text.indexOf('d'))).toEqual({ line: 2, column: 2 });
    expect(lineColumn(text, text.indexOf('e'))).toEqual({ line: 3, column: 1 });
    expect(lineColumn(text, text.indexOf('h'))).toEqual({ line: 4, column: 2 });
  });

  it('a tab is one column, and so is a character outside the BMP', () => {
    expect(lineColumn('\t\tx', 2)).toEqual({ line: 1, column: 3 });
    const text = '{"e": "😀😀", "n": 1}';
    expect(lineColumn(text, text.indexOf('1'))).toEqual({ line: 1, column: 18 });
    expect([...text.slice(0, text.indexOf("1"))].length + 1).toBe(18);
  });

  it('positions in a CRLF file with tabs match the line as split', () => {
    const text = '{\r\n\t"report": {\r\n\t\t"paper": "A3"\r\n\t}\r\n}\r\n';
    expect(at(text, ['report', 'paper'])).toBe('3:12');
    expect(text.split('\r\n')[2]!.slice(11)).toBe('"A3"');
  });
});
