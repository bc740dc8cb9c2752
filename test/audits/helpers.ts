// Tiny hand-built datasets for the audit, scoring and recommendation tests.
import type {
  ActivityResult,
  AuditResultItem,
  Dataset,
  FieldResult,
  InputSummary,
  InterviewsResult,
  UserRow,
  UsersResult,
} from '../../src/result/schema.js';

export function field(p: Partial<FieldResult> & { name: string }): FieldResult {
  const rows = p.rows === undefined ? 100 : p.rows;
  const fillRate = p.fillRate === undefined ? (rows === null ? null : 0.5) : p.fillRate;
  return {
    label: p.name,
    object: 'Opportunity',
    source: 'Opportunity.csv',
    card: 'neutral',
    confidence: 0.9,
    decidedBy: 'lexicon',
    reasons: ['test'],
    required: null,
    type: 'string',
    rows,
    filled: p.filled === undefined ? (rows === null || fillRate === null ? null : Math.round(rows * fillRate)) : p.filled,
    fillRate,
    junkShare: rows === null ? null : 0,
    distinctRatio: rows === null ? null : 0.5,
    topValueShare: rows === null ? null : 0.1,
    ...p,
  };
}

/** n rep-facing neutral fields, to set the denominator of share-based audits. */
export function neutralFields(n: number, extra: Partial<FieldResult> = {}): FieldResult[] {
  return Array.from({ length: n }, (_, i) => field({ name: `Neutral${String(i).padStart(2, '0')}`, ...extra }));
}

export function userRow(i: number, p: Partial<UserRow> = {}): UserRow {
  return {
    user: `Rep ${String(i).padStart(2, '0')}`,
    team: null,
    role: null,
    records: 10,
    activities: 10,
    logins: 10,
    edits: 0,
    lastActive: '2026-01-30',
    activeDays90: 30,
    activeShare90: 0.5,
    ...p,
  };
}

export function users(p: Partial<UsersResult> = {}): UsersResult {
  const total = p.total ?? 20;
  return {
    total,
    rosterGiven: true,
    active30: total,
    active90: total,
    inactiveShare: 0,
    gini: 0.1,
    polarization: { index: 0, lowShare: 0, highShare: 0 },
    distribution: [],
    teams: [],
    suppressedTeams: 0,
    perUser: Array.from({ length: total }, (_, i) => userRow(i + 1)),
    ...p,
  };
}

export function activity(p: Partial<ActivityResult> = {}): ActivityResult {
  return {
    activities: 500,
    withDate: 500,
    burstShare: 0,
    lateShare: 0,
    periodEndShare: 0.25,
    byWeekday: [100, 100, 100, 100, 100, 0, 0],
    ...p,
  };
}

export function interviews(p: Partial<InterviewsResult> = {}): InterviewsResult {
  return {
    notes: 100,
    respondents: 20,
    scored: 100,
    otherLanguage: 0,
    sentiment: { positive: 40, neutral: 40, negative: 20 },
    themes: [],
    categories: { experience: 20, idea: 20, question: 20, concern: 20, proposal: 20 },
    stances: { love: 5, hate: 2, ambivalent: 3, neutral: 10 },
    polarization: { index: 0.2, lowShare: 0.1, highShare: 0.25 },
    groups: [],
    suppressedGroups: 0,
    quotes: [],
    ...p,
  };
}

export function input(p: Partial<InputSummary> & { path: string }): InputSummary {
  return {
    kind: 'records',
    kindConfidence: 1,
    crm: 'salesforce',
    object: null,
    rows: 100,
    skipped: 0,
    duplicates: 0,
    trailerLines: 0,
    columns: 10,
    encoding: 'utf-8',
    delimiter: ',',
    roles: {},
    errors: [],
    warnings: [],
    ...p,
  };
}

export function dataset(p: Partial<Dataset> = {}): Dataset {
  return { situation: 'post-implementation', inputs: [], ...p };
}

export function item(p: Partial<AuditResultItem> & { id: string }): AuditResultItem {
  const risk = p.risk === undefined ? 0 : p.risk;
  return {
    title: `${p.id} ok`,
    failureTitle: `${p.id} failing`,
    description: 'test',
    category: 'controls',
    weight: 1,
    applicable: true,
    status: risk === null ? 'not-applicable' : risk >= 0.5 ? 'fail' : 'pass',
    risk,
    evidence: { summary: 'test', metrics: {} },
    ...p,
  };
}
