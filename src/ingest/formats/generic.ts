// Role synonyms shared by every CRM (compact header forms), and the generic adapter.
import type { Role } from '../../config/roles.js';
import { compact } from '../header.js';
import type { FormatAdapter, HeaderView } from './types.js';

/**
 * "Created" and "modified" in the German, French, Spanish and Dutch labels of localised exports (compact forms:
 * "Erstellt am" -> erstelltam, "Créé le" -> creele, "Fecha de creación" -> fechadecreacion). The Pipedrive
 * adapter puts its entity names before them ("Deal - Erstellt am").
 */
export const LOCALISED_DATES: { created: string[]; modified: string[] } = {
  created: [
    // German
    'erstelltam', 'erstellt', 'erstellungsdatum', 'erstellungszeit', 'erstelltzeit', 'hinzugefugtam', 'angelegtam', 'anlagedatum',
    // French
    'creele', 'cree', 'datedecreation', 'creation', 'heuredecreation', 'ajoutele', 'datedajout', 'heuredajout',
    // Spanish
    'creadoel', 'creado', 'fechadecreacion', 'horadecreacion', 'creacion', 'agregadoel', 'anadidoel', 'fechadeadicion',
    // Dutch
    'aangemaaktop', 'aangemaakt', 'gemaaktop', 'aanmaakdatum', 'toegevoegdop', 'datumtoegevoegd', 'aanmaaktijd',
  ],
  modified: [
    // German
    'aktualisiertam', 'aktualisiert', 'zuletztaktualisiert', 'geandertam', 'zuletztgeandert', 'anderungsdatum', 'letzteanderung',
    'aktualisierungszeit', 'aktualisierungsdatum',
    // French
    'misajourle', 'misajour', 'dernieremiseajour', 'datedemiseajour', 'heuredemiseajour', 'modifiele', 'dernieremodification',
    'datedemodification',
    // Spanish
    'actualizadoel', 'actualizado', 'fechadeactualizacion', 'horadeactualizacion', 'ultimaactualizacion', 'modificadoel',
    'ultimamodificacion', 'fechademodificacion',
    // Dutch
    'bijgewerktop', 'bijgewerkt', 'laatstbijgewerkt', 'gewijzigdop', 'laatstgewijzigd', 'wijzigingsdatum', 'datumbijgewerkt',
  ],
};

/**
 * The columns of an interview, focus-group or workshop notes file in German, French, Spanish, Dutch, Italian and
 * Portuguese, written as people head them and compacted as headers are (accents folded: "Équipe" is equipe,
 * "Gesprächspartner" gesprachspartner, "Äußerung" ausserung).
 */
