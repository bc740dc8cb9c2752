// Where things are in a JSON text. A small scanner records, for every value, the offset where it starts (and
// where its key starts, for an object member), so that a schema problem found at a JSON path (themes.0.id) can
// be shown at file:line:column. The same pass finds the first syntax error and keys written twice in one object.

/** A value in the text: offsets are UTF-16 indexes into the text the scanner was given. */
export interface JsonNode {
  start: number;
  /** where the member's key (its opening quote) starts, for a value inside an object */
  key?: number;
  /** an object's members; of a key written twice, the last, as JSON.parse keeps it */
  members?: Map<string, JsonNode>;
  items?: JsonNode[];
}

/** A key written a second time in one object: JSON.parse keeps the last value and drops the first silently. */
export interface RepeatedKey {
  path: (string | number)[];
  /** offset of the repeated key */
  key: number;
  /** offset of its first occurrence */
  first: number;
}

export type JsonScan = { ok: true; root: JsonNode; repeated: RepeatedKey[] } | { ok: false; errorOffset: number };

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

class SyntaxAt {
  constructor(readonly offset: number) {}
}

/**
 * Scan a JSON text (without its byte-order mark): the tree of positions, or the offset of the first syntax
 * error. A nesting too deep for the call stack throws a RangeError, as a recursive parser would.
 */
export function scanJson(text: string): JsonScan {
  let i = 0;
  const repeated: RepeatedKey[] = [];
  const path: (string | number)[] = [];
  const fail = (): never => {
    throw new SyntaxAt(i);
  };
  const ws = () => {
    for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(++i));
  };
  const sticky = (re: RegExp): boolean => {
    re.lastIndex = i;
    if (!re.test(text)) return false;
    i = re.lastIndex;
    return true;
  };
  const string = (): string => {
    const start = i;
    if (text[i] !== '"') fail();
    i++;
    let escaped = false;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 34) break; // "
      if (Number.isNaN(c) || c < 32) fail();
      if (c === 92) {
        if (!sticky(ESCAPE)) fail();
        escaped = true;
      } else i++;
    }
    i++;
    return escaped ? (JSON.parse(text.slice(start, i)) as string) : text.slice(start + 1, i - 1);
  };
  // After a member or an item: a comma goes on (true), the closing bracket ends the container (false).
  const next = (close: string): boolean => {
    ws();
    if (text[i] === ',') {
      i++;
      return true;
    }
    if (text[i] !== close) fail();
    i++;
    return false;
  };
  const value = (key?: number): JsonNode => {
    ws();
    const node: JsonNode = key === undefined ? { start: i } : { start: i, key };
    const c = text[i];
    if (c === '{') {
      const members = (node.members = new Map<string, JsonNode>());
      i++;
      ws();
      if (text[i] === '}') i++;
      else
        do {
          ws();
          const keyAt = i;
          const name = string();
          ws();
          if (text[i] !== ':') fail();
          i++;
          path.push(name);
          const member = value(keyAt);
          const before = members.get(name);
          if (before) repeated.push({ path: [...path], key: keyAt, first: before.key ?? before.start });
          path.pop();
          members.set(name, member);
        } while (next('}'));
    } else if (c === '[') {
      const items: JsonNode[] = (node.items = []);
      i++;
      ws();
      if (text[i] === ']') i++;
      else
        do {
          path.push(items.length);
          items.push(value());
          path.pop();
        } while (next(']'));
    } else if (c === '"') string();
    else if (!sticky(NUMBER) && !sticky(LITERAL)) fail();
    return node;
  };
  try {
    const root = value();
    ws();
    if (i < text.length) fail();
    return { ok: true, root, repeated };
  } catch (e) {
    if (e instanceof SyntaxAt) return { ok: false, errorOffset: e.offset };
    throw e;
  }
}

/**
 * The node a path leads to, or the deepest one it reaches (`matched` path elements): a key the text does not
 * have stops at the object that lacks it.
 */
export function nodeAt(root: JsonNode, path: readonly PropertyKey[]): { node: JsonNode; matched: number } {
  let node = root;
  let matched = 0;
  for (const seg of path) {
    const child = node.items ? node.items[Number(seg)] : node.members?.get(String(seg));
    if (!child) break;
    node = child;
    matched++;
  }
  return { node, matched };
}

/** Offset of the value at a path, or with `part: 'key'` of its key; the deepest enclosing value when the text has no such path. */
export function offsetAt(root: JsonNode, path: readonly PropertyKey[], part: 'value' | 'key' = 'value'): number {
  const { node, matched } = nodeAt(root, path);
  return part === 'key' && matched === path.length ? (node.key ?? node.start) : node.start;
}

/**
 * 1-based line and column of an offset, as an editor shows them: CRLF, LF and a lone CR each end a line, and
 * the column counts characters (a tab is one, a character outside the BMP is one, not two UTF-16 units).
 */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      column = 1;
    } else if (c !== 13 && !(c >= 0xdc00 && c <= 0xdfff && i > 0 && isHighSurrogate(text.charCodeAt(i - 1)))) column++;
  }
  return { line, column };
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
