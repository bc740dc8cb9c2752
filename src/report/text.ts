// The report's own words: section titles, labels of the contract's enumerations, the glossary and the method.
// Findings are data; the wording lives here, in one place, for every format (DESIGN.md section 7, example 2).
import type { z } from 'zod';
import type { Band, CategoryId, Phase, Situation } from '../result/schema.js';
import { ROADMAP, evidenceBesideNotes, type Evidence } from '../recommend/index.js';
import { THEMES } from '../interviews/lexicon.js';

type BandId = z.infer<typeof Band>;
type CategoryKey = z.infer<typeof CategoryId>;
type PhaseId = z.infer<typeof Phase>;
type SituationId = z.infer<typeof Situation>;

export const SECTION_IDS = [
  'summary',
  'scorecard',
  'fields',
  'usage',
  'voice',
  'readiness',
  'roadmap',
  'appendix',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const SECTION_TITLES: Record<SectionId, string> = {
  summary: 'Executive summary',
  scorecard: 'Scorecard',
  fields: 'Field inventory',
  usage: 'Usage',
  voice: "The reps' voice",
  readiness: 'Readiness',
  roadmap: 'Roadmap',
  appendix: 'Appendix',
};

export const SECTION_BLURBS: Record<SectionId, string> = {
  summary: 'The score, the three findings that matter most, and where to start',
  scorecard: 'Every check, by category, with its evidence',
  fields: 'High Card and Low Card fields, how full, how honest',
  usage: 'Who uses the CRM, how often, and how current it is',
  voice: 'Themes, sentiment and quotes from interviews and workshops',
  readiness: "The questionnaire's answers, question by question",
  roadmap: 'The recommendations, phase by phase',
  appendix: 'Method, weights, data sources and quality, glossary',
};

/** The reps' voice in the contents when no note could be quoted. */
export const VOICE_BLURB_NO_QUOTES = 'Themes and sentiment from interviews and workshops';

export const REPORT_TITLE = 'CRM adoption audit';
/** How running text names a client whose name was not given ("Prepared for the client only"). */
export const UNNAMED_CLIENT = 'the client';

/** What hiding a finding (--editorial) does, as the appendix says it. */
export const HIDDEN_RULE =
  'The score is as computed: hidden findings still count in it, but nowhere else: not in the counts of checks, and not in the recommendations, which are written without them.';
export const CONFIDENTIAL = 'Confidential';
/** The mark of a report made with --name-users: real names, for internal use only. */
export const CONFIDENTIAL_NAMED = 'Internal \u2014 contains names';

/** What the cover and the Markdown say about how people appear, with and without --name-users. */
export const PRIVACY_TEXT = {
  pseudonyms: 'People appear under pseudonyms, and no finding identifies an individual.',
  named:
    'Users and respondents appear under their real names (made with --name-users). For internal use only: do not pass it on to the people named or outside the project.',
} as const;

export const SITUATION_LABELS: Record<SituationId, { label: string; state: string; assumed: string }> = {
  'pre-implementation': { label: 'Before implementation', state: 'The CRM is still being planned', assumed: 'still being planned' },
  'in-progress': { label: 'Implementation in progress', state: 'The CRM is being rolled out', assumed: 'being rolled out' },
  'post-implementation': { label: 'After implementation', state: 'The CRM has been live for some time', assumed: 'live' },
};

/** The situation as the cover names it; "(assumed)" when nothing supplied told it. */
export function situationLabel(situation: SituationId, assumed = false): string {
  return `${SITUATION_LABELS[situation].label}${assumed ? ' (assumed)' : ''}`;
}

/**
 * The summary's opening sentence: the situation, and the evidence the audit rests on, naming only what was
 * supplied ("... so this audit reads what the CRM actually records; no interview or workshop notes were given.").
 */
export function situationLead(situation: SituationId, e: Evidence, assumed = false): string {
  const besides = evidenceBesideNotes(e, situation);
  const voice = 'what the reps told us';
  if (assumed) {
    // nothing told the situation: say so, and which one the report is written for
    const first = `Nothing supplied says whether the CRM is in use yet, so this report treats it as ${SITUATION_LABELS[situation].assumed} (give --situation to say otherwise).`;
    if (besides && e.notes) return `${first} This audit reads ${besides} beside ${voice}.`;
    if (besides) return `${first} This audit rests on ${besides}; no interview or workshop notes were given.`;
    if (e.notes) return `${first} This audit rests on ${voice} alone.`;
    return `${first} No evidence was supplied for this audit.`;
  }
  const state = SITUATION_LABELS[situation].state;
  if (besides && e.notes) return `${state}, so this audit reads ${besides} beside ${voice}.`;
  if (besides) return `${state}, so this audit rests on ${besides}; no interview or workshop notes were given.`;
  if (e.notes) return `${state}, so this audit rests on ${voice} alone.`;
  return `${state}; no evidence was supplied for this audit.`;
}

/** What a band means, live (in use or being rolled out) and before implementation, when nothing is in use yet. */
export const BAND_LABELS: Record<BandId, { label: string; meaning: string; planned: string }> = {
  low: {
    label: 'Low risk',
    meaning: 'Adoption is on track; keep the habits that got it there.',
    planned: 'The plan gives the CRM a good start; keep the reps involved while it is built.',
  },
  moderate: {
    label: 'Moderate risk',
    meaning: 'Adoption holds, with gaps that will widen if left alone.',
    planned: 'The plan can work, with gaps that will cost adoption if they are built in.',
  },
  high: {
    label: 'High risk',
    meaning: 'The CRM is used under pressure rather than by choice; the data cannot be trusted yet.',
    planned: 'As planned, the CRM is likely to be used under pressure rather than by choice; change the plan before it is built.',
  },
  critical: {
    label: 'Critical risk',
    meaning: 'The CRM is resisted; a relaunch, or a decision about the tool, is due.',
    planned: 'As planned, the CRM is likely to be resisted; rethink the design before building it.',
  },
};

/** The band's meaning for the situation: before implementation nothing is in use, so none speaks of use. */
export function bandMeaning(band: BandId, situation: SituationId): string {
  return situation === 'pre-implementation' ? BAND_LABELS[band].planned : BAND_LABELS[band].meaning;
}

export const BAND_RANGES: Record<BandId, string> = {
  low: 'under 25',
  moderate: '25 to 49',
  high: '50 to 74',
  critical: '75 and above',
};

export const CATEGORY_TEXT: Record<CategoryKey, { title: string; question: string }> = {
  controls: { title: 'Low Card burden', question: 'How much does the CRM ask reps to record only so that they can be checked?' },
  value: { title: 'High Card value', question: 'What does a rep get out of the CRM that helps them sell?' },
  usage: { title: 'Usage and engagement', question: 'Who uses the CRM, how often, and how current is what it holds?' },
  voice: { title: "The reps' voice", question: 'What do the people who must use it say about it?' },
  readiness: { title: 'Readiness', question: 'Is the organisation set up for the CRM to succeed?' },
};

// The roadmap's phases come from the playbooks' one table, so the report and the recommendations agree.
export const PHASE_ORDER: readonly PhaseId[] = ROADMAP.map((p) => p.phase);

export const PHASE_TEXT = Object.fromEntries(ROADMAP.map((p) => [p.phase, { title: p.title, when: p.when }])) as Record<
  PhaseId,
  { title: string; when: string }
>;

export const CARD_TEXT: Record<'high' | 'low' | 'system' | 'neutral', { label: string; meaning: string }> = {
  high: { label: 'High Card', meaning: 'of value to the rep' },
  low: { label: 'Low Card', meaning: 'a control for management' },
  neutral: { label: 'Neutral', meaning: 'business data, neither' },
  system: { label: 'System', meaning: 'ids and timestamps' },
};

/** The built-in themes' titles, as the terminal shows them too (one list: src/interviews/lexicon.ts). */
export const THEME_TITLES: Record<string, string> = Object.fromEntries(THEMES.map((t) => [t.id, t.title]));

/** A theme's title: the config's (carried in the analysis), else the built-in one, else one made from the id. */
export function themeTitles(iv: { themes: ReadonlyArray<{ id: string; title?: string | undefined }> }): (id: string) => string {
  const given = new Map(iv.themes.flatMap((t) => (t.title ? [[t.id, t.title] as const] : [])));
  return (id) => given.get(id) ?? THEME_TITLES[id] ?? humanize(id);
}

export const STANCE_TEXT: Record<'love' | 'hate' | 'ambivalent' | 'neutral', string> = {
  love: 'Love it',
  ambivalent: 'Ambivalent',
  neutral: 'Neutral',
  hate: 'Hate it',
};

export const WORKSHOP_TEXT: Record<'experience' | 'idea' | 'question' | 'concern' | 'proposal', string> = {
  experience: 'Experiences',
  idea: 'Ideas',
  question: 'Questions',
  concern: 'Concerns',
  proposal: 'Proposals',
};

export const STATUS_TEXT: Record<'pass' | 'fail' | 'not-applicable' | 'error', string> = {
  fail: 'At risk',
  pass: 'Passed',
  'not-applicable': 'Not assessed',
  error: 'Could not be assessed',
};

export const STATUS_MEANING: Record<'pass' | 'fail' | 'not-applicable' | 'error', string> = {
  fail: 'the check found the problem (risk of 50 or more)',
  pass: 'the check found no sign of it worth acting on',
  'not-applicable': 'its evidence was not supplied; left out of the score',
  error: 'the check failed to run; left out of the score',
};

export const KIND_TEXT: Record<string, string> = {
  records: 'CRM records',
  activities: 'Activities',
  logins: 'Logins',
  'field-history': 'Field history',
  users: 'Users',
  fields: 'Field list',
  interviews: 'Interview notes',
};

export const CRM_TEXT: Record<string, string> = {
  salesforce: 'Salesforce',
  hubspot: 'HubSpot',
  dynamics365: 'Dynamics 365',
  pipedrive: 'Pipedrive',
  zoho: 'Zoho',
  generic: 'Generic CSV',
};

export const ENCODING_TEXT: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
};