export const LOCALISED_NOTES = {
  note: [
    // German
    'Notiz', 'Notizen', 'Kommentar', 'Kommentare', 'Anmerkung', 'Anmerkungen', 'Bemerkung', 'Bemerkungen', 'Aussage', 'Äußerung',
    'Antwort', 'Zitat', 'Rückmeldung', 'Feedback', 'Freitext', 'Gesprächsnotiz', 'Gesprächsnotizen', 'Mitschrift',
    // French
    'Commentaire', 'Commentaires', 'Remarque', 'Remarques', 'Réponse', 'Citation', 'Verbatim', 'Texte', 'Retour', 'Retours',
    "Note d'entretien", "Notes d'entretien", 'Observation', 'Observations', 'Propos',
    // Spanish
    'Nota', 'Notas', 'Comentario', 'Comentarios', 'Respuesta', 'Texto', 'Observación', 'Observaciones', 'Cita', 'Opinión',
    // Dutch
    'Notitie', 'Notities', 'Opmerking', 'Opmerkingen', 'Antwoord', 'Reactie', 'Tekst', 'Citaat', 'Toelichting',
    // Italian
    'Commento', 'Commenti', 'Risposta', 'Testo', 'Osservazione', 'Osservazioni', 'Citazione',
    // Portuguese
    'Comentário', 'Comentários', 'Resposta', 'Observação', 'Observações', 'Citação',
  ],
  respondent: [
    'Teilnehmer', 'Teilnehmerin', 'Befragter', 'Befragte', 'Interviewpartner', 'Gesprächspartner', 'Name des Teilnehmers',
    'Participant', 'Participante', 'Répondant', 'Personne interrogée', 'Interviewé', 'Interlocuteur', 'Nom du participant',
    'Encuestado', 'Entrevistado', 'Participante', 'Nombre del participante',
    'Deelnemer', 'Geïnterviewde', 'Respondent', 'Naam deelnemer',
    'Partecipante', 'Intervistato', 'Rispondente', 'Nome partecipante',
    'Entrevistado', 'Respondente', 'Inquirido', 'Nome do participante',
  ],
  team: [
    'Abteilung', 'Bereich', 'Vertriebsteam', 'Gebiet', 'Gruppe',
    'Équipe', 'Département', 'Secteur', 'Groupe',
    'Equipo', 'Departamento', 'Región', 'Grupo',
    'Afdeling', 'Regio', 'Groep',
    'Squadra', 'Reparto', 'Regione', 'Gruppo',
    'Equipa', 'Região',
  ],
  role: [
    'Rolle', 'Funktion', 'Stelle', 'Berufsbezeichnung', 'Jobtitel',
    'Rôle', 'Fonction', 'Poste', 'Intitulé du poste',
    'Rol', 'Función', 'Cargo', 'Puesto',
    'Functie', 'Functietitel',
    'Ruolo', 'Funzione', 'Mansione', 'Posizione',
    'Papel', 'Função',
  ],
  date: [
    'Datum', 'Gesprächsdatum', 'Interviewdatum',
    "Date de l'entretien", "Date d'entretien",
    'Fecha', 'Fecha de la entrevista',
    'Datum gesprek',
    'Data', "Data dell'intervista",
    'Data da entrevista',
  ],
  session: [
    'Sitzung', 'Gesprächsart',
    'Séance', 'Type de session', 'Modalité',
    'Sesión', 'Tipo de sesión', 'Formato',
    'Sessie', 'Soort sessie',
    'Sessione', 'Tipo di sessione',
    'Sessão', 'Tipo de sessão',
  ],
  category: ['Kategorie', 'Catégorie', 'Categoría', 'Categorie', 'Categoria'],
  question: [
    'Frage', 'Thema',
    'Thème', 'Sujet',
    'Pregunta', 'Tema',
    'Vraag', 'Onderwerp',
    'Domanda', 'Argomento',
    'Pergunta', 'Questão',
  ],
  rating: [
    'Bewertung', 'Punkte', 'Zufriedenheit',
    'Évaluation', 'Notation',
    'Valoración', 'Puntuación', 'Calificación', 'Satisfacción',
    'Beoordeling', 'Cijfer', 'Tevredenheid',
    'Valutazione', 'Punteggio', 'Voto', 'Soddisfazione',
    'Avaliação', 'Pontuação', 'Classificação', 'Satisfação',
  ],
  language: ['Sprache', 'Langue', 'Idioma', 'Lengua', 'Taal', 'Lingua', 'Língua'],
} satisfies Partial<Record<Role, string[]>>;

/** The localised headers of a role, compacted (each once). */
const localised = (role: keyof typeof LOCALISED_NOTES): string[] => [...new Set(LOCALISED_NOTES[role].map(compact))];

