import { describe, expect, it } from 'vitest';
import { polarization, stanceOf } from '../../src/interviews/index.js';

describe('stances', () => {
  it('classifies a respondent from their notes', () => {
    expect(stanceOf(['positive', 'positive', 'neutral'])).toBe('love');
    expect(stanceOf(['negative', 'negative', 'positive', 'negative'])).toBe('hate');
    expect(stanceOf(['positive', 'negative'])).toBe('ambivalent');
    expect(stanceOf(['neutral', 'neutral'])).toBe('neutral');
    expect(stanceOf([])).toBe('neutral');
  });

  it('measures polarization as 2 x min(love share, hate share)', () => {
    expect(polarization({ love: 5, hate: 5, ambivalent: 0, neutral: 0 })).toEqual({ index: 1, lowShare: 0.5, highShare: 0.5 });
    expect(polarization({ love: 0, hate: 9, ambivalent: 1, neutral: 0 })).toEqual({ index: 0, lowShare: 0.9, highShare: 0 });
    expect(polarization({ love: 2, hate: 4, ambivalent: 2, neutral: 2 }).index).toBe(0.4);
    expect(polarization({ love: 0, hate: 0, ambivalent: 0, neutral: 0 }).index).toBe(0);
  });
});
