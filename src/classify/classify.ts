// The classifier: consultant rules first, then the built-in table of standard fields, then the lexicon.
// Deterministic: the same descriptor always gives the same card, confidence and reasons.
import { typeInfo } from './field-type.js';
import { norm } from './normalize.js';
import { matchRule, type CompiledRule, type Rules } from './rules.js';
import { ACTIVITY_OBJECTS, fieldEvidence, lexicalEvidence, tagTokens, type Evidence, type FieldFacts, type SourceView } from './signals.js';
import { lookupStandard, type StandardField } from './standard-fields.js';
import { splitName, tokenizeText, type Token } from './tokens.js';
import type { Card, Classification, FieldDescriptor } from './types.js';
import { usageAxis } from './usage.js';

export interface ClassifyContext {
  rules?: Rules | undefined;
  /** use the built-in table of standard fields (default true; the evaluation turns it off) */
  builtin?: boolean;
}

const CRM_NAMES: Record<string, string> = {
  salesforce: 'Salesforce',
  hubspot: 'HubSpot',
  dynamics365: 'Dynamics 365',
  pipedrive: 'Pipedrive',
  zoho: 'Zoho',
  generic: 'generic',
};

/** Evidence ties go to the card listed first. */
const CARD_ORDER: readonly Card[] = ['system', 'low', 'high', 'neutral'];
const NEUTRAL_BASE = 0.6;

const round2 = (x: number) => Math.round(x * 100) / 100;

export interface LexiconResult {
  card: Card;
  confidence: number;
  reasons: string[];
  scores: Record<Card, number>;
}

function sameWords(a: readonly Token[], b: readonly Token[]): boolean {
  return a.length === b.length && a.every((t, i) => t.norm === b[i]?.norm);
}

/** Only the strongest piece of each kind of evidence counts (the same signal in name and label counts once). */
function strongest(evidence: readonly Evidence[]): Evidence[] {
  const best = new Map<string, Evidence>();
  for (const e of evidence) {
    const key = `${e.card}:${e.group ?? e.id}`;
    const prev = best.get(key);
    if (!prev || e.weight > prev.weight) best.set(key, e);
  }
  return [...best.values()];
}

// Weak or generic signals that a description's many words would trigger by accident. System words in a
// description ("the account associated with", "created from") describe other records, not this field.
const NOT_FROM_DESCRIPTION = new Set([
  'business', 'contact-data', 'consent', 'activity', 'activity-entry', 'next-step', 'report', 'review', 'checklist',
  'calendar',
]);
/** A description alone can add at most this much to a card. */
const DESCRIPTION_CAP = 1.5;
const OWN_ACTIVITY_WORDS = ['task', 'activity', 'event'];
const CRM_WORDS: Record<string, string[]> = {
  salesforce: ['salesforce', 'sfdc'],
  hubspot: ['hubspot'],
  dynamics365: ['dynamics', 'msdyn'],
  pipedrive: ['pipedrive'],
  zoho: ['zoho'],
};

