// No Chromium process, and no temporary profile, outlives a render: after success, after an error, and after
// SIGINT or SIGTERM (in a child process, as a user's Ctrl-C would be).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireBrowser } from '../../src/report/browser.js';
import { renderReport } from '../../src/report/index.js';
import { renderPdf } from '../../src/report/pdf.js';
import { browserTests, expectNoBrowserLeft, loadFixture } from './helpers.js';

type LaunchInfo = { pid: number | undefined; profileDir: string };

describe.runIf(browserTests())('browser lifecycle (real Chromium)', () => {
  it('leaves no process or profile after a render', async () => {
    let info: LaunchInfo | undefined;
    await renderReport(loadFixture(), 'pdf', { onLaunch: (i) => (info = i) });
    expect(info?.pid).toBeGreaterThan(0);
    expect(await expectNoBrowserLeft(info!)).toEqual({ left: [], profileExists: false });
  });

  it('leaves nothing after an error once the browser runs', async () => {
    let info: LaunchInfo | undefined;
    const failing = renderPdf('<p>x</p>', {
      browser: requireBrowser(),
      paper: 'a4',
      client: 'x',
      confidential: 'x',
      onLaunch: (i) => {
        info = i;
        throw new Error('boom after launch');
      },
    });
    await expect(failing).rejects.toThrow(/boom after launch/);
    expect(await expectNoBrowserLeft(info!)).toEqual({ left: [], profileExists: false });
  });

  it('leaves nothing when building the page fails while the browser starts', async () => {
    let info: LaunchInfo | undefined;
    const page = new Promise<string>((_, reject) => setTimeout(() => reject(new Error('template failed')), 50));
    await expect(
      renderPdf(page, { browser: requireBrowser(), paper: 'a4', client: 'x', confidential: 'x', onLaunch: (i) => (info = i) }),
    ).rejects.toThrow(/template failed/);
    expect(info).toBeDefined();
    expect(await expectNoBrowserLeft(info!)).toEqual({ left: [], profileExists: false });
  });

  it('stops at its deadline with a clear error, and leaves nothing', async () => {
    let info: LaunchInfo | undefined;
    const never = new Promise<string>(() => undefined);
    await expect(
      renderPdf(never, { browser: requireBrowser(), paper: 'a4', client: 'x', confidential: 'x', timeoutMs: 4000, onLaunch: (i) => (info = i) }),
    ).rejects.toThrow(/not rendered within 4 s/);
    if (info) expect(await expectNoBrowserLeft(info)).toEqual({ left: [], profileExists: false });
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`leaves nothing after ${signal}`, async () => {
      const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'signal-child.ts')], {
        cwd: join(import.meta.dirname, '..', '..'),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const info = await new Promise<LaunchInfo>((resolve, reject) => {
        let buf = '';
        child.stdout.on('data', (d: Buffer) => {
          buf += d.toString();
          const line = buf.split('\n').find((l) => l.startsWith('{'));
          if (line) resolve(JSON.parse(line) as LaunchInfo);
        });
        child.on('exit', (code) => reject(new Error(`child exited (${code}) before the browser ran: ${stderr}`)));
      });
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) =>
        child.on('exit', (code, sig) => r({ code, signal: sig })),
      );
      child.kill(signal);
      const end = await exited;
      expect(end.signal ?? `exit ${end.code}`).toBe(signal);
      expect(await expectNoBrowserLeft(info)).toEqual({ left: [], profileExists: false });
    });
  }
});
