// The browser's head start. bin/crm-audit.js calls this before it loads the command: when the command line
// asks for a PDF, Chromium starts at once and its half-second launch overlaps the loading of the command,
// puppeteer-core and the analysis. The reading of the command line is deliberately narrow (the command
// first, then --format, --out and --chrome); anything it does not recognise simply means no head start,
// and the render starts its browser itself, as before. A browser started for nothing (the command failed
// or chose another format) is killed when the process exits or is interrupted.
import { findBrowser } from '../report/browser.js';
import { guardSignals, startChromium, type StartedChromium } from '../report/chromium.js';
import { resolveChrome } from './chrome-flag.js';

/** Whether `crm-audit <args>` prints a PDF, and its --chrome value; null when it does not (or it cannot tell). */
export function pdfRequest(args: readonly string[]): { chrome?: string } | null {
  const [command, ...rest] = args;
  if (command !== 'analyze' && command !== 'report') return null;
  const value = (name: string): string | undefined => {
    let found: string | undefined;
    rest.forEach((a, i) => {
      if (a === name) found = rest[i + 1];
      else if (a.startsWith(`${name}=`)) found = a.slice(name.length + 1);
    });
    return found;
  };
  if (rest.some((a) => a === '--help' || a === '-h')) return null;
  const format = value('--format');
  const out = value('--out');
  const pdf = format === 'pdf' || (format === undefined && out !== undefined && /\.pdf$/i.test(out));
  if (!pdf) return null;
  const chrome = value('--chrome');
  return chrome === undefined ? {} : { chrome };
}

/** Start the browser a PDF command will need, or return null (no PDF, no browser found, it did not start). */
export function startBrowserEarly(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): StartedChromium | null {
  const want = pdfRequest(argv.slice(2));
  if (!want) return null;
  try {
    const found = findBrowser({ flag: resolveChrome(want.chrome, { cwd, env }), env });
    if (!found) return null;
    // The handlers come first: a signal that arrives as Chromium starts must still find them.
    let started: StartedChromium | null = null;
    const onExit = () => started?.kill();
    process.once('exit', onExit);
    const unguard = guardSignals(() => started?.kill());
    try {
      started = startChromium(found);
    } catch {
      process.removeListener('exit', onExit);
      unguard();
      return null;
    }
    return started;
  } catch {
    return null;
  }
}
