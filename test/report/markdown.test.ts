import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import { mdText } from '../../src/report/markdown.js';
import { fixtureCopy, loadFixture } from './helpers.js';

describe('Markdown report', () => {
  it('has every section, the score and the Low Card fields', async () => {
    const md = (await renderReport(loadFixture(), 'md')) as string;
    expect(md).toMatch(/^# CRM adoption audit: Northwind Industrial Supply$/m);
    for (const h of ['Executive summary', 'Scorecard', 'Field inventory', 'Usage', "The reps' voice", 'Readiness', 'Roadmap', 'Appendix']) {
      expect(md).toMatch(new RegExp(`^## \\d+\\. ${h}$`, 'm'));
    }
    expect(md).toContain('Adoption-risk score: 67 / 100 (High risk)');
    for (const f of loadFixture().fields!.filter((x) => x.card === 'low')) expect(md).toContain(`\`${f.name}\``);
    expect(md).not.toContain('<svg');
  });

  it('escapes data so that it cannot inject markup, links or HTML', async () => {
    const r = fixtureCopy();
    r.interviews!.quotes[0]!.text = 'See [this](javascript:alert(1)) <img src=x onerror=alert(1)> | pipe *bold*';
    const md = (await renderReport(r, 'md')) as string;
    expect(md).not.toContain('[this](javascript');
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(mdText('a|b')).toBe('a\\|b');
    expect(mdText('line\nbreak')).toBe('line break');
  });
});
