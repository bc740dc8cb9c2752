// Each respondent's stance towards the CRM, from the sentiment of their scored notes, and the polarization
// of stances (DESIGN.md: index = 2 x min(lowShare, highShare); here low = hate, high = love).
import type { SentimentLabel, Stance } from './types.js';

/**
 * love: clearly more positive than negative notes (net share >= 0.5); hate: the reverse; ambivalent: both
 * sides without a clear winner; neutral: neither positive nor negative notes.
 */
export function stanceOf(sentiments: readonly SentimentLabel[]): Stance {
  let pos = 0;
  let neg = 0;
  for (const s of sentiments) {
    if (s === 'positive') pos++;
    else if (s === 'negative') neg++;
  }
  if (pos + neg === 0) return 'neutral';
  const net = (pos - neg) / (pos + neg);
  if (net >= 0.5) return 'love';
  if (net <= -0.5) return 'hate';
  return 'ambivalent';
}

const r4 = (x: number) => Math.round(x * 10000) / 10000;

export function polarization(counts: Record<Stance, number>): { index: number; lowShare: number; highShare: number } {
  const n = counts.love + counts.hate + counts.ambivalent + counts.neutral;
  if (n === 0) return { index: 0, lowShare: 0, highShare: 0 };
  const hate = counts.hate / n;
  const love = counts.love / n;
  return { index: r4(2 * Math.min(hate, love)), lowShare: r4(hate), highShare: r4(love) };
}

/**
 * The themes that set one side apart: ranked by the share of that side's respondents who raised a theme
 * minus the share on the other side; at most `top`, only themes more common on this side.
 */
export function drivers(
  side: readonly Set<string>[],
  other: readonly Set<string>[],
  top = 3,
): string[] {
  const count = (group: readonly Set<string>[]) => {
    const m = new Map<string, number>();
    for (const themes of group) for (const t of themes) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  };
  const a = count(side);
  const b = count(other);
  return [...a.entries()]
    .map(([t, n]) => ({ t, lift: n / Math.max(1, side.length) - (b.get(t) ?? 0) / Math.max(1, other.length), n }))
    .filter((x) => x.lift > 0)
    .sort((x, y) => y.lift - x.lift || y.n - x.n || (x.t < y.t ? -1 : 1))
    .slice(0, top)
    .map((x) => x.t);
}
