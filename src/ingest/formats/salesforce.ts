// Salesforce: data exports (API names, Object.csv per object, __c custom fields) and report exports
// ("Export details": field labels such as "Opportunity Owner", and a trailer after the data).
import { objectFromBase } from './generic.js';
import type { FormatAdapter, HeaderView } from './types.js';

const API_SIGNS = ['id', 'ownerid', 'createddate', 'lastmodifieddate', 'systemmodstamp', 'isdeleted', 'createdbyid', 'lastmodifiedbyid'];
const REPORT_SIGNS = ['opportunityowner', 'accountowner', 'contactowner', 'leadowner', 'stage', 'closedate', 'opportunityname', 'accountname', 'fiscalperiod', 'ageindays'];

export const salesforceAdapter: FormatAdapter = {
  id: 'salesforce',
  score(h: HeaderView) {
    const set = new Set(h.compact);
    const api = API_SIGNS.filter((s) => set.has(s)).length;
    const custom = h.names.some((n) => /__c$/i.test(n)) ? 2 : 0;
    const report = REPORT_SIGNS.filter((s) => set.has(s)).length;
    const base = /^(loginhistory|opportunityfieldhistory|userrole|user)$/i.test(h.base) ? 2 : 0;
    return Math.min(1, (api + custom + base) / 5 + report / 4);
  },
  synonyms: {
    owner: ['ownerid', 'opportunityowner', 'accountowner', 'contactowner', 'leadowner', 'assignedto'],
    created: ['createddate'],
    modified: ['lastmodifieddate', 'systemmodstamp'],
    activityDate: ['activitydate', 'activitydatetime', 'startdatetime'],
    loginTime: ['logintime'],
    userId: ['userid'],
    team: ['department', 'division', 'userroleid', 'userrole', 'role'],
    editedBy: ['createdbyid'],
    fieldName: ['field', 'qualifiedapiname', 'developername', 'apiname'],
  },
  object(h) {
    const fromFile = objectFromBase(h.base);
    if (fromFile) return fromFile;
    const set = new Set(h.compact);
    if (set.has('opportunityowner') || set.has('opportunityname') || set.has('stagename')) return 'Opportunity';
    if (set.has('accountowner')) return 'Account';
    if (set.has('contactowner')) return 'Contact';
    if (set.has('leadowner')) return 'Lead';
    return null;
  },
};
