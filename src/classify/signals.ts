// The signals: lexicon tags found in the name, label and description, combined with the field's type,
// object, required flag and CRM metadata into weighted evidence for each card. Every piece of evidence
// carries the words and facts behind it, so the classification can say why.
import type { TypeInfo } from './field-type.js';
import { PHRASES, WORD_TAGS, type LexEntry, type Tag } from './lexicon.js';
import type { Token } from './tokens.js';
import type { Card } from './types.js';

export type Source = 'name' | 'label' | 'description';

export interface Evidence {
  card: Card;
  weight: number;
  /** one id per kind of evidence: the same evidence from several sources counts once (the strongest) */
  id: string;
  /** evidence of one group counts once, the strongest (an activity count is not also activity logging) */
  group?: string;
  reason: string;
  source?: Source;
}

/** Tags found in one source, with the words that carried each. */
export type TagHits = Map<Tag, string[]>;

const PHRASES_BY_FIRST = (() => {
  const m = new Map<string, LexEntry[]>();
  for (const p of PHRASES) {
    const first = p.words[0] as string;
    const list = m.get(first) ?? [];
    list.push(p);
    m.set(first, list);
  }
  return m;
})();

export interface TagOptions {
  /** normalised words that say nothing here (the object's own kind, the CRM's own name) */
  ignore?: ReadonlySet<string>;
}

/** Tag a token sequence: phrases first (longest), then single words. A word inside a phrase is not tagged again. */
export function tagTokens(tokens: readonly Token[], opts: TagOptions = {}): TagHits {
  const hits: TagHits = new Map();
  const add = (tag: Tag, text: string) => {
    const list = hits.get(tag) ?? [];
    if (!list.includes(text)) list.push(text);
    hits.set(tag, list);
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    let matched = 0;
    for (const p of PHRASES_BY_FIRST.get(t.norm) ?? []) {
      if (p.words.length > tokens.length - i) continue;
      if (p.words.every((w, k) => tokens[i + k]?.norm === w)) {
        const text = tokens
          .slice(i, i + p.words.length)
          .map((x) => x.text)
          .join(' ');
        for (const tag of p.tags) add(tag, text);
        matched = p.words.length;
        break;
      }
    }
    if (matched) {
      i += matched;
      continue;
    }
    if (!opts.ignore?.has(t.norm)) for (const tag of WORD_TAGS.get(t.norm) ?? []) add(tag, t.text);
    i++;
  }
  return hits;
}

export interface SourceView {
  source: Source;
  /** how much this source counts: a description is wordier and counts half */
  factor: number;
  tokens: Token[];
  hits: TagHits;
}

export interface FieldFacts {
  type: TypeInfo;
  /** normalised object name */
  object: string | null;
  objectText: string | null;
  required: boolean | null;
  calculated: boolean;
  readOnly: boolean;
  namespace: string | null;
  description: string;
  /** normalised words that say nothing about this field (the CRM's own name, the object's kind) */
  ignore: ReadonlySet<string>;
}

const q = (words: readonly string[]) => words.map((w) => `"${w}"`).join(' + ');
const tokenWord = (source: Source, words: readonly string[]) =>
  `${source} ${words.length > 1 ? 'tokens' : 'token'} ${q(words)}`;

interface LexSignal {
  id: string;
  group?: string;
  card: Card;
  weight: number;
  /** what the evidence means, for the reason */
  meaning: string;
  test(v: SourceView, f: FieldFacts): { words: string[]; extra?: string } | null;
}

const has = (v: SourceView, tag: Tag) => v.hits.has(tag);
const words = (v: SourceView, ...tags: Tag[]) => tags.flatMap((t) => v.hits.get(t) ?? []);
const isNumber = (f: FieldFacts) => f.type.kind === 'number';
const isBoolean = (f: FieldFacts) => f.type.kind === 'boolean';

/** A tag on its own. */
function single(id: string, tag: Tag, card: Card, weight: number, meaning: string): LexSignal {
  return { id, card, weight, meaning, test: (v) => (has(v, tag) ? { words: words(v, tag) } : null) };
}

/** A preferred time for calls, or a do-not-call flag, is about the customer, not a control. */
const activityCounts = (v: SourceView) => has(v, 'activity') && !has(v, 'preference') && !has(v, 'consent');

/** An activity word with a modifier (count, period, quota, report, recency, time). */
function withActivity(id: string, tag: Tag, weight: number, meaning: string): LexSignal {
  return {
    id,
    group: 'activity',
    card: 'low',
    weight,
    meaning,
    test: (v) => (activityCounts(v) && has(v, tag) ? { words: [...words(v, 'activity'), ...words(v, tag)] } : null),
  };
}

