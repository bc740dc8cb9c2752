// Saved analyses for the compare tests.
import { AuditResult, SCHEMA_VERSION } from '../../src/result/schema.js';
import type { AuditResultItem } from '../../src/result/schema.js';
import { item } from '../audits/helpers.js';

export function analysis(p: { audits: AuditResultItem[]; score: number | null; generatedAt?: string; situation?: AuditResult['situation']; client?: string | null }): AuditResult {
  return AuditResult.parse({
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'crm-audit', version: '0.1.0' },
    generatedAt: p.generatedAt ?? '2026-01-31',
    situation: p.situation ?? 'post-implementation',
    meta: { client: p.client ?? 'Acme Pharma', consultant: null, firm: null, locale: 'en-US', paper: 'a4' },
    inputs: [],
    audits: p.audits,
    categories: [
      { id: 'controls', title: 'Low Card controls', weight: 30, risk: 0.5 },
      { id: 'usage', title: 'Usage and engagement', weight: 25, risk: null },
    ],
    risk: { score: p.score, band: p.score === null ? null : p.score < 25 ? 'low' : p.score < 50 ? 'moderate' : p.score < 75 ? 'high' : 'critical', confidence: 'medium', confidenceReasons: [], drivers: [] },
  });
}

export const before = () =>
  analysis({
    score: 62,
    audits: [
      item({ id: 'junk-compliance', risk: 0.9 }),
      item({ id: 'bulk-logging', risk: 0.8 }),
      item({ id: 'low-card-burden', risk: 0.1 }),
      item({ id: 'usage-polarization', category: 'usage', risk: 0.7 }),
    ],
  });

export const after = () =>
  analysis({
    score: 41.5,
    generatedAt: '2026-07-31',
    audits: [
      item({ id: 'junk-compliance', risk: 0.2 }),
      item({ id: 'bulk-logging', risk: 0.6 }),
      item({ id: 'low-card-burden', risk: 0.55 }),
      item({ id: 'usage-polarization', category: 'usage', risk: null }),
    ],
  });

