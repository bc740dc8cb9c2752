// Splitting field names and labels into words: camelCase, snake_case, Salesforce `__c` and namespaces,
// HubSpot `hs_`, Dynamics publisher prefixes (`new_`, `contoso_`), Pipedrive `Entity - Field`, ALLCAPS and
// glued lowercase names (`numberofvisits`), which are split on a vocabulary.
import type { CrmId } from '../ingest/types.js';
import { lexiconWords } from './lexicon.js';
import { fold, norm } from './normalize.js';

export interface Token {
  /** the word as written (for reasons) */
  text: string;
  /** folded, singular form (for matching) */
  norm: string;
}

export interface NameParts {
  tokens: Token[];
  /** a custom field: `__c`, a publisher prefix, or a Pipedrive/Zoho custom label */
  custom: boolean;
  /** Salesforce managed-package namespace (`ns__Field__c`) */
  namespace: string | null;
  /** prefix that was stripped: `hs`, `new`, a Dynamics publisher, `property` */
  prefix: string | null;
  /** Pipedrive's `Deal - Field` entity */
  entity: string | null;
}

// Common words of CRM field names beyond the lexicon, so that glued names split well.
const EXTRA_WORDS = `
a an and are as at be by for from has have in into is it me my of on or our per the their this to was were with
without who what when where which all any each every other own new old more most less least
account accounts activity address annual amount assigned assistant associated average back balance base bill
billing birth book booked box brand business buy buyer calc cap capital card category cell center centre change
channel check child city clean close closed code comment commission communication company complete condition
contact content contract conversion converted cost count country create created credit currency current customer
data date dates day days deal decision default delivery department description detail direct discount division
do domain done down due duration early edit effective else email employee end engagement entity estimated
event exchange expected expiry extension external fax field final financial first fiscal flag follow founded
freight from full group has head high history home hold holder hours id identify import inbound include
indicator industry initial instructions internal interest is item job key kind label language last lead level
life lifecycle line link list local location lost main mail mailing make market master max mean media
method middle min mobile modified money month name need net next note notes number object of office on
open opportunity opt origin originating other outbound over owner page parent partner payment pending percent
period person phone photo pipeline plan point points portal postal potential preferred previous price
primary priority private probability process product profile project property proposal prospect public
purchase quantity quarter quote rate rating reason record recurrence recurring reference referenced region
related relationship reminder renewal rep request required result revenue role sales salutation score
scoring second segment sequence series service set share shipping show site size social solution source
spent stage start state status step street subject suffix summary system tag target task tax team
technologies term territory thank ticker tier time title to topic total tracking trade transaction type unit
unique up update updated url usage user value version view viewed visit web website week won work year zip
phonecall modstamp pricebook you your not no yes bulk used use pain pursuit allow allowed ever how why
about above after again against before below between both but can could did does down during few further
here if just like made make many much must near off only out over same should so some such than that then
there these they those through too under until very we while will would able actual actually add added
adjust age agent agreement alert alias alternate amount application area asset attachment auto available
award bad band bank batch best bid birthday block blocked board body bonus bound branch breakdown budget
build call campaign capacity care case cash cause chain chance chat claim class client closing cloud
collaborator column commit committed communication competition complete condition confirm consent contacted
context control conversion copy corporate cost coupon coverage credit cross custom cycle daily decline
deduction degree demand deposit design destination device digital disposition distance distributor doc
document dollar draft drive driver edition education effort election eligible employer enable ending
engaged enter entry equipment error estimate evaluation exclude exclusion expense experience expiration
facebook factor family fee file filter final finance flow focus forecasting form format free frequency
fulfillment fund gender general gift given global grade gross growth guest handle hash height help hidden
hire holiday hot id image impact income index influence info information input install instance insurance
invite issue job join journey kpi land large lat latitude launch layout lifetime limit linked location
lock login long longitude loss loyalty machine manual map margin marital marketing match member membership
merge message meter middle milestone mode model monthly mrr arr acv tcv name nick nickname notification
office online opened operator opportunity option optout order organization origin outcome output paid parent
part party pass path pay percentage performance permission personal pick picklist place platform policy
pool portfolio position post power premium prepaid present presented pricing print prior problem proof
proposed protocol provider publish qualified qualification qualify quality question quota range rank raw
reach read ready real rebate receipt received recent recommended reference referral refund register
relation release remaining remote renewal repeat replacement reporting representative request requested
resolution resource response rest retention return review reward right risk route rule run safe salary
schedule scheduled school search season seat secondary section security selected seller send sent
sentiment serial session setting shared short signal signature signed single skill slot small social solution
special speed split sponsor staff standard star stat statement step stock storage store strategy stream
strength sub submission subscription success suite summary supplier supply support survey tab table talk
tech template terms text thread threshold ticket timeline timezone today token tool top topic tour track
trade training transfer trial trigger trust twitter unit unsubscribe update upsell valid validation vendor
verified video voice volume warranty weight welcome width win wish yield youtube zone
`;

let VOCAB: Set<string> | undefined;
function vocab(): Set<string> {
  if (!VOCAB) {
    VOCAB = new Set<string>();
    const add = (w: string) => {
      if (!w) return;
      VOCAB!.add(w);
      if (/[^s]$/.test(w)) VOCAB!.add(`${w}s`);
      if (/y$/.test(w)) VOCAB!.add(`${w.slice(0, -1)}ies`);
      if (/(ch|sh|x|s)$/.test(w)) VOCAB!.add(`${w}es`);
    };
    for (const w of lexiconWords()) add(w);
    for (const w of EXTRA_WORDS.split(/\s+/)) add(fold(w));
  }
  return VOCAB;
}

