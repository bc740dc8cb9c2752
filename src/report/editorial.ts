// The consultant's editorial control over the report (--editorial FILE): hide a finding, reword its title,
// add commentary under any section, and write their own key findings. The analysis itself is never changed:
// the score stays as computed, and the appendix lists every edit.
import { z } from 'zod';
import { loadJson } from '../config/load.js';
import { usageError } from '../errors.js';
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

/** Every id the editorial file names must exist in the analysis: a typo must not silently do nothing. */
export function checkEditorial(editorial: Editorial, result: AuditResult, file = 'editorial file'): Editorial {
  const audits = new Set((result.audits ?? []).map((a) => a.id));
  for (const id of Object.keys(editorial.findings ?? {})) {
    if (!audits.has(id)) {
      const known = [...audits].sort().join(', ') || 'none in this analysis';
      throw usageError(`the editorial file names a finding "${id}" that this analysis does not have`, {
        where: { file },
        hint: `finding ids are audit ids: ${known}`,
      });
    }
  }
  const recs = new Set((result.recommendations ?? []).map((r) => r.id));
  for (const id of Object.keys(editorial.recommendations ?? {})) {
    if (!recs.has(id)) {
      const known = [...recs].sort().join(', ') || 'none in this analysis';
      throw usageError(`the editorial file names a recommendation "${id}" that this analysis does not have`, {
        where: { file },
        hint: `recommendation ids: ${known}`,
      });
    }
  }
  return editorial;
}

/** Load, validate and check an editorial file; `shown` is the path as the user gave it, for messages. */
export function loadEditorial(file: string, result: AuditResult, shown: string = file): Editorial {
  return checkEditorial(loadJson(Editorial, file, 'editorial', shown), result, shown);
}
