// The report stage of the CLI, shared by `analyze` and `report`: html, md and pdf from one AuditResult,
// with the consultant's template folder, editorial file and browser. Loaded only when one of them is asked for.
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { loadEditorial } from '../report/editorial.js';
import { renderReport, type ReportFormat } from '../report/index.js';
import type { AuditResult } from '../result/schema.js';
import type { Io } from './command.js';
import type { OptionValues } from './options.js';

/** --chrome takes a path, or a bare program name looked up on PATH (e.g. --chrome chromium). */
export function resolveChrome(value: string | undefined, io: Io): string | undefined {
  if (value === undefined) return undefined;
  if (isAbsolute(value) || /[\\/]/.test(value)) return resolve(io.cwd, value);
  const exts = process.platform === 'win32' ? ['', '.exe'] : [''];
  for (const dir of (io.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const ext of exts) {
      const candidate = join(dir, value + ext);
      if (existsSync(candidate)) return candidate;
    }
  }
  return resolve(io.cwd, value);
}

export async function renderForCli(
  result: AuditResult | Promise<AuditResult>,
  format: ReportFormat,
  opts: OptionValues,
  io: Io,
): Promise<string | Uint8Array> {
  const editorial = opts.editorial
    ? (r: AuditResult) => loadEditorial(resolve(io.cwd, opts.editorial!), r, opts.editorial!)
    : undefined;
  return renderReport(result, format, {
    templateDir: opts.template ? resolve(io.cwd, opts.template) : undefined,
    editorial,
    chrome: resolveChrome(opts.chrome, io),
    env: io.env,
  });
}