const ID_WORDS = new Set(['id', 'guid', 'uuid', 'key', 'identifier', 'number', 'no', 'code', 'ref', 'reference']);

/** A key of another system: `SAP Customer Number`, `ERP Order Number`, `External ID`, `Legacy Id`. */
const INTEGRATION_KEY: LexSignal = {
  id: 'integration-key',
  group: 'key',
  card: 'system',
  weight: 3.5,
  meaning: 'integration key',
  test: (v) => {
    if (v.source === 'description') return null;
    const last = v.tokens[v.tokens.length - 1];
    if (!last || !ID_WORDS.has(last.norm)) return null;
    const from = words(v, 'vendor', 'integration', 'migration');
    return from.length ? { words: [...from, last.text] } : null;
  },
};

export const LEX_SIGNALS: LexSignal[] = [
  // Low Card
  {
    id: 'activity-count',
    group: 'activity',
    card: 'low',
    weight: 3,
    meaning: 'activity count',
    test: (v, f) => {
      if (!activityCounts(v)) return null;
      if (has(v, 'count')) return { words: words(v, 'activity', 'count') };
      // a number with a quota, period or duration word says more as that ("Visits Required Per Month")
      const specific = has(v, 'timelog') || has(v, 'quota') || has(v, 'period') || has(v, 'duration');
      if (isNumber(f) && !specific) return { words: words(v, 'activity'), extra: `${f.type.text} type` };
      return null;
    },
  },
  // a quota says more than its period ("Visits Required Per Month"): on a tie the first listed is shown
  withActivity('activity-quota', 'quota', 3, 'activity quota'),
  withActivity('activity-period', 'period', 3, 'activity per period'),
  withActivity('activity-report', 'report', 3, 'activity report'),
  withActivity('activity-recency', 'recency', 2.5, 'activity recency (a staleness check)'),
  withActivity('activity-time', 'timelog', 2.5, 'time spent on activities'),
  withActivity('activity-duration', 'duration', 2.5, 'duration of logged activities'),
  single('time-logging', 'timelog', 'low', 2.2, 'time logging'),
  {
    id: 'report',
    card: 'low',
    weight: 2,
    meaning: 'a report the rep must file',
    test: (v) => (has(v, 'report') && !has(v, 'relationship') ? { words: words(v, 'report') } : null),
  },
  single('approval', 'approval', 'low', 3, 'approval step'),
  single('forecast', 'forecast', 'low', 2.5, 'forecast control'),
  single('compliance', 'compliance', 'low', 2.5, 'compliance monitor'),
  single('review', 'review', 'low', 2, 'management review'),
  {
    id: 'manager-remarks',
    card: 'low',
    weight: 2.5,
    meaning: "manager's remarks on the rep",
    test: (v) => (has(v, 'manager') && has(v, 'remark') ? { words: words(v, 'manager', 'remark') } : null),
  },
  {
    id: 'checklist',
    group: 'checklist',
    card: 'low',
    weight: 3.5,
    meaning: 'checklist control',
    test: (v, f) => (isBoolean(f) && has(v, 'processVerb') ? { words: words(v, 'processVerb'), extra: `${f.type.text} type` } : null),
  },
  single('next-step', 'nextStep', 'low', 2, 'next-step update'),
  {
    id: 'activity',
    group: 'activity',
    card: 'low',
    weight: 1.2,
    meaning: 'activity logging',
    test: (v) => (activityCounts(v) ? { words: words(v, 'activity') } : null),
  },
  {
    id: 'activity-entry',
    card: 'low',
    weight: 2,
    meaning: 'what the rep logs about each activity',
    test: (v, f) => {
      if (v.source === 'description' || !f.object || !ACTIVITY_OBJECTS.has(f.object) || !has(v, 'descriptor')) return null;
      // only when the field is just that: Subject, Type, Status, Comments (not Recurrence Type)
      const rest = v.tokens.filter((t) => !f.ignore.has(t.norm) && !(WORD_TAGS.get(t.norm) ?? []).includes('descriptor'));
      return rest.length === 0 ? { words: words(v, 'descriptor'), extra: `object "${f.objectText}"` } : null;
    },
  },
  single('mandate', 'mandate', 'low', 1.5, 'a mandatory entry'),
  // High Card
  single('feedback', 'feedback', 'high', 3, 'customer feedback'),
  single('order', 'order', 'high', 3, 'order data'),
  single('invoice', 'invoice', 'high', 3, 'invoice and revenue history'),
  single('payment', 'payment', 'high', 3, 'payment data'),
  single('credit', 'credit', 'high', 3, 'credit standing'),
  single('support', 'support', 'high', 3, 'support and service history'),
  single('contract', 'contract', 'high', 2.5, 'contract and renewal data'),
  single('plan', 'plan', 'high', 2.5, 'account or territory planning'),
  single('relationship', 'relationship', 'high', 2.5, 'relationship knowledge'),
  single('health', 'health', 'high', 2.5, 'customer health'),
  { ...single('enrichment', 'enrichment', 'high', 2.5, 'enriched customer data'), group: 'enrichment' },
  single('preference', 'preference', 'high', 2.5, 'customer preference'),
  single('competitor', 'competitor', 'high', 2, 'competitive intelligence'),
  {
    id: 'market-access',
    card: 'high',
    weight: 3,
    meaning: 'market access, listing or tender status of the account',
    // "Tender Reference", "Formulary ID": a key of the tender or listing, not its status
    test: (v) => {
      if (!has(v, 'marketAccess')) return null;
      const last = v.tokens[v.tokens.length - 1];
      if (v.source !== 'description' && last && ID_WORDS.has(last.norm)) return null;
      return { words: words(v, 'marketAccess') };
    },
  },
  single('communication', 'communication', 'high', 2.5, 'customer communication'),
  // system
  INTEGRATION_KEY,
  single('integration', 'integration', 'system', 3, 'integration-maintained'),
  single('migration', 'migration', 'system', 3, 'data-migration metadata'),
  single('audit', 'audit', 'system', 3, 'audit stamp'),
  { ...single('derived', 'derived', 'system', 2.5, 'derived by the CRM'), group: 'computed' },
  single('geo', 'geo', 'system', 2.5, 'geocode'),
  {
    id: 'state-flag',
    card: 'system',
    weight: 2.5,
    meaning: 'state flag set by the CRM',
    test: (v, f) => {
      if (!has(v, 'flagState')) return null;
      const first = v.tokens[0]?.norm;
      if (isBoolean(f)) return { words: words(v, 'flagState'), extra: `${f.type.text} type` };
      if ((first === 'is' || first === 'has') && v.source !== 'description') return { words: [v.tokens[0]!.text, ...words(v, 'flagState')] };
      return null;
    },
  },
  { ...single('vendor', 'vendor', 'system', 1, 'named after an external system'), group: 'key' },
  // neutral
  single('consent', 'consent', 'neutral', 3, 'consent flag'),
  // start, end, reminders, Busy/Free: when and how an entry shows in the calendar, neither a benefit nor a control
  single('calendar', 'calendar', 'neutral', 2, 'calendar mechanics'),
  { ...single('contact-data', 'contactData', 'neutral', 1.5, 'a name or contact data'), group: 'business' },
  { ...single('business', 'business', 'neutral', 1, 'business data'), group: 'business' },
];

