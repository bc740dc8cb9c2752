// Zoho CRM: "Record Id", "Deal Name", "Account Name", and "<Field>.id" columns for linked records.
import { objectFromBase } from './generic.js';
import type { FormatAdapter, HeaderView } from './types.js';

export const zohoAdapter: FormatAdapter = {
  id: 'zoho',
  score(h: HeaderView) {
    const recordId = h.names.includes('Record Id') ? 2 : 0;
    const dotId = h.names.filter((n) => /\.id$/i.test(n)).length;
    const set = new Set(h.compact);
    const signs = ['dealowner', 'modifiedtime', 'createdtime', 'modifiedby', 'createdby'].filter((s) => set.has(s)).length;
    return Math.min(1, recordId / 3 + Math.min(dotId, 3) / 4 + signs / 6);
  },
  synonyms: {
    id: ['recordid'],
    owner: ['dealowner', 'accountowner', 'contactowner', 'leadowner', 'taskowner', 'owner', 'ownerid'],
    created: ['createdtime'],
    modified: ['modifiedtime'],
    activityDate: ['duedate', 'calltime', 'startdatetime'],
  },
  object(h) {
    const fromFile = objectFromBase(h.base);
    if (fromFile) return fromFile;
    const set = new Set(h.compact);
    if (set.has('dealname')) return 'Deals';
    if (set.has('accountname') && set.has('accountowner')) return 'Accounts';
    return null;
  },
};
