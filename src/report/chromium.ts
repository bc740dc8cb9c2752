// Starting Chromium ourselves and handing it to puppeteer-core over its DevTools pipe (puppeteer.connect with
// a transport), instead of puppeteer.launch. The browser then starts as soon as the command knows it will
// print a PDF: before the command's code and puppeteer-core are even loaded (bin/crm-audit.js), so that its
// half-second start overlaps theirs. The flags are puppeteer's own defaults for a headless Chrome (a test
// keeps them in step with puppeteer.defaultArgs()) plus ours (browser.ts), and the process is started the
// way puppeteer starts it: detached, as its own process group, talking over file descriptors 3 and 4.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { ConnectionTransport } from 'puppeteer-core';
import { isRoot, launchArgs, type FoundBrowser } from './browser.js';

/** puppeteer-core 24.43's puppeteer.defaultArgs({ headless: true }), without the profile, features and URL. */
export const PUPPETEER_DEFAULT_ARGS = [
  '--allow-pre-commit-input',
  '--disable-background-networking',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-breakpad',
  '--disable-client-side-phishing-detection',
  '--disable-component-extensions-with-background-pages',
  '--disable-crash-reporter',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  '--disable-hang-monitor',
  '--disable-infobars',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-prompt-on-repost',
  '--disable-renderer-backgrounding',
  '--disable-search-engine-choice-screen',
  '--disable-sync',
  '--enable-automation',
  // without these two, page.pdf({ tagged, outline }) gives neither tags nor bookmarks
  '--export-tagged-pdf',
  '--force-color-profile=srgb',
  '--generate-pdf-document-outline',
  '--metrics-recording-only',
  '--no-first-run',
  '--password-store=basic',
  '--use-mock-keychain',
  '--headless=new',
  '--hide-scrollbars',
  '--mute-audio',
  '--disable-extensions',
];
export const PUPPETEER_DISABLED_FEATURES = [
  'Translate',
  'AcceptCHFrame',
  'MediaRouter',
  'OptimizationHints',
  'WebUIReloadButton',
  'ProcessPerSiteUpToMainFrameThreshold',
  'IsolateSandboxedIframes',
];
export const PUPPETEER_ENABLED_FEATURES = ['PdfOopif'];

/** Every flag Chromium starts with: puppeteer's defaults and ours, one --disable-features list, the profile, the pipe. */
export function chromiumArgs(profileDir: string, root = isRoot()): string[] {
  const ours = launchArgs(root);
  const disabled = new Set(PUPPETEER_DISABLED_FEATURES);
  const rest: string[] = [];
  for (const a of ours) {
    if (a.startsWith('--disable-features=')) for (const f of a.slice('--disable-features='.length).split(',')) disabled.add(f);
    else rest.push(a);
  }
  const flags = [...new Set([...PUPPETEER_DEFAULT_ARGS, ...rest])];
  return [
    ...flags,
    `--disable-features=${[...disabled].join(',')}`,
    `--enable-features=${PUPPETEER_ENABLED_FEATURES.join(',')}`,
    `--user-data-dir=${profileDir}`,
    '--remote-debugging-pipe',
    'about:blank',
  ];
}

/**
 * The DevTools protocol over Chromium's pipe: JSON messages, each ended by a NUL byte. It listens from the
 * moment the browser is spawned, so that a browser which has died before puppeteer-core connects is reported
 * at once (onclose is called as soon as it is set) rather than by a protocol timeout a minute later.
 */
class PipeTransport implements ConnectionTransport {
  onmessage?: (message: string) => void;
  private closeHandler: (() => void) | undefined;
  private pending: Buffer[] = [];
  private ended = false;

  constructor(
    private readonly out: Writable,
    input: Readable,
  ) {
    input.on('data', (chunk: Buffer) => this.dispatch(chunk));
    input.on('close', () => this.end());
    input.on('error', () => undefined);
    out.on('error', () => undefined);
  }

  get onclose(): (() => void) | undefined {
    return this.closeHandler;
  }

  set onclose(handler: (() => void) | undefined) {
    this.closeHandler = handler;
    if (this.ended && handler) queueMicrotask(handler);
  }

  send(message: string): void {
    if (this.ended) return;
    this.out.write(message);
    this.out.write('\0');
  }

  private dispatch(chunk: Buffer): void {
    if (this.ended) return;
    this.pending.push(chunk);
    if (chunk.indexOf(0) === -1) return;
    const all = Buffer.concat(this.pending);
    let start = 0;
    for (let end = all.indexOf(0); end !== -1; end = all.indexOf(0, start)) {
      const message = all.toString('utf8', start, end);
      // delivered one event-loop turn later, in order, as puppeteer's own pipe transport does
      setImmediate(() => this.onmessage?.(message));
      start = end + 1;
    }
    this.pending = start < all.length ? [all.subarray(start)] : [];
  }

