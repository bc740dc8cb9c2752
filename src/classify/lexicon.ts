// The High Card / Low Card lexicon: general sales-operations vocabulary mapped to tags. Tags alone decide
// nothing; the signals in signals.ts combine them (an activity word plus a count word is an activity count).
// Words are written as people write them; they are normalised (folded, singular) when the module loads.
import { norm } from './normalize.js';

export const TAGS = {
  // Low Card: controls for management
  activity: 'an activity the rep is asked to log',
  count: 'a counter',
  period: 'a reporting period',
  quota: 'a target or quota',
  recency: 'recency',
  report: 'a report the rep must file',
  timelog: 'time logging',
  duration: 'a duration',
  approval: 'an approval step',
  forecast: 'a forecast control',
  compliance: 'a compliance monitor',
  review: 'a management review',
  manager: 'the manager',
  remark: 'remarks',
  processVerb: 'a process step',
  nextStep: 'a next-step update',
  // High Card: of value to the rep
  feedback: 'customer feedback',
  order: 'order data',
  invoice: 'invoice and revenue history',
  payment: 'payment data',
  credit: 'credit standing',
  support: 'support and service history',
  contract: 'contract and renewal data',
  plan: 'account or territory planning',
  relationship: 'relationship knowledge',
  competitor: 'competitive intelligence',
  health: 'customer health',
  enrichment: 'enriched customer data',
  preference: 'customer preferences',
  marketAccess: 'market access, listing and tender status of the account',
  calendar: 'calendar mechanics',
  communication: 'customer communications',
  // system
  identifier: 'an identifier',
  audit: 'an audit stamp',
  integration: 'an integration',
  vendor: 'an external system',
  migration: 'a data migration',
  derived: 'a value derived by the CRM',
  descriptor: 'what is written about a record',
  mandate: 'a mandatory entry',
  consent: 'a consent flag',
  flagState: 'a state flag',
  geo: 'a geocode',
  // neutral business data
  business: 'business data',
  contactData: 'a name or contact data',
  entity: 'a link to another record',
} as const;
export type Tag = keyof typeof TAGS;

