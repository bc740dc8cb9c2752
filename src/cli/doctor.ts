// `crm-audit doctor`: what works on this machine, and how to fix what does not. It checks Node, finds the
// browser for PDF output (and really renders a one-page PDF with it), looks for pdftotext, and lists the
// versions of the packages the report depends on.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CrmAuditError } from '../errors.js';
import { browserVersion, findBrowser, isRoot, NO_BROWSER_HINT, type FoundBrowser } from '../report/browser.js';
import { renderPdf } from '../report/pdf.js';
import { TOOL_VERSION } from '../version.js';
import type { CommandDef } from './command.js';
import { EXIT } from './exit-codes.js';
import { resolveChrome } from './chrome-flag.js';
import { colorFor, safeText } from './term.js';
import { PACKAGE_ROOT } from '../paths.js';

const MIN_NODE = [20, 19] as const;
const PACKAGES = ['handlebars', 'puppeteer-core', 'zod', 'commander', 'csv-parse'];

function packageVersion(name: string): string | null {
  // Beside us (a clone) or hoisted next to us (installed as a dependency).
  for (const base of [join(PACKAGE_ROOT, 'node_modules'), join(PACKAGE_ROOT, '..')]) {
    const file = join(base, name, 'package.json');
    if (!existsSync(file)) continue;
    try {
      return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? null;
    } catch {
      return null;
    }
  }
  return null;
}

function pdftotextVersion(): Promise<string | null> {
  return new Promise((resolve) => {
    execFile('pdftotext', ['-v'], { timeout: 5000 }, (err, stdout, stderr) => {
      const text = `${stdout ?? ''}${stderr ?? ''}`;
      const m = /version\s+([\d.]+)/i.exec(text);
      resolve(err && !m ? null : (m?.[1] ?? 'installed'));
    });
  });
}

const SOURCE_TEXT: Record<FoundBrowser['source'], string> = {
  flag: 'from --chrome',
  env: 'from the environment',
  system: 'installed on this system',
  'puppeteer-cache': "in puppeteer's cache",
};

export const doctorCommand: CommandDef = {
  name: 'doctor',
  summary: 'check what works here (Node, the browser for PDF output, versions) and how to fix what does not',
  examples: ['crm-audit doctor', 'crm-audit doctor --chrome /usr/bin/chromium', 'CRM_AUDIT_CHROME=/opt/chrome/chrome crm-audit doctor'],
  available: true,
  async run(_args, opts, io) {
    const c = colorFor(io.stdout, io.env);
    const problems: string[] = [];
    const out = (s: string) => io.stdout.write(`${s}\n`);
    const ok = (label: string, text: string) => out(`${c.green('ok     ')} ${label.padEnd(18)} ${text}`);
    const note = (label: string, text: string) => out(`${c.yellow('note   ')} ${label.padEnd(18)} ${text}`);
    const bad = (label: string, text: string, fix: string) => {
      out(`${c.red('problem')} ${label.padEnd(18)} ${text}`);
      out(`${' '.repeat(27)}${c.dim('fix:')} ${fix}`);
      problems.push(label);
    };

    out(`crm-audit ${TOOL_VERSION} on ${process.platform}-${process.arch}\n`);

    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    if (major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1])) ok('Node.js', process.versions.node);
    else bad('Node.js', `${process.versions.node} is too old`, `install Node.js ${MIN_NODE.join('.')} or later`);

    let browser: FoundBrowser | null = null;
    try {
      browser = findBrowser({ flag: resolveChrome(opts.chrome, io), env: io.env });
    } catch (e) {
      const msg = e instanceof CrmAuditError ? `${e.message}${e.where?.file ? ` (${e.where.file})` : ''}` : String(e);
      bad('Browser for PDF', safeText(msg), NO_BROWSER_HINT);
    }
    if (browser) {
      const version = await browserVersion(browser.path);
      const from = browser.source === 'env' && browser.variable ? `from ${browser.variable}` : SOURCE_TEXT[browser.source];
      ok('Browser for PDF', `${safeText(browser.path)} (${from}${version ? `, ${safeText(version)}` : ''})`);
      if (isRoot()) {
        note('Sandbox', 'running as root: Chromium is started with --no-sandbox, which it requires as root; run as a normal user to keep the sandbox on');
      } else {
        ok('Sandbox', "on (Chromium's sandbox is kept)");
      }
      const started = performance.now();
      try {
        const pdf = await renderPdf('<!DOCTYPE html><html><body><h1>crm-audit doctor</h1></body></html>', {
          browser,
          paper: 'a4',
          client: 'doctor',
          confidential: 'test',
          timeoutMs: 30_000,
        });
        ok('PDF rendering', `works (a test page in ${((performance.now() - started) / 1000).toFixed(1)} s, ${Math.round(pdf.byteLength / 1024)} kB)`);
      } catch (e) {
        const msg = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? 'failed';
        bad('PDF rendering', safeText(msg), 'check the browser with --chrome PATH, or run `npm run setup:browser`; --format html works meanwhile');
      }
    } else if (!problems.includes('Browser for PDF')) {
      bad('Browser for PDF', 'no Chrome, Chromium or Edge found; PDF output will not work (HTML and Markdown do)', NO_BROWSER_HINT);
    }

    const pdftotext = await pdftotextVersion();
    if (pdftotext) ok('pdftotext', `${pdftotext} (used by the test suite to read PDFs back)`);
    else note('pdftotext', 'not found: only the test suite needs it (Debian/Ubuntu: apt-get install -y poppler-utils)');

    out('');
    const versions = PACKAGES.map((p) => `${p} ${packageVersion(p) ?? c.red('missing')}`);
    out(`packages: ${versions.join(', ')}`);
    const missing = PACKAGES.filter((p) => packageVersion(p) === null);
    if (missing.length) bad('Packages', `missing: ${missing.join(', ')}`, 'run `npm ci` in the crm-audit folder');

    out('');
    if (problems.length === 0) out(c.green('Everything works here: analysis, HTML, Markdown and PDF reports.'));
    else out(c.red(`${problems.length === 1 ? '1 problem' : `${problems.length} problems`} found: ${problems.join(', ')}. See the fixes above.`));
    return problems.length ? EXIT.output : EXIT.ok;
  },
};
