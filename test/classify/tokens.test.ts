import { describe, expect, it } from 'vitest';
import { segment, splitName, tokenizeText } from '../../src/classify/tokens.js';

const words = (name: string, crm?: Parameters<typeof splitName>[1]) => splitName(name, crm).tokens.map((t) => t.text.toLowerCase());
const norms = (name: string, crm?: Parameters<typeof splitName>[1]) => splitName(name, crm).tokens.map((t) => t.norm);

describe('splitName', () => {
  it('splits camelCase, with acronyms and digits', () => {
    expect(words('LastActivityDate')).toEqual(['last', 'activity', 'date']);
    expect(words('NPSScore')).toEqual(['nps', 'score']);
    expect(words('Pricebook2Id')).toEqual(['pricebook', '2', 'id']);
    expect(words('CallDurationInSeconds')).toEqual(['call', 'duration', 'in', 'seconds']);
  });

  it('splits snake_case and normalises plurals for matching', () => {
    expect(words('num_contacted_notes')).toEqual(['num', 'contacted', 'notes']);
    expect(norms('calls_logged_this_month')).toEqual(['call', 'logged', 'this', 'month']);
    expect(norms('number_of_activities')).toEqual(['number', 'of', 'activity']);
  });

  it('strips Salesforce __c and managed-package namespaces, and marks the field custom', () => {
    const p = splitName('NPS_Score__c', 'salesforce');
    expect(p.tokens.map((t) => t.text)).toEqual(['NPS', 'Score']);
    expect(p.custom).toBe(true);
    expect(p.namespace).toBeNull();
    const ns = splitName('gong__Call_Count__c', 'salesforce');
    expect(ns.namespace).toBe('gong');
    expect(ns.tokens.map((t) => t.norm)).toEqual(['call', 'count']);
    expect(splitName('Account__r').custom).toBe(true);
    expect(splitName('LastActivityDate', 'salesforce').custom).toBe(false);
  });

  it('reads ALLCAPS export headers by splitting on the vocabulary', () => {
    expect(words('STAGENAME', 'salesforce')).toEqual(['stage', 'name']);
    expect(words('HASOPPORTUNITYLINEITEM', 'salesforce')).toEqual(['has', 'opportunity', 'line', 'item']);
    expect(words('ORACLE_ID__C', 'salesforce')).toEqual(['oracle', 'id']);
    expect(words('NPS')).toEqual(['nps']);
  });

  it("strips HubSpot's hs_ and the connector's property_ prefixes", () => {
    const p = splitName('hs_num_of_associated_line_items', 'hubspot');
    expect(p.prefix).toBe('hs');
    expect(p.tokens[0]?.text).toBe('num');
    expect(splitName('property_closedate', 'hubspot').tokens.map((t) => t.text)).toEqual(['close', 'date']);
    expect(splitName('hubspot_owner_id', 'hubspot').prefix).toBeNull();
  });

  it('strips Dynamics publisher prefixes (new_, cr123_, a custom publisher) and splits glued names', () => {
    const n = splitName('new_numberofvisits', 'dynamics365');
    expect(n.prefix).toBe('new');
    expect(n.custom).toBe(true);
    expect(n.tokens.map((t) => t.text)).toEqual(['number', 'of', 'visits']);
    expect(splitName('cr3f2_visitreportcompleted', 'dynamics365').tokens.map((t) => t.text)).toEqual(['visit', 'report', 'completed']);
    const c = splitName('contoso_approvalstatus', 'dynamics365');
    expect(c.prefix).toBe('contoso');
    expect(c.tokens.map((t) => t.text)).toEqual(['approval', 'status']);
    // msdyn_ is Microsoft's own: stripped, but not custom
    const m = splitName('msdyn_accountmanagerid', 'dynamics365');
    expect(m.custom).toBe(false);
    expect(m.tokens.map((t) => t.text)).toEqual(['account', 'manager', 'id']);
    // a known word before the underscore is not a publisher
    expect(words('address1_line1', 'dynamics365')).toEqual(['address', '1', 'line', '1']);
    // new_ is a word elsewhere
    expect(words('new_business_flag', 'hubspot')).toEqual(['new', 'business', 'flag']);
  });

  it("reads Pipedrive's `Entity - Field` with a hyphen or an en dash, and accents", () => {
    const p = splitName('Deal - Number of calls', 'pipedrive');
    expect(p.entity).toBe('Deal');
    expect(p.tokens.map((t) => t.norm)).toEqual(['number', 'of', 'call']);
    const d = splitName('Organization – Région', 'pipedrive');
    expect(d.entity).toBe('Organization');
    expect(d.tokens.map((t) => t.text)).toEqual(['Région']);
    expect(d.tokens.map((t) => t.norm)).toEqual(['region']);
    expect(splitName('Person — Customer feedback').entity).toBe('Person');
    // not an entity prefix in a Salesforce label
    expect(splitName('Time Spent - Hours', 'salesforce').entity).toBeNull();
  });
});

describe('segment and tokenizeText', () => {
  it('splits glued lowercase names only into known words', () => {
    expect(segment('timespentbymeonemailandmeetings')).toEqual(['time', 'spent', 'by', 'me', 'on', 'email', 'and', 'meetings']);
    expect(segment('captureproposalfeedback')).toEqual(['capture', 'proposal', 'feedback']);
    expect(segment('contoso')).toEqual(['contoso']);
    expect(segment('xqzvwkpl')).toEqual(['xqzvwkpl']);
  });

  it('reads labels with punctuation, # and %', () => {
    expect(tokenizeText('No. of Calls Made').map((t) => t.norm)).toEqual(['no', 'of', 'call', 'made']);
    expect(tokenizeText('# of visits').map((t) => t.norm)).toEqual(['number', 'of', 'visit']);
    expect(tokenizeText('Probability (%)').map((t) => t.norm)).toEqual(['probability', 'percent']);
    expect(tokenizeText('D&B Company ID').map((t) => t.norm)).toEqual(['dnb', 'company', 'id']);
    expect(tokenizeText(null)).toEqual([]);
  });
});
