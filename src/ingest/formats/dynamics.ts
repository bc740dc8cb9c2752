// Dynamics 365 "Export to Excel": the first columns are "(Do Not Modify) <Entity>", "(Do Not Modify) Row
// Checksum" and "(Do Not Modify) Modified On", then the view's display names.
import type { FormatAdapter, HeaderView } from './types.js';

export const dynamicsAdapter: FormatAdapter = {
  id: 'dynamics365',
  score(h: HeaderView) {
    const dnm = h.names.filter((n) => /^\(do not modify\)/i.test(n)).length;
    if (dnm >= 2) return 1;
    const set = new Set(h.compact);
    const signs = ['ownerid', 'createdon', 'modifiedon', 'statecode', 'statuscode', 'owningbusinessunit'].filter((s) =>
      set.has(s),
    ).length;
    return Math.min(1, dnm * 0.5 + signs / 4);
  },
  synonyms: {
    owner: ['owner', 'ownerid'],
    created: ['createdon'],
    modified: ['modifiedon'],
    activityDate: ['duedate', 'scheduledstart', 'actualstart'],
    team: ['businessunit', 'owningbusinessunit', 'team'],
  },
  object(h) {
    const first = h.names[0] ?? '';
    const m = /^\(do not modify\)\s*(.+)$/i.exec(first);
    if (m && !/checksum|modified on/i.test(m[1]!)) return m[1]!.trim().toLowerCase();
    return null;
  },
};
