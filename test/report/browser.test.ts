import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser, launchArgs, NO_BROWSER_HINT, requireBrowser } from '../../src/report/browser.js';
import { renderReport } from '../../src/report/index.js';
import { loadFixture, tempDir } from './helpers.js';

function fakeExe(path: string): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, '#!/bin/sh\necho "Fake Chrome 1.2.3"\n');
  chmodSync(path, 0o755);
  return path;
}

describe('browser discovery', () => {
  const dir = tempDir();
  const flag = fakeExe(join(dir, 'flag', 'chrome'));
  const envA = fakeExe(join(dir, 'env-a', 'chrome'));
  const envB = fakeExe(join(dir, 'env-b', 'chrome'));
  const system = fakeExe(join(dir, 'system', 'chromium'));
  const home = join(dir, 'home');
  const cached = fakeExe(join(home, '.cache', 'puppeteer', 'chrome', 'linux-131.0.6778.85', 'chrome-linux64', 'chrome'));
  const newer = fakeExe(join(home, '.cache', 'puppeteer', 'chrome', 'linux-140.0.7339.80', 'chrome-linux64', 'chrome'));
  const base = { platform: 'linux' as const, home, systemPaths: [join(dir, 'nowhere'), system] };

  it('takes --chrome first, then CRM_AUDIT_CHROME, then PUPPETEER_EXECUTABLE_PATH', () => {
    const env = { CRM_AUDIT_CHROME: envA, PUPPETEER_EXECUTABLE_PATH: envB };
    expect(findBrowser({ ...base, flag, env })).toEqual({ path: flag, source: 'flag' });
    expect(findBrowser({ ...base, env })).toEqual({ path: envA, source: 'env', variable: 'CRM_AUDIT_CHROME' });
    expect(findBrowser({ ...base, env: { PUPPETEER_EXECUTABLE_PATH: envB } })).toEqual({ path: envB, source: 'env', variable: 'PUPPETEER_EXECUTABLE_PATH' });
  });

  it('then the usual install paths, then the newest build in puppeteer’s cache', () => {
    expect(findBrowser({ ...base, env: {} })).toEqual({ path: system, source: 'system' });
    expect(findBrowser({ ...base, systemPaths: [], env: {} })).toEqual({ path: newer, source: 'puppeteer-cache' });
    expect(cached).not.toBe(newer);
    expect(findBrowser({ ...base, systemPaths: [], env: {}, home: join(dir, 'empty-home') })).toBeNull();
  });

  it('knows the install paths of Chrome, Chromium and Edge on macOS and Windows', async () => {
    const { systemPaths } = await import('../../src/report/browser.js');
    expect(systemPaths('darwin', {}, '/Users/x').join('\n')).toMatch(/Google Chrome\.app[\s\S]*Chromium\.app[\s\S]*Microsoft Edge\.app/);
    const win = systemPaths('win32', { PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\x\\AppData\\Local' }, 'C:\\Users\\x');
    expect(win).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(win).toContain('C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe');
  });

  it('refuses an explicit path that is not an executable', () => {
    expect(() => findBrowser({ ...base, flag: join(dir, 'missing') })).toThrow(/--chrome is not an executable/);
    expect(() => findBrowser({ ...base, env: { CRM_AUDIT_CHROME: join(dir, 'missing') } })).toThrow(/CRM_AUDIT_CHROME does not point/);
  });

  it('says exactly how to get a browser when there is none, and HTML still works', async () => {
    const err = (() => {
      try {
        requireBrowser({ ...base, systemPaths: [], env: {}, home: join(dir, 'empty-home') });
      } catch (e) {
        return e as { kind: string; message: string; hint: string };
      }
      return null;
    })();
    expect(err?.kind).toBe('output');
    expect(err?.message).toMatch(/no Chrome, Chromium or Edge/);
    expect(err?.hint).toBe(NO_BROWSER_HINT);
    expect(NO_BROWSER_HINT).toContain('npm run setup:browser');
    expect(NO_BROWSER_HINT).toContain('apt-get install -y chromium');
    const html = await renderReport(loadFixture(), 'html', { env: {}, chrome: undefined });
    expect(typeof html).toBe('string');
  });

  it('turns the sandbox off only as root, and keeps Chromium off the network', () => {
    expect(launchArgs(false)).not.toContain('--no-sandbox');
    expect(launchArgs(true)).toContain('--no-sandbox');
    for (const flag of ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu']) {
      expect(launchArgs(false)).toContain(flag);
    }
  });
});
