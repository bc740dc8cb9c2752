// Chromium is started by us and handed to puppeteer-core: its flags must stay puppeteer's own defaults
// (tagged PDFs and bookmarks depend on two of them) plus ours.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { chromiumArgs, startChromium } from '../../src/report/chromium.js';
import { renderPdf } from '../../src/report/pdf.js';
import { launchArgs } from '../../src/report/browser.js';

const puppeteer = createRequire(import.meta.url)('puppeteer-core') as typeof import('puppeteer-core');
const features = (args: string[], flag: string) =>
  new Set(args.filter((a) => a.startsWith(`${flag}=`)).flatMap((a) => a.slice(flag.length + 1).split(',')));

describe('chromiumArgs', () => {
  const ours = chromiumArgs('/tmp/profile', true);
  const theirs = puppeteer.defaultArgs({ headless: true, userDataDir: '/tmp/profile' });

  it("holds every one of puppeteer-core's default flags (a puppeteer upgrade that adds one fails here)", () => {
    for (const a of theirs.filter((x) => !x.startsWith('--disable-features=') && !x.startsWith('--enable-features='))) {
      expect(ours).toContain(a);
    }
    for (const f of features(theirs, '--disable-features')) expect(features(ours, '--disable-features')).toContain(f);
    for (const f of features(theirs, '--enable-features')) expect(features(ours, '--enable-features')).toContain(f);
  });

  it('holds ours, with one --disable-features list, and talks over the pipe', () => {
    for (const a of launchArgs(true).filter((x) => !x.startsWith('--disable-features='))) expect(ours).toContain(a);
    for (const f of features(launchArgs(true), '--disable-features')) expect(features(ours, '--disable-features')).toContain(f);
    expect(ours.filter((a) => a.startsWith('--disable-features='))).toHaveLength(1);
    expect(ours).toContain('--remote-debugging-pipe');
    expect(ours).toContain('--no-sandbox');
    expect(chromiumArgs('/tmp/profile', false)).not.toContain('--no-sandbox');
    expect(ours.at(-1)).toBe('about:blank');
  });
});

describe('a browser that dies as it starts', () => {
  it.runIf(process.platform !== 'win32')('fails the render at once with the browser path, not after the protocol timeout', async () => {
    const browser = { path: '/bin/false', source: 'flag' as const };
    const started = startChromium(browser);
    // it has exited, and its pipe closed, before anything connects to it (as when started early)
    await started.exited;
    const t0 = performance.now();
    await expect(renderPdf('<p>x</p>', { browser, started, paper: 'a4', client: 'x', confidential: 'x' })).rejects.toThrow(/did not start/);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(existsSync(started.profileDir)).toBe(false);
  }, 30_000);
});
