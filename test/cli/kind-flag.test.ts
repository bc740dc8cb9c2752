// --kind is honoured or refused, in every command that takes it: never ignored.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditResult, FieldResult } from '../../src/result/schema.js';
import { cli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'crm-audit-kind-'));
writeFileSync(join(dir, 'notes.csv'), 'respondent,team,note\nP1,North,I hate logging every call\nP2,North,The CRM is useless\n');
writeFileSync(join(dir, 'Opportunity.csv'), 'Id,OwnerId,Name,CreatedDate\n0061,0051,Deal A,2024-01-02\n0062,0052,Deal B,2024-01-03\n');
writeFileSync(join(dir, 'planned.csv'), 'Name,Label,Type\nVisits__c,Visits this week,Number\nNextStep,Next step,Text\n');
const run = (...args: string[]) => cli(args, { cwd: dir });
const usage = (r: { code: number; stderr: string }, message: string) => {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toContain(message);
};

describe('interviews --kind', () => {
  it('a kind other than interviews is refused: interviews reads notes only', () => {
    for (const flag of ['records', 'notes.csv=records', 'activities']) {
      usage(run('interviews', 'notes.csv', '--kind', flag), `crm-audit: error: --kind ${flag}: interviews reads notes only (kind interviews); leave --kind out, or give --kind interviews`);
    }
  });

  it('--kind interviews is accepted, and a FILE=KIND naming no input is refused', () => {
    expect(run('interviews', 'notes.csv', '--kind', 'interviews', '--format', 'json').code).toBe(0);
    expect(run('interviews', 'notes.csv', '--kind', 'notes.csv=interviews', '--format', 'json').code).toBe(0);
    usage(run('interviews', 'notes.csv', '--kind', 'nots.csv=interviews'), '--kind nots.csv=interviews: no input file has this name');
  });
});

describe('classify --kind', () => {
  it('fields reads a field list, records and activities an export whose columns are classified', () => {
    const list = JSON.parse(run('classify', 'planned.csv', '--kind', 'fields', '--format', 'json').stdout) as { fields: FieldResult[] };
    expect(list.fields.map((f) => f.name)).toEqual(['NextStep', 'Visits__c']);
    const columns = JSON.parse(run('classify', 'planned.csv', '--kind', 'records', '--format', 'json').stdout) as { fields: FieldResult[] };
    expect(columns.fields.map((f) => f.name).sort()).toEqual(['Label', 'Name', 'Type']);
  });

  it('a kind classify does not read is refused, as is a FILE=KIND naming another file', () => {
    for (const kind of ['users', 'logins', 'field-history', 'interviews']) {
      usage(run('classify', 'Opportunity.csv', '--kind', kind), `--kind ${kind}: classify reads a field list (kind fields), or the columns of a records or activities export`);
    }
    usage(run('classify', 'Opportunity.csv', '--kind', 'Task.csv=activities'), '--kind Task.csv=activities: no input file has this name');
  });
});

describe('analyze --kind', () => {
  it('FILE=KIND is honoured; a bare --kind is for the input files, never for --interviews notes', () => {
    const r = run('analyze', 'Opportunity.csv', '--interviews', 'notes.csv', '--kind', 'activities', '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as AuditResult).inputs.map((i) => [i.path, i.kind])).toEqual([
      ['Opportunity.csv', 'activities'],
      ['notes.csv', 'interviews'],
    ]);
  });

  it('FILE=KIND naming no input, or giving --interviews notes another kind, is refused', () => {
    usage(run('analyze', 'Opportunity.csv', '--kind', 'Oportunity.csv=records'), '--kind Oportunity.csv=records: no input file has this name');
    usage(
      run('analyze', 'Opportunity.csv', '--interviews', 'notes.csv', '--kind', 'notes.csv=records'),
      '--kind notes.csv=records: notes.csv is given with --interviews, so it is read as notes',
    );
    expect(run('analyze', 'Opportunity.csv', '--interviews', 'notes.csv', '--kind', 'notes.csv=interviews', '--format', 'json').code).toBe(0);
  });
});
