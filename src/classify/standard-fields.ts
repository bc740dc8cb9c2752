// The built-in table of standard fields of Salesforce, HubSpot and Dynamics 365, keyed by CRM, object and API
// name (standard API names do not change when labels are translated). Derived from the card proposals of the
// standard (non-custom) rows of ../shared/data/fields/fields.csv (see its SOURCES.md), plus the audit and system
// fields every object carries (object `*`). A trailing `?` marks a field whose card is a judgement call: it is
// decided with lower confidence. A `# note` after a row is the one-line rationale, shown in the reason; it marks
// in particular where this table departs from fields.csv (the Event and Task calendar fields: see
// eval/classify/README.md). Because this table was built from that file, the evaluation also reports the lexicon
// alone.
import type { Card } from './types.js';
import type { CrmId } from '../ingest/types.js';

const SALESFORCE = `
Opportunity Id system
Opportunity AccountId neutral
Opportunity Name neutral
Opportunity Amount neutral ?
Opportunity CloseDate neutral ?
Opportunity StageName neutral ?
Opportunity Probability low
Opportunity ExpectedRevenue system
Opportunity ForecastCategoryName low
Opportunity ForecastCategory low
Opportunity NextStep low ?
Opportunity Description neutral
Opportunity LeadSource neutral
Opportunity Type neutral
Opportunity CampaignId neutral
Opportunity IsClosed system
Opportunity IsWon system
Opportunity HasOpenActivity low
Opportunity HasOverdueTask low
Opportunity LastActivityDate low
Opportunity HasOpportunityLineItem system
Opportunity Pricebook2Id neutral
Opportunity Fiscal system
Opportunity FiscalQuarter system
Opportunity FiscalYear system
Opportunity OwnerId neutral
Opportunity ContactId neutral
Opportunity Territory2Id neutral
Opportunity RecordTypeId system
Opportunity CreatedDate system
Opportunity CreatedById system
Opportunity LastModifiedDate system
Opportunity LastModifiedById system
Opportunity IsDeleted system
Opportunity LastViewedDate system
Opportunity LastReferencedDate system
Account Id system
Account Name neutral
Account Type neutral
Account ParentId neutral
Account BillingStreet neutral
Account BillingCity neutral
Account BillingPostalCode neutral
Account BillingCountry neutral
Account ShippingCity neutral
Account BillingLatitude system
Account Phone neutral
Account Fax neutral
Account AccountNumber neutral ?
Account Website neutral
Account Sic high
Account SicDesc high
Account Industry neutral
Account AnnualRevenue neutral
Account NumberOfEmployees neutral
Account Ownership neutral
Account TickerSymbol neutral
Account Description neutral
Account Rating neutral ?
Account Site neutral
Account OwnerId neutral
Account AccountSource neutral
Account LastActivityDate low
Account Jigsaw high
Account JigsawCompanyId high
Account CleanStatus high
Account DunsNumber high
Account Tradestyle high
Account NaicsCode high
Account NaicsDesc high
Account YearStarted high
Account DandbCompanyId high
Account PhotoUrl system
Account MasterRecordId system
Account CreatedDate system
Account LastModifiedDate system
Account SystemModstamp system
Contact Id system
Contact AccountId neutral
Contact LastName neutral
Contact FirstName neutral
Contact Salutation neutral
Contact Name system
Contact MailingStreet neutral
Contact MailingCity neutral
Contact MailingPostalCode neutral
Contact MailingCountry neutral
Contact Phone neutral
Contact MobilePhone neutral
Contact HomePhone neutral
Contact AssistantName neutral
Contact AssistantPhone neutral
Contact ReportsToId high
Contact Email neutral
Contact Title neutral
Contact Department neutral
Contact LeadSource neutral
Contact Birthdate high ?
Contact Description neutral
Contact OwnerId neutral
Contact LastActivityDate low
Contact LastCURequestDate high
Contact LastCUUpdateDate high
Contact EmailBouncedReason system
Contact EmailBouncedDate system
Contact IsEmailBounced system
Contact Jigsaw high
Contact JigsawContactId high
Contact CleanStatus high
Contact CreatedDate system
Contact LastModifiedDate system
Contact SystemModstamp system
Lead Id system
Lead FirstName neutral
Lead LastName neutral
Lead Company neutral
Lead Title neutral
Lead Email neutral
Lead Phone neutral
Lead MobilePhone neutral
Lead Fax neutral
Lead Website neutral
Lead Industry neutral
Lead AnnualRevenue neutral
Lead NumberOfEmployees neutral
Lead PostalCode neutral
Lead Status low ?
Lead LeadSource neutral
Lead OwnerId neutral
Lead IsUnreadByOwner low
Lead IsConverted system
Lead ConvertedDate system
Lead ConvertedAccountId system
Lead ConvertedOpportunityId system
Lead Description neutral
Lead HasOptedOutOfEmail neutral
Lead EmailBouncedReason system
Lead JigsawContactId high
Lead LastActivityDate low
Lead CreatedDate system
Lead SystemModstamp system
Task Id system
Task Subject low
Task Type low
Task TaskSubtype system
Task Status low
Task Priority neutral
Task ActivityDate neutral ? # the due date of the rep's own to-do, also read for overdue checks
Task Description low ?
Task CallDisposition low
Task CallDurationInSeconds low
Task CallType low
Task CallObject system
Task CompletedDateTime low
Task IsClosed system
Task IsHighPriority system
Task IsReminderSet neutral # calendar mechanics: a pop-up reminder switch, not customer data
Task ReminderDateTime neutral # calendar mechanics: when the pop-up fires, not customer data
Task IsRecurrence neutral # calendar mechanics: a repeat switch
Task RecurrenceType neutral # calendar mechanics: how often it repeats
Task OwnerId neutral
Task WhoId neutral
Task WhatId neutral
Task AccountId system
Task IsArchived system
Task RecordTypeId system
Task CreatedDate system
Task LastModifiedDate system
Event Id system
Event Subject neutral ?
Event Type low
Event EventSubtype system
Event StartDateTime neutral # calendar mechanics: when the meeting starts, neutral business data
Event EndDateTime neutral # calendar mechanics: when the meeting ends, neutral business data
Event ActivityDateTime neutral # calendar mechanics: the meeting's date and time, the same as StartDateTime
Event ActivityDate neutral # calendar mechanics: the date of an all-day meeting
Event DurationInMinutes neutral ? # calendar mechanics: the calendar derives it from start and end, it is not a time log
Event IsAllDayEvent neutral # calendar mechanics: an all-day switch
Event Location neutral ?
Event Description low
Event ShowAs neutral # calendar mechanics: Busy/Free shown to colleagues, defaulted by the calendar
Event IsPrivate neutral # calendar mechanics: who may see the entry, not customer data
Event IsReminderSet neutral # calendar mechanics: a pop-up reminder switch, not customer data
Event ReminderDateTime neutral # calendar mechanics: when the pop-up fires, not customer data
Event IsGroupEvent system
Event GroupEventType system
Event IsChild system
Event IsRecurrence neutral # calendar mechanics: a repeat switch
Event IsRecurrence2Exception system
Event OwnerId neutral
Event WhoId neutral
Event WhatId neutral
Event AccountId system
Event CreatedDate system
* Id system
* IsDeleted system
* CreatedDate system
* CreatedById system
* LastModifiedDate system
* LastModifiedById system
* SystemModstamp system
* LastViewedDate system
* LastReferencedDate system
* MasterRecordId system
* RecordTypeId system
* CurrencyIsoCode system
* OwnerId neutral
Opportunity TotalOpportunityQuantity neutral
Opportunity PricebookId neutral
Opportunity IsPrivate neutral
Opportunity IsExcludedFromTerritory2Filter system
Opportunity HasOpenActivity low
Account BillingState neutral
Account BillingLongitude system
Account ShippingStreet neutral
Account ShippingState neutral
Account ShippingPostalCode neutral
Account ShippingCountry neutral
Account ShippingLatitude system
Account ShippingLongitude system
Account CreatedById system
Account LastModifiedById system
Account IsDeleted system
Account LastViewedDate system
Account LastReferencedDate system
Contact MailingState neutral
Contact MailingLatitude system
Contact MailingLongitude system
Contact Department neutral
Lead Street neutral
Lead City neutral
Lead State neutral
Lead Country neutral
Lead Rating neutral ?
Lead IsDeleted system
Lead LastModifiedDate system
Task WhoCount system
Task WhatCount system
Task IsDeleted system
Task SystemModstamp system
Event WhoCount system
Event WhatCount system
Event IsDeleted system
Event SystemModstamp system
Event LastModifiedDate system
`;