const SEGMENTS = new Map<string, string[]>();

/** Split a glued lowercase word on the vocabulary (fewest words, no unknown letters); unchanged when it cannot. */
export function segment(word: string): string[] {
  const v = vocab();
  if (word.length < 6 || v.has(word) || !/^[a-z]+$/.test(word)) return [word];
  let parts = SEGMENTS.get(word);
  if (!parts) {
    parts = split(word, v);
    if (SEGMENTS.size > 20_000) SEGMENTS.clear();
    SEGMENTS.set(word, parts);
  }
  return [...parts];
}

function split(word: string, v: Set<string>): string[] {
  const n = word.length;
  // cost[i]: best cost of word.slice(0, i); a known word costs 1 (a short one 1.6), an unknown letter 10
  const cost = new Array<number>(n + 1).fill(Infinity);
  const back = new Array<number>(n + 1).fill(-1);
  cost[0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = Math.max(0, i - 24); j < i; j++) {
      const base = cost[j] as number;
      if (base === Infinity) continue;
      const piece = word.slice(j, i);
      const c = v.has(piece) ? (piece.length <= 2 ? 1.6 : 1) : piece.length === 1 ? 10 : Infinity;
      if (base + c < (cost[i] as number)) {
        cost[i] = base + c;
        back[i] = j;
      }
    }
  }
  const parts: string[] = [];
  for (let i = n; i > 0; i = back[i] as number) parts.unshift(word.slice(back[i] as number, i));
  // accept only a split into known words (a stray letter means the vocabulary does not know this word)
  if (parts.some((p) => !v.has(p))) return [word];
  return parts;
}

function isKnownWord(w: string): boolean {
  return vocab().has(w);
}

function camelWords(s: string): string[] {
  return s
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .replace(/(\d)([A-Za-z])/g, '$1 $2')
    .split(/\s+/)
    .filter(Boolean);
}

/** Words of free text or a label: split on anything that is not a letter or digit, and on camelCase. */
export function tokenizeText(text: string | null | undefined): Token[] {
  if (!text) return [];
  const prepared = text
    .replace(/\bD&B\b/gi, ' dnb ')
    .replace(/#/g, ' number ')
    .replace(/%/g, ' percent ')
    .replace(/\b[Nn]o\.\s/g, 'no ');
  const out: Token[] = [];
  for (const chunk of prepared.split(/[^\p{L}\p{N}]+/u)) {
    if (!chunk) continue;
    for (const w of camelWords(chunk)) {
      const folded = fold(w);
      if (!folded) continue;
      // ALLCAPS or glued lowercase words longer than a few letters may be several words
      const pieces = /^[A-Z0-9]+$/.test(w) && w.length <= 5 ? [folded] : segment(folded);
      for (const p of pieces) out.push({ text: pieces.length > 1 ? p : w, norm: norm(p) });
    }
  }
  return out;
}

const PIPEDRIVE_ENTITY = /^\s*([\p{L} ]{2,40}?)\s+[-\u2013\u2014]\s+(.+)$/u;
const D365_PREFIX = /^(new|msdyn|msdyncrm|adx|mspp|mscrm|msevtmgt|cr[0-9a-z]{3,5})_(?=[a-z0-9])/;

/** Split an API name or header into words, noting what its shape says (custom, namespace, prefix, entity). */
export function splitName(name: string, crm?: CrmId | null): NameParts {
  let rest = name.trim();
  let custom = false;
  let namespace: string | null = null;
  let prefix: string | null = null;
  let entity: string | null = null;

  const pd = PIPEDRIVE_ENTITY.exec(rest);
  if (pd && (crm === 'pipedrive' || crm == null || crm === 'generic' || crm === 'zoho')) {
    entity = (pd[1] as string).trim();
    rest = pd[2] as string;
  }

  // Salesforce: ns__Field__c, Field__c, Field__r, Field__pc, Geo__Latitude__s
  const sf = /^(?:([A-Za-z][A-Za-z0-9]*)__)?([A-Za-z0-9_]+?)__(c|r|pc|s|x|mdt|e|latitude__s|longitude__s)$/i.exec(rest);
  if (sf) {
    custom = true;
    namespace = sf[1] ?? null;
    rest = sf[2] as string;
  } else {
    const lower = rest.toLowerCase();
    if (lower.startsWith('property_')) {
      prefix = 'property';
      rest = rest.slice('property_'.length);
    }
    if (/^hs_/i.test(rest)) {
      prefix = 'hs';
      rest = rest.slice(3);
    } else {
      const d = D365_PREFIX.exec(rest.toLowerCase());
      const otherCrm = crm === 'salesforce' || crm === 'hubspot' || crm === 'pipedrive' || crm === 'zoho';
      if (d && (crm === 'dynamics365' || (!otherCrm && !rest.slice(d[0].length).includes('_')))) {
        prefix = d[1] as string;
        custom = prefix !== 'msdyn' && prefix !== 'adx' && prefix !== 'mspp' && prefix !== 'msevtmgt';
        rest = rest.slice(d[0].length);
      } else if (crm === 'dynamics365') {
        // any other publisher prefix: an unknown first segment before a glued name (contoso_approvalstatus)
        const m = /^([a-z][a-z0-9]{1,9})_([a-z0-9]+)$/.exec(rest);
        if (m && !isKnownWord((m[1] as string).replace(/\d+$/, ''))) {
          prefix = m[1] as string;
          custom = true;
          rest = m[2] as string;
        }
      }
    }
  }
  return { tokens: tokenizeText(rest.replace(/_/g, ' ')), custom, namespace, prefix, entity };
}
