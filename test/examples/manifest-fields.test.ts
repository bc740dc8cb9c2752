// The example client's planted truth against what crm-audit reports on it, field by field, and against what
// examples/README.md tells a reader a correct audit should find. The tool's side is the golden analysis
// (test/golden.test.ts keeps it equal to a fresh run of the pipeline), so a change to the detector, to the
// generator or to the document that makes one of the three disagree fails here, not in a client's report.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../examples/generate.js';
import { USAGE_THRESHOLDS } from '../../src/classify/usage.js';
import type { AuditResult, FieldResult } from '../../src/result/schema.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'examples/acme-pharma/manifest.json'), 'utf8')) as Manifest;
const golden = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/golden/acme-pharma.analysis.json'), 'utf8')) as AuditResult;
const readme = readFileSync(path.join(ROOT, 'examples/README.md'), 'utf8');

const tool = new Map<string, FieldResult>((golden.fields ?? []).map((f) => [`${f.object}.${f.name}`, f]));
const field = (ref: string): FieldResult => {
  const f = tool.get(ref);
  if (!f) throw new Error(`${ref} is not in the golden analysis`);
  return f;
};
const pct = (x: number) => `${Math.round(x * 100)}%`;

describe('the example client: crm-audit measures what the generator planted', () => {
  it('fill rate and junk share of every generated column equal the manifest (measured by the same definitions)', () => {
    expect(manifest.measured.fields.length).toBeGreaterThan(50);
    for (const t of manifest.measured.fields) {
      const f = field(`${t.object}.${t.field}`);
      expect(f.fillRate, `${t.object}.${t.field} fill`).toBeCloseTo(t.fillRate, 4);
      expect(f.junkShare, `${t.object}.${t.field} junk`).toBeCloseTo(t.junkShare, 4);
    }
  });

  it('the planted dominant junk value (a boilerplate text) is counted as junk', () => {
    const dominant = Object.keys(manifest.planted.dominantJunkValues);
    expect(dominant.length).toBeGreaterThan(0);
    for (const ref of dominant) {
      const t = manifest.measured.fields.find((x) => `${x.object}.${x.field}` === ref)!;
      expect(t.dominantJunk, ref).toBe(manifest.planted.dominantJunkValues[ref]);
      expect(t.topValue, ref).toBe(t.dominantJunk);
      // the junk share holds the dominant value's cells (its top-value share), not only the placeholders
      expect(field(ref).topValueShare, ref).toBeCloseTo(t.topValueShare, 4);
      expect(field(ref).junkShare!, ref).toBeGreaterThanOrEqual(t.topValueShare);
    }
  });

  it('planted Low and High Card fields get their cards; usage states match their definitions', () => {
    for (const ref of manifest.planted.lowCardFields) {
      const f = field(ref);
      expect(f.card, ref).toBe('low');
      // enforced means filled nearly always with real values, as the report defines it
      if (f.usage === 'enforced-control') expect(f.fillRate!, ref).toBeGreaterThanOrEqual(USAGE_THRESHOLDS.enforced);
      if ((f.junkShare ?? 0) >= USAGE_THRESHOLDS.junk) expect(f.usage, ref).toBe('resisted-control');
      if ((f.fillRate ?? 0) < USAGE_THRESHOLDS.enforced) expect(f.usage, ref).not.toBe('enforced-control');
    }
    for (const ref of manifest.planted.highCardFields) expect(field(ref).card, ref).toBe('high');
    // the mandatory text controls the resisting teams fill with junk read as resisted, not enforced
    expect(field('Opportunity.NextStep').usage).toBe('resisted-control');
    expect(field('Opportunity.Visit_Report_Summary__c').usage).toBe('resisted-control');
    // as examples/README.md gives them: 2 resisted, 2 enforced, the other 7 partial
    const states = manifest.planted.lowCardFields.map((ref) => field(ref).usage);
    const count = (s: string) => states.filter((x) => x === s).length;
    expect([count('resisted-control'), count('enforced-control'), count('partial-control')]).toEqual([2, 2, 7]);
    expect(field('Opportunity.Calls_This_Week__c').usage).toBe('enforced-control');
    expect(field('Account.Visits_Required_Per_Month__c').usage).toBe('enforced-control');
  });
});

describe('examples/README.md quotes the manifest for the per-field figures', () => {
  it('every "**N%** for `Object.Field`" junk share it quotes is the measured one', () => {
    const quoted = [...readme.matchAll(/\*\*(\d+)%\*\* for\s+`(\w+)\.(\w+)`/g)];
    const refs = quoted.map((m) => `${m[2]}.${m[3]}`);
    // the Low Card fields whose whole column is a fifth or more junk must be quoted
    for (const t of manifest.measured.fields) {
      if (t.card === 'low' && t.junkShare >= USAGE_THRESHOLDS.junk) expect(refs, `${t.object}.${t.field}`).toContain(`${t.object}.${t.field}`);
    }
    expect(quoted.length).toBeGreaterThan(0);
    for (const m of quoted) {
      const t = manifest.measured.fields.find((x) => x.object === m[2] && x.field === m[3]);
      expect(t, `${m[2]}.${m[3]} is in the manifest`).toBeDefined();
      expect(`${m[1]}%`, `${m[2]}.${m[3]}`).toBe(pct(t!.junkShare));
      expect(pct(field(`${m[2]}.${m[3]}`).junkShare!), `crm-audit on ${m[2]}.${m[3]}`).toBe(`${m[1]}%`);
    }
  });

  it('the count of Low Card fields it gives is the planted one', () => {
    expect(readme).toContain(`There are ${manifest.planted.lowCardFields.length} Low Card fields`);
  });
});
