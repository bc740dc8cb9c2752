// The AuditResult: the one JSON contract (DESIGN.md section 4). Every renderer reads this, a saved
// analysis is validated against it, and `crm-audit schema analysis` prints it as JSON Schema.
// A member is present only when it was computed: an analysis without interviews has no `interviews`.
import { z } from 'zod';

/**
 * The version analyze writes. 2: a field's `usage` may be `partial-control` (a Low Card field filled in half to
 * 90% of rows), and `enforced-control` means filled in 90% of rows or more (it meant half or more), so a
 * version-1 reader would refuse or misread a version-2 file. A version-1 file is a subset of version 2 and is
 * read as it is (the builds between the change and this bump wrote it as 1 already).
 */
export const SCHEMA_VERSION = 2;
/** The versions report and compare read. */
export const READABLE_SCHEMA_VERSIONS = [1, SCHEMA_VERSION] as const;

// The id lists live apart from zod (ids.ts), so that code needing only them (the interview coder's worker)
// does not load zod; they are exported from here as before.
import { AUDIT_STATUSES, BANDS, CARDS, CATEGORY_IDS, CRMS, DECIDED_BY, ENCODINGS, KINDS, PHASES, SITUATION_BASES, SITUATIONS, STANCES, THEME_IDS, USAGE_AXES, WORKSHOP_CATEGORIES } from './ids.js';
export * from './ids.js';

export const Card = z.enum(CARDS);
export type Card = z.infer<typeof Card>;
export const Band = z.enum(BANDS);
export const Situation = z.enum(SITUATIONS);
export type Situation = z.infer<typeof Situation>;
export const Crm = z.enum(CRMS);
export const Kind = z.enum(KINDS);
export const Encoding = z.enum(ENCODINGS);
export const CategoryId = z.enum(CATEGORY_IDS);
export const Phase = z.enum(PHASES);

const ratio = z.number().min(0).max(1);
const count = z.number().int().min(0);

export const RowError = z.object({
  line: z.number().int().min(0).describe('physical line in the file where the record starts (1-based)'),
  column: z.number().int().min(1).optional().describe('1-based column, when one cell is at fault'),
  code: z.string().describe('stable machine code, e.g. ragged-row, record-too-large, bad-quote'),
  message: z.string().describe('what is wrong, never the cell value'),
});
export type RowError = z.infer<typeof RowError>;

export const InputWarning = z.object({
  code: z.string(),
  message: z.string(),
  line: z.number().int().min(0).optional(),
});

export const InputSummary = z.object({
  path: z.string().describe('relative to the working directory, forward slashes'),
  kind: Kind,
  kindConfidence: ratio,
  crm: Crm,
  object: z.string().nullable().describe('CRM object (Opportunity, deal, ...) when known'),
  rows: count.describe('data rows kept: after trailer, skipped rows and duplicates are removed'),
  skipped: count.describe('malformed rows skipped'),
  duplicates: count.describe('rows dropped because the same Id was already read in another part'),
  trailerLines: count.describe('report trailer lines recognised (Grand Totals, confidentiality, copyright)'),
  columns: count,
  encoding: Encoding,
  delimiter: z.string().length(1),
  roles: z.record(z.string(), z.string()).describe('column role -> header name it was found in'),
  errors: z.array(RowError).describe('malformed rows (capped list; `skipped` has the full count)'),
  warnings: z.array(InputWarning),
});
export type InputSummary = z.infer<typeof InputSummary>;

export const OwnerFill = z.object({ owner: z.string(), rows: count, filled: count, fillRate: ratio });

export const FieldResult = z.object({
  name: z.string(),
  label: z.string(),
  object: z.string().nullable(),
  source: z.string().describe('input path the field was seen in (first, when several)'),
  card: Card,
  confidence: ratio,
  decidedBy: z.enum(DECIDED_BY),
  reasons: z.array(z.string()).min(1),
  required: z.boolean().nullable(),
  type: z.string().describe('declared type from a field list, else inferred: boolean, number, date, string, empty'),
  rows: count.nullable().describe('null when the field is known only from a field list'),
  filled: count.nullable(),
  fillRate: ratio.nullable(),
  junkShare: ratio.nullable(),
  distinctRatio: ratio.nullable(),
  topValueShare: ratio.nullable(),
  usage: z.enum(USAGE_AXES).nullable().optional().describe('second axis from usage signals; never changes the card'),
  owners: z.array(OwnerFill).optional().describe('fill per owner (pseudonymised), sorted by owner'),
});
export type FieldResult = z.infer<typeof FieldResult>;

export const Polarization = z.object({ index: ratio, lowShare: ratio, highShare: ratio });

