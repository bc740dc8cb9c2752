import { describe, expect, it } from 'vitest';
import { assessConfidence } from '../../src/scoring/confidence.js';
import { activity, dataset, input, interviews, item, users } from '../audits/helpers.js';

const scoredEverywhere = [
  item({ id: 'low-card-burden', category: 'controls', risk: 0.2 }),
  item({ id: 'high-card-gap', category: 'value', risk: 0.2 }),
  item({ id: 'inactive-users', category: 'usage', risk: 0.2 }),
  item({ id: 'negative-voice', category: 'voice', risk: 0.2 }),
];

describe('assessConfidence', () => {
  it('is high with plenty of evidence everywhere, and gives no reasons', () => {
    const d = dataset({
      users: users({ total: 40 }),
      records: { records: 5000, freshness: { medianDaysSinceModified: 10, staleShare: 0.1 } },
      activity: activity({ activities: 3000 }),
      interviews: interviews({ notes: 120, scored: 120, respondents: 25 }),
    });
    expect(assessConfidence(d, scoredEverywhere)).toEqual({ confidence: 'high', reasons: [] });
  });

  it('is low with three users, and says why', () => {
    const d = dataset({ users: users({ total: 3 }), records: { records: 5000, freshness: { medianDaysSinceModified: 10, staleShare: 0.1 } }, interviews: interviews() });
    const c = assessConfidence(d, scoredEverywhere);
    expect(c.confidence).toBe('low');
    expect(c.reasons[0]).toMatch(/Only 3 users/);
  });

  it('is medium without a roster or without interviews after implementation', () => {
    const noRoster = assessConfidence(dataset({ users: users({ total: 40, rosterGiven: false }), interviews: interviews() }), scoredEverywhere);
    expect(noRoster.confidence).toBe('medium');
    expect(noRoster.reasons.join(' ')).toMatch(/No users export/);
    const noVoice = assessConfidence(dataset({ users: users({ total: 40 }) }), scoredEverywhere.slice(0, 3));
    expect(noVoice.confidence).toBe('medium');
    expect(noVoice.reasons.join(' ')).toMatch(/voice/);
  });

  it('does not ask for usage exports before implementation', () => {
    const c = assessConfidence(dataset({ situation: 'pre-implementation' }), scoredEverywhere.slice(0, 2));
    expect(c.reasons.join(' ')).not.toMatch(/usage exports/);
  });

  it('reports few notes, skipped rows and errored audits', () => {
    const d = dataset({
      users: users({ total: 40 }),
      interviews: interviews({ notes: 8, scored: 8, respondents: 3 }),
      inputs: [input({ path: 'Task.csv', rows: 70, skipped: 30 })],
    });
    const c = assessConfidence(d, [...scoredEverywhere, item({ id: 'bulk-logging', risk: null, status: 'error', applicable: true })]);
    expect(c.confidence).toBe('low');
    const all = c.reasons.join(' | ');
    expect(all).toMatch(/Only 8 scored notes/);
    expect(all).toMatch(/Only 3 respondents/);
    expect(all).toMatch(/30% of the rows of Task.csv/);
    expect(all).toMatch(/bulk-logging/);
  });

  it('is low when nothing could be scored', () => {
    const c = assessConfidence(dataset(), [item({ id: 'x', risk: null })]);
    expect(c).toMatchObject({ confidence: 'low' });
    expect(c.reasons[0]).toMatch(/No audit could be scored/);
  });
});
