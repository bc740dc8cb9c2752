// The top recommendations ("where to start"): one selection in src/recommend, the same in every output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { topRecommendations, type Phase } from '../../src/recommend/index.js';
import { buildModel } from '../../src/report/model.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderTable } from '../../src/report/table.js';
import { AuditResult } from '../../src/result/schema.js';
import { Chalk } from 'chalk';

const plain = new Chalk({ level: 0 });

const golden = (): AuditResult =>
  AuditResult.parse(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'golden', 'acme-pharma.analysis.json'), 'utf8')));

const rec = (id: string, phase: Phase, audits: string[]) => ({ id, phase, audits });

describe('topRecommendations', () => {
  it('answers the biggest drivers, each with its earliest step, and never leads with the multi-year horizon', () => {
    const recs = [
      rec('end-deadline-logging', 'quick-win', ['bulk-logging']),
      rec('strip-junk-controls', 'quick-win', ['junk-compliance']),
      rec('replace-controls-with-planning', 'relaunch', ['high-card-gap', 'low-card-burden']),
      rec('pipe-in-back-office-data', 'integrate', ['no-reason-to-be-there']),
      rec('retrain-by-cohort', 'train', ['usage-polarization']),
      rec('adoption-horizon', 'sustain', ['bulk-logging', 'high-card-gap', 'junk-compliance', 'low-card-burden', 'no-reason-to-be-there']),
    ];
    const drivers = [
      { audit: 'high-card-gap', contribution: 16.67 },
      { audit: 'junk-compliance', contribution: 8.57 },
      { audit: 'no-reason-to-be-there', contribution: 8.33 },
      { audit: 'usage-polarization', contribution: 8.33 },
      { audit: 'bulk-logging', contribution: 7.51 },
    ];
    expect(topRecommendations(recs, drivers).map((r) => r.id)).toEqual(['replace-controls-with-planning', 'strip-junk-controls', 'pipe-in-back-office-data']);
    // a driver answered by a quick win and by a later phase brings the quick win
    expect(topRecommendations(recs, [{ audit: 'bulk-logging', contribution: 20 }], 1).map((r) => r.id)).toEqual(['end-deadline-logging']);
  });

  it('takes one recommendation per driver before a second for the same driver', () => {
    const recs = [rec('a', 'quick-win', ['x']), rec('b', 'relaunch', ['x']), rec('c', 'train', ['y'])];
    const top = topRecommendations(recs, [{ audit: 'x', contribution: 30 }, { audit: 'y', contribution: 2 }], 2);
    expect(top.map((r) => r.id)).toEqual(['a', 'c']);
  });

  it('fills the slots left in roadmap order, the sustain phase last', () => {
    const recs = [rec('horizon', 'sustain', []), rec('hear', 'quick-win', []), rec('train', 'train', [])];
    expect(topRecommendations(recs, []).map((r) => r.id)).toEqual(['hear', 'train', 'horizon']);
    expect(topRecommendations([rec('horizon', 'sustain', ['x'])], [{ audit: 'x', contribution: 5 }]).map((r) => r.id)).toEqual(['horizon']);
  });
});

describe('the same top recommendations in the terminal and in the report', () => {
  it('for the example client: the terminal, the report model and the Markdown agree, the top quick win among them', () => {
    const r = golden();
    const want = topRecommendations(r.recommendations!, r.risk!.drivers).map((x) => x.title);
    expect(want).toContain('Stop forcing fields that reps fill with junk');
    expect(want.some((t) => t.startsWith('Plan adoption over'))).toBe(false);

    expect(buildModel(r).summary!.topRecommendations.map((x) => x.title)).toEqual(want);

    const md = renderMarkdown(r);
    const mdSection = md.slice(md.indexOf('### Top recommendations'));
    const mdTitles = [...mdSection.matchAll(/^- \*\*(.+?)\*\* \(/gm)].slice(0, want.length).map((m) => m[1]!.replace(/\\/g, ''));
    expect(mdTitles).toEqual(want);

    const term = renderTable(r, { color: plain, width: 200 });
    const lines = term.slice(term.indexOf('Top recommendations')).split('\n');
    const termTitles = lines.filter((l) => /^ {2}\S.*\[[a-z-]+\]$/.test(l)).map((l) => l.trim().replace(/ \[[a-z-]+\]$/, ''));
    expect(termTitles).toEqual(want);
  });
});