/** Single words and phrases for each tag. A phrase (several words) is matched before its words. */
const RAW: Record<Tag, string[]> = {
  activity: [
    'call', 'calls', 'called', 'calling', 'phonecall', 'visit', 'visited', 'visiting', 'meeting', 'appointment',
    'activity', 'activities', 'touch', 'touchpoint', 'touches', 'outreach', 'contacted', 'task', 'tasks',
    'sales activities', 'site visit', 'customer visit', 'demo', 'demos', 'logged call', 'face to face',
    'first outreach', 'follow up', 'followup', 'follow-up', 'customer contact', 'last contact', 'emails sent',
    'email sent', 'sent emails', 'emails logged',
    // pharma call reporting: which products were presented ("detailed") and which samples were left
    'detailing', 'product detailed', 'products detailed', 'detail call', 'sample drop', 'sample drops',
    'samples dropped', 'samples left', 'samples given', 'samples distributed',
  ],
  count: [
    'number', 'num', 'count', 'counter', 'no of', 'nr of', 'how many', 'number of times', 'tally',
    'total number',
  ],
  period: ['week', 'weekly', 'daily', 'day', 'month', 'monthly', 'quarter', 'quarterly', 'this week', 'per week', 'per day', 'per month', 'today'],
  quota: ['target', 'quota', 'goal per', 'frequency', 'minimum', 'required', 'required visits', 'planned visits', 'cadence'],
  recency: ['last', 'latest', 'recent', 'since', 'days since', 'first', 'next', 'last contact'],
  report: [
    'report', 'reports', 'reporting', 'log', 'logged', 'logging', 'debrief', 'call report', 'visit report',
    'activity report', 'daily report', 'weekly report', 'timesheet', 'submitted', 'submit',
  ],
  timelog: [
    'hours', 'hour', 'minutes', 'minute', 'time spent', 'time logged', 'time tracked', 'timesheet',
    'spent time', 'hours logged', 'hours spent',
    // the rep's expense claims are admin, not the customer's reimbursement status (see marketAccess)
    'expense reimbursement', 'mileage reimbursement', 'travel reimbursement',
  ],
  duration: ['duration', 'length', 'seconds'],
  approval: [
    'approval', 'approvals', 'approve', 'approved', 'approver', 'approving', 'sign off', 'signoff', 'sign-off',
    'authorisation', 'authorization', 'authorized', 'authorised', 'submitted for approval', 'deal desk',
    'rejected', 'rejection',
  ],
  forecast: ['forecast', 'forecasting', 'commit', 'probability', 'best case', 'forecast category'],
  compliance: [
    'compliance', 'compliant', 'overdue', 'overdue task', 'stalled', 'unworked', 'unengaged', 'unread', 'kpi',
    'kpis', 'sla met', 'response time', 'lead response', 'lead status', 'inactivity', 'idle', 'adherence',
    'days without', 'no activity', 'has open activity', 'unread by owner', 'time to first', 'gps', 'check in',
    'checked in', 'geofence', 'location tracking',
  ],
  review: ['review', 'reviewed', 'pipeline review', 'deal review', 'inspection', 'audit', 'audited', 'checked by', 'internal review'],
  manager: ['manager', 'managers', 'supervisor', 'director', 'management', 'team lead', 'sales manager', 'coach'],
  remark: ['remark', 'remarks', 'comment', 'comments', 'note', 'notes', 'assessment', 'evaluation', 'rating of rep'],
  processVerb: [
    'identify', 'identified', 'develop', 'developed', 'complete', 'completed', 'present', 'presented',
    'confirm', 'confirmed', 'evaluate', 'evaluated', 'capture', 'captured', 'resolve', 'resolved', 'file',
    'filed', 'send', 'sent', 'decide', 'decided', 'done', 'held', 'uploaded', 'updated', 'submitted',
    'attended', 'verified', 'checked', 'ready', 'finished', 'performed', 'conducted', 'scheduled', 'met',
  ],
  nextStep: ['next step', 'next steps', 'next action', 'next step updated'],
  descriptor: ['subject', 'type', 'status', 'description', 'comment', 'comments', 'outcome', 'result', 'disposition', 'notes', 'body'],
  mandate: ['mandatory', 'compulsory', 'obligatory', 'must'],
  consent: ['do not', 'opt out', 'opted out', 'optout', 'opt in', 'consent', 'unsubscribe', 'unsubscribed', 'gdpr', 'do not allow'],
  feedback: [
    'feedback', 'nps', 'net promoter', 'csat', 'satisfaction', 'survey', 'complaint', 'complaints',
    'testimonial', 'customer sentiment', 'customer said',
  ],
  order: [
    'order', 'orders', 'sales order', 'purchase order', 'purchase history', 'last purchase', 'shipment',
    'shipments', 'delivery', 'deliveries', 'delivered', 'backorder', 'installed', 'installed base',
    'installed products', 'products bought', 'reorder', 'order history', 'return', 'returns', 'goods returned',
    'rma',
  ],
  invoice: [
    'invoice', 'invoices', 'invoiced', 'invoicing', 'revenue ytd', 'ytd', 'year to date', 'lifetime value',
    'total revenue', 'recent deal', 'sales history', 'spend', 'purchase volume', 'turnover',
  ],
  payment: [
    'payment', 'payments', 'paid', 'unpaid', 'dunning', 'collection', 'collections', 'receivable',
    'receivables', 'aging', 'ageing', 'days late', 'overdue invoice', 'overdue invoices', 'payment terms',
    'account balance', 'balance due', 'outstanding', 'past due', 'overdue amount', 'amount due',
  ],
  credit: ['credit', 'credit limit', 'credit rating', 'credit hold', 'credit status', 'creditworthiness', 'on hold', 'creditsafe', 'credit check'],
  support: [
    'support', 'case', 'cases', 'ticket', 'tickets', 'escalation', 'escalations', 'escalated', 'incident',
    'incidents', 'service history', 'service level', 'sla', 'repair', 'repairs', 'field service',
    'service appointment', 'service request', 'helpdesk', 'service desk', 'call center', 'call centre',
    'service visit', 'technician visit', 'service call',
  ],
  contract: [
    'renewal', 'renewals', 'warranty', 'entitlement', 'subscription', 'contract end', 'contract expiry',
    'contract expiration', 'subscription end', 'renewal date',
  ],
  plan: [
    'plan', 'plans', 'planning', 'account plan', 'territory plan', 'strategy', 'strategic', 'goal', 'goals',
    'objective', 'objectives', 'white space', 'whitespace', 'target account', 'ideal customer profile',
    'business goals', 'initiatives', 'growth potential', 'cross sell', 'upsell potential', 'upsell idea',
    'grow the account', 'account development', 'growth opportunities', 'business review', 'qbr',
  ],
  relationship: [
    'reports to', 'decision maker', 'decision makers', 'buying role', 'buying roles', 'stakeholder',
    'stakeholders', 'influencer', 'influencers', 'blocker', 'blockers', 'champion', 'org chart',
    'relationship map', 'buying centre', 'buying center', 'key contacts', 'power map', 'who signs',
    'buying committee', 'purchase decision',
  ],
  // whether the customer lists, reimburses or buys by tender: pharma formularies and payers, hospital tenders,
  // retail listings. Account intelligence a key-account rep plans with (single words only where unambiguous)
  marketAccess: [
    'market access', 'formulary', 'formularies', 'formulary status', 'formulary tier', 'formulary listing',
    'listing', 'listings', 'listing status', 'listed', 'delisted', 'delisting', 'ranging',
    'reimbursement', 'reimbursement status', 'reimbursed', 'payer coverage', 'payor coverage',
    'insurance coverage', 'prior authorization', 'prior authorisation', 'tender', 'tenders',
    'tender status', 'access status',
  ],
  competitor: ['competitor', 'competitors', 'competition', 'competitive', 'incumbent', 'competing'],
  health: ['churn', 'health', 'health score', 'at risk', 'risk', 'adoption score', 'usage score', 'product usage'],
  enrichment: [
    'enriched', 'enrichment', 'insights', 'insight', 'powered by', 'zoominfo', 'clearbit', 'data com',
    'datacom', 'jigsaw', 'dandb', 'dnb', 'duns', 'd u n s', 'naics', 'sic', 'tradestyle', 'year started',
    'year founded', 'founded', 'web technologies', 'technologies', 'money raised', 'linkedin',
    'sales navigator', 'linked in', 'predictive', 'likelihood', 'firmographic', 'technographic', 'clean status',
    'employee range', 'intent', 'scoring tier',
  ],
  preference: [
    'preferred', 'preference', 'preferences', 'language', 'languages', 'time zone', 'timezone', 'birthday',
    'birthdate', 'best time', 'hobbies', 'interests',
  ],
  calendar: ['reminder', 'calendar', 'show as', 'show time as', 'start date time', 'end date time', 'all day event'],
  communication: [
    'replied', 'reply', 'replies', 'message', 'inbound message', 'conversation', 'email replied',
    // a request to the contact to confirm their details (Salesforce Stay-in-Touch)
    'stay in touch',
  ],
  identifier: ['id', 'ids', 'guid', 'uuid', 'uniqueidentifier', 'key', 'record id', 'external id', 'identifier'],
  audit: [
    'created', 'create date', 'createdate', 'modified', 'modstamp', 'system modstamp', 'last modified',
    'created by', 'modified by', 'created on', 'modified on', 'deleted', 'archived', 'last viewed',
    'last referenced', 'import sequence', 'version number', 'timestamp', 'owner assigned', 'assigned date',
    'fivetran', 'synced', 'row version', 'overridden', 'record type',
  ],
  integration: [
    'integration', 'sync', 'synced', 'synchronisation', 'synchronization', 'sync status', 'sync error',
    'last sync', 'external', 'source system', 'data source', 'interface', 'api', 'connector', 'middleware',
    'webhook',
  ],
  vendor: [
    'sap', 'erp', 'oracle', 'netsuite', 'xero', 'quickbooks', 'sage', 'navision', 'zoominfo', 'clearbit',
    'marketo', 'pardot', 'mailchimp', 'zendesk', 'freshdesk', 'jira', 'stripe', 'docusign', 'gong',
    'outreach io', 'salesloft', 'hubspot', 'salesforce', 'dynamics', 'pipedrive', 'zoho', 'zoho books',
  ],
  migration: ['legacy', 'migration', 'migrated', 'imported', 'import', 'old crm', 'previous crm', 'conversion source'],
  derived: [
    'is closed', 'is won', 'converted', 'bounced', 'bounce', 'has line item', 'subtype',
    'is child', 'group event', 'is exception', 'fiscal', 'days to close', 'associated',
    'total amount', 'total tax', 'total detail amount', 'exchange rate', 'system calculated', 'calculated',
    'photo url', 'master record', 'full name', 'rollup', 'roll up', 'formula', 'state code', 'statecode',
    'is deleted', 'is high priority', 'high priority', 'days in stage', 'time in stage', 'stage duration',
    'age in days', 'stage age',
  ],
  flagState: ['closed', 'won', 'lost', 'open', 'active', 'inactive'],
  geo: ['latitude', 'longitude', 'geolocation', 'geocode', 'geo'],
  business: [
    'region', 'industry', 'employees', 'beds', 'bed count', 'revenue', 'amount', 'value',
    'stage', 'pipeline', 'close date', 'type', 'source', 'lead source', 'campaign', 'owner', 'title',
    'department', 'salutation', 'description', 'budget', 'need', 'timeline', 'discount', 'freight', 'price',
    'currency', 'territory', 'segment', 'category', 'classification', 'rating', 'priority', 'quantity', 'seats',
    'term', 'size', 'tier', 'ownership', 'ticker', 'site', 'location', 'subject', 'status', 'topic', 'company',
    'account number', 'contract length', 'contract term', 'billing frequency', 'product line', 'product',
    'products', 'deal type', 'opt out', 'do not call', 'do not email', 'sort order', 'display order',
    'market', 'cost centre', 'cost center', 'partner', 'decision date', 'due date', 'assigned to', 'related to',
    'deal', 'opportunity', 'lead', 'contact', 'recurrence', 'recurring', 'all day', 'due', 'schedule', 'scheduled',
    'shipping', 'shipping method', 'freight terms', 'method', 'work order', 'meeting room', 'meeting location',
    'stage name', 'deal name', 'opportunity name', 'account name', 'company name',
  ],
  contactData: [
    'name', 'street', 'city', 'state', 'postal', 'zip', 'postal code', 'country', 'address', 'phone', 'mobile',
    'fax', 'email', 'website', 'url', 'domain', 'delivery address', 'shipping address', 'billing address',
  ],
  entity: [
    'account', 'contact', 'lead', 'opportunity', 'deal', 'owner', 'parent', 'campaign', 'pipeline', 'stage',
    'territory', 'pricebook', 'price book', 'price list', 'user', 'company', 'organization', 'organisation',
    'person', 'who', 'what', 'quote', 'product', 'partner', 'customer', 'manager', 'team',
  ],
};