/** Evidence from the identifier shape: `Id`, `deal_id`, `AccountId` (a link), `Record ID`. */
export function identifierEvidence(v: SourceView, f: FieldFacts): Evidence | null {
  if (v.source === 'description') return null;
  const last = v.tokens[v.tokens.length - 1];
  const idLast = last && (last.norm === 'id' || last.norm === 'guid' || last.norm === 'uuid' || last.norm === 'key' || last.norm === 'identifier');
  if (!idLast && f.type.kind !== 'id') return null;
  const others = v.tokens.slice(0, idLast ? -1 : undefined).filter((t) => t.norm !== 'record' && !f.ignore.has(t.norm));
  const entities = others.filter((t) => WORD_TAGS.get(t.norm)?.includes('entity') || t.norm === f.object);
  const own = others.length === 0 || (others.length === 1 && others[0]!.norm === f.object);
  const shown = idLast ? `${v.source} token "${last.text}"` : `${f.type.text} type`;
  if (f.type.kind === 'id' || own) {
    return { card: 'system', weight: 3, id: 'record-id', group: 'key', reason: `${shown} → record identifier (system)` };
  }
  if (f.type.kind === 'reference' || (entities.length > 0 && entities.length === others.length)) {
    const shownLink = entities.length
      ? `${v.source} tokens ${q([...entities.map((t) => t.text), last?.text ?? 'id'])}`
      : `${shown} + ${f.type.text} type`;
    return { card: 'neutral', weight: 1.8, id: 'link', group: 'business', reason: `${shownLink} → link to another record (neutral)` };
  }
  return { card: 'system', weight: 2, id: 'identifier', group: 'key', reason: `${shown} → identifier (system)` };
}

