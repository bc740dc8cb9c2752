// Pipedrive: "Entity - Field" headers (Deal - Title, Deal - Owner, Person - Email, Activity - Due date),
// translated in localised exports and sometimes written with an en dash; header.ts normalises the dash.
import type { FormatAdapter, HeaderView } from './types.js';

const ENTITY = /^\s*([^-\u2013\u2014]+?)\s+[-\u2013\u2014]\s+\S/;

export const pipedriveAdapter: FormatAdapter = {
  id: 'pipedrive',
  score(h: HeaderView) {
    const entityHeaders = h.names.filter((n) => ENTITY.test(n)).length;
    return h.names.length ? Math.min(1, (entityHeaders / h.names.length) * 1.4) : 0;
  },
  synonyms: {
    id: ['dealid', 'activityid', 'personid', 'organizationid', 'id'],
    // English first, then the German, French and Spanish labels of localised exports.
    name: ['dealtitle', 'activitysubject', 'dealtitel', 'dealtitre', 'dealtitulo'],
    owner: [
      'dealowner', 'activityassignedtouser', 'activityuser', 'personowner', 'organizationowner', 'dealcreator', 'owner',
      'dealbesitzer', 'dealeigentumer', 'dealproprietaire', 'dealpropietario',
    ],
    created: [
      'dealdealcreated', 'dealaddtime', 'activityaddtime', 'personaddtime', 'dealcreated', 'activitycreated',
      'dealdealerstellt', 'dealerstellt', 'dealdealcree', 'dealcree', 'dealtratocreado', 'dealcreado',
    ],
    modified: ['dealupdatetime', 'activityupdatetime', 'dealupdated', 'personupdatetime', 'dealaktualisiert', 'dealmisajour', 'dealactualizado'],
    activityDate: ['activityduedate', 'activitydate'],
    subject: ['activitysubject'],
  },
  object(h) {
    const counts = new Map<string, number>();
    for (const n of h.names) {
      const m = ENTITY.exec(n);
      if (m) counts.set(m[1]!.trim(), (counts.get(m[1]!.trim()) ?? 0) + 1);
    }
    let best: string | null = null;
    let max = 0;
    for (const [k, v] of counts) if (v > max) [best, max] = [k, v];
    return best;
  },
};