  /** The browser is gone (its pipe closed, it exited, or we closed it): tell the connection, once. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.closeHandler?.();
  }

  close(): void {
    this.end();
  }
}

export interface StartedChromium {
  readonly path: string;
  readonly profileDir: string;
  readonly pid: number | undefined;
  /** performance.now() when it was started */
  readonly startedAt: number;
  /** settles when the process has exited */
  readonly exited: Promise<void>;
  /** settles once puppeteer-core is connected to it (or it has exited): the start is over */
  readonly connected: Promise<void>;
  /** say that puppeteer-core is connected (renderPdf does) */
  markConnected(): void;
  /** what it last wrote to stderr (for --debug) */
  stderrTail(): string;
  /** how it ended: "exit code 1", "signal SIGKILL", or "still running" */
  exitInfo(): string;
  /** the pipe to hand to puppeteer.connect (one per process) */
  transport(): ConnectionTransport;
  /** keep the command alive while the browser works (true), or let it end regardless (false) */
  hold(on: boolean): void;
  /** kill its process group and delete its profile, at once; safe to call more than once */
  kill(): void;
}

/** Start Chromium for one render, with a temporary profile. It does not keep the process alive until `hold(true)`. */
export function startChromium(found: FoundBrowser, root = isRoot()): StartedChromium {
  const startedAt = performance.now();
  const profileDir = mkdtempSync(join(tmpdir(), 'crm-audit-chrome-'));
  let child: ChildProcess;
  try {
    child = spawn(found.path, chromiumArgs(profileDir, root), {
      // its own process group, so that one kill ends the browser and every helper process it started
      detached: process.platform !== 'win32',
      stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
      env: process.env,
      windowsHide: true,
    });
  } catch (e) {
    rmSync(profileDir, { recursive: true, force: true });
    throw e;
  }
  let tail = '';
  let couldNotRun = false;
  const stderr = child.stderr;
  stderr?.setEncoding('utf8');
  stderr?.on('data', (s: string) => {
    tail = (tail + s).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    child.once('exit', () => resolve());
    child.once('error', (e) => {
      tail += `\n${e.message}`;
      couldNotRun = true;
      resolve();
    });
  });
  let markConnected: () => void = () => undefined;
  const connected = new Promise<void>((resolve) => {
    markConnected = resolve;
  });
  void exited.then(() => markConnected());
  const pipes = [child.stdio[3], child.stdio[4], stderr].filter((s): s is Readable & { ref?: () => void; unref?: () => void } => s !== null && s !== undefined);
  let killed = false;
  const transport = new PipeTransport(child.stdio[3] as Writable, child.stdio[4] as Readable);
  void exited.then(() => transport.end());
  const started: StartedChromium = {
    path: found.path,
    profileDir,
    pid: child.pid,
    startedAt,
    exited,
    connected,
    markConnected: () => markConnected(),
    stderrTail: () => tail.trim(),
    exitInfo: () =>
      child.exitCode !== null ? `exit code ${child.exitCode}` : child.signalCode !== null ? `signal ${child.signalCode}` : couldNotRun ? 'it could not be run' : 'still running',
    transport: () => transport,
    hold(on) {
      for (const s of pipes) (on ? s.ref : s.unref)?.call(s);
      if (on) child.ref();
      else child.unref();
    },
    kill() {
      if (!killed) {
        killed = true;
        transport.close();
        killGroup(child.pid);
      }
      removeProfile(profileDir);
    },
  };
  started.hold(false);
  return started;
}

const SIGNALS: NodeJS.Signals[] = process.platform === 'win32' ? ['SIGINT', 'SIGTERM'] : ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * On SIGINT, SIGTERM or SIGHUP, call `kill` (end the browser), then let the signal do what it would have done
 * without us: when no other listener is left, it is raised again and ends the process. Returns the function
 * that takes the guard away.
 */
export function guardSignals(kill: () => void): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    kill();
    remove();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  const remove = () => {
    for (const s of SIGNALS) process.removeListener(s, onSignal);
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  return remove;
}

/** Sleep without giving up the thread (a signal handler or an exit handler cannot wait otherwise). */
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Delete a profile folder. Just after the kill, a browser process may not have died yet and still write in
 * it: the deletion is repeated until the folder is gone, for at most `waitMs`. It never throws.
 */
export function removeProfile(dir: string, waitMs = 2000): void {
  const until = Date.now() + waitMs;
  for (;;) {
    try {
      rmSync(dir, { recursive: true, force: true });
      if (!existsSync(dir)) return;
    } catch {
      // a file appeared or was held while we deleted: try again
    }
    if (Date.now() >= until) return;
    sleepSync(20);
  }
}

/**
 * Kill the browser and every process it started, at once: its process group (it was started detached, as
 * the group leader), or on Windows, which has no process groups, its process tree with taskkill.
 */
export function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    if (process.platform === 'win32') spawnSync('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true });
    else process.kill(-pid, 'SIGKILL');
  } catch {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}
