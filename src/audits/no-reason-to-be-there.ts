// no-reason-to-be-there (value): nothing reaches the rep in the CRM that they could not get elsewhere.
import type { Dataset, FieldResult, InputSummary } from '../result/schema.js';
import type { Audit } from './lib/types.js';
import { fieldRef, listNames, measured, r4, tokens } from './lib/util.js';

export const THRESHOLDS = {
  reachedFill: { value: 0.2, meaning: 'a back-office field measured in data reaches reps when filled in this share of rows' },
  risk0: { value: 1, meaning: 'risk with none of the four back-office domains reaching reps' },
  risk1: { value: 0.45, meaning: 'risk with one domain (one source is a start, not yet a habit)' },
  risk2: { value: 0.2, meaning: 'risk with two domains' },
  risk3: { value: 0.05, meaning: 'risk with three domains' },
  risk4: { value: 0, meaning: 'risk with all four domains' },
} as const;

/** The back-office data a rep cannot get elsewhere, by the words that name it in fields and objects. */
export const DOMAINS = {
  orders: ['order', 'orders', 'purchase', 'purchases', 'shipment', 'shipments', 'delivery', 'deliveries', 'backorder', 'salesorder'],
  invoices: ['invoice', 'invoices', 'invoiced', 'payment', 'payments', 'receivable', 'receivables'],
  support: ['case', 'cases', 'ticket', 'tickets', 'support', 'complaint', 'complaints', 'incident', 'incidents', 'escalation', 'warranty', 'rma'],
  credit: ['credit', 'overdue', 'dunning', 'arrears', 'collections', 'outstanding', 'creditworthiness'],
} as const;
export type Domain = keyof typeof DOMAINS;
const DOMAIN_IDS = Object.keys(DOMAINS) as Domain[];
const IDENTIFIER = new Set(['id', 'key', 'guid', 'uuid']);
/** Address parts: a BillingCity or DeliveryStreet is where to send things, not back-office data. */
const ADDRESS = new Set(['street', 'city', 'postal', 'postcode', 'zip', 'country', 'state', 'province', 'address', 'latitude', 'longitude', 'geocode']);

function domainsOf(text: string): Domain[] {
  const t = new Set(tokens(text));
  return DOMAIN_IDS.filter((d) => DOMAINS[d].some((w) => t.has(w)));
}

/** A field names a domain by its object, name or label; a bare link id says nothing reaches the rep. */
function fieldDomains(f: FieldResult): Domain[] {
  const nameTokens = tokens(f.name);
  if (IDENTIFIER.has(nameTokens[nameTokens.length - 1] ?? '')) return [];
  if ([...nameTokens, ...tokens(f.label)].some((t) => ADDRESS.has(t))) return [];
  return [...new Set([...domainsOf(f.object ?? ''), ...domainsOf(f.name), ...domainsOf(f.label)])];
}

type Reach = 'reached' | 'planned' | 'empty' | 'absent';

export interface DomainReach {
  domain: Domain;
  reach: Reach;
  via: string[];
}

export function domainReach(fields: readonly FieldResult[], inputs: readonly InputSummary[]): DomainReach[] {
  return DOMAIN_IDS.map((domain) => {
    const viaInputs = inputs
      .filter((i) => (i.kind === 'records' || i.kind === 'activities') && i.rows > 0 && i.object && domainsOf(i.object).includes(domain))
      .map((i) => i.object as string);
    const matching = fields.filter((f) => fieldDomains(f).includes(domain));
    const used = matching.filter((f) => measured(f) && (f.fillRate ?? 0) >= THRESHOLDS.reachedFill.value);
    const planned = matching.filter((f) => !measured(f));
    let reach: Reach;
    let via: string[];
    if (viaInputs.length || used.length) {
      reach = 'reached';
      via = [...new Set([...viaInputs, ...used.map(fieldRef)])];
    } else if (planned.length) {
      reach = 'planned';
      via = planned.map(fieldRef);
    } else if (matching.length) {
      reach = 'empty';
      via = matching.map(fieldRef);
    } else {
      reach = 'absent';
      via = [];
    }
    return { domain, reach, via: via.sort() };
  });
}

const RISK_BY_COUNT = [THRESHOLDS.risk0.value, THRESHOLDS.risk1.value, THRESHOLDS.risk2.value, THRESHOLDS.risk3.value, THRESHOLDS.risk4.value];

export const noReasonToBeThere: Audit = {
  meta: {
    id: 'no-reason-to-be-there',
    title: 'Reps find data in the CRM they cannot get elsewhere',
    failureTitle: 'Reps have no reason to be in the CRM',
    description:
      'Adoption follows value. Orders, invoices, open support cases and credit standing, on a dashboard and on the ' +
      'phone, give a rep a reason to open the CRM every day; without them, their own spreadsheet serves them as well.',
    category: 'value',
    requiredKinds: ['fields', 'records'],
    requires: ['fields'],
    definition:
      'Four back-office domains (orders, invoices, support, credit) are looked for in field names and labels and in the ' +
      'exported objects. A domain reaches reps when an export of it has rows, or a field of it is filled in 20% of rows ' +
      'or more; in a planned field list (no data) a planned field counts. Risk by domains reached: 0→1, 1→0.45, 2→0.20, ' +
      '3→0.05, 4→0. Link ids alone (…Id) and address parts (BillingCity) do not count.',
    thresholds: THRESHOLDS,
  },
  notApplicable(d: Dataset) {
    const data = d.inputs.some((i) => (i.kind === 'records' || i.kind === 'activities') && i.rows > 0);
    return (d.fields ?? []).length || data ? null : 'no field list or CRM export was given';
  },
  run(d: Dataset) {
    const reach = domainReach(d.fields ?? [], d.inputs);
    const counted = reach.filter((r) => r.reach === 'reached' || r.reach === 'planned');
    const risk = RISK_BY_COUNT[counted.length] ?? 0;
    const missing = reach.filter((r) => r.reach === 'absent' || r.reach === 'empty').map((r) => r.domain);
    return {
      risk,
      evidence: {
        summary:
          counted.length === 0
            ? 'No order, invoice, support or credit data reaches reps in the CRM.'
            : `${counted.length} of 4 back-office domains reach reps (${listNames(counted.map((r) => r.domain), 4)}); ` +
              (missing.length ? `missing: ${listNames(missing, 4)}.` : 'none is missing.'),
        metrics: {
          domainsReached: counted.length,
          domainsPlanned: reach.filter((r) => r.reach === 'planned').length,
          missingDomains: missing.join(';') || null,
          ...Object.fromEntries(reach.map((r) => [r.domain, r.reach])),
          riskFromCount: r4(risk),
        },
        table: {
          columns: ['domain', 'reaches reps', 'seen in'],
          rows: reach.map((r) => [r.domain, r.reach, r.via.length ? listNames(r.via, 3) : null]),
        },
      },
    };
  },
};

export default noReasonToBeThere;
