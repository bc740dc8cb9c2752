// Load and validate a JSON file (config, rules, editorial, answers, saved analysis) against a zod schema.
// Errors point at file:line:column for syntax, and at the JSON path for schema problems.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { usageError } from '../errors.js';

function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastNl = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastNl = i;
    }
  }
  return { line, column: offset - lastNl };
}

/**
 * Offset of the first JSON syntax error, found by a small scanner: Node's own message gives a position
 * for some errors only ("Unexpected token ... is not valid JSON" has none).
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const str = () => {
    if (text[i] !== '"') fail();
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text.charCodeAt(i) < 32) fail();
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        str();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail();
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail();
      }
    } else if (c === '"') str();
    else {
      const m = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i, i + 64));
      if (!m) fail();
      i += m![0].length;
    }
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
  } catch (at) {
    return typeof at === 'number' ? at : 0;
  }
  return text.length;
}

/** A first line of several delimited cells, and a second line like it: a CSV, not a broken JSON file. */
function looksLikeCsv(text: string): boolean {
  const lines = text.split(/\r\n|\n|\r/, 3).filter((l) => !/^sep=.$/i.test(l));
  const head = lines[0] ?? '';
  return [',', ';', '\t', '|'].some((d) => head.split(d).length >= 2 && (lines[1] === undefined || lines[1] === '' || lines[1].includes(d)));
}

export function readJsonText(file: string, what: string, shown: string = file): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw usageError(`cannot read the ${what} (${code === 'ENOENT' ? 'not found' : (code ?? 'unreadable')})`, {
      where: { file: shown },
      hint: 'check the path',
    });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch (e) {
    // Not JSON at all: a CSV export given where a JSON file goes (`report User.csv`) is said to be one.
    const first = text.trimStart()[0];
    if (first !== '{' && first !== '[' && looksLikeCsv(text)) {
      throw usageError(`this is a CSV file, not the JSON ${what}`, {
        where: { file: shown },
        hint:
          what === 'saved analysis'
            ? 'report and compare read the JSON written by `crm-audit analyze ... --format json --out analysis.json`; analyze reads the CSV'
            : `the ${what} is JSON; see \`crm-audit schema\``,
      });
    }
    const m = /position (\d+)/.exec(String((e as Error).message));
    const pos = lineColumnOf(text, m ? Number(m[1]) : jsonErrorOffset(text));
    throw usageError(`the ${what} is not valid JSON`, {
      where: { file: shown, ...pos },
      hint: 'fix the JSON syntax (a missing comma or quote is the usual cause)',
    });
  }
}

export function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length ? issue.path.map(String).join('.') : '(top level)';
  return `${path}: ${issue.message}`;
}

export function validate<S extends z.ZodType>(schema: S, data: unknown, file: string, what: string): z.infer<S> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more)` : '';
    throw usageError(`invalid ${what}: ${first ? describeIssue(first) : 'unknown problem'}${more}`, {
      where: { file },
      hint: `see \`crm-audit schema\` for the expected shape`,
    });
  }
  return parsed.data;
}

/** Read and validate a JSON file; `shown` is the path as the user gave it, for messages. */
export function loadJson<S extends z.ZodType>(schema: S, file: string, what: string, shown: string = file): z.infer<S> {
  return validate(schema, readJsonText(file, what, shown), shown, what);
}
