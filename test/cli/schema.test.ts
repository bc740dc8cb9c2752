// `crm-audit schema NAME`: the built bin prints each JSON Schema, derived from the zod schemas.
import { describe, expect, it } from 'vitest';
import { SCHEMAS } from '../../src/cli/schema.js';
import { cli } from '../helpers/cli.js';

const AVAILABLE = ['config', 'rules', 'analysis', 'editorial'];

describe('crm-audit schema', () => {
  it('offers config, rules, analysis and editorial, and names answers', () => {
    expect(Object.keys(SCHEMAS).sort()).toEqual([...AVAILABLE, 'answers'].sort());
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

  it('answers exits 2 and says it is not available yet', () => {
    const r = cli(['schema', 'answers']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/not available yet/);
  });

  it('an unknown name exits 2 and lists the names', () => {
    const r = cli(['schema', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown schema "nope"');
    expect(r.stderr).toContain('editorial');
  });
});
