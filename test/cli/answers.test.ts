// `analyze --answers`: the questionnaire's answers scored as the readiness checks, with or without exports.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';
import type { AuditResult as Saved } from '../../src/result/schema.js';

/** An analysis as analyze writes it: every member present. */
type AuditResult = Required<Saved>;

const EXAMPLE = join(ROOT, 'examples/nordwind-tools');
const dir = mkdtempSync(join(tmpdir(), 'crm-audit-answers-'));

describe('analyze --answers', () => {
  it('alone: an audit of the plan, dated and placed by the answers, every readiness check scored', () => {
    const r = cli(['analyze', '--answers', join(EXAMPLE, 'answers.json'), '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const a = JSON.parse(r.stdout) as AuditResult;
    expect(a.situation).toBe('pre-implementation');
    expect(a.situationBasis).toBe('answers');
    expect(a.generatedAt).toBe('2026-11-20T00:00:00.000Z');
    expect(a.inputs).toEqual([]);
    expect(a.answers).toMatchObject({ questionnaire: '2026.1', activityTracking: 'quota' });
    expect(a.answers).not.toHaveProperty('$schema');
    const readiness = a.audits.filter((i) => i.category === 'readiness');
    expect(readiness).toHaveLength(8);
    expect(readiness.every((i) => i.applicable)).toBe(true);
    expect(a.categories.find((c) => c.id === 'readiness')?.risk).toBeGreaterThan(0.5);
    expect(a.risk.confidence).toBe('low');
    // the recommendations quote the answers
    const policing = a.recommendations.find((x) => x.id === 'stop-policing-with-the-crm');
    expect(policing?.audits).toEqual(['activity-policing']);
    expect(policing?.why).toMatch(/^Reps will have to log a minimum number of calls or visits\. /);
    expect(policing?.steps[0]).toContain('quota of logged calls and visits');
    expect(r.stderr).not.toContain('holds no dates');
  });

  it('beside a planned field list, both are evidence', () => {
    const r = cli(['analyze', join(EXAMPLE, 'planned-fields.csv'), '--answers', join(EXAMPLE, 'answers.json'), '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const a = JSON.parse(r.stdout) as AuditResult;
    // a planned field list has no fill figures: its controls are enforced by being required, and said so
    expect(a.audits.find((i) => i.id === 'low-card-burden')).toMatchObject({ status: 'fail', evidence: { summary: expect.stringContaining('73% of them (8) are required: a control pressure') } });
    // no rep was heard: the views are what reps are likely to value, not what they asked for
    expect(a.recommendations.find((x) => x.id === 'replace-controls-with-planning')?.steps.join(' ')).toContain('planning views reps are likely to value');
    expect(a.audits.find((i) => i.id === 'activity-policing')?.evidence?.summary).toContain('7 of the 11 Low Card fields in planned-fields.csv will be read by nobody.');
    // the steps do not propose to remove a Low Card field the answers say someone reads (Next Step, Visit Date)
    const steps = a.recommendations.find((x) => x.id === 'replace-controls-with-planning')?.steps.join(' ') ?? '';
    expect(steps).toContain('Calls_This_Week__c');
    expect(steps).not.toContain('Next_Step__c');
    expect(steps).not.toContain('Visit_Date__c');
  });

  it('--situation outranks the answers, and the report speaks of its situation', () => {
    const r = cli(['analyze', '--answers', join(EXAMPLE, 'answers.json'), '--situation', 'post-implementation', '--format', 'md']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('How were reps trained?');
    expect(r.stdout).toContain('Training was one session for everyone.');
    expect(r.stdout).not.toContain('How will reps be trained?');
    // a category with nothing to assess says, once, in a client's words, what would let it be scored
    expect(r.stdout).toContain('4 checks, none assessed: they need a users list, logins, activities or CRM records.');
    expect(r.stdout).toContain('4 checks, none assessed: they need interview or workshop notes.');
    expect(r.stdout).not.toContain('input)');
  });

  it('beside usage exports that disagree, follows the answers and says so', () => {
    const r = cli(['analyze', join(ROOT, 'examples/acme-pharma/salesforce'), '--answers', join(EXAMPLE, 'answers.json'), '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as AuditResult).situation).toBe('pre-implementation');
    expect(r.stderr).toContain('the answers say the project is pre-implementation, but the exports alone look post-implementation');
  });

  it('refuses an answers file that answers nothing, and one that contradicts itself', () => {
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, '{}\n');
    const r = cli(['analyze', '--answers', empty]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('empty.json: the answers file answers no question');
    const moot = join(dir, 'moot.json');
    writeFileSync(moot, '{\n  "activityTracking": "none",\n  "activityInReviews": "yes"\n}\n');
    const m = cli(['analyze', '--answers', moot]);
    expect(m.code).toBe(2);
    expect(m.stderr).toMatch(/moot\.json:3:24: invalid answers file: activityInReviews: this question is asked only when calls and visits are counted/);
  });

  it('an invalid answers file stops the run before any work, at its line and column, without the value', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{\n  "entryMinutes": "about 20 Jane"\n}\n');
    const r = cli(['analyze', join(EXAMPLE, 'planned-fields.csv'), '--answers', bad, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/bad\.json:2:19: invalid answers file: entryMinutes/);
    expect(r.stderr).toContain('crm-audit schema answers');
    expect(r.stderr).not.toContain('Jane');
  });

  it('nothing at all to analyse is a usage error that names the three kinds of evidence', () => {
    const r = cli(['analyze']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('give CRM exports (files or folders), --interviews notes or --answers');
  });
});
