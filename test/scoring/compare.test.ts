import { describe, expect, it } from 'vitest';
import { compareResults } from '../../src/scoring/compare.js';
import { item } from '../audits/helpers.js';
import { after, analysis, before } from './fixtures.js';

describe('compareResults', () => {
  it('sorts findings into new, resolved, persisting and unmeasured', () => {
    const c = compareResults(before(), after(), { before: 'q1.json', after: 'q3.json' });
    expect(c.scoreChange).toBe(-20.5);
    expect(c.direction).toBe('better');
    expect(c.findings.new.map((f) => f.id)).toEqual(['low-card-burden']);
    expect(c.findings.resolved.map((f) => f.id)).toEqual(['junk-compliance']);
    expect(c.findings.persisting).toEqual([
      { id: 'bulk-logging', title: 'bulk-logging failing', category: 'controls', statusBefore: 'fail', statusAfter: 'fail', riskBefore: 0.8, riskAfter: 0.6, change: -0.2 },
    ]);
    expect(c.findings.unmeasured.map((f) => f.id)).toEqual(['usage-polarization']);
    expect(c.before).toMatchObject({ path: 'q1.json', score: 62, band: 'high', failing: 3 });
    expect(c.after).toMatchObject({ path: 'q3.json', score: 41.5, band: 'moderate', failing: 2 });
    expect(c.audits.map((a) => a.id)).toEqual(['bulk-logging', 'junk-compliance', 'low-card-burden', 'usage-polarization']);
    expect(c.notes.join(' ')).toMatch(/Scored in only one of the two analyses: usage-polarization/);
  });

  it('calls an increase worse and equal unchanged; no score is unknown', () => {
    expect(compareResults(after(), before()).direction).toBe('worse');
    expect(compareResults(before(), before()).direction).toBe('unchanged');
    const none = analysis({ score: null, audits: [] });
    expect(compareResults(none, before())).toMatchObject({ scoreChange: null, direction: 'unknown' });
  });

  it('warns about swapped dates, another client, a changed situation or changed weights', () => {
    const b = before();
    const a = analysis({
      score: 50,
      generatedAt: '2025-01-01',
      client: 'Other Co',
      situation: 'in-progress',
      audits: [item({ id: 'junk-compliance', risk: 0.2, weight: 9 })],
    });
    const notes = compareResults(b, a).notes.join('\n');
    expect(notes).toMatch(/different clients/);
    expect(notes).toMatch(/wrong order/);
    expect(notes).toMatch(/situation changed from post-implementation to in-progress/);
    expect(notes).toMatch(/Weights differ .*junk-compliance/);
  });

  it('warns when the interview notes were coded by different versions of the coder', () => {
    const voice = (lexiconVersion?: string) =>
      ({
        ...(lexiconVersion ? { lexiconVersion } : {}),
        notes: 10, respondents: 5, scored: 10, otherLanguage: 0,
        sentiment: { positive: 3, neutral: 3, negative: 4 }, themes: [],
        categories: { experience: 0, idea: 0, question: 0, concern: 0, proposal: 0 },
        stances: { love: 1, hate: 1, ambivalent: 1, neutral: 2 },
        polarization: { index: 0.4, lowShare: 0.2, highShare: 0.2 },
        groups: [], suppressedGroups: 0, quotes: [],
      }) as never;
    const b = { ...before(), interviews: voice('2026.1') };
    expect(compareResults(b, { ...after(), interviews: voice('2026.4') }).notes.join('\n')).toMatch(/coded by different versions of the coder \(2026.1 and 2026.4\)/);
    expect(compareResults(b, { ...after(), interviews: voice() }).notes.join('\n')).toMatch(/2026.1 and before 2026.2/);
    expect(compareResults(b, { ...after(), interviews: voice('2026.1') }).notes.join('\n')).not.toMatch(/versions of the coder/);
  });
});

describe('compareResults: another client when a name is missing', () => {
  type R = ReturnType<typeof before>;
  const from = (r: R, p: { client?: string | null; crm?: string; fields?: string[]; teams?: string[]; generatedAt?: string }): R =>
    ({
      ...r,
      ...(p.generatedAt ? { generatedAt: p.generatedAt } : {}),
      meta: { ...r.meta, client: p.client === undefined ? r.meta.client : p.client },
      inputs: [{ path: 'x.csv', crm: p.crm ?? 'salesforce' }],
      fields: (p.fields ?? ['Id', 'OwnerId', 'Amount', 'StageName', 'CloseDate', 'Next_Visit__c']).map((name) => ({ name })),
      ...(p.teams ? { users: { teams: p.teams.map((name) => ({ name })) } } : {}),
    }) as never;
  const note = (b: R, a: R) => compareResults(b, a).notes.find((n) => n.startsWith('The two analyses are of different clients'));

  it('a nameless HubSpot audit of 2021 against a named Salesforce one of 2026: warned, with the evidence', () => {
    const n = note(
      from(before(), { client: null, crm: 'hubspot', fields: ['dealname', 'amount', 'dealstage', 'closedate', 'hubspot_owner_id'], generatedAt: '2021-01-15' }),
      from(after(), { generatedAt: '2026-10-29' }),
    );
    expect(n).toMatch(/only one names its client/);
    expect(n).toMatch(/different CRMs \(hubspot; salesforce\)/);
    expect(n).toMatch(/dated 5 years apart/);
  });

  it('no names, same CRM, but no field and no team in common: warned', () => {
    const n = note(
      from(before(), { client: null, fields: ['A__c', 'B__c', 'C__c', 'D__c', 'E__c'], teams: ['North', 'South'] }),
      from(after(), { client: null, fields: ['V__c', 'W__c', 'X__c', 'Y__c', 'Z__c'], teams: ['Cardio', 'Neuro'] }),
    );
    expect(n).toMatch(/neither names its client\): they share 0 of 5 field names, no team name in common/);
  });

  it('one piece of evidence is not enough: a client that moved to another CRM within a year is not warned', () => {
    expect(note(from(before(), { client: null, crm: 'hubspot' }), from(after(), {}))).toBeUndefined();
    expect(note(from(before(), { client: null, generatedAt: '2021-01-01' }), from(after(), {}))).toBeUndefined();
  });

  it('names decide when both are given', () => {
    expect(note(from(before(), { crm: 'hubspot', generatedAt: '2020-01-01' }), from(after(), {}))).toBeUndefined();
    expect(note(from(before(), { client: 'acme pharma' }), from(after(), { client: 'Other Co' }))).toBe('The two analyses are of different clients.');
  });
});