const HUBSPOT = `
deal dealname neutral
deal amount neutral ?
deal dealstage neutral ?
deal pipeline neutral
deal closedate neutral
deal createdate system
deal hubspot_owner_id neutral
deal dealtype neutral
deal description neutral
deal closed_lost_reason low ?
deal closed_won_reason neutral
deal hs_next_step low ?
deal hs_manual_forecast_category low
deal hs_forecast_probability low
deal hs_forecast_amount low
deal hs_deal_stage_probability low
deal hs_priority high ?
deal hs_deal_score high ?
deal hs_likelihood_to_close high
deal notes_last_contacted low
deal notes_last_updated low
deal notes_next_activity_date low ?
deal num_contacted_notes low
deal num_notes low
deal num_associated_contacts system
deal hs_acv neutral
deal hs_arr neutral
deal hs_mrr neutral
deal hs_tcv neutral
deal hs_is_closed_won system
deal hs_is_closed system
deal hs_lastmodifieddate system
deal hs_object_id system
deal hs_latest_meeting_activity neutral
deal hs_sales_email_last_replied high
deal engagements_last_meeting_booked high
deal days_to_close system
deal hs_campaign neutral
deal hubspot_owner_assigneddate system
deal hs_tag_ids neutral
deal hs_num_of_associated_line_items system
deal hs_next_step_updated_at low
deal hs_number_of_overdue_tasks low
deal hs_average_call_duration low
deal hs_number_of_outbound_calls low
deal hs_number_of_inbound_calls low
deal hs_is_stalled low ?
deal hs_latest_approval_status low
contact firstname neutral
contact lastname neutral
contact email neutral
contact phone neutral
contact mobilephone neutral
contact jobtitle neutral
contact company neutral
contact city neutral
contact lifecyclestage neutral
contact hs_lead_status low ?
contact hubspot_owner_id neutral
contact hs_buying_role high
contact hs_predictivescoringtier high
contact hs_is_unworked low
contact hs_count_is_unworked low
contact hs_sequences_is_enrolled neutral
contact notes_last_contacted low
contact notes_last_updated low
contact notes_next_activity_date low ?
contact num_contacted_notes low
contact num_notes low
contact hs_sales_email_last_replied high
contact hs_latest_meeting_activity neutral
contact hs_feedback_last_nps_rating high
contact hs_feedback_last_nps_follow_up high
contact hs_first_outreach_date low
contact hs_time_to_first_engagement low
contact hs_predictivecontactscore_v2 high
contact recent_deal_amount high
contact total_revenue high
contact num_associated_deals system
contact days_to_close system
contact createdate system
contact message high
company name neutral
company domain neutral
company description high
company industry neutral
company numberofemployees high
company annualrevenue high
company founded_year high
company is_public high
company timezone high
company total_money_raised high
company web_technologies high
company linkedin_company_page high
company website neutral
company phone neutral
company city neutral
company state neutral
company zip neutral
company type neutral
company hs_parent_company_id neutral
company hs_ideal_customer_profile high
company hs_target_account high
company hs_is_target_account high
company hs_num_decision_makers high
company hs_num_blockers high
company hs_num_contacts_with_buying_roles high
company hs_num_open_deals neutral
company hs_total_deal_value neutral
company total_revenue high
company recent_deal_amount high
company recent_deal_close_date high
company hs_predictivecontactscore_v2 high
company lifecyclestage neutral
company hs_lead_status low ?
company notes_last_contacted low
company notes_last_updated low
company hs_last_logged_call_date low
company hs_last_open_task_date low
company hs_last_booked_meeting_date neutral
company num_contacted_notes low
company num_notes low
company hs_sales_email_last_replied high
company hubspot_owner_id neutral
company num_associated_contacts system
company hs_lastmodifieddate system
company hs_object_id system
company createdate system
* hs_object_id system
* createdate system
* hs_createdate system
* hs_lastmodifieddate system
* lastmodifieddate system
* hubspot_owner_id neutral
* hs_all_owner_ids system
* hs_all_team_ids system
* hs_all_accessible_team_ids system
* hs_merged_object_ids system
* hs_unique_creation_key system
* hs_updated_by_user_id system
* hs_created_by_user_id system
* hs_object_source system
* hs_object_source_id system
* hs_object_source_label system
`;

