import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareCommand } from '../../src/cli/compare.js';
import type { Io } from '../../src/cli/command.js';
import { CrmAuditError } from '../../src/errors.js';
import { after, before } from '../scoring/fixtures.js';

let dir: string;

function io(tty = false): Io & { out: () => string; err: () => string } {
  const stdout = new PassThrough() as PassThrough & { isTTY?: boolean };
  const stderr = new PassThrough() as PassThrough & { isTTY?: boolean };
  stdout.isTTY = tty;
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += String(d)));
  stderr.on('data', (d) => (err += String(d)));
  return { stdout, stderr, stdin: new PassThrough(), cwd: dir, env: { NO_COLOR: '1' }, out: () => out, err: () => err };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crm-audit-compare-'));
  writeFileSync(join(dir, 'q1.json'), JSON.stringify(before()));
  writeFileSync(join(dir, 'q3.json'), JSON.stringify(after()));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const inputOf = (path: string) => ({
  path, kind: 'records', kindConfidence: 1, crm: 'salesforce', object: null, rows: 10, skipped: 0, duplicates: 0, trailerLines: 0,
  columns: 5, encoding: 'utf-8', delimiter: ',', roles: {}, errors: [], warnings: [],
});

describe('crm-audit compare', () => {
  it('is available, with real examples', () => {
    expect(compareCommand.available).toBe(true);
    expect(compareCommand.args).toBe('<before.json> <after.json>');
    expect(compareCommand.examples.length).toBeGreaterThan(1);
  });

  it('prints the documented JSON', async () => {
    const t = io();
    expect(await compareCommand.run(['q1.json', 'q3.json'], { format: 'json' }, t)).toBe(0);
    const c = JSON.parse(t.out());
    expect(c).toMatchObject({ comparisonVersion: 1, scoreChange: -20.5, direction: 'better' });
    expect(c.before.path).toBe('q1.json');
    expect(Object.keys(c.findings)).toEqual(['new', 'resolved', 'persisting', 'unmeasured']);
  });

  it('defaults to JSON when piped and to a table on a terminal', async () => {
    const piped = io(false);
    await compareCommand.run(['q1.json', 'q3.json'], {}, piped);
    expect(() => JSON.parse(piped.out())).not.toThrow();
    const tty = io(true);
    await compareCommand.run(['q1.json', 'q3.json'], {}, tty);
    const text = tty.out();
    expect(text).toContain('Adoption-risk score: 62.0 high → 41.5 moderate (-20.5, better)');
    expect(text).toMatch(/New findings \(1\)[\s\S]*low-card-burden/);
    expect(text).toMatch(/Resolved findings \(1\)[\s\S]*junk-compliance/);
    expect(text).toMatch(/Persisting findings \(1\)[\s\S]*bulk-logging/);
    expect(text).not.toMatch(/\u001b\[/);
  });

  it('writes Markdown to --out atomically, and refuses to replace it without --force', async () => {
    const t = io();
    await compareCommand.run(['q1.json', 'q3.json'], { out: 'trend.md' }, t);
    const md = readFileSync(join(dir, 'trend.md'), 'utf8');
    expect(md).toMatch(/^# CRM adoption audit: comparison/);
    expect(md).toContain('| bulk-logging failing (`bulk-logging`) | controls | fail | fail | 80 | 60 |');
    await expect(compareCommand.run(['q1.json', 'q3.json'], { out: 'trend.md' }, io())).rejects.toMatchObject({ kind: 'output' });
    writeFileSync(join(dir, 'trend.md'), 'an older version');
    await compareCommand.run(['q1.json', 'q3.json'], { out: 'trend.md', force: true }, io());
    expect(readFileSync(join(dir, 'trend.md'), 'utf8')).toMatch(/^# CRM adoption audit: comparison/);
    // a --format that contradicts the extension is refused rather than written under the wrong name
    await expect(compareCommand.run(['q1.json', 'q3.json'], { out: 'trend.md', force: true, format: 'json' }, io())).rejects.toMatchObject({ kind: 'usage' });
  });

  it('warns on stderr, and goes on, when the two look like different clients though a name is missing', async () => {
    const hs = { ...before(), generatedAt: '2021-01-15', meta: { ...before().meta, client: null } };
    hs.inputs = [{ ...inputOf('deals.csv'), crm: 'hubspot' }] as never;
    const acme = { ...after(), generatedAt: '2026-10-29', inputs: [inputOf('Opportunity.csv')] };
    writeFileSync(join(dir, 'hs.json'), JSON.stringify(hs));
    writeFileSync(join(dir, 'acme.json'), JSON.stringify(acme));
    const t = io();
    expect(await compareCommand.run(['hs.json', 'acme.json'], { format: 'json' }, t)).toBe(0);
    expect(t.err()).toMatch(/^crm-audit: warning: The two analyses are of different clients, by the look of it \(only one names its client\): they come from different CRMs \(hubspot; salesforce\), dated 5 years apart/);
    expect(JSON.parse(t.out()).notes[0]).toMatch(/different clients/);
    const same = io();
    await compareCommand.run(['q1.json', 'q3.json'], { format: 'json' }, same);
    expect(same.err()).toBe('');
  });

  it('rejects a file that is not a saved analysis with a usage error naming the file', async () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ schemaVersion: 1 }));
    const err = await compareCommand.run(['bad.json', 'q3.json'], { format: 'json' }, io()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CrmAuditError);
    expect((err as CrmAuditError).kind).toBe('usage');
    expect((err as CrmAuditError).where?.file).toMatch(/bad\.json$/);
  });

  it('gives usage errors (exit 2) for a missing file, a missing argument or a format it cannot write', async () => {
    const missing = await compareCommand.run(['missing.json', 'q3.json'], { format: 'json' }, io()).catch((e: unknown) => e);
    expect(missing).toMatchObject({ kind: 'usage', message: expect.stringMatching(/cannot read the saved analysis/) });
    const one = await compareCommand.run(['q1.json'], {}, io()).catch((e: unknown) => e);
    expect(one).toMatchObject({ kind: 'usage' });
    const pdf = await compareCommand.run(['q1.json', 'q3.json'], { format: 'pdf' }, io()).catch((e: unknown) => e);
    expect(pdf).toMatchObject({ kind: 'usage', message: expect.stringMatching(/cannot write pdf/) });
  });

  it('keeps control characters from the saved files out of the terminal', async () => {
    const b = before();
    b.audits![0]!.failureTitle = 'Junk \u001b[31mred\u001b[0m';
    writeFileSync(join(dir, 'evil.json'), JSON.stringify(b));
    const t = io(true);
    await compareCommand.run(['evil.json', 'q3.json'], {}, t);
    expect(t.out()).not.toContain('\u001b');
  });
});
