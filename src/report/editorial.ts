// The consultant's editorial control over the report (--editorial FILE): hide a finding, reword its title,
// add commentary under any section, and write their own key findings. The analysis itself is never changed:
// the score stays as computed, and the appendix lists every edit.
import { z } from 'zod';
import { loadJsonLocated } from '../config/load.js';
import { usageError, type Locate } from '../errors.js';
import type { AuditResult } from '../result/schema.js';
import { SECTION_IDS } from './text.js';

const text = z.string().trim().min(1).max(4000);
const paragraphs = z.union([text, z.array(text).min(1)]).describe('one paragraph, or a list of paragraphs');

export const FindingEdit = z
  .object({
    hide: z.boolean().optional().describe('leave this finding out of the report body (the appendix says so)'),
    title: z.string().trim().min(1).max(200).optional().describe('the title to show instead of the computed one'),
    commentary: paragraphs.optional().describe("the consultant's comment, shown under the finding"),
  })
  .strict();

export const RecommendationEdit = z
  .object({
    hide: z.boolean().optional(),
    title: z.string().trim().min(1).max(200).optional(),
    commentary: paragraphs.optional(),
  })
  .strict();

export const KeyFinding = z
  .object({
    title: z.string().trim().min(1).max(200),
    detail: z.string().trim().min(1).max(2000).optional(),
  })
  .strict();

export const Editorial = z
  .object({
    $schema: z.string().optional(),
    description: z.string().optional().describe('free text; ignored'),
    findings: z.record(z.string(), FindingEdit).optional().describe('audit id -> edit'),
    recommendations: z.record(z.string(), RecommendationEdit).optional().describe('recommendation id -> edit'),
    commentary: z
      .partialRecord(z.enum(SECTION_IDS), paragraphs)
      .optional()
      .describe(`section id (${SECTION_IDS.join(', ')}) -> commentary shown at the top of that section`),
    keyFindings: z
      .array(KeyFinding)
      .max(6)
      .optional()
      .describe("the consultant's own key findings, shown first in the executive summary"),
    replaceKeyFindings: z
      .boolean()
      .optional()
      .describe('true: show only your own key findings; false (default): the computed ones fill up to three'),
  })
  .strict();
export type Editorial = z.infer<typeof Editorial>;

export function paragraphsOf(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * Every id the editorial file names must exist in the analysis: a typo must not silently do nothing. `locate`
 * places a path of the file (the id's key) at file:line:column.
 */
export function checkEditorial(editorial: Editorial, result: AuditResult, locate: Locate = () => ({ file: 'editorial file' })): Editorial {
  const sections = [
    { key: 'findings', what: 'finding', ids: (result.audits ?? []).map((a) => a.id), named: 'finding ids are audit ids' },
    { key: 'recommendations', what: 'recommendation', ids: (result.recommendations ?? []).map((r) => r.id), named: 'recommendation ids' },
  ] as const;
  for (const { key, what, ids, named } of sections) {
    const known = new Set(ids);
    for (const id of Object.keys(editorial[key] ?? {})) {
      if (known.has(id)) continue;
      throw usageError(`the editorial file names a ${what} "${id}" that this analysis does not have`, {
        where: locate([key, id], 'key'),
        hint: `${named}: ${[...known].sort().join(', ') || 'none in this analysis'}`,
      });
    }
  }
  return editorial;
}

/** Load, validate and check an editorial file; `shown` is the path as the user gave it, for messages. */
export function loadEditorial(file: string, result: AuditResult, shown: string = file): Editorial {
  const { value, locate } = loadJsonLocated(Editorial, file, 'editorial', shown);
  return checkEditorial(value, result, locate);
}
