import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyByLexicon, classifyField, classifyFields, rulesFromObject, usageAxis } from '../../src/classify/index.js';
import type { FieldDescriptor } from '../../src/classify/index.js';

const lex = (d: FieldDescriptor) => classifyField(d, { builtin: false });

describe('lexicon signals', () => {
  it('an activity word with a number type is an activity count, and the reason says so', () => {
    const c = lex({ name: 'Calls__c', label: 'Calls', type: 'number', crm: 'salesforce', object: 'Account' });
    expect(c.card).toBe('low');
    expect(c.decidedBy).toBe('lexicon');
    expect(c.reasons[0]).toBe('label token "Calls" + number type → activity count (low)');
  });

  it('an activity word with a counter, a period, a quota or a report word is a control', () => {
    expect(lex({ name: 'number_of_site_visits' }).card).toBe('low');
    expect(lex({ name: 'Visits_This_Week__c' }).card).toBe('low');
    expect(lex({ name: 'Meetings_Target__c' }).card).toBe('low');
    expect(lex({ name: 'Call_Report__c', type: 'textarea' }).card).toBe('low');
  });

  it('approval steps, time logging, forecast and compliance words lean low', () => {
    for (const name of ['Discount_Approval_Status__c', 'Hours_Logged__c', 'Forecast_Commit__c', 'Activity_Compliance__c']) {
      expect(lex({ name }).card, name).toBe('low');
    }
  });

  it('feedback, orders, invoices, credit, support, plans and enrichment lean high', () => {
    for (const name of ['Customer_Feedback__c', 'Last_Order_Date__c', 'Open_Invoices__c', 'Credit_Limit__c', 'Open_Support_Cases__c', 'Territory_Plan__c', 'Employee_Range_ZoomInfo__c']) {
      expect(lex({ name }).card, name).toBe('high');
    }
  });

  it('a count of support cases is service history, not an activity count', () => {
    const c = lex({ name: 'open_tickets_count', label: 'Open tickets', type: 'number', crm: 'hubspot' });
    expect(c.card).toBe('high');
    expect(c.reasons.join(' ')).toContain('support');
  });

  it('identifiers: own record id and integration keys are system, links to other records are neutral', () => {
    expect(lex({ name: 'deal_id', object: 'deal', crm: 'hubspot' }).card).toBe('system');
    expect(lex({ name: 'SAP_Customer_Number__c', crm: 'salesforce' }).card).toBe('system');
    const link = lex({ name: 'AccountId', type: 'reference', crm: 'salesforce', object: 'Opportunity' });
    expect(link.card).toBe('neutral');
    expect(link.reasons[0]).toContain('link to another record');
    // the CRM's own name is not an external system
    expect(lex({ name: 'hubspot_owner_id', crm: 'hubspot', object: 'deal' }).card).toBe('neutral');
  });

  it('a field with no signal is neutral, with low confidence and a reason that says so', () => {
    const c = lex({ name: 'Foo_Bar__c' });
    expect(c.card).toBe('neutral');
    expect(c.confidence).toBeLessThan(0.5);
    expect(c.reasons[0]).toContain('no High Card, Low Card or system signal');
  });
});

