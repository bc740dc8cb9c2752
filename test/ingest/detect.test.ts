import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/ingest/detect.js';
import { compact } from '../../src/ingest/header.js';
import { readTable } from '../../src/ingest/index.js';

const REAL = join(import.meta.dirname, '../fixtures/real');
const SYN = join(import.meta.dirname, '../fixtures/synthetic');
const roleName = (t: { header: string[]; roles: Record<string, number | undefined> }, role: string) =>
  t.roles[role] === undefined ? undefined : t.header[t.roles[role]!];

describe('one fixture per CRM format', () => {
  it('Salesforce data export (real Data Loader Opportunity)', async () => {
    const t = await readTable(join(REAL, 'salesforce-dataloader/opportunityData.csv'));
    expect(t.input).toMatchObject({ crm: 'salesforce', kind: 'records', object: 'Opportunity', rows: 38 });
    expect(roleName(t, 'owner')).toBe('OWNERID');
    expect(roleName(t, 'created')).toBe('CREATEDDATE');
    expect(roleName(t, 'modified')).toBe('LASTMODIFIEDDATE');
  });

  it('Salesforce report export: labels as headers', async () => {
    const t = await readTable(join(SYN, 'salesforce-report/opportunity-report.csv'));
    expect(t.input).toMatchObject({ crm: 'salesforce', kind: 'records', object: 'Opportunity' });
    expect(roleName(t, 'owner')).toBe('Opportunity Owner');
  });

  it('HubSpot UI export, UTF-8 comma and Excel Unicode text', async () => {
    const a = await readTable(join(SYN, 'hubspot-ui/deals.csv'));
    const b = await readTable(join(SYN, 'hubspot-ui/deals-unicode.csv'));
    for (const t of [a, b]) {
      expect(t.input).toMatchObject({ crm: 'hubspot', kind: 'records', object: 'deal', rows: 3 });
      expect(roleName(t, 'owner')).toBe('Deal owner');
      expect(roleName(t, 'created')).toBe('Create Date');
      expect(roleName(t, 'id')).toBe('Record ID');
    }
    expect(b.input).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    expect(b.rows).toEqual(a.rows);
  });

  it('HubSpot connector shape (real Fivetran seeds)', async () => {
    const deals = await readTable(join(REAL, 'hubspot-fivetran/deal_data.csv'));
    expect(deals.input).toMatchObject({ crm: 'hubspot', kind: 'records', rows: 44 });
    expect(roleName(deals, 'owner')).toBe('owner_id');
    const hist = await readTable(join(REAL, 'hubspot-fivetran/deal_property_history_data.csv'));
    expect(hist.input).toMatchObject({ crm: 'hubspot', kind: 'field-history', rows: 100 });
    const meet = await readTable(join(REAL, 'hubspot-fivetran/engagement_meeting_data.csv'));
    expect(meet.input).toMatchObject({ crm: 'hubspot', kind: 'activities', rows: 100 });
  });

  it('Pipedrive Entity - Field headers, en dash normalised', async () => {
    const t = await readTable(join(SYN, 'pipedrive/deals.csv'));
    expect(t.input).toMatchObject({ crm: 'pipedrive', kind: 'records', object: 'Deal' });
    expect(roleName(t, 'owner')).toBe('Deal - Owner');
    expect(roleName(t, 'created')).toBe('Deal - Deal created');
    expect(compact('Deal \u2013 Owner')).toBe(compact('Deal - Owner'));
  });

  it('Pipedrive German-localised export', async () => {
    const t = await readTable(join(SYN, 'pipedrive/deals-de.csv'));
    expect(t.input.crm).toBe('pipedrive');
    expect(roleName(t, 'owner')).toBe('Deal - Besitzer');
    expect(roleName(t, 'created')).toBe('Deal - Deal erstellt');
  });

  it('localised created and modified dates: German, French, Spanish and Dutch Pipedrive exports, and bare labels', () => {
    const cases: [string[], string, string][] = [
      [['Deal - Titel', 'Deal - Besitzer', 'Deal - Wert', 'Deal - Erstellt am', 'Deal - Aktualisiert am'], 'Deal - Erstellt am', 'Deal - Aktualisiert am'],
      [['Deal - Titre', 'Deal - Propriétaire', 'Deal - Créé le', 'Deal - Mis à jour le'], 'Deal - Créé le', 'Deal - Mis à jour le'],
      [['Deal - Título', 'Deal - Propietario', 'Deal - Fecha de creación', 'Deal - Última modificación'], 'Deal - Fecha de creación', 'Deal - Última modificación'],
      [['Deal - Titel', 'Deal - Eigenaar', 'Deal - Aangemaakt op', 'Deal - Bijgewerkt op'], 'Deal - Aangemaakt op', 'Deal - Bijgewerkt op'],
      [['Aktivität - Betreff', 'Aktivität - Erstellt am', 'Aktivität - Zuletzt geändert'], 'Aktivität - Erstellt am', 'Aktivität - Zuletzt geändert'],
      [['Name', 'Besitzer', 'Erstellt am', 'Geändert am'], 'Erstellt am', 'Geändert am'],
      [['Nom', 'Date de création', 'Date de modification'], 'Date de création', 'Date de modification'],
    ];
    for (const [header, created, modified] of cases) {
      const d = detect(header, 'deals');
      expect(header[d.roles.created!], header.join(', ')).toBe(created);
      expect(header[d.roles.modified!], header.join(', ')).toBe(modified);
    }
  });

  it('Dynamics 365 Export to Excel', async () => {
    const t = await readTable(join(SYN, 'dynamics/opportunities.csv'));
    expect(t.input).toMatchObject({ crm: 'dynamics365', kind: 'records', object: 'opportunity' });
    expect(roleName(t, 'owner')).toBe('Owner');
    expect(roleName(t, 'modified')).toBe('(Do Not Modify) Modified On');
    expect(roleName(t, 'created')).toBe('Created On');
  });

  it('Zoho CRM', async () => {
    const t = await readTable(join(SYN, 'zoho/deals.csv'));
    expect(t.input).toMatchObject({ crm: 'zoho', kind: 'records' });
    expect(roleName(t, 'owner')).toBe('Deal Owner');
    expect(roleName(t, 'id')).toBe('Record Id');
  });
});