const DYNAMICS365 = `
opportunity name neutral
opportunity customerid neutral
opportunity parentaccountid neutral
opportunity parentcontactid neutral
opportunity estimatedvalue neutral ?
opportunity estimatedclosedate neutral
opportunity closeprobability low
opportunity actualvalue neutral
opportunity actualclosedate system
opportunity budgetamount neutral
opportunity budgetstatus neutral
opportunity need neutral
opportunity purchasetimeframe neutral
opportunity purchaseprocess neutral
opportunity timeline neutral
opportunity currentsituation neutral ?
opportunity customerneed neutral ?
opportunity customerpainpoints neutral ?
opportunity proposedsolution neutral
opportunity qualificationcomments low ?
opportunity quotecomments neutral
opportunity description neutral
opportunity decisionmaker low
opportunity identifycompetitors low
opportunity identifycustomercontacts low
opportunity identifypursuitteam low
opportunity developproposal low
opportunity completeinternalreview low
opportunity presentproposal low
opportunity completefinalproposal low
opportunity presentfinalproposal low
opportunity pursuitdecision low
opportunity captureproposalfeedback low
opportunity resolvefeedback low
opportunity filedebrief low
opportunity sendthankyounote low
opportunity confirminterest low
opportunity evaluatefit low
opportunity initialcommunication low
opportunity schedulefollowup_prospect neutral
opportunity schedulefollowup_qualify neutral
opportunity scheduleproposalmeeting neutral
opportunity finaldecisiondate neutral
opportunity opportunityratingcode neutral ?
opportunity prioritycode neutral
opportunity salesstage neutral ?
opportunity salesstagecode system
opportunity stepname system
opportunity statecode system
opportunity statuscode neutral ?
opportunity discountamount neutral
opportunity discountpercentage neutral
opportunity freightamount neutral
opportunity pricelevelid neutral
opportunity totalamount system
opportunity totallineitemamount system
opportunity totaltax system
opportunity isrevenuesystemcalculated system
opportunity campaignid neutral
opportunity originatingleadid neutral
opportunity msdyn_accountmanagerid neutral
opportunity ownerid neutral
opportunity transactioncurrencyid system
opportunity slaid system
opportunity opportunityid system
opportunity importsequencenumber system
opportunity createdon system
opportunity createdby system
opportunity modifiedby system
opportunity exchangerate system
opportunity timespentbymeonemailandmeetings low ?
account name neutral
account accountnumber neutral
account accountcategorycode neutral
account accountclassificationcode neutral
account accountratingcode neutral
account customertypecode neutral
account customersizecode neutral
account industrycode neutral
account sic neutral
account numberofemployees neutral
account revenue neutral
account marketcap neutral
account ownershipcode neutral
account tickersymbol neutral
account description neutral
account parentaccountid neutral
account primarycontactid neutral
account telephone1 neutral
account emailaddress1 neutral
account websiteurl neutral
account address1_line1 neutral
account address1_city neutral
account address1_postalcode neutral
account address1_country neutral
account address1_latitude system
account address1_freighttermscode neutral
account address1_shippingmethodcode neutral
account creditonhold high
account paymenttermscode high
account aging30 high ?
account aging60 high ?
account aging90 high ?
account defaultpricelevelid high
account shippingmethodcode neutral
account preferredappointmentdaycode high
account preferredappointmenttimecode high
account preferredcontactmethodcode high
account preferredsystemuserid neutral
account territoryid neutral
account territorycode neutral
account followemail high ?
account donotphone neutral
account donotbulkemail neutral
account lastusedincampaign neutral ?
account slaid high
account msdyn_workorderinstructions neutral
account msdyn_billingaccount neutral
account originatingleadid neutral
account ownerid neutral
account statecode system
account statuscode neutral
account accountid system
account createdon system
account createdby system
account lastonholdtime system
account timespentbymeonemailandmeetings low ?
* createdon system
* modifiedon system
* createdby system
* modifiedby system
* createdonbehalfby system
* modifiedonbehalfby system
* overriddencreatedon system
* versionnumber system
* importsequencenumber system
* timezoneruleversionnumber system
* utcconversiontimezonecode system
* owningbusinessunit system
* owninguser system
* owningteam system
* ownerid neutral
* statecode system
* statuscode neutral
* exchangerate system
* transactioncurrencyid system
* processid system
* stageid system
* traversedpath system
`;