describe('field signals', () => {
  it('object: activity objects lean low, order and case objects lean high', () => {
    const onTask = lex({ name: 'Subject', object: 'Task', crm: 'salesforce', type: 'string' });
    expect(onTask.card).toBe('low');
    expect(onTask.reasons.join(' | ')).toContain('object "Task" is an activity log');
    const onAccount = lex({ name: 'Subject', object: 'Account', crm: 'salesforce', type: 'string' });
    expect(onAccount.card).toBe('neutral');
    const onOrder = lex({ name: 'Notes__c', object: 'Order', type: 'textarea' });
    expect(onOrder.card).toBe('high');
    expect(onOrder.reasons.join(' | ')).toContain('object "Order"');
  });

  it('type: a checkbox labelled with a process verb is a checklist control; the same words as text are not', () => {
    const box = lex({ name: 'demo_completed', label: 'Demo completed', type: 'bool/booleancheckbox', crm: 'hubspot' });
    expect(box.card).toBe('low');
    expect(box.reasons[0]).toContain('checklist control');
    const text = lex({ name: 'Proposal_Presented__c', label: 'Proposal Presented', type: 'text' });
    expect(text.card).not.toBe('low');
    expect(lex({ name: 'Proposal_Presented__c', label: 'Proposal Presented', type: 'checkbox' }).card).toBe('low');
  });

  it('required strengthens low: higher confidence, and a reason', () => {
    const base: FieldDescriptor = { name: 'Visit_Notes__c', label: 'Visit Notes', type: 'textarea' };
    const optional = lex({ ...base, required: false });
    const required = lex({ ...base, required: true });
    expect(optional.card).toBe('low');
    expect(required.card).toBe('low');
    expect(required.confidence).toBeGreaterThan(optional.confidence);
    expect(required.reasons).toContain('required field → the rep cannot skip it (strengthens low)');
    // required alone does not make a field a control
    expect(lex({ name: 'Region__c', type: 'picklist', required: true }).card).toBe('neutral');
  });

  it('metadata: calculated, read-only and integration-owned fields are system', () => {
    expect(lex({ name: 'Score_Band__c', type: 'formula (text)' }).card).toBe('system');
    expect(lex({ name: 'Score_Band__c', type: 'text', calculated: true }).card).toBe('system');
    expect(lex({ name: 'Score_Band__c', type: 'text', readOnly: true }).card).toBe('system');
    expect(lex({ name: 'Band__c', description: 'Set automatically by the nightly job.' }).card).toBe('system');
    expect(lex({ name: 'ERP_Sync_Status__c', type: 'picklist' }).card).toBe('system');
    // a strong control word outweighs "calculated": a formula that monitors activity is still a control
    expect(lex({ name: 'Days_Since_Last_Activity__c', type: 'formula (number)' }).card).toBe('low');
  });

  it('description evidence counts half and is capped', () => {
    const c = classifyByLexicon({ name: 'Notes__c', description: 'feedback complaints survey orders invoices credit support' });
    expect(c.scores.high).toBeLessThanOrEqual(1.5);
  });
});

describe('built-in table, rules and decidedBy', () => {
  it('standard fields are decided by the built-in table, case-insensitively, with the lexicon beside it', () => {
    const c = classifyField({ name: 'FORECASTCATEGORYNAME', object: 'Opportunity', crm: 'salesforce' });
    expect(c.card).toBe('low');
    expect(c.decidedBy).toBe('builtin');
    expect(c.confidence).toBe(0.95);
    expect(c.reasons[0]).toBe('built-in table: standard Salesforce Opportunity field → low');
    expect(c.reasons[1]).toMatch(/^lexicon (agrees|alone would say)/);
    // without an object, a name with one card on every object still matches
    expect(classifyField({ name: 'SystemModstamp', crm: 'salesforce' }).decidedBy).toBe('builtin');
    // a judgement call has lower confidence
    expect(classifyField({ name: 'Amount', object: 'Opportunity', crm: 'salesforce' }).confidence).toBe(0.6);
  });

  it('custom fields never come from the table; an unknown CRM uses the lexicon', () => {
    expect(classifyField({ name: 'Amount__c', object: 'Opportunity', crm: 'salesforce' }).decidedBy).toBe('lexicon');
    expect(classifyField({ name: 'Amount', object: 'Opportunity', crm: null }).decidedBy).toBe('lexicon');
  });

  it("a consultant's rule wins over the table and the lexicon, and says what it overrode", () => {
    const rules = rulesFromObject(
      { rules: [{ name: 'ForecastCategoryName', object: 'Opp*', card: 'high', reason: 'reps use it for their own pipeline' }] },
      'rules.json',
    );
    const c = classifyField({ name: 'ForecastCategoryName', object: 'Opportunity', crm: 'salesforce' }, { rules });
    expect(c).toMatchObject({ card: 'high', decidedBy: 'rule', confidence: 1 });
    expect(c.reasons[0]).toBe('rule (rules.json rule 1, name ForecastCategoryName, object Opp*): reps use it for their own pipeline');
    expect(c.reasons[1]).toContain('without the rule: low');
    // other fields are untouched
    expect(classifyField({ name: 'Amount', object: 'Opportunity', crm: 'salesforce' }, { rules }).decidedBy).toBe('builtin');
  });

  it('rules match globs case-insensitively and /regex/ on labels; the first match wins', () => {
    const rules = rulesFromObject({
      rules: [
        { label: '/\\bvisit/i', card: 'low', reason: 'visits are reviewed weekly' },
        { name: '*__c', card: 'neutral', reason: 'everything else custom' },
      ],
    });
    expect(classifyField({ name: 'Site_Visit_Count__c', label: 'Site visit count' }, { rules }).reasons[0]).toContain('visits are reviewed weekly');
    expect(classifyField({ name: 'NPS__C', label: 'NPS' }, { rules }).card).toBe('neutral');
    expect(classifyField({ name: 'NPS', label: 'NPS' }, { rules }).decidedBy).toBe('lexicon');
  });

  it('a rule limited to a CRM does not match fields of another or unknown CRM', () => {
    const rules = rulesFromObject({ rules: [{ name: 'Type', crm: 'hubspot', card: 'low', reason: 'x' }] });
    expect(classifyField({ name: 'Type', crm: 'hubspot' }, { rules }).decidedBy).toBe('rule');
    expect(classifyField({ name: 'Type', crm: 'salesforce', object: 'Task' }, { rules }).decidedBy).toBe('builtin');
    expect(classifyField({ name: 'Type' }, { rules }).decidedBy).toBe('lexicon');
  });
});

