// From one AuditResult (and the consultant's editorial edits) to the report's view model: what each section
// shows, in which order, with which titles. Every format (HTML, PDF, Markdown) renders this model, so a section
// without data is left out the same way everywhere. Values stay raw numbers; the formats format them.
import { minGroupSizeOf } from '../config/config-schema.js';
import { answerRows, type AnswerRow } from '../questionnaire/questions.js';
import { questionnaireCoverage } from '../questionnaire/answers.js';
import type { AuditResult, AuditResultItem, FieldResult } from '../result/schema.js';
import { freshnessScope } from '../result/freshness.js';
import { noUseOverTime } from '../audits/lib/util.js';
import { whyNoFigures, whyNoQuotes, whyNoStances } from '../interviews/withheld.js';
import { categoriesShown } from '../interviews/categories.js';
import { PLAYBOOKS, evidenceOf as evidenceGiven, phaseTitle, recommend, topRecommendations } from '../recommend/index.js';
import { DEFAULT_ACCENT, isAccent, isSafeLogo } from './branding.js';
import { paragraphsOf, type Editorial } from './editorial.js';
import { createFormatter, type Formatter } from './format.js';
import {
  BAND_LABELS,
  bandMeaning,
  situationLead,
  CARD_TEXT,
  CATEGORY_TEXT,
  BAND_RANGES,
  CONFIDENTIAL,
  CONFIDENTIAL_NAMED,
  CRM_TEXT,
  DELIMITER_TEXT,
  ENCODING_TEXT,
  GLOSSARY,
  HIDDEN_RULE,
  KIND_TEXT,
  METHOD,
  METHOD_NAMED_PEOPLE,
  PHASE_ORDER,
  PHASE_TEXT,
  PRIVACY_TEXT,
  REPORT_TITLE,
  SECTION_BLURBS,
  UNNAMED_CLIENT,
  VOICE_BLURB_NO_QUOTES,
  SECTION_TITLES,
  situationLabel,
  STANCE_TEXT,
  STATUS_MEANING,
  STATUS_TEXT,
  themeTitles,
  WORKSHOP_TEXT,
  humanize,
  type SectionId,
} from './text.js';

type Card = FieldResult['card'];
type Status = AuditResultItem['status'];

export const BAND_COLORS = { low: '#2f855a', moderate: '#b7791f', high: '#dd6b20', critical: '#c53030' } as const;
export const CARD_COLORS: Record<Card, string> = { high: '#2b8a6e', low: '#c2410c', neutral: '#7b8da3', system: '#b8c0cc' };
export const STANCE_COLORS = { love: '#2b8a6e', ambivalent: '#d9a441', neutral: '#b8c0cc', hate: '#c53030' } as const;

/** Fields filled in fewer records than this are "left empty" when they are High Card. */
export const HIGH_CARD_EMPTY_BELOW = 0.3;
/** The fill-rate chart shows at most this many fields; the tables list all. */
export const FILL_CHART_MAX = 40;

export interface FindingView {
  id: string;
  category: string;
  title: string;
  originalTitle: string;
  reworded: boolean;
  status: Status;
  statusLabel: string;
  risk: number | null;
  weight: number;
  summary: string | null;
  metrics: Array<{ label: string; value: string | number | null }>;
  table: { columns: string[]; rows: Array<Array<string | number | null>> } | null;
  commentary: string[];
  error: string | null;
  failing: boolean;
}

export interface KeyFindingView {
  title: string;
  detail: string | null;
  own: boolean;
  auditId: string | null;
}

export interface RecommendationView {
  id: string;
  title: string;
  why: string;
  /** the gist of why, for the executive summary: its first sentence, or two when the first is only a count */
  whyShort: string;
  steps: string[];
  phase: string;
  phaseTitle: string;
  findings: string[];
  commentary: string[];
}

export interface FieldRowView {
  name: string;
  label: string;
  showLabel: boolean;
  object: string | null;
  card: Card;
  cardLabel: string;
  required: string;
  fillRate: number | null;
  junkShare: number | null;
  usage: string | null;
  confidence: number;
}

