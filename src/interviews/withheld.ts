// Why the reps' voice withholds something (quotes, stances, every figure), in words: the terminal, the report (Markdown,
// HTML, PDF) and the audits all say it so.
import type { InterviewsResult } from '../result/schema.js';

/**
 * Which part of the quoting rule no note met (analyze.ts, `quoteable`): the whole set, or every shown team or role,
 * too small; a set without respondents, whose notes are never quoted; else no note met it (too short or too long
 * for a quote, or holding markup). `k` is the minimum group size for a quote (settings.minQuoteGroupSize).
 */
export function whyNoQuotes(r: Pick<InterviewsResult, 'respondents' | 'groups'>, k: number): string {
  const rule = `a note is quoted only when the whole set, and the speaker's team and role, each hold ${k} or more respondents`;
  if (r.respondents === 0) return `${rule}, and only when the notes say who spoke; these notes name no respondent`;
  if (r.respondents < k) return `${rule}; there ${r.respondents === 1 ? 'is 1 respondent' : `are ${r.respondents} respondents`} in all`;
  const short: string[] = [];
  for (const b of ['team', 'role'] as const) {
    const sizes = r.groups.filter((g) => g.breakdown === b).map((g) => g.respondents);
    if (sizes.length > 0 && sizes.every((n) => n < k)) short.push(`no ${b} holds ${k} or more (the largest ${Math.max(...sizes)})`);
  }
  return short.length ? `${rule}; ${short.join(', and ')}` : `${rule}; no note met it`;
}

/**
 * Why no figure of the notes is given (`figuresHidden`), as every output says it: too few respondents in all, or
 * enough of them but too few with notes that could be scored (`withStance`, the others wrote in another language).
 */
export function whyNoFigures(r: Pick<InterviewsResult, 'respondents' | 'withStance'>, minGroupSize: number): string {
  const n = r.withStance;
  if (r.respondents >= minGroupSize && n !== undefined && n < minGroupSize) {
    return `figures are given only when ${minGroupSize} respondents or more wrote notes that could be scored, so that no one's view can be told apart; ${n} of the ${r.respondents} respondents did (the others wrote in another language)`;
  }
  return `figures are given only from ${minGroupSize} respondents or more, so that no one's view can be told apart; there ${r.respondents === 1 ? 'is 1 respondent' : `are ${r.respondents} respondents`} in all`;
}

/**
 * Why no stance is counted (`stancesHidden`), as the terminal, the report and the audit say it: fewer respondents
 * have a stance than a group may hold, and the client knows who was interviewed. It says how many have one
 * (`withStance`) of how many in all; an analysis saved before `withStance` was kept says what it can. When nobody
 * has one (every respondent wrote in another language, or the notes name no respondent), it says why instead.
 */
export function whyNoStances(r: Pick<InterviewsResult, 'respondents' | 'withStance'>, minGroupSize: number): string {
  const rule = `stances are counted only when ${minGroupSize} or more respondents have one, so that no one's view can be told apart`;
  const n = r.withStance;
  // nobody has a stance: no rule withheld it, so the words say why there is none
  if (r.respondents === 0) return "these notes name no respondent, and a stance is a respondent's";
  if (n === 0) {
    return r.respondents === 1
      ? 'the only respondent has none: a stance is read from notes that could be scored, and they wrote in another language'
      : `no respondent has one, of ${r.respondents} in all: a stance is read from notes that could be scored, and they all wrote in another language`;
  }
  if (n === undefined) {
    if (r.respondents >= minGroupSize) return `${rule}; fewer of the ${r.respondents} respondents wrote notes that could be scored (the others in another language)`;
    return `${rule}; there ${r.respondents === 1 ? 'is 1 respondent' : `are ${r.respondents} respondents`} in all`;
  }
  if (n < r.respondents) return `${rule}; ${n} ${n === 1 ? 'respondent has' : 'respondents have'} one, of ${r.respondents} in all (the others wrote in another language)`;
  return `${rule}; ${n === 1 ? 'the only respondent has one' : n === 2 ? 'both respondents have one' : `all ${n} respondents have one`}`;
}
