import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import { mdLine, mdText } from '../../src/report/markdown.js';
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
    expect(md).not.toMatch(/(^|[^\\])<img/m); // only as the escaped, inert \\<img
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(md).not.toContain('&lt;');
    expect(mdText('a|b')).toBe('a\\|b');
    expect(mdText('line\nbreak')).toBe('line break');
  });

  it('escapes only what Markdown needs, with backslashes and never HTML entities', () => {
    expect(mdText('Northfield & Vale Advisory')).toBe('Northfield & Vale Advisory');
    expect(mdText('0.1.0')).toBe('0.1.0');
    expect(mdText('16 of 74 fields (22%). Task.Description!')).toBe('16 of 74 fields (22%). Task.Description!');
    expect(mdText('Calls_This_Week__c')).toBe('Calls_This_Week__c');
    expect(mdText('_em_ and __strong__')).toBe('\\_em\\_ and \\_\\_strong\\_\\_');
    expect(mdText('*a* `b` ~c~ [d] <e> \\f')).toBe('\\*a\\* \\`b\\` \\~c\\~ \\[d\\] \\<e\\> \\\\f');
    // an entity would be decoded by the renderer: its ampersand is escaped, a plain one is not
    expect(mdText('&copy; &#169; AT&T')).toBe('\\&copy; \\&#169; AT&T');
    // bare URLs and addresses are not turned into links
    expect(mdText('see https://example.com or www.example.com, mail a@b.example')).toBe(
      'see https\\://example.com or www\\.example.com, mail a\\@b.example',
    );
    // block syntax matters only where data starts a line
    expect(mdText('# 1. - text')).toBe('# 1. - text');
    expect(mdLine('# heading')).toBe('\\# heading');
    expect(mdLine('1. item')).toBe('1\\. item');
    expect(mdLine('- item')).toBe('\\- item');
    expect(mdLine('-5% change')).toBe('-5% change');
  });

  it('has no stray escapes or entities in the example of an ordinary report', async () => {
    const r = fixtureCopy();
    r.meta.firm = 'Keller & Vance Advisory';
    const md = (await renderReport(r, 'md')) as string;
    expect(md).toContain('Keller & Vance Advisory');
    expect(md).not.toMatch(/&(amp|lt|gt|quot|#\d+);/);
    expect(md).not.toMatch(/\\[().]/);
    expect(md).toMatch(/\*Made with crm-audit \d+\.\d+\.\d+ /);
  });

  it('says people are pseudonymous, or, with --name-users, that the document contains names', async () => {
    const plain = (await renderReport(loadFixture(), 'md')) as string;
    expect(plain).toContain('People appear under pseudonyms');
    expect(plain).toMatch(/^\*Confidential:/m);
    const r = fixtureCopy();
    r.meta.namedUsers = true;
    const named = (await renderReport(r, 'md')) as string;
    expect(named).not.toContain('pseudonyms');
    expect(named).toMatch(/^\*Internal — contains names:/m);
    expect(named).toContain('appear under their real names');
  });
});

describe("Markdown: the reps' voice without quotes", () => {
  it('says why no note is quoted', async () => {
    const r = fixtureCopy();
    r.interviews!.quotes = [];
    r.interviews!.respondents = 8;
    const md = (await renderReport(r, 'md')) as string;
    const voice = md.slice(md.indexOf("The reps' voice"));
    expect(voice).toMatch(/No note is quoted: a note is quoted only when .*; there are 8 respondents in all\./);
  });
});

describe('mdText and the terminal', () => {
  it('drops escape sequences and control characters, as the terminal output does (Markdown goes to stdout too)', () => {
    expect(mdText('pl\u001b[31mred.csv')).toBe('plred.csv');
    expect(mdText('a\u0007b\u202ec')).toBe('abc');
  });
});