/** The lexicon alone: tokens of name, label and description, with type, object, required flag and metadata. */
export function classifyByLexicon(d: FieldDescriptor): LexiconResult {
  const parts = splitName(d.name, d.crm ?? null);
  const objectText = d.object?.trim() || parts.entity || null;
  const object = objectText ? norm(objectText.replace(/__c$/i, '').replace(/\s+/g, '')) : null;
  // "Task" on a Task or the CRM's own name in its own field says nothing
  const ignore = new Set<string>([...(CRM_WORDS[d.crm ?? ''] ?? []), ...(object && ACTIVITY_OBJECTS.has(object) ? OWN_ACTIVITY_WORDS : [])]);
  const tag = (tokens: Token[]) => tagTokens(tokens, { ignore });
  const labelTokens = d.label && d.label.trim() !== d.name.trim() ? tokenizeText(d.label) : [];
  const views: SourceView[] = [];
  // a label that says the same words as the name is shown as the label (what a consultant reads)
  if (!sameWords(labelTokens, parts.tokens)) views.push({ source: 'name', factor: 1, tokens: parts.tokens, hits: tag(parts.tokens) });
  if (labelTokens.length) views.push({ source: 'label', factor: 1, tokens: labelTokens, hits: tag(labelTokens) });
  const description = (d.description ?? '').trim();
  const descTokens = tokenizeText(description.slice(0, 400));
  if (descTokens.length) views.push({ source: 'description', factor: 0.5, tokens: descTokens, hits: tag(descTokens) });

  const facts: FieldFacts = {
    type: typeInfo(d.type),
    object,
    objectText,
    required: d.required ?? null,
    calculated: d.calculated === true,
    readOnly: d.readOnly === true,
    namespace: parts.namespace,
    description,
    ignore,
  };

  let evidence: Evidence[] = [];
  const fromDescription: Record<Card, number> = { high: 0, low: 0, system: 0, neutral: 0 };
  for (const v of views) {
    for (const e of strongest(lexicalEvidence(v, facts))) {
      if (v.source === 'description') {
        if (NOT_FROM_DESCRIPTION.has(e.id) || e.card === 'system') continue;
        const room = DESCRIPTION_CAP - fromDescription[e.card];
        if (room <= 0) continue;
        e.weight = Math.min(e.weight, room);
        fromDescription[e.card] += e.weight;
      }
      evidence.push(e);
    }
  }
  evidence = strongest(evidence);
  // the required flag strengthens a control the name, label or object already suggests
  const lowSoFar = evidence.filter((e) => e.card === 'low' && e.source !== 'description').reduce((s, e) => s + e.weight, 0);
  evidence = strongest([...evidence, ...fieldEvidence(facts, lowSoFar)]);

  const scores: Record<Card, number> = { high: 0, low: 0, system: 0, neutral: NEUTRAL_BASE };
  for (const e of evidence) scores[e.card] += e.weight;
  const ranked = [...CARD_ORDER].sort((a, b) => scores[b] - scores[a] || CARD_ORDER.indexOf(a) - CARD_ORDER.indexOf(b));
  const card = ranked[0] as Card;
  const runnerUp = ranked[1] as Card;
  const top = scores[card];
  const margin = top - scores[runnerUp];
  const confidence = round2(Math.min(0.95, 0.3 + 0.65 * (margin / top) * Math.min(1, top / 3)));

  const forCard = evidence.filter((e) => e.card === card).sort((a, b) => b.weight - a.weight || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
  const reasons = forCard.slice(0, 4).map((e) => e.reason);
  if (reasons.length === 0) {
    reasons.push(
      card === 'neutral'
        ? 'no High Card, Low Card or system signal in the name, label or description → neutral business data'
        : `no specific signal → ${card}`,
    );
  }
  const against = evidence.filter((e) => e.card === runnerUp && e.card !== 'neutral').sort((a, b) => b.weight - a.weight)[0];
  if (against && scores[runnerUp] >= 1.5 && margin < 2) reasons.push(`weighed against: ${against.reason}`);
  return { card, confidence, reasons, scores };
}

function builtinReason(d: FieldDescriptor, hit: StandardField): string {
  const crm = CRM_NAMES[d.crm ?? ''] ?? d.crm ?? '';
  const where = hit.object === '*' ? 'field of every object' : `${hit.object} field`;
  const why = [hit.ambiguous ? 'a judgement call' : '', hit.note ?? ''].filter(Boolean).join('; ');
  return `built-in table: standard ${crm} ${where} → ${hit.card}${why ? ` (${why})` : ''}`;
}

function ruleReasons(rule: CompiledRule, lex: LexiconResult): string[] {
  if (rule.origin === 'review-sheet') {
    if (rule.card === lex.card) return [`confirmed by the review sheet (${rule.where})`, ...lex.reasons];
    const out = [`set to ${rule.card} by the review sheet (${rule.where}); the classifier said ${lex.card}`];
    const own = rule.reason.trim();
    if (own && own !== lex.reasons.join('; ')) out.push(`consultant: ${own}`);
    return out;
  }
  const matched = [rule.name && `name ${rule.name.source}`, rule.label && `label ${rule.label.source}`, rule.object && `object ${rule.object.source}`]
    .filter(Boolean)
    .join(', ');
  const out = [`rule (${rule.where}, ${matched}): ${rule.reason}`];
  if (lex.card !== rule.card) out.push(`without the rule: ${lex.card} (${lex.reasons[0] ?? ''})`);
  return out;
}

/** Classify one field: a consultant's rule wins, then the built-in table of standard fields, then the lexicon. */
export function classifyField(d: FieldDescriptor, ctx: ClassifyContext = {}): Classification {
  const lex = classifyByLexicon(d);
  const usage = (card: Card) => usageAxis(card, d.fillRate, d.junkShare);
  const rule = matchRule(ctx.rules, d);
  if (rule) {
    return { card: rule.card, confidence: 1, decidedBy: 'rule', reasons: ruleReasons(rule, lex), usage: usage(rule.card) };
  }
  const custom = splitName(d.name, d.crm ?? null).custom;
  const hit = ctx.builtin === false || custom ? null : lookupStandard(d.crm, d.object, d.name);
  if (hit) {
    const reasons = [builtinReason(d, hit)];
    if (lex.card === hit.card) reasons.push(`lexicon agrees: ${lex.reasons[0] ?? ''}`);
    else reasons.push(`lexicon alone would say ${lex.card}: ${lex.reasons[0] ?? ''}`);
    // A standard field the client did not make required is filled or defaulted by the CRM itself.
    const standard = d.required !== true;
    return {
      card: hit.card,
      confidence: hit.ambiguous ? 0.6 : 0.95,
      decidedBy: 'builtin',
      reasons,
      usage: usageAxis(hit.card, d.fillRate, d.junkShare, { standard }),
    };
  }
  return { card: lex.card, confidence: lex.confidence, decidedBy: 'lexicon', reasons: lex.reasons, usage: usage(lex.card) };
}

export function classifyFields(ds: readonly FieldDescriptor[], ctx: ClassifyContext = {}): Classification[] {
  return ds.map((d) => classifyField(d, ctx));
}