export function lexicalEvidence(v: SourceView, f: FieldFacts): Evidence[] {
  const out: Evidence[] = [];
  // "ERP Order Number": the other words only say what the key identifies
  const isKey = INTEGRATION_KEY.test(v, f) !== null;
  for (const s of LEX_SIGNALS) {
    if (isKey && s.card !== 'system') continue;
    const hit = s.test(v, f);
    if (!hit) continue;
    const extra = hit.extra ? ` + ${hit.extra}` : '';
    out.push({
      card: s.card,
      weight: s.weight * v.factor,
      id: s.id,
      ...(s.group ? { group: s.group } : {}),
      source: v.source,
      reason: `${tokenWord(v.source, hit.words)}${extra} → ${s.meaning} (${s.card})`,
    });
  }
  const idEv = identifierEvidence(v, f);
  if (idEv) out.push({ ...idEv, source: v.source });
  return out;
}

export const ACTIVITY_OBJECTS = new Set([
  'task', 'event', 'activity', 'call', 'phonecall', 'appointment', 'meeting', 'visit', 'engagement',
  'engagementcall', 'engagementmeeting', 'callreport', 'visitreport', 'timesheet', 'timeentry',
]);
const HIGH_OBJECTS = new Set([
  'order', 'salesorder', 'orderitem', 'invoice', 'invoiceline', 'case', 'ticket', 'incident', 'asset', 'contract',
  'entitlement', 'payment', 'shipment', 'creditnote', 'complaint', 'feedback', 'survey', 'surveyresponse',
  'serviceappointment', 'workorder', 'accountplan', 'territoryplan',
]);

/** Evidence from the object, type, required flag and CRM metadata. */
export function fieldEvidence(f: FieldFacts, lowSoFar: number): Evidence[] {
  const out: Evidence[] = [];
  if (f.object && ACTIVITY_OBJECTS.has(f.object)) {
    out.push({ card: 'low', weight: 0.8, id: 'object', reason: `object "${f.objectText}" is an activity log → leans low` });
  } else if (f.object && HIGH_OBJECTS.has(f.object)) {
    out.push({ card: 'high', weight: 0.8, id: 'object', reason: `object "${f.objectText}" holds order, service or customer data → leans high` });
  }
  if (f.type.calculated || f.calculated) {
    const what = f.type.calculated ? `${f.type.text} type` : 'the CRM marks it calculated';
    out.push({ card: 'system', weight: 1.5, id: 'calculated', group: 'computed', reason: `${what} → computed by the CRM (system)` });
  } else if (f.readOnly) {
    out.push({ card: 'system', weight: 1.5, id: 'calculated', group: 'computed', reason: 'the CRM marks it read-only → no entry by the rep (system)' });
  }
  const d = f.description;
  const auto = /\b(set|updated|populated|calculated|maintained|filled) automatically\b|\bautomatically (set|updated|calculated|populated|filled)\b|\bread[- ]only\b|\bsystem[- ]generated\b|\bderived from\b|\bfor system use\b|\bby a workflow\b|\bset by the (system|integration)\b/i.exec(d);
  if (auto) {
    out.push({ card: 'system', weight: 1.5, id: 'auto', group: 'computed', reason: `description says "${auto[0].toLowerCase()}" → maintained by the CRM (system)` });
  } else if (/^shows\b/i.test(d.trim())) {
    out.push({ card: 'system', weight: 1.2, id: 'auto', group: 'computed', reason: 'description starts "Shows" (read-only wording) → leans system' });
  }
  const enriched = /\b(powered|enriched|provided|sourced) by\b/i.exec(d);
  if (enriched) {
    out.push({ card: 'high', weight: 2, id: 'enriched', group: 'enrichment', reason: `description says "${enriched[0].toLowerCase()}" → enriched customer data (high)` });
  }
  if (/^(select|choose|tick|check|mark) (whether|when|once|if)\b/i.test(d.trim()) && f.type.kind === 'boolean') {
    const opening = d.trim().split(/\s+/).slice(0, 2).join(' ');
    out.push({ card: 'low', weight: 2.6, id: 'checklist-desc', group: 'checklist', reason: `description "${opening}" + ${f.type.text} type → checklist control (low)` });
  }
  if (f.namespace) {
    out.push({ card: 'system', weight: 1, id: 'namespace', reason: `managed-package namespace "${f.namespace}" → usually filled by an integration (system)` });
  }
  if (f.required === true && lowSoFar > 0) {
    out.push({ card: 'low', weight: 1, id: 'required', reason: 'required field → the rep cannot skip it (strengthens low)' });
  }
  return out;
}
