// no-reason-to-be-there (value): nothing reaches the rep in the CRM that they could not get elsewhere.
import type { Dataset, FieldResult, InputSummary } from '../result/schema.js';
import type { Audit } from './lib/types.js';
import { flaggedTeams, groupOwners, ownerFillOf, ownerReadings, shownTeamOf, type OwnerReading } from './lib/owners.js';
import { fieldRef, listNames, measured, pct, r4, ramp, share, tokens } from './lib/util.js';

export const THRESHOLDS = {
  reachedFill: {
    value: 0.2,
    meaning: 'a back-office field measured in data reaches reps when filled in this share of rows (of an owner’s records, per owner)',
  },
  minOwnerRows: { value: 5, meaning: 'records an owner needs in a field before the field’s fill on their records counts' },
  minOwners: { value: 5, meaning: 'record owners measured that the per-owner reading needs' },
  reachMost: {
    value: 0.75,
    meaning: 'a domain measured per owner counts as reaching reps only when it reaches at least this share of the owners',
  },
  ownerShareZero: { value: 0.1, meaning: 'share of record owners no domain reaches at or below which that signal is 0' },
  ownerShareFull: { value: 0.3, meaning: 'share of record owners no domain reaches at which that signal is 1 (fails from 0.20)' },
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
/** What a rep gets of a domain, as a noun: "no orders", "no support data". */
const DOMAIN_NOUN: Record<Domain, string> = { orders: 'orders', invoices: 'invoices', support: 'support data', credit: 'credit data' };
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

/**
 * How a domain reaches reps: `reached` (an export of it, or a field of it filled, and where fill per owner is known,
 * on the records of most owners), `partial` (filled, but only for some of the owners), `planned` (a field of it in
 * a field list without data), `empty` (fields of it, rarely filled), `absent`.
 */
type Reach = 'reached' | 'partial' | 'planned' | 'empty' | 'absent';

export interface DomainReach {
  domain: Domain;
  reach: Reach;
  via: string[];
  /** record owners measured on the domain's fields (null when fill per owner is not known) */
  owners: number | null;
  /** of them, those on whose records a field of the domain is filled in reachedFill or more */
  ownersReached: number | null;
}

/** The owners a domain reaches: a field of it filled on at least reachedFill of their own records. */
function reachedOwners(readings: readonly OwnerReading[], matching: readonly FieldResult[]): Set<string> {
  const out = new Set<string>();
  for (const r of readings) {
    if (matching.some((f) => (ownerFillOf(r, f) ?? -1) >= THRESHOLDS.reachedFill.value)) out.add(r.owner);
  }
  return out;
}

export function domainReach(fields: readonly FieldResult[], inputs: readonly InputSummary[]): DomainReach[] {
  const T = THRESHOLDS;
  return DOMAIN_IDS.map((domain) => {
    const viaInputs = inputs
      .filter((i) => (i.kind === 'records' || i.kind === 'activities') && i.rows > 0 && i.object && domainsOf(i.object).includes(domain))
      .map((i) => i.object as string);
    const matching = fields.filter((f) => fieldDomains(f).includes(domain));
    const used = matching.filter((f) => measured(f) && (f.fillRate ?? 0) >= T.reachedFill.value);
    const planned = matching.filter((f) => !measured(f));
    const readings = ownerReadings(matching.filter(measured), T.minOwnerRows.value);
    const perOwner = !viaInputs.length && readings.length >= T.minOwners.value;
    const reachedBy = perOwner ? reachedOwners(readings, matching) : null;
    let reach: Reach;
    let via: string[];
    if (viaInputs.length || used.length) {
      reach = reachedBy && share(reachedBy.size, readings.length) < T.reachMost.value ? 'partial' : 'reached';
      via = [...new Set([...viaInputs, ...used.map(fieldRef)])];
    } else if (planned.length) {
      reach = 'planned';
      via = planned.map(fieldRef);
    } else if (matching.length) {
      reach = reachedBy && reachedBy.size > 0 ? 'partial' : 'empty';
      via = matching.map(fieldRef);
    } else {
      reach = 'absent';
      via = [];
    }
    return {
      domain,
      reach,
      via: via.sort(),
      owners: reachedBy ? readings.length : null,
      ownersReached: reachedBy ? reachedBy.size : null,
    };
  });
}

/** Record owners and whether any back-office domain reaches them (null when fill per owner is not known). */
export function ownersReached(fields: readonly FieldResult[], inputs: readonly InputSummary[]) {
  const T = THRESHOLDS;
  const reach = domainReach(fields, inputs);
  // A domain that reaches everyone (an export of it, a planned field) leaves nobody unreached.
  if (reach.some((r) => (r.reach === 'reached' || r.reach === 'planned') && r.owners === null)) return null;
  const matching = fields.filter((f) => measured(f) && fieldDomains(f).length > 0);
  const readings = ownerReadings(matching, T.minOwnerRows.value);
  if (readings.length < T.minOwners.value) return null;
  const reached = reachedOwners(readings, matching);
  return readings.map((r) => ({ owner: r.owner, reached: reached.has(r.owner), meanFill: r.meanFill }));
}

const RISK_BY_COUNT = [THRESHOLDS.risk0.value, THRESHOLDS.risk1.value, THRESHOLDS.risk2.value, THRESHOLDS.risk3.value, THRESHOLDS.risk4.value];

export const noReasonToBeThere: Audit = {
  meta: {
    id: 'no-reason-to-be-there',
    title: 'Back-office data reaching reps',
    failureTitle: 'Reps have no reason to be in the CRM',
    description:
      'Adoption follows value. Orders, invoices, open support cases and credit standing, on a dashboard and on the ' +
      'phone, give a rep a reason to open the CRM every day; without them, their own spreadsheet serves them as well. ' +
      'A feed that reaches some territories only leaves the others with no reason at all.',
    category: 'value',
    requiredKinds: ['fields', 'records'],
    requires: ['fields'],
    definition:
      'Four back-office domains (orders, invoices, support, credit) are looked for in field names and labels and in the ' +
      'exported objects. A domain reaches reps when an export of it has rows, or a field of it is filled in 20% of rows ' +
      'or more; where fill per record owner is known (5+ owners with 5+ records), only when a field of it is filled in ' +
      '20% of the records of at least 75% of the owners (else it reaches them partially). In a planned field list (no ' +
      'data) a planned field counts. Two signals: by domains reaching reps, 0→1, 1→0.45, 2→0.20, 3→0.05, 4→0; and ' +
      'the share of record owners that no domain reaches, 0.10→0.30. The risk is the stronger. Link ids alone (…Id) ' +
      'and address parts (BillingCity) do not count. Teams are named only when shown; other owners by pseudonym.',
    thresholds: THRESHOLDS,
  },
  notApplicable(d: Dataset) {
    const data = d.inputs.some((i) => (i.kind === 'records' || i.kind === 'activities') && i.rows > 0);
    return (d.fields ?? []).length || data ? null : 'no field list or CRM export was given';
  },
  run(d: Dataset) {
    const T = THRESHOLDS;
    const fields = d.fields ?? [];
    const reach = domainReach(fields, d.inputs);
    const counted = reach.filter((r) => r.reach === 'reached' || r.reach === 'planned');
    const partial = reach.filter((r) => r.reach === 'partial');
    const countRisk = RISK_BY_COUNT[counted.length] ?? 0;
    const missing = reach.filter((r) => r.reach === 'absent' || r.reach === 'empty').map((r) => r.domain);

    const owners = ownersReached(fields, d.inputs);
    const unreached = owners?.filter((o) => !o.reached) ?? [];
    const unreachedShare = owners ? share(unreached.length, owners.length) : null;
    const ownerRisk = unreachedShare === null ? 0 : ramp(unreachedShare, T.ownerShareZero.value, T.ownerShareFull.value);
    const groups = owners ? groupOwners(owners, shownTeamOf(d), (o) => !o.reached, (o) => (o.reached ? 1 : 0)) : [];
    const teams = flaggedTeams(groups);
    const byOwners = ownerRisk > countRisk || (ownerRisk > 0 && ownerRisk === countRisk);
    const risk = Math.max(countRisk, ownerRisk);

    const share0 = (r: DomainReach) => (r.owners ? share(r.owners - (r.ownersReached ?? 0), r.owners) : null);
    // "38% of record owners get no orders, 38% no invoices and 40% no support data"
    const partialText = partial.length
      ? `${pct(share0(partial[0]!))} of record owners get no ${listNames(
          partial.map((r, i) => `${i === 0 ? '' : `${pct(share0(r))} no `}${DOMAIN_NOUN[r.domain]}`),
          4,
        )}`
      : '';
    const where = () => {
      const parts = groups.filter((g) => g.kind === 'team' && g.flagged > 0).map((g) => `${g.flagged} of ${g.owners} in ${g.name}`);
      const alone = groups.filter((g) => g.kind === 'owner' && g.flagged > 0).length;
      if (alone && parts.length) parts.push(`${alone} whose team is not shown`);
      return parts.length ? `: ${listNames(parts, 4)}` : '';
    };

    let summary: string;
    if (byOwners && owners) {
      summary =
        `No order, invoice, support or credit data reaches ${unreached.length} of ${owners.length} record owners ` +
        `(${pct(unreachedShare)}) on their own records${where()}` +
        (partialText ? `; ${partialText}.` : '.');
    } else if (counted.length === 0 && partial.length === 0) {
      summary = 'No order, invoice, support or credit data reaches reps in the CRM.';
    } else {
      summary =
        `${counted.length} of 4 back-office domains reach most reps` +
        (counted.length ? ` (${listNames(counted.map((r) => r.domain), 4)})` : '') +
        (partialText ? `; ${partialText}` : '') +
        (missing.length ? `; missing: ${listNames(missing, 4)}` : '') +
        (unreachedShare !== null && unreached.length ? `; ${unreached.length} of ${owners!.length} record owners (${pct(unreachedShare)}) get none.` : '.');
    }

    return {
      risk,
      evidence: {
        summary,
        metrics: {
          domainsReached: counted.length,
          domainsPartial: partial.length,
          domainsPlanned: reach.filter((r) => r.reach === 'planned').length,
          missingDomains: missing.join(';') || null,
          ...Object.fromEntries(reach.map((r) => [r.domain, r.reach])),
          ...Object.fromEntries(reach.filter((r) => r.owners !== null).map((r) => [`unreached:${r.domain}`, r4(share0(r) ?? 0)])),
          riskFromCount: r4(countRisk),
          ownersMeasured: owners ? owners.length : null,
          ownersUnreached: owners ? unreached.length : null,
          ownerUnreachedShare: unreachedShare === null ? null : r4(unreachedShare),
          ownerSignal: r4(ownerRisk),
          unreachedTeams: teams.length ? teams.join(';') : null,
          strongestSignal: byOwners ? 'owners' : 'domains',
        },
        table: byOwners
          ? {
              columns: ['team or owner', 'record owners', 'reached by no domain'],
              rows: groups.slice(0, 15).map((g) => [g.kind === 'team' ? g.name : `${g.name} (team not shown)`, g.owners, g.flagged]),
            }
          : {
              columns: ['domain', 'reaches reps', 'owners not reached', 'seen in'],
              rows: reach.map((r) => [r.domain, r.reach, share0(r) === null ? null : r4(share0(r)!), r.via.length ? listNames(r.via, 3) : null]),
            },
      },
    };
  },
};

export default noReasonToBeThere;