export const GENERIC_SYNONYMS: Record<Role, string[]> = {
  id: ['id', 'recordid', 'objectid', 'hsobjectid', 'dealid', 'engagementid', 'uuid', 'rowid'],
  name: ['name', 'dealname', 'opportunityname', 'title', 'subject', 'fullname'],
  owner: [
    'ownerid', 'owner', 'opportunityowner', 'dealowner', 'accountowner', 'contactowner', 'leadowner', 'taskowner',
    'hubspotownerid', 'hubspotowner', 'assignedto', 'assignedtouser', 'salesrep', 'salesperson', 'rep', 'ownername',
    'dealownerid', 'activityassignedtouser', 'activityowner', 'user', 'userid',
  ],
  ownerName: ['ownername', 'ownerfullname'],
  created: [
    'createddate', 'createdate', 'created', 'createdon', 'createdat', 'createdtime', 'datecreated', 'addtime',
    'propertycreatedate', 'dealdealcreated', 'activityaddtime', 'dealcreated', 'creationdate',
    ...LOCALISED_DATES.created,
  ],
  modified: [
    'lastmodifieddate', 'lastmodified', 'modifiedon', 'modified', 'updatedat', 'modifiedtime', 'updatetime',
    'lastupdated', 'dealupdatetime', 'hslastmodifieddate', 'lastmodifiedon', 'systemmodstamp', 'propertyhslastmodifieddate',
    ...LOCALISED_DATES.modified,
  ],
  activityDate: [
    'activitydate', 'duedate', 'activityduedate', 'activitydatetime', 'startdatetime', 'starttime', 'startdate',
    'meetingdate', 'calldate', 'activitytimestamp', 'eventdate', 'scheduledstart', 'activitydate',
  ],
  loginTime: ['logintime', 'logindate', 'logintimestamp', 'sessionstart', 'signin', 'signintime', 'loginat'],
  userId: ['userid', 'loginuserid', 'user', 'username', 'login'],
  userName: ['name', 'fullname', 'username', 'displayname', 'email', 'useremail'],
  // what colleagues call someone (Salesforce's CommunityNickname): the notes may use it (users export only)
  nickname: ['nickname', 'communitynickname', 'preferredname', 'preferredfirstname', 'knownas', 'callname', 'rufname', 'spitzname'],
  isActive: ['isactive', 'active', 'userstatus', 'enabled', 'status'],
  team: ['team', 'department', 'division', 'territory', 'region', 'salesteam', 'businessunit', 'teamname', 'group', ...localised('team')],
  role: ['role', 'userrole', 'title', 'jobtitle', 'position', 'userroleid', 'profile', ...localised('role')],
  fieldName: ['apiname', 'fieldname', 'field', 'fieldapiname', 'property', 'propertyname', 'logicalname', 'schemaname', 'internalname', 'name'],
  label: ['label', 'fieldlabel', 'displayname', 'propertylabel', 'fieldname'],
  type: ['type', 'datatype', 'fieldtype', 'attributetype', 'propertytype'],
  required: ['required', 'mandatory', 'isrequired', 'requiredlevel'],
  description: ['description', 'helptext', 'inlinehelptext', 'fielddescription', 'help'],
  object: ['object', 'entity', 'sobject', 'objectname', 'objecttype', 'table', 'entityname'],
  crm: ['crm', 'system', 'platform', 'source'],
  note: ['note', 'notes', 'comment', 'comments', 'text', 'response', 'answer', 'feedback', 'verbatim', 'quote', 'statement', 'remark', ...localised('note')],
  // (a notes file's plain "Name" or "Email" column is its respondent too: interviews/analyze.ts)
  respondent: [
    'respondent', 'respondentid', 'interviewee', 'participant', 'person', 'speaker', 'rep', 'respondentname', 'intervieweename',
    'participantname', 'personname', 'speakername', 'repname', 'salesrep', 'employeename', 'respondentemail', 'participantemail',
    ...localised('respondent'),
  ],
  category: ['category', 'workshopcategory', 'notetype', 'bucket', 'postit', ...localised('category')],
  session: ['session', 'sessiontype', 'format', 'method', 'setting', ...localised('session')],
  question: ['question', 'prompt', 'topic', ...localised('question')],
  rating: ['rating', 'score', 'likert', 'satisfaction', ...localised('rating')],
  language: ['language', 'lang', 'locale', ...localised('language')],
  date: ['date', 'interviewdate', 'notedate', 'sessiondate', 'createddate', 'timestamp', ...localised('date')],
  oldValue: ['oldvalue', 'previousvalue', 'from', 'valuefrom'],
  newValue: ['newvalue', 'value', 'to', 'valueto'],
  editedBy: ['createdbyid', 'changedby', 'editedby', 'modifiedby', 'updatedby', 'createdby', 'sourceid'],
  modifiedBy: ['lastmodifiedbyid', 'lastmodifiedby', 'modifiedby', 'updatedby', 'modifiedbyid'],
  status: ['status', 'loginstatus', 'result'],
  stage: ['stagename', 'stage', 'dealstage', 'salesstage', 'pipelinestage', 'dealphase', 'salesstagecode', 'opportunitystage'],
  isClosed: ['isclosed', 'closed'],
  subject: ['subject', 'title', 'activitysubject', 'meetingtitle'],
};

export const genericAdapter: FormatAdapter = {
  id: 'generic',
  score: () => 0.1,
  synonyms: {},
  object(h: HeaderView) {
    return objectFromBase(h.base);
  },
};

const KNOWN_OBJECTS: Record<string, string> = {
  opportunity: 'Opportunity', opportunities: 'Opportunity', account: 'Account', accounts: 'Account',
  contact: 'Contact', contacts: 'Contact', lead: 'Lead', leads: 'Lead', task: 'Task', tasks: 'Task',
  event: 'Event', events: 'Event', user: 'User', users: 'User', deal: 'deal', deals: 'deal',
  company: 'company', companies: 'company', loginhistory: 'LoginHistory', opportunityfieldhistory: 'OpportunityFieldHistory',
  accounthistory: 'AccountHistory', case: 'Case', cases: 'Case', order: 'Order', orders: 'Order', invoice: 'Invoice',
  invoices: 'Invoice', activities: 'activity', activity: 'activity', meetings: 'meeting', calls: 'call',
};

/** "Opportunity.csv", "Task_1.csv", "opportunityData.csv", "deals-export-2026" -> a known object name. */
export function objectFromBase(base: string): string | null {
  const stem = base.replace(/[_\-\s.]*(part)?[_\-\s.]*\d+$/i, '');
  const c = stem.toLowerCase().replace(/[^a-z]/g, '');
  if (KNOWN_OBJECTS[c]) return KNOWN_OBJECTS[c]!;
  // Longest known object name at the start: "opportunityData" -> Opportunity, "deals_export" -> deal.
  let best: string | null = null;
  let bestLen = 0;
  for (const [k, v] of Object.entries(KNOWN_OBJECTS)) {
    if (c.startsWith(k) && k.length > bestLen) {
      best = v;
      bestLen = k.length;
    }
  }
  if (best && bestLen >= 4) return best;
  // Salesforce custom objects: Visit_Report__c.csv
  if (/__c$/i.test(stem)) return stem;
  return null;
}