export interface ReportModel {
  title: string;
  /** the cover's line under the title, in the situation's words */
  subtitle: string;
  /** the confidentiality mark: "Confidential", or "Internal — contains names" when users are named */
  confidential: string;
  /** how people appear in the report: under pseudonyms, or (with --name-users) by name */
  privacy: string;
  /** the key on the contents page: score bands, field cards, finding statuses */
  guide: {
    bands: Array<{ id: string; label: string; range: string; meaning: string; color: string }>;
    cards: Array<{ card: Card; label: string; meaning: string; color: string }>;
    statuses: Array<{ status: Status; label: string; meaning: string }>;
  };
  meta: {
    /** true when the analysis was made with --name-users: real names, for internal use only */
    namedUsers: boolean;
    /** the client's name; "the client" when none was given (--client, the config), for running text */
    client: string;
    /** false when no client name was given: the cover then names none */
    clientNamed: boolean;
    consultant: string | null;
    firm: string | null;
    logo: string | null;
    accent: string;
    accentSoft: string;
    accentDark: string;
    paper: 'a4' | 'letter';
    locale: string;
    dateIso: string | null;
    situation: string;
    situationLead: string;
  };
  tool: { name: string; version: string; schemaVersion: number };
  /**
   * the sections present, numbered; `page` is the page a section starts on in the printed PDF, filled in by
   * the PDF renderer once it has printed the report a first time (null in HTML, and in that first print)
   */
  sections: Array<{ id: SectionId; number: number; title: string; blurb: string; page: number | null }>;
  /** true when the page is printed (PDF): the contents page keeps a column for the page numbers */
  paged: boolean;
  /** section id -> its number in this report (sections without data are left out and not numbered) */
  numbers: Partial<Record<SectionId, number>>;
  commentary: Partial<Record<SectionId, string[]>>;
  summary?: {
    score: number | null;
    band: string | null;
    bandLabel: string | null;
    bandMeaning: string | null;
    bandColor: string;
    confidence: string | null;
    confidenceReasons: string[];
    keyFindings: KeyFindingView[];
    topRecommendations: RecommendationView[];
    /** checks shown (hidden findings are left out of every count; `hidden` says how many were) */
    counts: { failing: number; assessed: number; total: number; hidden: number };
    /** what the audit read, for the reader to weigh the findings */
    evidence: Array<{ value: number; label: string }>;
  };
  scorecard?: {
    categories: Array<{
      id: string;
      title: string;
      question: string;
      weight: number;
      risk: number | null;
      score: number | null;
      color: string;
      findings: FindingView[];
      /** every check of the category was not assessed, for one reason: that reason, in place of the list */
      notAssessed: string | null;
    }>;
  };
  fields?: {
    total: number;
    cards: Array<{ card: Card; label: string; meaning: string; count: number; share: number; color: string }>;
    chartCount: number;
    /** rep-facing fields left out of the chart (it shows at most FILL_CHART_MAX) */
    chartOmitted: number;
    /** of those, how many the Low Card and High Card tables below list */
    chartOmittedInTables: number;
    /** the fields in neither the chart nor a table, listed in the appendix so that every field is somewhere */
    unlisted: FieldRowView[];
    lowCard: FieldRowView[];
    highCardEmpty: FieldRowView[];
    highCardEmptyBelow: number;
    history: Array<{ name: string; changes: number; editors: number }>;
    historyChanges: number | null;
  };
  usage?: {
    users: null | {
      total: number;
      rosterGiven: boolean;
      active30: number;
      active90: number;
      activeShare90: number;
      inactiveShare: number;
      gini: number;
      polarization: { index: number; lowShare: number; highShare: number };
      /** why how often people use the CRM is not known (only a users export's last logins), so that the Gini,
       *  the polarisation and the per-user distribution are not shown; null when it is known */
      howOftenUnknown: string | null;
      hasDistribution: boolean;
      teams: Array<{ name: string; users: number; active90: number; inactiveShare: number; polarization: number }>;
      suppressedTeams: number;
    };
    activity: null | {
      activities: number;
      burstShare: number;
      lateShare: number;
      periodEndShare: number;
      hasWeekdays: boolean;
    };
    /** open records (not closed, won or lost) when the exports say which are open, else all records (freshnessScope) */
    freshness: null | { records: number; open: boolean; medianDays: number | null; staleShare: number | null };
    minGroupSize: number;
    staleDays: number;
  };
  voice?: {
    notes: number;
    respondents: number;
    scored: number;
    otherLanguage: number;
    sentiment: Array<{ id: string; label: string; count: number; share: number }>;
    stances: Array<{ id: string; label: string; count: number; share: number }>;
    polarization: number;
    /** when no stance is counted, why (whyNoStances); null when they are */
    noStances: string | null;
    /** when no figure of the notes is given (too few people), why (whyNoFigures); null when they are */
    noFigures: string | null;
    /** theme titles joined as a phrase, e.g. "positive value and integration wishes" */
    stanceDrivers: { love: string; hate: string } | null;
    themes: Array<{ id: string; title: string; count: number; share: number }>;
    categories: Array<{ id: string; label: string; count: number }>;
    groups: Array<{ breakdown: string; name: string; respondents: number; positive: number; negative: number; topThemes: string[] }>;
    suppressedGroups: number;
    quotes: Array<{ text: string; theme: string; group: string | null }>;
    /** when no note is quoted, why (whyNoQuotes, as the terminal says it); null when there are quotes */
    noQuotes: string | null;
    minGroupSize: number;
    minQuoteGroupSize: number;
  };
  readiness?: {
    answers: Array<AnswerRow & { sectionStart: string | null }>;
  };
  roadmap?: {
    phases: Array<{ id: string; title: string; when: string; recommendations: RecommendationView[] }>;
  };
  appendix: {
    /** each appendix part's letter; parts without content are skipped, so the letters stay consecutive */
    letters: { method: string; weights?: string; sources: string; edits: string; fields?: string; glossary: string };
    method: readonly string[];
    /** each category with its checks; `status` says why a category is out of the score (null when scored) */
    categories: Array<{ title: string; weight: number; share: number; status: string | null; audits: Array<{ title: string; weight: number; status: string }> }>;
    inputs: Array<{
      path: string;
      kind: string;
      crm: string;
      object: string | null;
      rows: number;
      skipped: number;
      duplicates: number;
      encoding: string;
      delimiter: string;
      errors: number;
      warnings: string[];
    }>;
    /** the first malformed rows: `at` is the line, or line:column where the error has one, as the terminal says it */
    errors: Array<{ path: string; line: number; column: number | null; at: string; message: string }>;
    /** the heading of the `at` column: 'Line', or 'Line:column' when some error has a column */
    errorsAt: string;
    errorsOmitted: number;
    /** the questionnaire's answers as a source: how much was answered, which version, when; null without answers */
    questionnaire: string | null;
    totals: { rows: number; skipped: number; duplicates: number };
    confidence: string | null;
    confidenceReasons: string[];
    settings: Array<{ label: string; value: number }>;
    glossary: ReadonlyArray<{ term: string; definition: string }>;
    edits: {
      any: boolean;
      hidden: string[];
      /** what hiding does to the score, the counts and the recommendations */
      hiddenRule: string;
      reworded: Array<{ from: string; to: string }>;
      commented: string[];
      ownKeyFindings: number;
      replacedKeyFindings: boolean;
      hiddenRecommendations: string[];
      sectionsWithCommentary: string[];
    };
  };
  /** the raw analysis, for user templates that want more than the model shows */
  result: AuditResult;
}

