// A roster's other handles (login, e-mail, Salesforce's Alias) are names too: notes say "rlee", "kate.sj" or
// "xq7731" as often as "Robert Lee". So do the user names a full name makes ("tomwu", "smithj", "mark.will").
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/result/schema.js';
import { analyzeInterviews } from '../../src/interviews/index.js';
import { cli } from '../helpers/cli.js';
import { notesTable } from '../interviews/helpers.js';

describe('a users export\'s handles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crm-audit-handles-'));
  mkdirSync(join(dir, 'crm'));
  writeFileSync(
    join(dir, 'crm', 'User.csv'),
    'Id,Username,Name,Email,Alias,IsActive\n' +
      '0051,rlee@acme.example,Robert Lee,rlee@acme.example,rlee,true\n' +
      '0052,ksmith@acme.example,Katherine Smith-Jones,kate.sj@acme.example,ksmit,true\n' +
      '0053,twu@acme.example,Tom Wu,tom.wu@acme.example,twu,true\n' +
      '0055,xq7731@acme.example,Jana Novak,xq7731@acme.example,jnova,true\n',
  );
  writeFileSync(
    join(dir, 'notes.csv'),
    'respondent,team,note\n' +
      'P1,North,"Management uses the call counts to control us, rlee says, and tomwu agrees."\n' +
      'P2,North,"I keep my own Excel spreadsheet instead of the CRM, like ksmith and kate.sj do."\n' +
      'P3,North,"I hate typing every visit report, says xq7731 and jnovak."\n',
  );
  writeFileSync(join(dir, 'small.json'), JSON.stringify({ anonymity: { minGroupSize: 2, minQuoteGroupSize: 2 } }));

  it('login, e-mail and alias columns are removed from the quotes, as written and as the name they spell', () => {
    const r = cli(['analyze', 'crm', '--interviews', 'notes.csv', '--config', 'small.json', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const quotes = (JSON.parse(r.stdout) as AuditResult).interviews!.quotes.map((q) => q.text);
    expect(quotes).toHaveLength(3);
    expect(quotes.join(' ')).not.toMatch(/rlee|tomwu|ksmith|kate\.sj|\.sj|xq7731|jnovak/i);
    expect(quotes).toContain('I hate typing every visit report, says [name] and [name].');
  });
});

describe('names lists: addresses, handles and user names a name makes', () => {
  const coded = (note: string, redactNames: string[]) =>
    analyzeInterviews([notesTable([{ respondent: 'R1', note }])], { redactNames }).coded[0]!.text;

  it('a name with its address in angle brackets is both', () => {
    expect(coded('Jane and Smith and jane.smith said so', ['Jane Smith <jane.smith@acme.example>'])).toBe('[name] and [name] and [name].[name] said so');
  });
  it('a handle with a separator or digits goes as written', () => {
    expect(coded('tom.wu and Tom said so', ['tom.wu'])).toBe('[name] and [name] said so');
    expect(coded('ask xq7731 first', ['xq7731@acme.example'])).toBe('ask [name] first');
  });
  it('the user names of a full name: surname and initial, and a dotted name whose parts are words', () => {
    expect(coded('smithj and jsmith said so', ['Jane Smith'])).toBe('[name] and [name] said so');
    // too short to be nothing else: the roster's own handle columns name them ("rlee" above)
    expect(coded('rlee said so', ['Robert Lee'])).toBe('rlee said so');
    expect(coded('mark.will and mark_will said so; we will mark it', ['Mark Will'])).toBe('[name] and [name] said so; we will mark it');
    expect(coded('tomwu said so', ['Tom Wu'])).toBe('[name] said so');
  });
});

describe("a users export's last login", () => {
  it('counts as a login that day: the users are active, and the audit is dated by it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-audit-lastlogin-'));
    writeFileSync(
      join(dir, 'User.csv'),
      'Id,Name,Username,IsActive,LastLoginDate\n' +
        '0051,Robert Lee,rlee@acme.example,true,2025-03-01T10:00:00Z\n' +
        '0052,Tom Wu,twu@acme.example,true,2025-02-20T08:00:00Z\n' +
        '0053,Jana Novak,jn@acme.example,true,2024-06-01T08:00:00Z\n' +
        '0054,Ann Abel,aabel@acme.example,true,\n',
    );
    const r = cli(['analyze', 'User.csv', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const res = JSON.parse(r.stdout) as AuditResult;
    expect(res.generatedAt).toBe('2025-03-01T10:00:00.000Z');
    expect(res.users!.total).toBe(4);
    expect(res.users!.active90).toBe(2);
    expect(r.stderr).not.toContain('holds no dates');
    // one login each says who was in the CRM lately, not how often: no split, no concentration is read from it
    const why = 'only a users export was given: its last login dates tell who was in the CRM lately, not how often';
    for (const id of ['usage-polarization', 'usage-concentration']) {
      const a = res.audits!.find((x) => x.id === id)!;
      expect(a.status, id).toBe('not-applicable');
      expect(JSON.stringify(a)).toContain(why);
    }
    expect(res.audits!.find((x) => x.id === 'inactive-users')!.status).not.toBe('not-applicable');
    const md = cli(['analyze', 'User.csv', '--format', 'md'], { cwd: dir });
    expect(md.stdout).toContain(`| How often they use it | not shown: ${why}`);
    expect(md.stdout).not.toMatch(/\| Polarisation \||\| Concentration \(Gini\) \||rarely active/);
    const post = cli(['analyze', 'User.csv', '--situation', 'post-implementation', '--format', 'json'], { cwd: dir });
    expect(JSON.stringify((JSON.parse(post.stdout) as AuditResult).recommendations)).not.toContain('almost never');
  });
});
