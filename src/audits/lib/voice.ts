// Helpers for the voice audits: theme shares and a representative quote, read from the interviews member.
// Quotes there are already redacted and come only from groups large enough (src/interviews enforces it).
import type { Dataset, InterviewsResult } from '../../result/schema.js';
import { count, pct, plural, r4 } from './util.js';
import { whyNoFigures } from '../../interviews/withheld.js';
import { minGroupSizeOf } from '../../config/config-schema.js';

/** Share of scored notes carrying a theme (0 when the theme was not found). */
export function themeShare(iv: InterviewsResult, id: string): number {
  return iv.themes.find((t) => t.id === id)?.share ?? 0;
}

export function themeCount(iv: InterviewsResult, id: string): number {
  return iv.themes.find((t) => t.id === id)?.count ?? 0;
}

export function quoteFor(iv: InterviewsResult, id: string): string | null {
  return iv.quotes.find((q) => q.theme === id)?.text ?? null;
}

export function voiceNotApplicable(d: Dataset): string | null {
  const iv = d.interviews;
  if (!iv || iv.notes === 0) return 'no interview, focus-group or workshop notes were given';
  if (iv.figuresHidden) return whyNoFigures(iv, minGroupSizeOf(d.settings));
  return iv.scored === 0 ? 'no note could be scored (none in English)' : null;
}

/**
 * Evidence of a theme-share audit: the summary, the metrics and a table of the themes it reads. The summary leads
 * with the share that decides the risk: `${share} of the N scored notes, from R respondents, ${verb} (count)`, where
 * `share` is the first theme's unless the caller gives the deciding share (a weighted one) and its count.
 */
export function themeEvidence(
  iv: InterviewsResult,
  ids: readonly string[],
  verb: string,
  deciding?: { share: number; note: string },
) {
  const rows = ids.map((id) => [id, themeCount(iv, id), r4(themeShare(iv, id))]);
  const quote = ids.map((id) => quoteFor(iv, id)).find((q) => q !== null) ?? null;
  const first = ids[0] ?? '';
  // the respondents are those of all the scored notes, not of the notes counted in brackets
  const from = `of the ${count(iv.scored)} scored notes, from ${plural(iv.respondents, 'respondent')},`;
  const lead = deciding
    ? `A weighted ${pct(deciding.share)} ${from} ${verb} (${deciding.note})`
    : `${pct(themeShare(iv, first))} ${from} ${verb} (${plural(themeCount(iv, first), 'note')})`;
  return {
    summary: `${lead}.`,
    metrics: {
      notes: iv.notes,
      scoredNotes: iv.scored,
      respondents: iv.respondents,
      ...Object.fromEntries(ids.map((id) => [`share:${id}`, r4(themeShare(iv, id))])),
      quote,
    },
    table: { columns: ['theme', 'notes', 'share of notes'], rows },
  };
}
