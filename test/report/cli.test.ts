// The report and doctor commands, run in-process with a captured terminal.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/command.js';
import { doctorCommand } from '../../src/cli/doctor.js';
import { reportCommand } from '../../src/cli/report.js';
import { CrmAuditError } from '../../src/errors.js';
import { browserTests, FIXTURE, pdfInfo, pdfText, tempDir } from './helpers.js';

function fakeIo(cwd: string, env: NodeJS.ProcessEnv = process.env): Io & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  return { stdout, stderr, stdin: new PassThrough(), cwd, env, out: () => out, err: () => err };
}

async function failure(p: Promise<unknown>): Promise<CrmAuditError> {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(CrmAuditError);
  return e as CrmAuditError;
}

describe('crm-audit report', () => {
  it('writes HTML and Markdown, the format chosen by the extension of --out', async () => {
    const dir = tempDir();
    const io = fakeIo(dir);
    expect(await reportCommand.run([FIXTURE], { out: 'report.html' }, io)).toBe(0);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('<!DOCTYPE html>');
    expect(io.err()).toMatch(/wrote report\.html \(HTML, \d+ kB\)/);
    expect(await reportCommand.run([FIXTURE], { out: 'report.md' }, io)).toBe(0);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toMatch(/^# CRM adoption audit/);
  });

  it('prints Markdown when neither --out nor --format is given', async () => {
    const io = fakeIo(tempDir());
    expect(await reportCommand.run([FIXTURE], {}, io)).toBe(0);
    expect(io.out()).toContain('## 1. Executive summary');
  });

  it('applies branding flags over the saved meta', async () => {
    const dir = tempDir();
    const io = fakeIo(dir);
    await reportCommand.run([FIXTURE], { out: 'r.html', client: 'Acme Pharma', firm: 'North & Co', accent: '#0B6E4F' }, io);
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(html).toContain('Acme Pharma');
    expect(html).toContain('North &amp; Co');
    expect(html).toContain('--accent: #0b6e4f');
  });

  it('refuses a file that is not a valid analysis, as a usage error naming the file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'not-analysis.json'), '{"hello": 1}');
    writeFileSync(join(dir, 'broken.json'), JSON.stringify({ ...JSON.parse(readFileSync(FIXTURE, 'utf8')), situation: 'someday' }));
    writeFileSync(join(dir, 'bad.json'), '{"schemaVersion": 1,');
    const io = fakeIo(dir);
    const a = await failure(reportCommand.run(['not-analysis.json'], { out: 'x.pdf' }, io));
    expect([a.kind, a.where?.file]).toEqual(['usage', 'not-analysis.json']);
    expect(a.hint).toContain('crm-audit analyze');
    const b = await failure(reportCommand.run(['broken.json'], { out: 'x.pdf' }, io));
    expect(b.kind).toBe('usage');
    expect(b.message).toContain('situation');
    const c = await failure(reportCommand.run(['bad.json'], { out: 'x.pdf' }, io));
    expect(c.message).toContain('not valid JSON');
    const d = await failure(reportCommand.run(['missing.json'], { out: 'x.pdf' }, io));
    expect(d.kind).toBe('usage');
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });

  it('refuses to replace a file without --force, and a format it cannot write', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'keep.html'), 'mine');
    const io = fakeIo(dir);
    expect((await failure(reportCommand.run([FIXTURE], { out: 'keep.html' }, io))).kind).toBe('output');
    expect(readFileSync(join(dir, 'keep.html'), 'utf8')).toBe('mine');
    expect(await reportCommand.run([FIXTURE], { out: 'keep.html', force: true }, io)).toBe(0);
    expect((await failure(reportCommand.run([FIXTURE], { format: 'csv' }, io))).kind).toBe('usage');
  });

  it('exits 4 when the score is above --fail-above, after writing the report', async () => {
    const dir = tempDir();
    const io = fakeIo(dir);
    expect(await reportCommand.run([FIXTURE], { out: 'r.md', failAbove: 50 }, io)).toBe(4);
    expect(existsSync(join(dir, 'r.md'))).toBe(true);
    expect(await reportCommand.run([FIXTURE], { out: 'r2.md', failAbove: 90 }, io)).toBe(0);
  });

  it('fails a PDF with no browser with exit-1 error saying how to get one', async () => {
    const dir = tempDir();
    const io = fakeIo(dir, { PATH: '', CRM_AUDIT_CHROME: join(dir, 'no-chrome') });
    const e = await failure(reportCommand.run([FIXTURE], { out: 'r.pdf' }, io));
    expect(e.kind).toBe('output');
    expect(e.hint).toContain('npm run setup:browser');
    expect(existsSync(join(dir, 'r.pdf'))).toBe(false);
  });

  it.runIf(browserTests())('renders a saved analysis to PDF, on Letter paper with --paper', async () => {
    const dir = tempDir();
    const io = fakeIo(dir);
    expect(await reportCommand.run([FIXTURE], { out: 'acme-report.pdf', paper: 'letter', client: 'Acme Pharma' }, io)).toBe(0);
    const file = join(dir, 'acme-report.pdf');
    expect(pdfInfo(file).pageSize).toContain('612 x 792');
    expect(pdfText(file)).toContain('Acme Pharma');
  });
});

describe('crm-audit doctor', () => {
  it.runIf(browserTests())('reports Node, the browser and what renders', async () => {
    const io = fakeIo(tempDir());
    const code = await doctorCommand.run([], {}, io);
    const out = io.out();
    expect(out).toMatch(/ok\s+Node\.js/);
    expect(out).toMatch(/ok\s+Browser for PDF\s+\S+/);
    expect(out).toMatch(/ok\s+PDF rendering\s+works/);
    expect(out).toContain('puppeteer-core 24.');
    if (process.getuid?.() === 0) expect(out).toContain('--no-sandbox');
    expect(code).toBe(0);
  });

  it('says what to do when there is no browser, and exits 1', async () => {
    const dir = tempDir();
    const io = fakeIo(dir, { PATH: '' });
    const code = await doctorCommand.run([], { chrome: join(dir, 'nothing-here') }, io);
    expect(code).toBe(1);
    expect(io.out()).toMatch(/problem\s+Browser for PDF/);
    expect(io.out()).toContain('npm run setup:browser');
  });
});

describe.runIf(browserTests())('a report without a client name (real Chromium)', () => {
  it('names no client on the cover, says "prepared for the client", and warns on stderr; a named one is not warned about', async () => {
    const dir = tempDir();
    const saved = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { meta: { client: string | null } };
    saved.meta.client = null;
    writeFileSync(join(dir, 'unnamed.json'), JSON.stringify(saved));
    const io = fakeIo(dir);
    expect(await reportCommand.run(['unnamed.json'], { out: 'r.pdf' }, io)).toBe(0);
    expect(io.err()).toMatch(/no client name given: the report is prepared for "the client"; pass --client/);
    const text = pdfText(join(dir, 'r.pdf'));
    const cover = text.split('\f')[0]!;
    expect(cover).not.toMatch(/\bClient\b/);
    expect(cover).toMatch(/Prepared for the client only\./);
    expect(text.replace(/\s+/g, ' ')).toMatch(/Confidential: prepared for the client\./);
    const md = fakeIo(dir);
    expect(await reportCommand.run(['unnamed.json'], { client: 'Acme Pharma' }, md)).toBe(0);
    expect(md.err()).not.toMatch(/no client name/);
    expect(md.out()).toMatch(/^# CRM adoption audit: Acme Pharma$/m);
  });
});
