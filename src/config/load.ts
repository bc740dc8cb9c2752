// Load and validate a JSON file (config, rules, editorial, saved analysis) against a zod schema.
// Errors point at file:line:column, for syntax and for every schema problem (with its JSON path).
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { listedDetails, MAX_DETAILS, usageError, type Locate, type Where } from '../errors.js';
import { lineColumn, offsetAt, scanJson, type JsonNode, type RepeatedKey } from './json-positions.js';
import { schemaProblems, type Problem } from './schema-problems.js';

/** The JSON files crm-audit validates: how messages name each; the key is its `crm-audit schema` name. */
export const JSON_FILES = {
  config: 'config file',
  rules: 'rules file',
  editorial: 'editorial file',
  analysis: 'saved analysis',
  answers: 'answers file',
} as const;
export type JsonFile = keyof typeof JSON_FILES;

/**
 * Files written by hand, where a key written twice is a mistake to point out (JSON.parse would drop the first
 * silently). A saved analysis is written by crm-audit: its text is scanned only when it fails validation.
 */
const HAND_WRITTEN: ReadonlySet<JsonFile> = new Set(['config', 'rules', 'editorial', 'answers']);

/** Schema problems listed one a line under the error, at most this many, then "and N more". */
export const MAX_PROBLEMS_SHOWN = MAX_DETAILS;

/**
 * Offset of the first JSON syntax error (the text's length when there is none): Node's own message gives a
 * position for some errors only ("Unexpected token ... is not valid JSON" has none).
 */
export function jsonErrorOffset(text: string): number {
  try {
    const scan = scanJson(text);
    return scan.ok ? text.length : scan.errorOffset;
  } catch {
    return 0; // nested too deep for the scanner
  }
}

/**
 * The offset of a comma left before a closing brace or bracket, where the error is at that brace (`{"a": 1,}`):
 * the parser stops at the brace, but the mistake is the comma.
 */
function trailingComma(text: string, at: number): number | undefined {
  if (text[at] !== '}' && text[at] !== ']') return undefined;
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return text[i] === ',' ? i : undefined;
}

/** A first line of several delimited cells, and a second line like it: a CSV, not a broken JSON file. */
function looksLikeCsv(text: string): boolean {
  const lines = text.split(/\r\n|\n|\r/, 3).filter((l) => !/^sep=.$/i.test(l));
  const head = lines[0] ?? '';
  return [',', ';', '\t', '|'].some((d) => head.split(d).length >= 2 && (lines[1] === undefined || lines[1] === '' || lines[1].includes(d)));
}

/** Read and parse a JSON file: its text (without a byte-order mark) and its value. */
export function readJson(file: string, kind: JsonFile, shown: string = file): { text: string; data: unknown } {
  const what = JSON_FILES[kind];
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'not found' : code === 'EISDIR' ? 'a folder, not a file' : (code ?? 'unreadable');
    throw usageError(`cannot read the ${what} (${why})`, { where: { file: shown }, hint: 'check the path' });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return { text, data: JSON.parse(text) as unknown };
  } catch (e) {
    // Not JSON at all: a CSV export given where a JSON file goes (`report User.csv`) is said to be one.
    const first = text.trimStart()[0];
    if (first !== '{' && first !== '[' && looksLikeCsv(text)) {
      throw usageError(`this is a CSV file, not the JSON ${what}`, {
        where: { file: shown },
        hint:
          kind === 'analysis'
            ? 'report and compare read the JSON written by `crm-audit analyze ... --format json --out analysis.json`; analyze reads the CSV'
            : `the ${what} is JSON; see \`crm-audit schema\``,
      });
    }
    const m = /position (\d+)/.exec(String((e as Error).message));
    const at = m ? Number(m[1]) : jsonErrorOffset(text);
    const comma = trailingComma(text, at);
    throw usageError(`the ${what} is not valid JSON`, {
      where: { file: shown, ...lineColumn(text, comma ?? at) },
      hint: comma !== undefined ? 'remove this comma: JSON allows none before a closing } or ]' : 'fix the JSON syntax (a missing comma or quote is the usual cause)',
    });
  }
}

function positionsOf(text: string): { root: JsonNode; repeated: RepeatedKey[] } | undefined {
  try {
    const scan = scanJson(text);
    return scan.ok ? scan : undefined;
  } catch {
    return undefined; // nested too deep for the scanner: the problems are listed without places
  }
}

function problemsError(problems: readonly Problem[], file: string, kind: JsonFile, text: string | undefined) {
  const where = (p: Problem): Where => (p.offset === undefined || text === undefined ? { file } : { file, ...lineColumn(text, p.offset) });
  const hint = `see \`crm-audit schema ${kind}\` for the expected shape`;
  const invalid = `invalid ${JSON_FILES[kind]}`;
  const [first] = problems;
  if (problems.length === 1 && first) return usageError(`${invalid}: ${first.path}: ${first.message}`, { where: where(first), hint });
  const details = listedDetails(problems.map((p) => ({ where: where(p), message: `${p.path}: ${p.message}` })), MAX_PROBLEMS_SHOWN);
  return usageError(`${invalid}: ${problems.length} problems`, { where: { file }, hint, details });
}

/**
 * Validate parsed JSON against a schema. With the file's `text`, every problem is placed at its line and
 * column, and in a file written by hand a key written twice in one object is a problem too.
 */
export function validate<S extends z.ZodType>(schema: S, data: unknown, file: string, kind: JsonFile, text?: string): z.infer<S> {
  const parsed = schema.safeParse(data);
  const positions = text === undefined || (parsed.success && !HAND_WRITTEN.has(kind)) ? undefined : positionsOf(text);
  if (parsed.success && !positions?.repeated.length) return parsed.data;
  const issues = parsed.success ? [] : parsed.error.issues;
  throw problemsError(schemaProblems(schema, data, issues, { ...positions, text }), file, kind, text);
}

/** Read and validate a JSON file; `shown` is the path as the user gave it, for messages. */
export function loadJson<S extends z.ZodType>(schema: S, file: string, kind: JsonFile, shown: string = file): z.infer<S> {
  return loadJsonLocated(schema, file, kind, shown).value;
}

/**
 * Read and validate a JSON file, and say where its members stand: for the checks that follow the schema's (an
 * audit id in `weights`, a finding id in the editorial file), whose errors are placed at file:line:column too.
 */
export function loadJsonLocated<S extends z.ZodType>(schema: S, file: string, kind: JsonFile, shown: string = file): { value: z.infer<S>; locate: Locate } {
  const { text, data } = readJson(file, kind, shown);
  const value = validate(schema, data, shown, kind, text);
  const locate: Locate = (path, part = 'value') => {
    const root = positionsOf(text)?.root;
    return root ? { file: shown, ...lineColumn(text, offsetAt(root, path, part)) } : { file: shown };
  };
  return { value, locate };
}
