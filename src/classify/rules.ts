// Consultant rules: compiled from a JSON rules file or from the edited review sheet of `classify --format csv`.
import { extname } from 'node:path';
import { readFileSync } from 'node:fs';
import { loadJson, validate } from '../config/load.js';
import { RulesFile } from '../config/rules-schema.js';
import type { CrmId } from '../ingest/types.js';
import type { Card, FieldDescriptor } from './types.js';
import { readReviewSheet } from './review-sheet.js';

export interface Matcher {
  /** as written in the rules file, for reasons */
  source: string;
  test(value: string): boolean;
}

export interface CompiledRule {
  card: Card;
  reason: string;
  name?: Matcher;
  label?: Matcher;
  object?: Matcher;
  crm?: CrmId;
  /** where the rule was written: `rules.json rule 3` or `review.csv:12` */
  where: string;
  /** a review-sheet row confirms or corrects one field; a JSON rule is a pattern */
  origin: 'rules-file' | 'review-sheet';
}

export interface Rules {
  file: string;
  rules: CompiledRule[];
}

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (const ch of glob) {
    if (ch === '*') re += '.*';
    else if (ch === '?') re += '.';
    else re += ch.replace(/[.+^${}()|[\]\\/-]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'is');
}

/** A glob (`*`, `?`, case-insensitive, whole value) or `/regex/flags`. */
export function compilePattern(pattern: string): Matcher {
  const m = /^\/(.+)\/([imsu]*)$/s.exec(pattern);
  const re = m ? new RegExp(m[1] as string, m[2]) : globToRegExp(pattern.trim());
  return { source: pattern, test: (v) => re.test(v) };
}

/** Exact, case-insensitive (review-sheet rows name one field). */
export function exactMatcher(value: string): Matcher {
  const want = value.trim().toLowerCase();
  return { source: value, test: (v) => v.trim().toLowerCase() === want };
}

/** The first rule that matches the field, or null. A rule with an object pattern needs the field's object. */
export function matchRule(rules: Rules | undefined, d: FieldDescriptor): CompiledRule | null {
  if (!rules) return null;
  for (const r of rules.rules) {
    if (r.crm && d.crm && r.crm !== d.crm) continue;
    if (r.crm && !d.crm) continue;
    if (r.name && !r.name.test(d.name)) continue;
    if (r.label && !r.label.test(d.label ?? '')) continue;
    if (r.object && !r.object.test(d.object ?? '')) continue;
    return r;
  }
  return null;
}

function compileRulesFile(file: string, data: RulesFile): Rules {
  const shown = file;
  return {
    file,
    rules: data.rules.map((r, i) => {
      const rule: CompiledRule = { card: r.card, reason: r.reason, where: `${shown} rule ${i + 1}`, origin: 'rules-file' };
      if (r.name !== undefined) rule.name = compilePattern(r.name);
      if (r.label !== undefined) rule.label = compilePattern(r.label);
      if (r.object !== undefined) rule.object = compilePattern(r.object);
      if (r.crm !== undefined) rule.crm = r.crm;
      return rule;
    }),
  };
}

/** Validate a parsed rules object (from JSON) and compile it. */
export function rulesFromObject(data: unknown, file = 'rules'): Rules {
  return compileRulesFile(file, validate(RulesFile, data, file, 'rules'));
}

function looksLikeJson(file: string): boolean {
  const ext = extname(file).toLowerCase();
  if (ext === '.json') return true;
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return false;
  try {
    const head = readFileSync(file).subarray(0, 64).toString('utf8').replace(/^\uFEFF/, '').trimStart();
    return head.startsWith('{');
  } catch {
    return true; // loadJson reports the unreadable file
  }
}

/**
 * Load consultant rules: a JSON rules file (see `crm-audit schema rules`), or the edited review sheet of
 * `crm-audit classify --format csv` (each row sets the card of one field). `shownAs` is the path used in
 * reasons and errors (relative to the working directory).
 */
export async function loadRules(file: string, shownAs: string = file): Promise<Rules> {
  if (looksLikeJson(file)) {
    const data = loadJson(RulesFile, file, 'rules', shownAs);
    return compileRulesFile(shownAs, data);
  }
  const rows = await readReviewSheet(file, shownAs);
  return {
    file: shownAs,
    rules: rows.map((row) => {
      const rule: CompiledRule = {
        card: row.card,
        reason: row.reasons,
        name: exactMatcher(row.name),
        where: `${shownAs}:${row.line}`,
        origin: 'review-sheet',
      };
      if (row.object) rule.object = exactMatcher(row.object);
      return rule;
    }),
  };
}
