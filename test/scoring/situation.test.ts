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
});
