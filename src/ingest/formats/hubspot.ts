// HubSpot: UI exports use property labels ("Record ID", "Deal owner"); the API and connector shapes use
// internal names (hubspot_owner_id, hs_*, property_* in Fivetran's schema).
import { objectFromBase } from './generic.js';
import type { FormatAdapter, HeaderView } from './types.js';

const UI_SIGNS = ['recordid', 'dealname', 'dealstage', 'dealowner', 'createdate', 'lastactivitydate', 'contactowner', 'companyowner', 'associatedcompany', 'pipeline'];

export const hubspotAdapter: FormatAdapter = {
  id: 'hubspot',
  score(h: HeaderView) {
    const set = new Set(h.compact);
    const ui = UI_SIGNS.filter((s) => set.has(s)).length;
    // "Record ID" with capital ID is HubSpot; Zoho writes "Record Id".
    const exactRecordId = h.names.includes('Record ID') ? 1 : 0;
    const internal = h.names.filter((n) => /^(hs_|hubspot_|property_hs_|property_)/.test(n)).length;
    const fivetran = h.names.some((n) => n === 'deal_pipeline_stage_id' || n === '_fivetran_synced') ? 2 : 0;
    return Math.min(1, (ui + exactRecordId) / 4 + Math.min(internal, 4) / 6 + fivetran / 4);
  },
  synonyms: {
    id: ['recordid', 'dealid', 'hsobjectid', 'engagementid'],
    owner: ['dealowner', 'contactowner', 'companyowner', 'hubspotownerid', 'ownerid', 'activityassignedto', 'assignedto'],
    created: ['createdate', 'propertycreatedate', 'hscreatedate', 'createdat'],
    modified: ['lastmodifieddate', 'hslastmodifieddate', 'propertyhslastmodifieddate', 'updatedat'],
    activityDate: ['activitydate', 'starttime', 'hstimestamp', 'meetingstarttime', 'timestamp'],
    fieldName: ['name', 'property', 'propertyname'],
    newValue: ['value'],
    editedBy: ['sourceid', 'updatedbyuserid'],
  },
  object(h) {
    const fromFile = objectFromBase(h.base);
    if (fromFile) return fromFile;
    const set = new Set(h.compact);
    if (set.has('dealname') || set.has('dealid') || set.has('propertydealname')) return 'deal';
    if (set.has('companyname') || set.has('companyowner')) return 'company';
    if (set.has('contactowner') || set.has('firstname')) return 'contact';
    if (set.has('engagementid')) return 'engagement';
    return null;
  },
};