export const DELIMITER_TEXT: Record<string, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
};

export const METHOD: readonly string[] = [
  'The audit is a set of small, independent checks. Each reads one kind of evidence (the CRM exports, the interview notes or the questionnaire) and returns a risk between 0 (no sign of the problem) and 1 (the problem is plain), with the figures it rests on. A check whose evidence was not supplied is marked "not assessed" and left out of the score rather than counted as a pass.',
  'A check fails when its risk reaches 0.5. The checks are grouped into five categories; a category’s risk is the weighted mean of its assessed checks, and the adoption-risk score is 100 times the weighted mean of the assessed categories. Higher is worse. The score falls in one of four bands: low (under 25), moderate (25 to 49), high (50 to 74) and critical (75 and above).',
  'The drivers named in the executive summary are the failing checks that add most to the score. Every field is classified as High Card (of value to the salesperson), Low Card (a control for management), neutral business data or a system field, from its name, label, type and required flag; a consultant’s rules override the classification.',
  'People are never named: users and respondents appear under pseudonyms, group figures are shown only for groups of at least the minimum group size, and quotes only from groups large enough that no one can be recognised. The aim is the truth about the system, not blame.',
];

/** The last paragraph of {@link METHOD} for a report made with --name-users. */
export const METHOD_NAMED_PEOPLE =
  'This edition names people: it was made with --name-users, so users and respondents appear under their real names, for internal use only. Group figures are still shown only for groups of at least the minimum group size, and quotes only from groups large enough that no one can be recognised. The aim is the truth about the system, not blame.';

