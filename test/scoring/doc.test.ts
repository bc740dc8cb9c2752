import { describe, expect, it } from 'vitest';
import { scoringModelMarkdown } from '../../src/scoring/doc.js';
import { AUDITS } from '../../src/audits/index.js';

describe('scoringModelMarkdown (the README section, generated from the code)', () => {
  const md = scoringModelMarkdown();

  it('lists every category, audit, weight and band', () => {
    for (const a of AUDITS) expect(md).toContain(`\`${a.meta.id}\``);
    expect(md).toContain('| Low Card controls (`controls`) | 30 | `low-card-burden` | 3 |');
    expect(md).toContain('| Readiness (`readiness`) | 20 | `goals-unshared` | 1 |');
    expect(md).toContain('| `entry-load` | readiness | answers | Weighted mean of the answered questions: Minutes of data entry a day (weight 2: 0 at 10 minutes or fewer, 1 at 45 or more)');
    expect(md).toContain('Bands: low 0–25, moderate 25–50, high 50–75, critical 75–100');
  });

  it('states every threshold with its value', () => {
    expect(md).toContain('burstFull = 0.35');
    expect(md).toContain('worstFull = 0.2: junk share of the worst field');
  });
});