describe('calendar mechanics, market access and pharma call reporting', () => {
  it('Event and Task calendar fields are neutral in the built-in table, and the reason gives the rationale', () => {
    for (const [object, name] of [
      ['Event', 'StartDateTime'],
      ['Event', 'EndDateTime'],
      ['Event', 'ShowAs'],
      ['Event', 'IsPrivate'],
      ['Event', 'IsReminderSet'],
      ['Event', 'ReminderDateTime'],
      ['Event', 'DurationInMinutes'],
      ['Event', 'ActivityDateTime'],
      ['Event', 'IsAllDayEvent'],
      ['Task', 'IsReminderSet'],
      ['Task', 'ReminderDateTime'],
    ] as const) {
      const c = classifyField({ name, object, crm: 'salesforce' });
      expect(c.card, `${object}.${name}`).toBe('neutral');
      expect(c.decidedBy).toBe('builtin');
      expect(c.reasons[0], `${object}.${name}`).toContain('calendar mechanics');
    }
    expect(classifyField({ name: 'StartDateTime', object: 'Event', crm: 'salesforce' }).reasons[0]).toBe(
      'built-in table: standard Salesforce Event field → neutral (calendar mechanics: when the meeting starts, neutral business data)',
    );
    // the lexicon agrees, and a custom reminder field is not a High Card benefit either
    expect(lex({ name: 'StartDateTime', label: 'Start Date Time', object: 'Event', crm: 'salesforce', type: 'datetime' }).card).toBe('neutral');
    expect(lex({ name: 'Reminder_Date__c', type: 'date' }).card).toBe('neutral');
    // "private" is not a calendar word on its own
    expect(lex({ name: 'Private_Notes__c', type: 'textarea' }).reasons.join(' ')).not.toContain('calendar');
  });

  it('formulary, listing, reimbursement and tender status are account intelligence (high), generally', () => {
    const f = lex({ name: 'Formulary_Status__c', label: 'Formulary status', type: 'picklist', object: 'Opportunity', crm: 'salesforce' });
    expect(f.card).toBe('high');
    expect(f.reasons[0]).toBe('label token "Formulary status" → market access, listing or tender status of the account (high)');
    for (const name of ['Hospital_Listing_Status__c', 'Reimbursement_Status__c', 'Tender_Status__c', 'Market_Access_Notes__c', 'Payer_Coverage__c', 'formulary_tier']) {
      expect(lex({ name }).card, name).toBe('high');
    }
    expect(lex({ name: 'new_formularystatus', label: 'Formulary Status', crm: 'dynamics365' }).card).toBe('high');
    // a key of the tender is not its status
    expect(lex({ name: 'Tender Reference', crm: 'hubspot', object: 'deal' }).card).toBe('neutral');
    // the rep's own expense claim is not the customer's reimbursement status
    expect(lex({ name: 'Expense_Reimbursement__c', type: 'currency' }).card).not.toBe('high');
  });

  it('pharma call reporting: products detailed and samples dropped on an activity are logged for management (low)', () => {
    const p = lex({ name: 'Products_Detailed__c', object: 'Task', crm: 'salesforce', type: 'multipicklist' });
    expect(p.card).toBe('low');
    expect(p.reasons[0]).toBe('name token "Products Detailed" → activity logging (low)');
    expect(lex({ name: 'Samples_Dropped__c', object: 'Event', crm: 'salesforce', type: 'number' }).card).toBe('low');
  });

  it('an activity number with a quota, period or duration word is named for it, not as a bare count', () => {
    expect(lex({ name: 'Visits_Required_Per_Month__c', type: 'number' }).reasons[0]).toBe('name tokens "Visits" + "Required" → activity quota (low)');
    expect(lex({ name: 'Calls_This_Week__c', type: 'number' }).reasons[0]).toBe('name tokens "Calls" + "This Week" → activity per period (low)');
    expect(lex({ name: 'Call_Duration_Seconds__c', type: 'number' }).reasons[0]).toContain('duration of logged activities');
  });
});