const CARD_ORDER: readonly Card[] = ['low', 'high', 'neutral', 'system'];

function bandOf(score: number | null): keyof typeof BAND_COLORS | null {
  if (score === null) return null;
  return score < 25 ? 'low' : score < 50 ? 'moderate' : score < 75 ? 'high' : 'critical';
}

function mix(hex: string, toward: string, amount: number): string {
  const parse = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
  const a = parse(hex);
  const b = parse(toward);
  const out = a.map((v, i) => Math.round(v + ((b[i] ?? 0) - v) * amount));
  return `#${out.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

function share(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

export function findingViews(result: AuditResult, editorial: Editorial | undefined): Map<string, FindingView & { hidden: boolean }> {
  const out = new Map<string, FindingView & { hidden: boolean }>();
  for (const a of result.audits ?? []) {
    const edit = editorial?.findings?.[a.id];
    const failing = a.status === 'fail';
    const originalTitle = failing ? a.failureTitle : a.title;
    out.set(a.id, {
      id: a.id,
      category: a.category,
      title: edit?.title ?? originalTitle,
      originalTitle,
      reworded: edit?.title !== undefined && edit.title !== originalTitle,
      status: a.status,
      statusLabel: STATUS_TEXT[a.status],
      risk: a.risk,
      weight: a.weight,
      summary: a.evidence?.summary ?? null,
      metrics: Object.entries(a.evidence?.metrics ?? {})
        .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
        .map(([k, v]) => ({ label: humanize(k), value: v })),
      table: a.evidence?.table ?? null,
      commentary: paragraphsOf(edit?.commentary),
      error: a.status === 'error' ? (a.error ?? 'the check failed to run') : null,
      failing,
      hidden: edit?.hide === true,
    });
  }
  return out;
}

function fieldRow(f: FieldResult): FieldRowView {
  return {
    name: f.name,
    label: f.label,
    showLabel: f.label.trim() !== '' && f.label !== f.name,
    object: f.object,
    card: f.card,
    cardLabel: CARD_TEXT[f.card].label,
    required: f.required === null ? '\u2013' : f.required ? 'Yes' : 'No',
    fillRate: f.fillRate,
    junkShare: f.junkShare,
    usage: f.usage ? humanize(f.usage) : null,
    confidence: f.confidence,
  };
}

/** The fields the fill-rate chart shows: not system fields, Low Card first, each card by fill rate. */
export function chartFields(fields: readonly FieldResult[]): FieldResult[] {
  return fields
    .filter((f) => f.card !== 'system' && f.fillRate !== null)
    .sort(
      (a, b) =>
        CARD_ORDER.indexOf(a.card) - CARD_ORDER.indexOf(b.card) ||
        (b.fillRate ?? 0) - (a.fillRate ?? 0) ||
        a.name.localeCompare(b.name),
    )
    .slice(0, FILL_CHART_MAX);
}

/**
 * A category none of whose checks could be assessed says so once, with the reasons: "8 checks, none assessed: no
 * questionnaire answers were given", not eight rows of the same words.
 */
function collapseNotAssessed<F extends Pick<FindingView, 'status' | 'summary'>>(findings: F[]): { findings: F[]; notAssessed: string | null } {
  if (findings.length < 2 || !findings.every((f) => f.status === 'not-applicable' && f.summary)) return { findings, notAssessed: null };
  const reasons = [...new Set(findings.map((f) => f.summary!.replace(/^Not scored: /, '').replace(/\.$/, '')))];
  // "needs activities", "needs CRM records or activities": one list of the inputs that would let them be scored
  if (reasons.every((r) => r.startsWith('needs '))) {
    const inputs = [...new Set(reasons.flatMap((r) => r.slice('needs '.length).split(/, | or /)))];
    const list = inputs.length > 1 ? `${inputs.slice(0, -1).join(', ')} or ${inputs[inputs.length - 1]}` : inputs[0];
    return { findings: [], notAssessed: `${findings.length} checks, none assessed: they need ${list}.` };
  }
  return { findings: [], notAssessed: `${findings.length} checks, none assessed: ${reasons.join('; ')}.` };
}

/** The cover's promise: before go-live the question is whether the CRM will be used, after it why it is not. */
const COVER_SUBTITLE: Record<AuditResult['situation'], string> = {
  'pre-implementation': 'Whether the planned CRM will be used, and what to change before it is built',
  'in-progress': 'Whether the CRM being rolled out will be used, and what to change before go-live',
  'post-implementation': 'Why the CRM is used the way it is, and what to do next',
};

export function buildModel(result: AuditResult, editorial?: Editorial): ReportModel {
  const f = createFormatter(result.meta.locale);
  const accent = isAccent(result.meta.accent) ? result.meta.accent.toLowerCase() : DEFAULT_ACCENT;
  const findings = findingViews(result, editorial);
  const visible = (id: string) => {
    const v = findings.get(id);
    return v && !v.hidden ? v : undefined;
  };
  const minGroupSize = minGroupSizeOf(result.settings);
  const minQuoteGroupSize = result.settings?.minQuoteGroupSize ?? 10;
  const staleDays = result.settings?.staleDays ?? 90;

  const commentary: Partial<Record<SectionId, string[]>> = {};
  for (const [id, value] of Object.entries(editorial?.commentary ?? {})) {
    const paras = paragraphsOf(value as string | string[] | undefined);
    if (paras.length) commentary[id as SectionId] = paras;
  }

  // Recommendations, with their findings named by their (possibly reworded) titles.
  const recEdits = editorial?.recommendations ?? {};
  // A hidden finding is out of the report body: not counted, and its figures not quoted. The recommendations
  // are written again as if it had not failed, so that none argues from it (the score is left as computed).
  const hiddenIds = new Set([...findings.values()].filter((v) => v.hidden).map((v) => v.id));
  const written = hiddenIds.size ? withoutHidden(result, hiddenIds) : (result.recommendations ?? []);
  const recommendations: RecommendationView[] = written
    .filter((r) => recEdits[r.id]?.hide !== true)
    .map((r) => ({
      id: r.id,
      title: recEdits[r.id]?.title ?? r.title,
      why: r.why,
      whyShort: gistOf(r.why),
      steps: r.steps,
      phase: r.phase,
      phaseTitle: phaseTitle(r.phase, result.situation),
      findings: r.audits.map((id) => visible(id)?.title).filter((t): t is string => t !== undefined),
      commentary: paragraphsOf(recEdits[r.id]?.commentary),
    }));

  const risk = result.risk;
  const audits = result.audits ?? [];
  const categories = result.categories ?? [];
  const ownKeyFindings: KeyFindingView[] = (editorial?.keyFindings ?? []).map((k) => ({
    title: k.title,
    detail: k.detail ?? null,
    own: true,
    auditId: null,
  }));

  // Appendix.
  const weightTotal = categories.reduce((s, c) => s + (c.risk === null ? 0 : c.weight), 0);
  const hidden = [...findings.values()].filter((v) => v.hidden);
  const errors = result.inputs.flatMap((i) =>
    i.errors.map((e) => ({ path: i.path, line: e.line, column: e.column ?? null, at: e.column ? `${e.line}:${e.column}` : `${e.line}`, message: e.message })),
  );
  const namedUsers = result.meta.namedUsers === true;
  const appendix: ReportModel['appendix'] = {
    letters: { method: 'A', sources: 'C', edits: 'D', glossary: 'E' },
    method: namedUsers ? [...METHOD.slice(0, -1), METHOD_NAMED_PEOPLE] : METHOD,
    categories: categories.map((c) => ({
      title: c.title,
      weight: c.weight,
      share: c.risk === null ? 0 : share(c.weight, weightTotal),
      // a category left out of the score says why, as its checks do (readiness without a questionnaire has none)
      status:
        c.risk !== null
          ? null
          : STATUS_TEXT[audits.some((a) => a.category === c.id && a.status === 'error') ? 'error' : 'not-applicable'],
      audits: audits
        .filter((a) => a.category === c.id)
        .map((a) => ({ title: findings.get(a.id)?.title ?? a.title, weight: a.weight, status: STATUS_TEXT[a.status] })),
    })),
    inputs: result.inputs.map((i) => ({
      path: i.path,
      kind: KIND_TEXT[i.kind] ?? i.kind,
      crm: CRM_TEXT[i.crm] ?? i.crm,
      object: i.object,
      rows: i.rows,
      skipped: i.skipped,
      duplicates: i.duplicates,
      encoding: ENCODING_TEXT[i.encoding] ?? i.encoding,
      delimiter: DELIMITER_TEXT[i.delimiter] ?? i.delimiter,
      errors: Math.max(i.skipped, i.errors.length),
      warnings: i.warnings.map((w) => w.message),
    })),
    errors: errors.slice(0, 20),
    errorsAt: errors.slice(0, 20).some((e) => e.column !== null) ? 'Line:column' : 'Line',
    questionnaire: questionnaireSource(result, f),
    errorsOmitted: Math.max(0, errors.length - 20),
    totals: {
      rows: result.inputs.reduce((s, i) => s + i.rows, 0),
      skipped: result.inputs.reduce((s, i) => s + i.skipped, 0),
      duplicates: result.inputs.reduce((s, i) => s + i.duplicates, 0),
    },
    confidence: risk?.confidence ?? null,
    confidenceReasons: risk?.confidenceReasons ?? [],
    settings: [
      { label: 'Minimum group size for any breakdown', value: minGroupSize },
      { label: 'Minimum group size for a quote', value: minQuoteGroupSize },
      { label: 'Days without change before a record is stale', value: staleDays },
    ],
    glossary: GLOSSARY,
    edits: {
      any: false,
      hidden: hidden.map((v) => v.originalTitle),
      hiddenRule: HIDDEN_RULE,
      reworded: [...findings.values()].filter((v) => v.reworded).map((v) => ({ from: v.originalTitle, to: v.title })),
      commented: [...findings.values()].filter((v) => v.commentary.length > 0).map((v) => v.title),
      ownKeyFindings: ownKeyFindings.length,
      replacedKeyFindings: editorial?.replaceKeyFindings === true,
      hiddenRecommendations: written.filter((r) => recEdits[r.id]?.hide === true).map((r) => r.title),
      sectionsWithCommentary: Object.keys(commentary).map((id) => SECTION_TITLES[id as SectionId]),
    },
  };
  const e = appendix.edits;
  e.any =
    e.hidden.length + e.reworded.length + e.commented.length + e.ownKeyFindings + e.hiddenRecommendations.length + e.sectionsWithCommentary.length > 0 ||
    Object.values(recEdits).some((r) => r.title !== undefined || r.commentary !== undefined);


  const model: ReportModel = {
    title: REPORT_TITLE,
    subtitle: COVER_SUBTITLE[result.situation],
    confidential: namedUsers ? CONFIDENTIAL_NAMED : CONFIDENTIAL,
    privacy: namedUsers ? PRIVACY_TEXT.named : PRIVACY_TEXT.pseudonyms,
    guide: {
      bands: (['low', 'moderate', 'high', 'critical'] as const).map((id) => ({
        id,
        label: BAND_LABELS[id].label,
        range: BAND_RANGES[id],
        meaning: bandMeaning(id, result.situation),
        color: BAND_COLORS[id],
      })),
      // the card key only where the report sorts fields (not for notes or answers alone)
      cards: result.fields?.length
        ? CARD_ORDER.map((card) => ({ card, label: CARD_TEXT[card].label, meaning: CARD_TEXT[card].meaning, color: CARD_COLORS[card] }))
        : [],
      statuses: (['fail', 'pass', 'not-applicable'] as const).map((status) => ({ status, label: STATUS_TEXT[status], meaning: STATUS_MEANING[status] })),
    },
    meta: {
      namedUsers,
      client: result.meta.client?.trim() || UNNAMED_CLIENT,
      clientNamed: Boolean(result.meta.client?.trim()),
      consultant: result.meta.consultant?.trim() || null,
      firm: result.meta.firm?.trim() || null,
      logo: isSafeLogo(result.meta.logo) ? result.meta.logo : null,
      accent,
      accentSoft: mix(accent, '#ffffff', 0.9),
      accentDark: mix(accent, '#000000', 0.25),
      paper: result.meta.paper,
      locale: f.locale,
      dateIso: result.generatedAt,
      situation: situationLabel(result.situation, result.situationBasis === 'assumed'),
      situationLead: situationLead(result.situation, evidenceGiven(result), result.situationBasis === 'assumed'),
    },
    tool: { name: result.tool.name, version: result.tool.version, schemaVersion: result.schemaVersion },
    sections: [],
    paged: false,
    numbers: {},
    commentary,
    appendix,
    result,
  };

  // Executive summary.
  if (risk || audits.length || ownKeyFindings.length) {
    const keyFindings = [...ownKeyFindings];
    if (!editorial?.replaceKeyFindings) {
      const driverIds = (risk?.drivers ?? []).map((d) => d.audit);
      const failingByRisk = audits
        .filter((a) => a.status === 'fail')
        .sort((a, b) => (b.risk ?? 0) * b.weight - (a.risk ?? 0) * a.weight || a.id.localeCompare(b.id))
        .map((a) => a.id);
      for (const id of [...new Set([...driverIds, ...failingByRisk])]) {
        if (keyFindings.length >= 3) break;
        const v = visible(id);
        if (v) keyFindings.push({ title: v.title, detail: v.summary, own: false, auditId: id });
      }
    }
    // Where to start: the one selection of src/recommend, as the terminal shows it, over the recommendations shown.
    const shownIds = new Set(recommendations.map((r) => r.id));
    const top = topRecommendations(
      written.filter((r) => shownIds.has(r.id)),
      risk?.drivers ?? [],
    ).map((r) => recommendations.find((v) => v.id === r.id)!);
    const score = risk?.score ?? null;
    const band = risk?.band ?? bandOf(score);
    model.summary = {
      score,
      band,
      bandLabel: band ? BAND_LABELS[band].label : null,
      bandMeaning: band ? bandMeaning(band, result.situation) : null,
      bandColor: band ? BAND_COLORS[band] : '#7b8da3',
      confidence: risk?.confidence ?? null,
      confidenceReasons: risk?.confidenceReasons ?? [],
      keyFindings,
      topRecommendations: top,
      evidence: evidenceOf(result),
      counts: {
        failing: audits.filter((a) => a.status === 'fail' && !hiddenIds.has(a.id)).length,
        assessed: audits.filter((a) => (a.status === 'fail' || a.status === 'pass') && !hiddenIds.has(a.id)).length,
        total: audits.filter((a) => !hiddenIds.has(a.id)).length,
        hidden: hiddenIds.size,
      },
    };
  }

  // Scorecard: categories in the contract's order, each with its visible findings.
  if (categories.length || audits.length) {
    const ids = categories.length ? categories.map((c) => c.id) : [...new Set(audits.map((a) => a.category))];
    model.scorecard = {
      categories: ids
        .map((id) => {
          const c = categories.find((x) => x.id === id);
          const risk = c?.risk ?? null;
          const score = risk === null ? null : Math.round(risk * 1000) / 10;
          const band = bandOf(score);
          return {
            id,
            title: c?.title ?? CATEGORY_TEXT[id].title,
            question: CATEGORY_TEXT[id].question,
            weight: c?.weight ?? 0,
            risk,
            score,
            color: band ? BAND_COLORS[band] : '#b8c0cc',
            ...collapseNotAssessed(
              audits
                .filter((a) => a.category === id)
                .map((a) => visible(a.id))
                .filter((v): v is FindingView & { hidden: boolean } => v !== undefined)
                .sort((a, b) => statusRank(a.status) - statusRank(b.status) || (b.risk ?? -1) - (a.risk ?? -1) || a.id.localeCompare(b.id)),
            ),
          };
        })
        .filter((c) => c.findings.length > 0 || c.risk !== null || c.notAssessed !== null),
    };
  }

  // Field inventory.
  const fields = result.fields ?? [];
  if (fields.length) {
    const counts = CARD_ORDER.map((card) => fields.filter((x) => x.card === card).length);
    const charted = chartFields(fields);
    const chartable = fields.filter((x) => x.card !== 'system' && x.fillRate !== null).length;
    const inChart = new Set(charted);
    const inTable = (x: FieldResult) => x.card === 'low' || (x.card === 'high' && x.fillRate !== null && x.fillRate < HIGH_CARD_EMPTY_BELOW);
    const notCharted = fields.filter((x) => x.card !== 'system' && !inChart.has(x));
    model.fields = {
      total: fields.length,
      cards: CARD_ORDER.map((card, i) => ({
        card,
        label: CARD_TEXT[card].label,
        meaning: CARD_TEXT[card].meaning,
        count: counts[i] ?? 0,
        share: share(counts[i] ?? 0, fields.length),
        color: CARD_COLORS[card],
      })),
      chartCount: charted.length,
      chartOmitted: chartable - charted.length,
      chartOmittedInTables: notCharted.filter((x) => x.fillRate !== null && inTable(x)).length,
      unlisted: notCharted
        .filter((x) => !inTable(x))
        .sort((a, b) => CARD_ORDER.indexOf(a.card) - CARD_ORDER.indexOf(b.card) || (b.fillRate ?? -1) - (a.fillRate ?? -1) || a.name.localeCompare(b.name))
        .map(fieldRow),
      lowCard: fields
        .filter((x) => x.card === 'low')
        .sort((a, b) => (b.fillRate ?? -1) - (a.fillRate ?? -1) || a.name.localeCompare(b.name))
        .map(fieldRow),
      highCardEmpty: fields
        .filter((x) => x.card === 'high' && x.fillRate !== null && x.fillRate < HIGH_CARD_EMPTY_BELOW)
        .sort((a, b) => (a.fillRate ?? 0) - (b.fillRate ?? 0) || a.name.localeCompare(b.name))
        .map(fieldRow),
      highCardEmptyBelow: HIGH_CARD_EMPTY_BELOW,
      history: (result.fieldHistory?.fields ?? []).slice(0, 10),
      historyChanges: result.fieldHistory?.changes ?? null,
    };
  }

  // Usage.
  if (result.users || result.activity || result.records) {
    const u = result.users;
    const a = result.activity;
    const r = result.records;
    const howOftenUnknown = noUseOverTime(result);
    model.usage = {
      users: u
        ? {
            total: u.total,
            rosterGiven: u.rosterGiven,
            active30: u.active30,
            active90: u.active90,
            activeShare90: share(u.active90, u.total),
            inactiveShare: u.inactiveShare,
            gini: u.gini,
            polarization: u.polarization,
            howOftenUnknown,
            hasDistribution: howOftenUnknown === null && u.distribution.some((d) => d.users > 0),
            // The analysis already suppresses small teams; filter again so a hand-edited file cannot expose one.
            teams: u.teams
              .filter((t) => t.users >= minGroupSize)
              .map((t) => ({ name: t.name, users: t.users, active90: t.active90, inactiveShare: t.inactiveShare, polarization: t.polarization.index })),
            suppressedTeams: u.suppressedTeams + u.teams.filter((t) => t.users < minGroupSize).length,
          }
        : null,
      activity: a
        ? {
            activities: a.activities,
            burstShare: a.burstShare,
            lateShare: a.lateShare,
            periodEndShare: a.periodEndShare,
            hasWeekdays: a.byWeekday.some((n) => n > 0),
          }
        : null,
      freshness: r ? freshnessView(r) : null,
      minGroupSize,
      staleDays,
    };
  }

  // The reps' voice.
  const iv = result.interviews;
  if (iv) {
    const themeTitle = themeTitles(iv);
    const sentimentTotal = iv.sentiment.positive + iv.sentiment.neutral + iv.sentiment.negative;
    const stanceTotal = iv.stances.love + iv.stances.ambivalent + iv.stances.neutral + iv.stances.hate;
    model.voice = {
      notes: iv.notes,
      respondents: iv.respondents,
      scored: iv.scored,
      otherLanguage: iv.otherLanguage,
      sentiment: (['positive', 'neutral', 'negative'] as const).map((id) => ({
        id,
        label: humanize(id),
        count: iv.sentiment[id],
        share: share(iv.sentiment[id], sentimentTotal),
      })),
      stances: (['love', 'ambivalent', 'neutral', 'hate'] as const).map((id) => ({
        id,
        label: STANCE_TEXT[id],
        count: iv.stances[id],
        share: share(iv.stances[id], stanceTotal),
      })),
      polarization: iv.polarization.index,
      noStances: iv.stancesHidden ? `No stance is counted: ${whyNoStances(iv, minGroupSize)}.` : null,
      noFigures: iv.figuresHidden ? `No figure of the notes is given: ${whyNoFigures(iv, minGroupSize)}.` : null,
      stanceDrivers:
        iv.stanceDrivers && (iv.stanceDrivers.love.length || iv.stanceDrivers.hate.length)
          ? { love: drivesSide(iv.stanceDrivers.love, iv.stances.love, minGroupSize, themeTitle), hate: drivesSide(iv.stanceDrivers.hate, iv.stances.hate, minGroupSize, themeTitle) }
          : null,
      themes: [...iv.themes]
        .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
        .map((t) => ({ id: t.id, title: themeTitle(t.id), count: t.count, share: t.share })),
      // left out (empty) when no note carries a category and few were inferred (categoriesShown)
      categories: categoriesShown(iv)
        ? (['experience', 'idea', 'question', 'concern', 'proposal'] as const).map((id) => ({
            id,
            label: WORKSHOP_TEXT[id],
            count: iv.categories[id],
          }))
        : [],
      groups: iv.groups
        .filter((g) => g.respondents >= minGroupSize)
        .map((g) => ({
          breakdown: humanize(g.breakdown),
          name: g.name,
          respondents: g.respondents,
          positive: share(g.sentiment.positive, g.sentiment.positive + g.sentiment.neutral + g.sentiment.negative),
          negative: share(g.sentiment.negative, g.sentiment.positive + g.sentiment.neutral + g.sentiment.negative),
          topThemes: [...g.themes]
            .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
            .slice(0, 3)
            .map((t) => themeTitle(t.id)),
        })),
      suppressedGroups: iv.suppressedGroups + iv.groups.filter((g) => g.respondents < minGroupSize).length,
      quotes: iv.quotes.map((q) => ({ text: q.text, theme: themeTitle(q.theme), group: q.group ?? null })),
      noQuotes: iv.quotes.length ? null : `No note is quoted: ${whyNoQuotes(iv, minQuoteGroupSize)}.`,
      minGroupSize,
      minQuoteGroupSize,
    };
  }

  // Readiness: the questionnaire's answers, when it was answered (its checks are in the scorecard).
  // a section's name stands on its first row only (the table reads as grouped)
  const answers = answerRows(result.answers ?? {}, result.situation, (n) => f.number(n, 2)).map((r, i, all) => ({
    ...r,
    sectionStart: i === 0 || all[i - 1]!.section !== r.section ? r.section : null,
  }));
  if (answers.length) model.readiness = { answers };

  // Roadmap.
  if (recommendations.length) {
    model.roadmap = {
      phases: PHASE_ORDER.map((id) => ({
        id,
        title: phaseTitle(id, result.situation),
        when: PHASE_TEXT[id].when,
        recommendations: recommendations.filter((r) => r.phase === id),
      })).filter((p) => p.recommendations.length > 0),
    };
  }

  const present: SectionId[] = [];
  if (model.summary) present.push('summary');
  if (model.scorecard) present.push('scorecard');
  if (model.fields) present.push('fields');
  if (model.usage) present.push('usage');
  if (model.voice) present.push('voice');
  if (model.readiness) present.push('readiness');
  if (model.roadmap) present.push('roadmap');
  present.push('appendix');
  // Appendix letters, consecutive over the parts present.
  const parts: Array<keyof ReportModel['appendix']['letters']> = ['method'];
  if (appendix.categories.length) parts.push('weights');
  parts.push('sources', 'edits');
  if (model.fields?.unlisted.length) parts.push('fields');
  parts.push('glossary');
  appendix.letters = Object.fromEntries(parts.map((id, i) => [id, String.fromCharCode(65 + i)])) as ReportModel['appendix']['letters'];

  // the contents promise quotes only where there are some
  const blurb = (id: SectionId) => (id === 'voice' && !model.voice?.quotes.length ? VOICE_BLURB_NO_QUOTES : SECTION_BLURBS[id]);
  model.sections = present.map((id, i) => ({ id, number: i + 1, title: SECTION_TITLES[id], blurb: blurb(id), page: null }));
  for (const s of model.sections) model.numbers[s.id] = s.number;
  return model;
}

/**
 * The saved recommendations, written again without the hidden findings: one the playbooks write is replaced by
 * its rewrite (or dropped, when it no longer fires); one they do not write (another version's, or edited by
 * hand) cannot be rewritten, so it is kept unless every finding it answers is hidden. Nothing new is added.
 */
function withoutHidden(result: AuditResult, hidden: ReadonlySet<string>): NonNullable<AuditResult['recommendations']> {
  const saved = result.recommendations ?? [];
  const rewritten = new Map(recommend(result.audits ?? [], result, result.situation, PLAYBOOKS, hidden).map((r) => [r.id, r]));
  const ours = new Set(PLAYBOOKS.map((p) => p.id));
  return saved.flatMap((r) => {
    if (ours.has(r.id)) {
      const again = rewritten.get(r.id);
      return again ? [again] : [];
    }
    return r.audits.length > 0 && r.audits.every((id) => hidden.has(id)) ? [] : [r];
  });
}

function freshnessView(r: NonNullable<AuditResult['records']>): NonNullable<NonNullable<ReportModel['usage']>['freshness']> {
  const s = freshnessScope(r);
  return { records: s.records, open: s.open, medianDays: s.medianDaysSinceModified, staleShare: s.staleShare };
}

/** The first sentence of a text (whole, when it has one sentence). */
export function firstSentence(text: string): string {
  const m = /^(.+?[.!?])\s+(?=[A-Z0-9“"])/.exec(text);
  return m?.[1] ?? text;
}

/** A first sentence this short ("4 audits fail today.") says too little alone on a card. */
const GIST_MIN = 60;
/** A sentence longer than this is cut at its first colon or semicolon, to fit a card. */
const GIST_MAX = 170;
/** A second sentence longer than this is cut the same way. */
const GIST_MAX_SECOND = 110;

/** A long sentence up to its first colon or semicolon (when that leaves a clause of some length), as a sentence. */
function clause(sentence: string, max: number): string {
  if (sentence.length <= max) return sentence;
  const cut = /^(.{20,}?)\s*[:;]\s/.exec(sentence);
  return cut?.[1] ? `${cut[1].replace(/[,.]$/, '')}.` : sentence;
}

/**
 * The gist of a recommendation's why, for a card: its first sentence, and when that is only a count, the next
 * sentence as well; a long sentence stops at its first colon or semicolon.
 */
export function gistOf(text: string): string {
  const first = clause(firstSentence(text), GIST_MAX);
  if (first.length >= GIST_MIN || firstSentence(text) === text) return first;
  const second = clause(firstSentence(text.slice(firstSentence(text).length).trim()), GIST_MAX_SECOND);
  return `${first} ${second}`;
}

function evidenceOf(result: AuditResult): Array<{ value: number; label: string }> {
  const out: Array<{ value: number; label: string }> = [];
  const rows = (kind: string) => result.inputs.filter((i) => i.kind === kind).reduce((s, i) => s + i.rows, 0);
  if (result.users) out.push({ value: result.users.total, label: result.users.rosterGiven ? 'licensed users' : 'users' });
  const records = result.records?.records ?? rows('records');
  if (records) out.push({ value: records, label: 'CRM records' });
  const activities = result.activity?.activities ?? rows('activities');
  if (activities) out.push({ value: activities, label: 'activities' });
  if (result.fields?.length) out.push({ value: result.fields.length, label: 'fields classified' });
  if (result.interviews) {
    out.push({ value: result.interviews.respondents, label: 'people interviewed' });
    out.push({ value: result.interviews.notes, label: 'interview notes' });
  }
  const answered = answerRows(result.answers ?? {}).length;
  if (answered) out.push({ value: answered, label: answered === 1 ? 'question answered' : 'questions answered' });
  return out;
}

/** "The questionnaire: 21 of 24 questions answered (questions 2026.1, answered November 20, 2026)." */
function questionnaireSource(result: AuditResult, f: Formatter): string | null {
  const cover = questionnaireCoverage(result.answers);
  if (!cover) return null;
  const version = result.answers?.['questionnaire'];
  const day = result.answers?.['answeredOn'];
  const when = typeof day === 'string' ? `, answered ${f.date(day)}` : '';
  return `The questionnaire: ${cover.answered} of ${cover.asked} questions answered (questions version ${typeof version === 'string' ? version : 'unknown'}${when}).`;
}

function statusRank(s: Status): number {
  return s === 'fail' ? 0 : s === 'pass' ? 1 : s === 'error' ? 2 : 3;
}

/** What one side of the love/hate split talks about, or why that is not said: "talk about positive value". */
function drivesSide(themes: readonly string[], people: number, minGroupSize: number, themeTitle: (id: string) => string): string {
  if (themes.length > 0) return `talk about ${phrase(themes.map(themeTitle))}`;
  if (people < minGroupSize) return `are too few (${people}) to say what they talk about: a side needs ${minGroupSize} people`;
  return 'name no theme more often than the others do';
}

/** ["No value to me", "Mobile access"] -> "no value to me and mobile access" */
function phrase(titles: string[]): string {
  const words = titles.map((t) => t.charAt(0).toLowerCase() + t.slice(1));
  if (words.length <= 1) return words[0] ?? 'nothing in particular';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