export const GLOSSARY: ReadonlyArray<{ term: string; definition: string }> = [
  { term: 'High Card', definition: 'A field or step that gives the salesperson something of value: customer history, account planning, orders, invoices, credit and support data.' },
  { term: 'Low Card', definition: 'A field or step that exists so that management can check on the salesperson: call and visit counts, mandatory activity reports, time logging, approvals.' },
  { term: 'Fill rate', definition: 'The share of records in which a field holds a value. Empty cells, blanks and spreadsheet error values count as empty; an unticked box counts as empty.' },
  { term: 'Junk share', definition: 'The share of filled cells holding a placeholder (such as ".", "n/a" or "test") or one value repeated far above all others: filled to satisfy a rule, not to record anything.' },
  { term: 'Active user', definition: 'A user who logged in, logged an activity, or created or changed a record in the period.' },
  { term: 'Concentration (Gini)', definition: 'How unevenly activity is spread across users: 0 when everyone does the same amount, close to 1 when a few users do nearly everything.' },
  { term: 'Polarisation', definition: 'Whether users split into two camps: 1 means half use the CRM almost daily and half hardly ever; 0 means no such split.' },
  { term: 'Bulk logging', definition: 'Many activities entered by one user within minutes, or long after they happened, or piled up before a week or month end: logged for the report, not for the work.' },
  { term: 'Stale record', definition: 'A record not changed for longer than the stale period (90 days unless configured).' },
  { term: 'Shadow system', definition: 'A spreadsheet, notebook or other tool that reps keep instead of, or beside, the CRM.' },
  { term: 'Adoption-risk score', definition: 'From 0 to 100: the weighted mean of the category risks. Higher means more risk that the CRM will not be used as intended.' },
];

export function humanize(key: string): string {
  const spaced = key
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