describe('kinds', () => {
  const kindOf = (names: string[], base = 'export') => detect(names, base).kind;
  it('tells each kind from its header', () => {
    expect(kindOf(['Id', 'UserId', 'LoginTime', 'LoginType', 'Status', 'SourceIp', 'Browser'], 'LoginHistory')).toBe('logins');
    expect(kindOf(['Id', 'OpportunityId', 'CreatedById', 'CreatedDate', 'Field', 'OldValue', 'NewValue'], 'OpportunityFieldHistory')).toBe('field-history');
    expect(kindOf(['Id', 'Username', 'Name', 'Email', 'IsActive', 'UserRoleId', 'Department'], 'User')).toBe('users');
    expect(kindOf(['api_name', 'label', 'type', 'required', 'description'], 'planned-fields')).toBe('fields');
    expect(kindOf(['respondent', 'role', 'team', 'date', 'session', 'category', 'question', 'note', 'rating'], 'notes')).toBe('interviews');
    expect(kindOf(['Id', 'OwnerId', 'WhoId', 'WhatId', 'Subject', 'ActivityDate', 'Status', 'CreatedDate'], 'Task')).toBe('activities');
    expect(kindOf(['Id', 'OwnerId', 'Name', 'StageName', 'CreatedDate', 'LastModifiedDate'], 'Opportunity')).toBe('records');
  });

  it('falls back to records with a warning below confidence 0.5', () => {
    const d = detect(['a', 'b', 'c'], 'data');
    expect(d.kind).toBe('records');
    expect(d.kindConfidence).toBeLessThan(0.5);
    expect(d.warnings[0]!.code).toBe('kind-uncertain');
  });

  it('an override wins, and explicit role mapping too', () => {
    const d = detect(['Rep', 'Visit date', 'Logged on'], 'visits', { kind: 'activities', roles: { owner: 'Rep', activityDate: 'Visit date' } });
    expect(d.kind).toBe('activities');
    expect(d.kindConfidence).toBe(1);
    expect(d.roles.owner).toBe(0);
    expect(d.roles.activityDate).toBe(1);
  });
});

