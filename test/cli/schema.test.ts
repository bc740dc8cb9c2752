// `crm-audit schema NAME`: the built bin prints each JSON Schema, derived from the zod schemas.
import { describe, expect, it } from 'vitest';
import { SCHEMAS } from '../../src/cli/schema.js';
import { cli } from '../helpers/cli.js';

const AVAILABLE = ['config', 'rules', 'answers', 'analysis', 'editorial'];

describe('crm-audit schema', () => {
  it('offers config, rules, answers, analysis and editorial', () => {
    expect(Object.keys(SCHEMAS).sort()).toEqual([...AVAILABLE].sort());
  });

  for (const name of AVAILABLE) {
    it(`${name} prints a valid JSON Schema with a properties member`, () => {
      const r = cli(['schema', name]);
      expect(r.code, r.stderr).toBe(0);
      const s = JSON.parse(r.stdout) as Record<string, unknown>;
      expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(s.type).toBe('object');
      expect(typeof s.title).toBe('string');
      expect(s.properties).toBeTypeOf('object');
      expect(Object.keys(s.properties as object).length).toBeGreaterThan(0);
    });
  }

  it('editorial describes the members an editorial file may have', () => {
    const s = JSON.parse(cli(['schema', 'editorial']).stdout) as { properties: Record<string, unknown>; additionalProperties?: unknown };
    for (const k of ['findings', 'recommendations', 'commentary', 'keyFindings', 'replaceKeyFindings']) expect(s.properties).toHaveProperty(k);
    expect(s.additionalProperties).toBe(false);
  });

  it('answers lists every question with its choices, and no other key', () => {
    const s = JSON.parse(cli(['schema', 'answers']).stdout) as { properties: Record<string, { enum?: string[]; description?: string }>; additionalProperties?: unknown };
    expect(s.additionalProperties).toBe(false);
    expect(s.properties['activityTracking']?.enum).toEqual(['none', 'reported', 'quota']);
    expect(s.properties['activityTracking']?.description).toContain('quota: A minimum number must be logged');
    for (const k of ['questionnaire', 'answeredOn', 'situation', 'repData', 'entryMinutes', 'plannedFields']) expect(s.properties).toHaveProperty(k);
  });

  it('an unknown name exits 2 and lists the names', () => {
    const r = cli(['schema', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown schema "nope"');
    expect(r.stderr).toContain('editorial');
  });
});
