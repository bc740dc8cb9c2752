// Finding a Chrome, Chromium or Edge for PDF output. Order: the --chrome flag, the CRM_AUDIT_CHROME or
// PUPPETEER_EXECUTABLE_PATH environment variable (puppeteer-core itself ignores the latter), the usual install
// paths on Linux, macOS and Windows, then puppeteer's own cache (~/.cache/puppeteer).
import { execFile } from 'node:child_process';
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { outputError, usageError } from '../errors.js';

export type BrowserSource = 'flag' | 'env' | 'system' | 'puppeteer-cache';

export interface FoundBrowser {
  path: string;
  source: BrowserSource;
  /** the environment variable it came from, when source is env */
  variable?: string;
}

export const SETUP_COMMAND = 'npm run setup:browser';

/** What to tell a user who has no browser: exactly how to get one. */
export const NO_BROWSER_HINT =
  `run \`${SETUP_COMMAND}\` (or \`bash scripts/setup-browser.sh\`) to install one, ` +
  'or install Google Chrome or Chromium (Debian/Ubuntu as root: `apt-get install -y chromium`), ' +
  'or point --chrome PATH or CRM_AUDIT_CHROME at one; --format html works without a browser';

export interface DiscoveryOptions {
  flag?: string | undefined;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  home?: string;
  /** replaces the built-in install paths (tests) */
  systemPaths?: string[];
}

function isExecutable(path: string, platform: NodeJS.Platform): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    if (platform !== 'win32') accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function systemPaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string[] {
  if (platform === 'darwin') {
    const apps = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      'Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary',
    ];
    return [...apps.map((a) => `/Applications/${a}`), ...apps.map((a) => join(home, 'Applications', a))];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    const rel = [
      'Google\\Chrome\\Application\\chrome.exe',
      'Chromium\\Application\\chrome.exe',
      'Microsoft\\Edge\\Application\\msedge.exe',
    ];
    return roots.flatMap((r) => rel.map((p) => `${r}\\${p}`));
  }
  return [
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/opt/google/chrome/chrome',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/microsoft-edge-stable',
    '/usr/bin/microsoft-edge',
    '/opt/microsoft/msedge/msedge',
  ];
}

/** Executables in puppeteer's cache, newest build first (chrome, then chrome-headless-shell, then chromium). */
export function puppeteerCacheBrowsers(cacheDir: string, platform: NodeJS.Platform): string[] {
  const layouts: Array<[string, string[]]> = [
    [
      'chrome',
      platform === 'win32'
        ? ['chrome-win64/chrome.exe', 'chrome-win32/chrome.exe']
        : platform === 'darwin'
          ? ['chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing', 'chrome-mac-x64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing']
          : ['chrome-linux64/chrome'],
    ],
    [
      'chrome-headless-shell',
      platform === 'win32'
        ? ['chrome-headless-shell-win64/chrome-headless-shell.exe', 'chrome-headless-shell-win32/chrome-headless-shell.exe']
        : platform === 'darwin'
          ? ['chrome-headless-shell-mac-arm64/chrome-headless-shell', 'chrome-headless-shell-mac-x64/chrome-headless-shell']
          : ['chrome-headless-shell-linux64/chrome-headless-shell'],
    ],
    ['chromium', platform === 'win32' ? ['chrome-win/chrome.exe'] : platform === 'darwin' ? ['chrome-mac/Chromium.app/Contents/MacOS/Chromium'] : ['chrome-linux/chrome']],
  ];
  const found: string[] = [];
  for (const [browser, rels] of layouts) {
    let builds: string[] = [];
    try {
      builds = readdirSync(join(cacheDir, browser));
    } catch {
      continue;
    }
    // Folders are <platform>-<buildId>; compare build ids numerically, part by part.
    const version = (b: string) => (b.split('-').pop() ?? '').split('.').map((n) => Number(n) || 0);
    builds.sort((a, b) => {
      const va = version(a);
      const vb = version(b);
      for (let i = 0; i < Math.max(va.length, vb.length); i++) {
        const d = (vb[i] ?? 0) - (va[i] ?? 0);
        if (d) return d;
      }
      return a < b ? -1 : a > b ? 1 : 0;
    });
    for (const build of builds) for (const rel of rels) found.push(join(cacheDir, browser, build, rel));
  }
  return found;
}

/** The browser to use, or null when none is installed. A path given explicitly must exist. */
export function findBrowser(opts: DiscoveryOptions = {}): FoundBrowser | null {
  const env = opts.env ?? process.env;
  const platform = opts.platform ?? process.platform;
  const home = opts.home ?? homedir();
  if (opts.flag !== undefined) {
    if (!isExecutable(opts.flag, platform)) {
      throw usageError('the browser given with --chrome is not an executable file', {
        where: { file: opts.flag },
        hint: 'give the path of the Chrome, Chromium or Edge program itself',
      });
    }
    return { path: opts.flag, source: 'flag' };
  }
  for (const variable of ['CRM_AUDIT_CHROME', 'PUPPETEER_EXECUTABLE_PATH']) {
    const value = env[variable];
    if (!value) continue;
    if (!isExecutable(value, platform)) {
      throw outputError(`${variable} does not point at an executable file`, {
        where: { file: value },
        hint: `fix or unset ${variable}; ${NO_BROWSER_HINT}`,
      });
    }
    return { path: value, source: 'env', variable };
  }
  for (const path of opts.systemPaths ?? systemPaths(platform, env, home)) {
    if (isExecutable(path, platform)) return { path, source: 'system' };
  }
  const cacheDir = env.PUPPETEER_CACHE_DIR || join(home, '.cache', 'puppeteer');
  for (const path of puppeteerCacheBrowsers(cacheDir, platform)) {
    if (isExecutable(path, platform)) return { path, source: 'puppeteer-cache' };
  }
  return null;
}

/** findBrowser, or the error that says exactly how to get a browser (exit 1). */
export function requireBrowser(opts: DiscoveryOptions = {}): FoundBrowser {
  const found = findBrowser(opts);
  if (!found) {
    throw outputError('no Chrome, Chromium or Edge was found for PDF output', { hint: NO_BROWSER_HINT });
  }
  return found;
}

/** The browser's version line (e.g. "Chromium 150.0.7871.100"), or null when it cannot say. */
export function browserVersion(path: string, timeoutMs = 5000): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(path, ['--version'], { timeout: timeoutMs, windowsHide: true }, (err, stdout) => {
      const line = String(stdout ?? '')
        .split('\n')
        .map((l) => l.trim())
        .find((l) => /\d+\.\d+/.test(l));
      resolve(err && !line ? null : (line ?? null));
    });
  });
}

/** Chromium refuses to start as root with its sandbox on; everywhere else the sandbox stays on. */
export function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Flags for a browser that renders one local page and talks to nothing. */
export function launchArgs(root = isRoot()): string[] {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-extensions',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--disable-breakpad',
    '--disable-crash-reporter',
    '--disable-features=Translate,OptimizationHints,MediaRouter,InterestFeedContentSuggestions,CalculateNativeWinOcclusion',
    '--metrics-recording-only',
    '--no-first-run',
    '--no-default-browser-check',
    '--no-pings',
    '--disable-gpu',
    '--mute-audio',
    '--hide-scrollbars',
    '--font-render-hinting=none',
  ];
  if (root) args.push('--no-sandbox');
  return args;
}
