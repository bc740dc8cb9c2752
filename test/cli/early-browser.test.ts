// The browser's head start: which command lines get one, and that a browser started early never outlives
// the command (after success, after a usage error, after Ctrl-C), with the real bin and real Chromium.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfRequest } from '../../src/cli/early-browser.js';
import { browserTests, processesOf } from '../report/helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'crm-audit.js');
const EX = join(ROOT, 'examples', 'acme-pharma');

describe('pdfRequest', () => {
  it.each([
    [['analyze', 'x/', '--out', 'report.pdf'], {}],
    [['analyze', 'x/', '--out=Report.PDF'], {}],
    [['report', 'a.json', '--format', 'pdf'], {}],
    [['report', 'a.json', '--format=pdf', '--out', 'r.bin', '--chrome', 'chromium'], { chrome: 'chromium' }],
  ])('%j prints a PDF', (args, expected) => {
    expect(pdfRequest(args)).toEqual(expected);
  });

  it.each([
    [['analyze', 'x/']],
    [['analyze', 'x/', '--out', 'report.html']],
    [['analyze', 'x/', '--out', 'report.pdf', '--format', 'html']],
    [['analyze', 'x/', '--out', 'report.pdf', '--help']],
    [['classify', 'x/', '--out', 'report.pdf']],
    [['--no-color', 'analyze', 'x/', '--out', 'report.pdf']],
    [[]],
  ])('%j does not', (args) => {
    expect(pdfRequest(args)).toBeNull();
  });
});

/** Run the bin with its own TMPDIR, so that its browser profile can be found and checked. */
function runBin(args: string[], opts: { interruptWhenBrowserRuns?: NodeJS.Signals } = {}) {
  const tmp = mkdtempSync(join(tmpdir(), 'crm-audit-early-'));
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, TMPDIR: tmp }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const profiles = () => readdirSync(tmp).filter((n) => n.startsWith('crm-audit-chrome-'));
  let sawProfile = false;
  const poll = setInterval(() => {
    if (profiles().length === 0) return;
    sawProfile = true;
    if (opts.interruptWhenBrowserRuns && processesOf(undefined, join(tmp, 'crm-audit-chrome-')).length > 0) {
      child.kill(opts.interruptWhenBrowserRuns);
      clearInterval(poll);
    }
  }, 20);
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; sawProfile: boolean; left: number[]; profilesLeft: string[] }>(
    (resolve) =>
      child.on('exit', async (code, signal) => {
        clearInterval(poll);
        // the browser's processes die within moments of the kill
        let left = processesOf(undefined, join(tmp, 'crm-audit-chrome-'));
        for (let i = 0; i < 50 && left.length; i++) {
          await new Promise((r) => setTimeout(r, 100));
          left = processesOf(undefined, join(tmp, 'crm-audit-chrome-'));
        }
        const profilesLeft = existsSync(tmp) ? profiles() : [];
        rmSync(tmp, { recursive: true, force: true });
        resolve({ code, signal, stderr, sawProfile, left, profilesLeft });
      }),
  );
  return done;
}

describe.runIf(browserTests())('a browser started early (real bin, real Chromium)', () => {
  const analyze = ['analyze', join(EX, 'salesforce'), '--interviews', join(EX, 'interviews', 'notes.csv'), '--config', join(EX, 'crm-audit.config.json'), '--quiet', '--force'];

  it('prints the PDF and leaves no process or profile behind', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'crm-audit-out-')), 'acme.pdf');
    const r = await runBin([...analyze, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(r.left).toEqual([]);
    expect(r.profilesLeft).toEqual([]);
  }, 60_000);

  it('is killed when the command fails before it renders (a usage error)', async () => {
    const r = await runBin(['analyze', join(EX, 'salesforce'), '--out', 'never.pdf', '--no-such-option']);
    expect(r.code).toBe(2);
    expect(r.left).toEqual([]);
    expect(r.profilesLeft).toEqual([]);
  }, 60_000);

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`is killed on ${signal} during the analysis`, async () => {
      const out = join(mkdtempSync(join(tmpdir(), 'crm-audit-out-')), 'acme.pdf');
      const r = await runBin([...analyze, '--out', out], { interruptWhenBrowserRuns: signal });
      expect(r.sawProfile).toBe(true);
      expect(r.signal ?? `exit ${r.code}`).toBe(signal);
      expect(r.left).toEqual([]);
      expect(r.profilesLeft).toEqual([]);
    }, 60_000);
  }
});
