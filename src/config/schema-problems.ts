// Zod's issues with a JSON file, worded for the person editing it and placed in the text: a wrong value at
// the value, a missing key at the object that lacks it, an unknown key at the key, a key written twice at its
// second occurrence. Messages speak of shape only (expected type, allowed keys and values), never echo a value.
import type { z } from 'zod';
import { lineColumn, offsetAt, type JsonNode, type RepeatedKey } from './json-positions.js';

/**
 * Key schemas of records whose keys may be the client's data (an owner's name): a path shows such a key as
 * `<label>`, never the key itself. Register the key schema: `personalKeys.set(OwnerKey, 'owner')`.
 */
export const personalKeys = new WeakMap<z.ZodType, string>();

export interface Problem {
  /** where in the text (a UTF-16 offset); undefined when the text's positions are not known */
  offset: number | undefined;
  /** the JSON path as shown: themes.0.id, (top level) */
  path: string;
  message: string;
}

// The parts of zod's schema definitions that a path walk needs (zod/v4/core `_zod.def`).
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
  getter?: () => z.ZodType;
  entries?: Record<string, string | number>;
}
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under optional, nullable, default, lazy and pipe (a transform's input). */
function unwrap(s: z.ZodType): Def {
  for (let d = defOf(s); ; d = defOf(s)) {
    const inner = d.innerType ?? (d.type === 'pipe' ? d.in : undefined) ?? d.getter?.();
    if (!inner) return d;
    s = inner;
  }
}

function childOf(s: z.ZodType | undefined, seg: PropertyKey): z.ZodType | undefined {
  if (!s) return undefined;
  const d = unwrap(s);
  if (d.type === 'object') return d.shape?.[String(seg)];
  if (d.type === 'array') return d.element;
  if (d.type === 'record') return d.valueType;
  if (d.type === 'union') return (d.options ?? []).map((o) => childOf(o, seg)).find((c) => c !== undefined);
  return undefined;
}

function schemaAt(s: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  return path.reduce<z.ZodType | undefined>((at, seg) => childOf(at, seg), s);
}

/** The keys an object (or a record keyed by an enumeration) takes. */
function allowedKeys(s: z.ZodType | undefined): string[] {
  if (!s) return [];
  const d = unwrap(s);
  if (d.type === 'object') return Object.keys(d.shape ?? {});
  const keys = d.type === 'record' && d.keyType ? unwrap(d.keyType) : undefined;
  return keys?.type === 'enum' ? Object.values(keys.entries ?? {}).map(String) : [];
}

const MAX_KEYS_LISTED = 12;
const listed = (keys: readonly string[]) =>
  keys.length > MAX_KEYS_LISTED ? `${keys.slice(0, MAX_KEYS_LISTED).join(', ')} and ${keys.length - MAX_KEYS_LISTED} more` : keys.join(', ');

const MAX_KEY = 40;
function keyLabel(key: string): string {
  const chars = [...key];
  const short = chars.length > MAX_KEY ? `${chars.slice(0, MAX_KEY - 1).join('')}…` : key;
  return /^[\w$-]+$/.test(key) ? short : JSON.stringify(short);
}

/** A path as shown: dotted, array indexes as numbers, a personal record key as `<owner>`. */
export function pathLabel(schema: z.ZodType, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let at: z.ZodType | undefined = schema;
  for (const seg of path) {
    const d = at && unwrap(at);
    const personal = d?.type === 'record' && d.keyType ? personalKeys.get(d.keyType) : undefined;
    parts.push(personal ? `<${personal}>` : typeof seg === 'number' ? String(seg) : keyLabel(String(seg)));
    at = childOf(at, seg);
  }
  return parts.length ? parts.join('.') : '(top level)';
}

/** True when the path names a key its object does not have (as opposed to a key given as null). */
function isMissing(data: unknown, path: readonly PropertyKey[]): boolean {
  let parent = data;
  for (const seg of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return false;
    parent = (parent as Record<PropertyKey, unknown>)[seg];
  }
  const last = path[path.length - 1];
  return last !== undefined && parent !== null && typeof parent === 'object' && !Array.isArray(parent) && !Object.hasOwn(parent, last);
}

/** Zod's message without its "Invalid input: " opening; a union of plain types says which types it takes. */
function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_union') {
    const branches = issue.errors.map((e) => (e.length === 1 && e[0]?.code === 'invalid_type' && e[0].path.length === 0 ? e[0] : undefined));
    const received = /received (\w+)$/.exec(branches[0]?.message ?? '')?.[1];
    if (received && branches.every((b) => b !== undefined)) {
      const expected = branches.map((b) => b!.expected);
      return `expected ${expected.slice(0, -1).join(', ')} or ${expected[expected.length - 1]}, received ${received}`;
    }
  }
  return issue.message.replace(/^Invalid (input|option): /, '');
}

const offsetOf = (root: JsonNode | undefined, path: readonly PropertyKey[], part?: 'value' | 'key'): number | undefined =>
  root && offsetAt(root, path, part);

/**
 * Every problem of a JSON file, in the order of the text: zod's issues against `schema`, and keys written
 * twice in one object. `root` and `text` come from scanJson; without them the problems keep zod's order and
 * have no offset.
 */
export function schemaProblems(
  schema: z.ZodType,
  data: unknown,
  issues: readonly z.core.$ZodIssue[],
  located: { root?: JsonNode; text?: string; repeated?: readonly RepeatedKey[] } = {},
): Problem[] {
  const { root, text } = located;
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeys(schemaAt(schema, issue.path));
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        problems.push({
          offset: offsetOf(root, path, 'key'),
          path: pathLabel(schema, path),
          message: allowed.length ? `unknown key; allowed here: ${listed(allowed)}` : 'unknown key',
        });
      }
    } else if (issue.code === 'invalid_type' && isMissing(data, issue.path)) {
      problems.push({ offset: offsetOf(root, issue.path.slice(0, -1)), path: pathLabel(schema, issue.path), message: `missing (expected ${issue.expected})` });
    } else {
      problems.push({ offset: offsetOf(root, issue.path), path: pathLabel(schema, issue.path), message: messageOf(issue) });
    }
  }
  for (const r of located.repeated ?? []) {
    const first = text === undefined ? undefined : lineColumn(text, r.first);
    const where = first ? ` (first at line ${first.line}, column ${first.column})` : '';
    problems.push({ offset: r.key, path: pathLabel(schema, r.path), message: `key given twice in one object${where}; only the last one would count` });
  }
  // a stable sort: problems at one place keep zod's order; those without a place come last
  const place = (p: Problem) => p.offset ?? Number.MAX_SAFE_INTEGER;
  return problems.sort((a, b) => place(a) - place(b));
}