export const UserRow = z.object({
  user: z.string().describe('pseudonym unless --name-users'),
  team: z.string().nullable(),
  role: z.string().nullable(),
  records: count.describe('records created or modified'),
  activities: count,
  logins: count,
  edits: count.describe('field-history changes'),
  lastActive: z.string().nullable().describe('ISO date'),
  activeDays90: count,
  activeShare90: ratio.describe('share of working days in the last 90 with any activity'),
});
export type UserRow = z.infer<typeof UserRow>;

export const TeamRow = z.object({
  name: z.string(),
  users: count,
  active90: count,
  inactiveShare: ratio,
  polarization: Polarization,
});

export const UsersResult = z.object({
  total: count,
  rosterGiven: z.boolean(),
  active30: count,
  active90: count,
  inactiveShare: ratio,
  gini: ratio,
  polarization: Polarization,
  distribution: z.array(z.object({ bin: z.string(), users: count })).describe('users by share of working days active in the last 90'),
  teams: z.array(TeamRow).describe('only teams of at least minGroupSize users'),
  suppressedTeams: count,
  perUser: z.array(UserRow).describe('sorted by user'),
});
export type UsersResult = z.infer<typeof UsersResult>;

export const ActivityResult = z.object({
  activities: count,
  withDate: count.describe('activities with a usable created date'),
  burstShare: ratio.describe('share logged within a burst: >= burstMin entries by one user within burstMinutes'),
  lateShare: ratio.describe('share created more than lateDays after the activity date'),
  periodEndShare: ratio.describe('share created on Friday to Sunday or the last two days of a month'),
  byWeekday: z.array(count).length(7).describe('created, Monday first'),
});
export type ActivityResult = z.infer<typeof ActivityResult>;

const Freshness = z.object({
  medianDaysSinceModified: z.number().min(0).nullable(),
  staleShare: ratio.nullable().describe('share not modified for more than staleDays'),
});

export const RecordsResult = z.object({
  records: count,
  freshness: Freshness,
  open: Freshness.extend({ records: count })
    .optional()
    .describe('open records only (not closed, won or lost), when an export has a stage or closed column'),
  owners: z
    .array(z.object({ owner: z.string(), open: count, staleOpen: count }))
    .optional()
    .describe('open records and stale open records per owner (pseudonymised), sorted by owner'),
});
export type RecordsResult = z.infer<typeof RecordsResult>;

export const FieldHistoryResult = z.object({
  changes: count,
  fields: z.array(z.object({ name: z.string(), changes: count, editors: count })).describe('sorted by changes desc, then name'),
});
export type FieldHistoryResult = z.infer<typeof FieldHistoryResult>;

const sentimentCounts = z.object({ positive: count, neutral: count, negative: count });

export const InterviewsResult = z.object({
  lexiconVersion: z
    .string()
    .optional()
    .describe('the interview coder (rules and learned layer) that coded the notes; coded figures compare only within one'),
  notes: count,
  respondents: count,
  scored: count.describe('notes in English that themes and sentiment were computed on'),
  otherLanguage: count.describe('notes flagged as another language and left out of the figures'),
  sentiment: sentimentCounts,
  themes: z.array(
    z.object({
      id: z.string(),
      title: z.string().optional().describe("the config's title for the theme, when it gave one; else the built-in title is shown"),
      count,
      share: ratio,
    }),
  ),
  categories: z.object({ experience: count, idea: count, question: count, concern: count, proposal: count }),
  categoriesInferred: count
    .optional()
    .describe('of the notes counted in categories, those whose category was inferred from the wording (no category column, and not set in the review sheet)'),
  stances: z.object({ love: count, hate: count, ambivalent: count, neutral: count }),
  figuresHidden: z
    .boolean()
    .optional()
    .describe('true when fewer people spoke than minGroupSize: no figure of their notes is given (sentiment, themes and categories all 0, stances hidden), so that no one\'s view can be told apart'),
  stancesHidden: z
    .boolean()
    .optional()
    .describe(
      'true when fewer respondents have a stance than minGroupSize: each stance would tell who said what, so none is counted (stances all 0, polarization 0, no drivers); also when nobody has one (every respondent wrote in another language, or the notes name no respondent), so that no output shows a line of zeros as counted stances',
    ),
  withStance: count
    .optional()
    .describe('with stancesHidden: how many respondents have a stance (a note that could be scored), fewer than minGroupSize, 0 when nobody has one; the others wrote in another language'),
  polarization: Polarization,
  stanceDrivers: z
    .object({ love: z.array(z.string()), hate: z.array(z.string()) })
    .optional()
    .describe('theme ids most common among each side'),
  groups: z.array(
    z.object({
      breakdown: z.string().describe('team or role'),
      name: z.string(),
      respondents: count,
      sentiment: sentimentCounts,
      themes: z.array(z.object({ id: z.string(), count })),
    }),
  ),
  suppressedGroups: count,
  quotes: z.array(z.object({ text: z.string(), theme: z.string(), group: z.string().optional() })),
  situationSigns: z
    .object({ inUse: count, planned: count })
    .optional()
    .describe('scored notes that speak of the CRM in use ("I log every visit on Friday"), and of one still planned ("the new CRM will…"): what tells the situation when no export does'),
});
export type InterviewsResult = z.infer<typeof InterviewsResult>;

