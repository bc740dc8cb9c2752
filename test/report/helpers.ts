// Shared by the report tests: the fixture analysis, the real browser (no mock), PDF text via poppler,
// and checks that no Chromium process or profile outlives a render.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditResult } from '../../src/result/schema.js';
import { findBrowser, type FoundBrowser } from '../../src/report/browser.js';

export const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'report', 'analysis.json');

export function loadFixture(): AuditResult {
  return AuditResult.parse(JSON.parse(readFileSync(FIXTURE, 'utf8')));
}

/** A deep copy, to change freely in one test. */
export function fixtureCopy(): AuditResult {
  return structuredClone(loadFixture());
}

function discover(): FoundBrowser | null {
  try {
    return findBrowser();
  } catch {
    return null;
  }
}

export const browser = discover();
export const inCi = process.env.CI === 'true';

/**
 * Whether the tests that need Chromium run. In CI they always run, so that a missing browser fails them;
 * elsewhere they are skipped, loudly.
 */
export function browserTests(): boolean {
  if (browser || inCi) return true;
  console.warn(
    '\n' +
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n' +
      '!! No Chrome or Chromium found: the PDF tests are SKIPPED on this machine.            !!\n' +
      '!! Run `npm run setup:browser`, or set CRM_AUDIT_CHROME. In CI (CI=true) they fail.   !!\n' +
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n',
  );
  return false;
}

export function tempDir(prefix = 'crm-audit-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writePdf(pdf: Uint8Array, dir = tempDir()): string {
  const file = join(dir, 'report.pdf');
  writeFileSync(file, pdf);
  return file;
}

/** Run a poppler tool; its absence is a setup problem, said as such. */
function poppler(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${tool} is not installed: the PDF tests read PDFs back with poppler (apt-get install -y poppler-utils)`);
    }
    throw e;
  }
}

export function pdfText(file: string): string {
  return poppler('pdftotext', ['-layout', file, '-']);
}

export function pdfInfo(file: string): { pages: number; tagged: boolean; pageSize: string; raw: string } {
  const raw = poppler('pdfinfo', [file]);
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(raw)?.[1] ?? NaN),
    tagged: /^Tagged:\s+yes/m.test(raw),
    pageSize: /^Page size:\s+(.*)$/m.exec(raw)?.[1] ?? '',
    raw,
  };
}

/** Every process whose process group is `pgid`, or whose command line mentions `needle`. */
export function processesOf(pgid: number | undefined, needle: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name in parentheses: state ppid pgrp ...
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const state = rest[0];
      if (state === 'Z') continue;
      const group = Number(rest[2]);
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if ((pgid !== undefined && (group === pgid || Number(entry) === pgid)) || cmdline.includes(needle)) {
        found.push(Number(entry));
      }
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

/** Wait until the browser's processes are gone (they exit within moments of being killed). */
export async function expectNoBrowserLeft(info: { pid: number | undefined; profileDir: string }): Promise<{ left: number[]; profileExists: boolean }> {
  const until = Date.now() + 5000;
  let left = processesOf(info.pid, info.profileDir);
  while (left.length && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    left = processesOf(info.pid, info.profileDir);
  }
  return { left, profileExists: existsSync(info.profileDir) };
}

/**
 * What the contents page of a PDF's text (pdftotext -layout) says of each section, beside where the section's
 * heading ("3 Field inventory" on a line of its own) really is: the page the contents page gives (null when it
 * gives none) and the pages the heading is found on.
 */
export function contentsPages(text: string, sections: Array<{ number: number; title: string }>): Array<{ title: string; listed: number | null; found: number[] }> {
  const pages = text.split('\f');
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const contents = pages.findIndex((p) => /^\s*Contents\s*$/m.test(p));
  return sections.map(({ number, title }) => {
    const entry = new RegExp(`^\\s*${number}\\s+${escape(title)}\\b.*$`, 'm').exec(pages[contents] ?? '')?.[0] ?? '';
    const heading = new RegExp(`^\\s*${number}\\s+${escape(title)}\\s*$`, 'm');
    const listed = /\s(\d+)\s*$/.exec(entry);
    return {
      title,
      listed: listed ? Number(listed[1]) : null,
      found: pages.flatMap((p, i) => (i !== contents && heading.test(p) ? [i + 1] : [])),
    };
  });
}