describe('config role mapping', () => {
  it('a mapping to a header the file does not have is reported, and detection is used', () => {
    const d = detect(['OwnerId', 'CreatedDate'], 'Opportunity', { roles: { owner: 'Rep Name' } });
    expect(d.roles.owner).toBe(0);
    expect(d.warnings.map((w) => w.code)).toContain('role-header-missing');
  });
});

describe('notes headers in other languages', () => {
  const roles = (header: string[]) => {
    const d = detect(header, 'notes');
    return { kind: d.kind, roles: Object.fromEntries(Object.entries(d.roles).map(([role, i]) => [role, header[i!]])) };
  };
  const cases: [string, string[], Record<string, string>][] = [
    ['German', ['Teilnehmer', 'Team', 'Rolle', 'Datum', 'Notiz'], { respondent: 'Teilnehmer', team: 'Team', role: 'Rolle', date: 'Datum', note: 'Notiz' }],
    ['French', ['Participant', 'Équipe', 'Rôle', 'Date', 'Commentaire'], { respondent: 'Participant', team: 'Équipe', role: 'Rôle', date: 'Date', note: 'Commentaire' }],
    ['Spanish', ['Entrevistado', 'Equipo', 'Cargo', 'Fecha', 'Sesión', 'Categoría', 'Pregunta', 'Puntuación', 'Idioma', 'Comentario'],
      { respondent: 'Entrevistado', team: 'Equipo', role: 'Cargo', date: 'Fecha', session: 'Sesión', category: 'Categoría', question: 'Pregunta', rating: 'Puntuación', language: 'Idioma', note: 'Comentario' }],
    ['Dutch', ['Deelnemer', 'Afdeling', 'Functie', 'Datum', 'Sessie', 'Categorie', 'Vraag', 'Beoordeling', 'Taal', 'Opmerking'],
      { respondent: 'Deelnemer', team: 'Afdeling', role: 'Functie', date: 'Datum', session: 'Sessie', category: 'Categorie', question: 'Vraag', rating: 'Beoordeling', language: 'Taal', note: 'Opmerking' }],
    ['Italian', ['Partecipante', 'Squadra', 'Ruolo', 'Data', 'Sessione', 'Categoria', 'Domanda', 'Valutazione', 'Lingua', 'Commento'],
      { respondent: 'Partecipante', team: 'Squadra', role: 'Ruolo', date: 'Data', session: 'Sessione', category: 'Categoria', question: 'Domanda', rating: 'Valutazione', language: 'Lingua', note: 'Commento' }],
    ['Portuguese', ['Entrevistado', 'Equipa', 'Função', 'Data', 'Sessão', 'Categoria', 'Pergunta', 'Avaliação', 'Língua', 'Observação'],
      { respondent: 'Entrevistado', team: 'Equipa', role: 'Função', date: 'Data', session: 'Sessão', category: 'Categoria', question: 'Pergunta', rating: 'Avaliação', language: 'Língua', note: 'Observação' }],
    ['German, the rest', ['Befragte', 'Abteilung', 'Funktion', 'Gesprächsdatum', 'Sitzung', 'Kategorie', 'Frage', 'Bewertung', 'Sprache', 'Äußerung'],
      { respondent: 'Befragte', team: 'Abteilung', role: 'Funktion', date: 'Gesprächsdatum', session: 'Sitzung', category: 'Kategorie', question: 'Frage', rating: 'Bewertung', language: 'Sprache', note: 'Äußerung' }],
    ['French, the rest', ['Répondant', 'Département', 'Fonction', "Date de l'entretien", 'Séance', 'Catégorie', 'Thème', 'Évaluation', 'Langue', 'Remarque'],
      { respondent: 'Répondant', team: 'Département', role: 'Fonction', date: "Date de l'entretien", session: 'Séance', category: 'Catégorie', question: 'Thème', rating: 'Évaluation', language: 'Langue', note: 'Remarque' }],
  ];
  for (const [language, header, expected] of cases) {
    it(`${language}: ${header.join(';')}`, () => {
      const got = roles(header);
      expect(got.kind).toBe('interviews');
      expect(got.roles).toMatchObject(expected);
    });
  }

  it('headers are compared with accents folded, and ß as ss', () => {
    expect(compact('Äußerung')).toBe('ausserung');
    expect(compact('Équipe')).toBe(compact('Equipe'));
    expect(compact('Gesprächspartner')).toBe('gesprachspartner');
  });
});