export interface LexEntry {
  /** normalised words of the phrase (one for a single word) */
  words: string[];
  tags: Tag[];
}

function build(): { phrases: LexEntry[]; words: Map<string, Tag[]> } {
  const phrases = new Map<string, LexEntry>();
  const words = new Map<string, Tag[]>();
  for (const [tag, list] of Object.entries(RAW) as [Tag, string[]][]) {
    for (const raw of list) {
      const parts = raw.split(/[\s-]+/).map(norm).filter(Boolean);
      if (parts.length === 0) continue;
      if (parts.length === 1) {
        const w = parts[0] as string;
        const tags = words.get(w) ?? [];
        if (!tags.includes(tag)) tags.push(tag);
        words.set(w, tags);
      } else {
        const key = parts.join(' ');
        const entry = phrases.get(key) ?? { words: parts, tags: [] };
        if (!entry.tags.includes(tag)) entry.tags.push(tag);
        phrases.set(key, entry);
      }
    }
  }
  // longest phrase first, so "time spent by me" wins over "time spent"
  const sorted = [...phrases.values()].sort((a, b) => b.words.length - a.words.length || (a.words.join(' ') < b.words.join(' ') ? -1 : a.words.join(' ') > b.words.join(' ') ? 1 : 0));
  return { phrases: sorted, words };
}

const BUILT = build();
export const PHRASES: readonly LexEntry[] = BUILT.phrases;
export const WORD_TAGS: ReadonlyMap<string, readonly Tag[]> = BUILT.words;

/** Every word the lexicon knows, for splitting glued names such as `numberofvisits`. */
export function lexiconWords(): string[] {
  const out = new Set<string>(WORD_TAGS.keys());
  for (const p of PHRASES) for (const w of p.words) out.add(w);
  return [...out];
}
