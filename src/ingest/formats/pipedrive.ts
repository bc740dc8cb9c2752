// Pipedrive: "Entity - Field" headers (Deal - Title, Deal - Owner, Person - Email, Activity - Due date),
// translated in localised exports and sometimes written with an en dash; header.ts normalises the dash.
import { LOCALISED_DATES } from './generic.js';
import type { FormatAdapter, HeaderView } from './types.js';

const ENTITY = /^\s*([^-\u2013\u2014]+?)\s+[-\u2013\u2014]\s+\S/;

/** The entities of "Entity - Field" headers, in English, German, French, Spanish and Dutch (compact forms). */
const ENTITIES = ['deal', 'activity', 'aktivitat', 'activite', 'actividad', 'activiteit', 'person', 'personne', 'persona', 'persoon'];
/** "Deal - Erstellt am", "Activité - Créé le", "Deal - Bijgewerkt op": each entity before each localised word. */
const localised = (words: readonly string[]) => ENTITIES.flatMap((e) => words.map((w) => e + w));

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
      ...localised(LOCALISED_DATES.created),
    ],
    modified: [
      'dealupdatetime', 'activityupdatetime', 'dealupdated', 'personupdatetime', 'dealaktualisiert', 'dealmisajour', 'dealactualizado',
      ...localised(LOCALISED_DATES.modified),
    ],
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
