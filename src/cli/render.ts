// The report stage of the CLI, shared by `analyze` and `report`: html, md and pdf from one AuditResult,
// with the consultant's template folder, editorial file and browser. Loaded only when one of them is asked for.
import { resolve } from 'node:path';
import { loadEditorial } from '../report/editorial.js';
import { renderReport, type ReportFormat } from '../report/index.js';
import type { AuditResult } from '../result/schema.js';
import type { Io } from './command.js';
import type { OptionValues } from './options.js';
import { resolveChrome } from './chrome-flag.js';
import { colorFor } from './term.js';

export { resolveChrome };


export async function renderForCli(
  result: AuditResult | Promise<AuditResult>,
  format: ReportFormat,
  opts: OptionValues,
  io: Io,
): Promise<string | Uint8Array> {
  const editorial = opts.editorial
    ? (r: AuditResult) => loadEditorial(resolve(io.cwd, opts.editorial!), r, opts.editorial!)
    : undefined;
  // a report without a client name says "Prepared for the client": the consultant should know before sending it
  const named = Promise.resolve(result).then((r) => {
    if (!r.meta.client?.trim() && !opts.quiet) {
      io.stderr.write(colorFor(io.stderr, io.env).yellow('crm-audit: no client name given: the report is prepared for "the client"; pass --client or set report.client in the config\n'));
    }
    return r;
  });
  // a failed analysis is reported by whoever awaits it; this copy must not be an unhandled rejection
  named.catch(() => undefined);
  return renderReport(named, format, {
    templateDir: opts.template ? resolve(io.cwd, opts.template) : undefined,
    editorial,
    chrome: resolveChrome(opts.chrome, io),
    env: io.env,
    started: io.startedBrowser,
    onWarning: opts.quiet ? undefined : (message) => io.stderr.write(colorFor(io.stderr, io.env).yellow(`crm-audit: ${message}\n`)),
  });
}
