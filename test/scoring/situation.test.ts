import { describe, expect, it } from 'vitest';
import { decideSituation, inferSituation } from '../../src/scoring/situation.js';
import { input } from '../audits/helpers.js';

describe('inferSituation', () => {
  it('is pre-implementation with no inputs, or only a field list, roster or notes', () => {
    expect(inferSituation({})).toBe('pre-implementation');
    expect(inferSituation({ inputs: [input({ path: 'fields.csv', kind: 'fields' }), input({ path: 'User.csv', kind: 'users' }), input({ path: 'notes.csv', kind: 'interviews' })] })).toBe('pre-implementation');
  });

  it('is in-progress when records exist but no usage trail', () => {
    expect(inferSituation({ inputs: [input({ path: 'Account.csv', kind: 'records' })] })).toBe('in-progress');
    expect(inferSituation({ inputs: [input({ path: 'Account.csv', kind: 'records' }), input({ path: 'Task.csv', kind: 'activities', rows: 0 })] })).toBe('in-progress');
  });

  it('is post-implementation with activities, logins or field history', () => {
    for (const kind of ['activities', 'logins', 'field-history'] as const) {
      expect(inferSituation({ inputs: [input({ path: 'x.csv', kind })] })).toBe('post-implementation');
    }
    expect(decideSituation({ inputs: [input({ path: 'Task.csv', kind: 'activities' }), input({ path: 'L.csv', kind: 'logins' })] }).reason).toMatch(/activities, logins/);
  });

  it('lets the answers, then an explicit choice, win', () => {
    const usage = [input({ path: 'Task.csv', kind: 'activities' })];
    expect(inferSituation({ inputs: usage, answers: { situation: 'in-progress' } })).toBe('in-progress');
    expect(inferSituation({ inputs: usage, answers: { situation: 'nonsense' } })).toBe('post-implementation');
    expect(inferSituation({ inputs: usage, answers: { situation: 'in-progress' }, explicit: 'pre-implementation' })).toBe('pre-implementation');
  });

  it('with no export to tell, follows the notes: in use, planned, or (neither) assumed and said so', () => {
    const notes = [input({ path: 'notes.csv', kind: 'interviews' })];
    expect(decideSituation({ inputs: notes, notes: { inUse: 23, planned: 1 } })).toMatchObject({ situation: 'post-implementation', basis: 'notes' });
    expect(decideSituation({ inputs: notes, notes: { inUse: 5, planned: 18 } })).toMatchObject({ situation: 'pre-implementation', basis: 'notes' });
    for (const n of [{ inUse: 2, planned: 0 }, { inUse: 5, planned: 4 }, { inUse: 0, planned: 0 }]) {
      expect(decideSituation({ inputs: notes, notes: n })).toMatchObject({ situation: 'pre-implementation', basis: 'assumed' });
    }
    // a field list without records is a plan, unless the notes say the CRM is in use
    const fields = [...notes, input({ path: 'fields.csv', kind: 'fields' })];
    expect(decideSituation({ inputs: fields, notes: { inUse: 0, planned: 0 } })).toMatchObject({ situation: 'pre-implementation', basis: 'inputs' });
    expect(decideSituation({ inputs: fields, notes: { inUse: 9, planned: 0 } })).toMatchObject({ situation: 'post-implementation', basis: 'notes' });
    // an export with a usage trail wins over the notes
    expect(decideSituation({ inputs: [...notes, input({ path: 'Task.csv', kind: 'activities' })], notes: { inUse: 0, planned: 30 } })).toMatchObject({ situation: 'post-implementation', basis: 'inputs' });
    expect(decideSituation({ inputs: notes, notes: { inUse: 30, planned: 0 }, explicit: 'in-progress' })).toMatchObject({ situation: 'in-progress', basis: 'given' });
  });
});