describe('usage axis', () => {
  it('sets the second axis from fill and junk without changing the card', () => {
    expect(usageAxis('low', 0.95, 0.02)).toBe('enforced-control');
    expect(usageAxis('low', 0.9, 0.4)).toBe('resisted-control');
    expect(usageAxis('low', 0.1, 0)).toBe('resisted-control');
    expect(usageAxis('high', 0.8, 0)).toBe('benefit-delivered');
    expect(usageAxis('high', 0.05, 0)).toBe('benefit-empty');
    expect(usageAxis('neutral', 0.5, 0)).toBeNull();
    expect(usageAxis('low', null, null)).toBeNull();
    const c = classifyField({ name: 'Calls_This_Week__c', type: 'number', fillRate: 0.97, junkShare: 0.3 });
    expect(c.card).toBe('low');
    expect(c.usage).toBe('resisted-control');
    expect(classifyField({ name: 'Calls_This_Week__c', type: 'number' }).usage).toBeNull();
  });

  it('enforced means filled nearly always; a half-filled control is partial, however mandatory', () => {
    expect(usageAxis('low', 0.9, 0)).toBe('enforced-control');
    expect(usageAxis('low', 0.89, 0)).toBe('partial-control');
    expect(usageAxis('low', 0.52, 0)).toBe('partial-control');
    expect(usageAxis('low', 0.49, 0)).toBe('resisted-control');
    expect(usageAxis('low', 0.7, 0.25)).toBe('resisted-control');
    const hours = { name: 'Time_Spent_Hours__c', object: 'Opportunity', crm: 'salesforce' as const, type: 'number', fillRate: 0.52, junkShare: 0 };
    expect(classifyField(hours).usage).toBe('partial-control');
    expect(classifyField({ ...hours, required: true }).usage).toBe('partial-control');
    expect(classifyField({ ...hours, fillRate: 0.97 }).usage).toBe('enforced-control');
  });

  it("a standard field the CRM fills or defaults is no enforced control, unless the client made it required", () => {
    const status = { name: 'Status', object: 'Task', crm: 'salesforce' as const, type: 'string', fillRate: 1, junkShare: 0 };
    const c = classifyField(status);
    expect([c.card, c.decidedBy, c.usage]).toEqual(['low', 'builtin', null]);
    expect(classifyField({ ...status, required: true }).usage).toBe('enforced-control');
    // emptiness and junk in a standard Low Card field still read as resisted or partial
    expect(classifyField({ ...status, name: 'NextStep', object: 'Opportunity', fillRate: 0.99, junkShare: 0.22 }).usage).toBe('resisted-control');
    expect(classifyField({ ...status, name: 'CallType', fillRate: 0.31 }).usage).toBe('resisted-control');
    expect(classifyField({ ...status, name: 'Description', object: 'Event', fillRate: 0.5 }).usage).toBe('partial-control');
    // a consultant's rule makes the field theirs: its usage reads like a custom field's
    const rules = rulesFromObject({ rules: [{ name: 'Status', object: 'Task', card: 'low', reason: 'completion is reported weekly' }] });
    expect(classifyField(status, { rules }).usage).toBe('enforced-control');
  });
});

describe('properties', () => {
  const descriptor = fc.record({
    name: fc.string({ minLength: 1, maxLength: 60 }),
    label: fc.option(fc.string({ maxLength: 60 })),
    description: fc.option(fc.string({ maxLength: 200 })),
    type: fc.option(fc.constantFrom('checkbox', 'number', 'Two Options', 'formula (number)', 'Lookup', 'string', 'id', '')),
    object: fc.option(fc.constantFrom('Task', 'Account', 'deal', 'Order', '')),
    crm: fc.option(fc.constantFrom('salesforce', 'hubspot', 'dynamics365', 'pipedrive', 'zoho', 'generic') as fc.Arbitrary<FieldDescriptor['crm']>),
    required: fc.option(fc.boolean()),
  });

  it('any field gets a card, a confidence in [0,1] and non-empty reasons, deterministically', () => {
    fc.assert(
      fc.property(descriptor, (d) => {
        const a = classifyField(d);
        const b = classifyField(d);
        expect(a).toEqual(b);
        expect(['high', 'low', 'system', 'neutral']).toContain(a.card);
        expect(a.confidence).toBeGreaterThanOrEqual(0);
        expect(a.confidence).toBeLessThanOrEqual(1);
        expect(a.reasons.length).toBeGreaterThan(0);
        for (const r of a.reasons) expect(r.trim()).not.toBe('');
      }),
      { numRuns: 300 },
    );
  });

  it('classifyFields is classifyField over a list', () => {
    const ds: FieldDescriptor[] = [{ name: 'Calls__c', type: 'number' }, { name: 'Credit_Limit__c' }];
    expect(classifyFields(ds)).toEqual(ds.map((d) => classifyField(d)));
  });
});
