import { describe, expect, it } from 'vitest';
import { scoringModelMarkdown } from '../../src/scoring/doc.js';
import { AUDITS } from '../../src/audits/index.js';

describe('scoringModelMarkdown (the README section, generated from the code)', () => {
  const md = scoringModelMarkdown();

  it('lists every category, audit, weight and band', () => {
    for (const a of AUDITS) expect(md).toContain(`\`${a.meta.id}\``);
    expect(md).toContain('| Low Card controls (`controls`) | 30 | `low-card-burden` | 3 |');
    expect(md).toContain('| Readiness (`readiness`) | 20 | _none yet_ | |');
    expect(md).toContain('Bands: low 0–25, moderate 25–50, high 50–75, critical 75–100');
  });

  it('states every threshold with its value', () => {
    expect(md).toContain('burstFull = 0.35');
    expect(md).toContain('worstFull = 0.2: junk share of the worst field');
  });
});