export const Evidence = z.object({
  summary: z.string().describe('one sentence of fact, no advice'),
  metrics: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
  table: z
    .object({ columns: z.array(z.string()), rows: z.array(z.array(z.union([z.string(), z.number(), z.null()]))) })
    .optional(),
});
export type Evidence = z.infer<typeof Evidence>;

export const AuditResultItem = z.object({
  id: z.string(),
  title: z.string(),
  failureTitle: z.string(),
  description: z.string(),
  category: CategoryId,
  weight: z.number().min(0),
  applicable: z.boolean(),
  status: z.enum(AUDIT_STATUSES),
  risk: ratio.nullable(),
  evidence: Evidence.nullable(),
  error: z.string().optional(),
});
export type AuditResultItem = z.infer<typeof AuditResultItem>;

export const CategoryResult = z.object({ id: CategoryId, title: z.string(), weight: z.number().min(0), risk: ratio.nullable() });

export const RiskResult = z.object({
  score: z.number().min(0).max(100).nullable(),
  band: Band.nullable(),
  confidence: z.enum(['low', 'medium', 'high']),
  confidenceReasons: z.array(z.string()),
  drivers: z.array(z.object({ audit: z.string(), contribution: z.number().min(0) })),
});

export const Recommendation = z.object({
  id: z.string(),
  title: z.string(),
  why: z.string(),
  steps: z.array(z.string()).min(1),
  phase: Phase,
  audits: z.array(z.string()),
});

export const Meta = z.object({
  client: z.string().nullable(),
  consultant: z.string().nullable(),
  firm: z.string().nullable(),
  locale: z.string(),
  paper: z.enum(['a4', 'letter']),
  accent: z.string().nullable().optional(),
  logo: z.string().nullable().optional().describe('data: URI of the logo, embedded so a saved analysis renders alone'),
  namedUsers: z.boolean().optional(),
});

export const AuditResult = z.object({
  schemaVersion: z
    .literal(READABLE_SCHEMA_VERSIONS)
    .describe(`${SCHEMA_VERSION} when written by this version; ${READABLE_SCHEMA_VERSIONS.slice(0, -1).join(', ')} (a subset) is read as well`),
  tool: z.object({ name: z.literal('crm-audit'), version: z.string() }),
  generatedAt: z
    .string()
    .nullable()
    .describe(
      '--now, or the newest created, modified, activity or login date of the exports, else the last day of the month of the newest date of the interview notes (the day of the last interview is not shown); never the clock; null when the data has no dates and no --now was given',
    ),
  situation: Situation,
  situationBasis: z
    .enum(SITUATION_BASES)
    .optional()
    .describe(
      'what told the situation: given (--situation or the config), answers (the questionnaire), inputs (the kinds of files: usage exports, CRM records, a planned field list), notes (the notes speak of a CRM in use, or of one planned), assumed (nothing did: pre-implementation is assumed)',
    ),
  meta: Meta,
  settings: z
    .object({ minGroupSize: count, minQuoteGroupSize: count, staleDays: count })
    .optional(),
  inputs: z.array(InputSummary),
  fields: z.array(FieldResult).optional(),
  users: UsersResult.optional(),
  activity: ActivityResult.optional(),
  records: RecordsResult.optional(),
  fieldHistory: FieldHistoryResult.optional(),
  interviews: InterviewsResult.optional(),
  answers: z.record(z.string(), z.unknown()).optional(),
  audits: z.array(AuditResultItem).optional(),
  categories: z.array(CategoryResult).optional(),
  risk: RiskResult.optional(),
  recommendations: z.array(Recommendation).optional(),
});
export type AuditResult = z.infer<typeof AuditResult>;

/** What audits see: the analysed members of the contract, nothing else. */
export type Dataset = Pick<
  AuditResult,
  'situation' | 'inputs' | 'fields' | 'users' | 'activity' | 'records' | 'fieldHistory' | 'interviews' | 'answers' | 'settings'
>;