export interface StandardField {
  card: Card;
  /** the card is a judgement call (decided with lower confidence) */
  ambiguous: boolean;
  /** the object as the table writes it, or `*` for every object */
  object: string;
  name: string;
  /** the one-line rationale written after `#` in the table, when there is one */
  note?: string;
}

const key = (object: string, name: string) => `${object.toLowerCase()}|${name.toLowerCase()}`;

function parse(block: string): Map<string, StandardField> {
  const map = new Map<string, StandardField>();
  for (const line of block.split('\n')) {
    const hash = line.indexOf('#');
    const note = hash >= 0 ? line.slice(hash + 1).trim() : '';
    const [object, name, card, flag] = (hash >= 0 ? line.slice(0, hash) : line).trim().split(/\s+/);
    if (!object || !name || !card) continue;
    map.set(key(object, name), { object, name, card: card as Card, ambiguous: flag === '?', ...(note ? { note } : {}) });
  }
  return map;
}

const TABLES: Partial<Record<CrmId, Map<string, StandardField>>> = {
  salesforce: parse(SALESFORCE),
  hubspot: parse(HUBSPOT),
  dynamics365: parse(DYNAMICS365),
};

/** Object names as CRMs and exports write them (Deals, opportunities, OPPORTUNITY) to the table's form. */
function objectKeys(object: string): string[] {
  const o = object.trim().toLowerCase().replace(/\s+/g, '');
  const singular = o.endsWith('ies') ? `${o.slice(0, -3)}y` : o.endsWith('s') && !o.endsWith('ss') ? o.slice(0, -1) : o;
  return [...new Set([o, singular])];
}

/**
 * The standard field for a CRM, object and API name. Without an object, a name that means the same on every
 * object of that CRM in the table (Id, CreatedDate) still matches. Case-insensitive (Salesforce exports write
 * API names in capitals).
 */
export function lookupStandard(crm: CrmId | null | undefined, object: string | null | undefined, name: string): StandardField | null {
  if (!crm) return null;
  const table = TABLES[crm];
  if (!table) return null;
  const n = name.trim();
  if (object) {
    for (const o of objectKeys(object)) {
      const hit = table.get(key(o, n));
      if (hit) return hit;
    }
  }
  const any = table.get(key('*', n));
  if (any) return any;
  if (!object) {
    // the same card on every object that has this name
    let found: StandardField | null = null;
    for (const f of table.values()) {
      if (f.name.toLowerCase() !== n.toLowerCase()) continue;
      if (found && found.card !== f.card) return null;
      found = found ?? f;
    }
    return found;
  }
  return null;
}

/** Number of entries, for the README and tests. */
export function standardFieldCount(): number {
  let n = 0;
  for (const t of Object.values(TABLES)) n += t?.size ?? 0;
  return n;
}
