// Shared output handling of the commands: pick the format (flag, --out extension, terminal or pipe),
// and write to --out atomically or to stdout.
import { existsSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { usageError } from '../errors.js';
import { checkOutput, writeAtomic } from '../report/write.js';
import type { AuditResult } from '../result/schema.js';
import type { Io } from './command.js';
import { EXIT } from './exit-codes.js';
import type { Format, OptionValues } from './options.js';

const BY_EXTENSION: Record<string, Format> = {
  '.json': 'json',
  '.csv': 'csv',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
  '.txt': 'table',
};

export function decideFormat(opts: OptionValues, allowed: readonly Format[], io: Io, command: string): Format {
  let format: Format | undefined = opts.format;
  const implied = opts.out ? BY_EXTENSION[extname(opts.out).toLowerCase()] : undefined;
  if (format && implied && format !== implied) {
    throw usageError(`--format ${format} and the extension of --out (${implied === 'table' ? 'text' : implied}) disagree`, {
      where: { file: opts.out! },
      hint: 'leave out --format (the extension picks the format), or give --out the extension of the format',
    });
  }
  // an output that cannot be written is refused now, not after the analysis
  if (opts.out) checkOutput(resolve(io.cwd, opts.out), { force: opts.force ?? false });
  if (!format && opts.out) {
    format = BY_EXTENSION[extname(opts.out).toLowerCase()];
    if (!format) {
      throw usageError(`cannot tell the format from the extension of --out`, {
        where: { file: opts.out },
        hint: `use one of ${allowed.map((f) => (f === 'table' ? '.txt' : `.${f}`)).join(', ')}, or pass --format`,
      });
    }
  }
  format ??= io.stdout.isTTY ? 'table' : allowed.includes('json') ? 'json' : allowed[0]!;
  if (!allowed.includes(format)) {
    // on the command line --format was checked with the options: the extension of --out asked for this one
    const byOut = !opts.format && opts.out ? opts.out : undefined;
    throw usageError(`\`crm-audit ${command}\` cannot write ${format}${byOut ? ', which the extension of --out asks for' : ''}`, {
      ...(byOut ? { where: { file: byOut } } : {}),
      hint: byOut ? `give --out one of ${allowed.map((f) => (f === 'table' ? '.txt' : `.${f}`)).join(', ')}` : `use --format ${allowed.join(', ')}`,
    });
  }
  return format;
}

/** Write to --out (atomically; --force to replace) or to stdout. Binary output needs --out. */
export function emit(content: string | Uint8Array, opts: OptionValues, io: Io, format: Format): void {
  if (opts.out) {
    writeAtomic(resolve(io.cwd, opts.out), content, { force: opts.force ?? false });
    return;
  }
  if (typeof content !== 'string') {
    if (io.stdout.isTTY) {
      throw usageError(`${format} output needs --out FILE`, { hint: `e.g. --out report.${format}` });
    }
    io.stdout.write(content);
    return;
  }
  io.stdout.write(content);
}

/** --fail-above: exit 4 when the adoption-risk score is above the threshold. */
export function failAboveExit(result: AuditResult, opts: OptionValues, io: Io): number {
  if (opts.failAbove === undefined) return EXIT.ok;
  const score = result.risk?.score;
  if (score !== null && score !== undefined && score > opts.failAbove) {
    if (!opts.quiet) {
      io.stderr.write(`crm-audit: adoption-risk score ${Math.round(score)} is above --fail-above ${opts.failAbove} (exit 4)\n`);
    }
    return EXIT.failAbove;
  }
  return EXIT.ok;
}

/**
 * The logo, checked where the command line knows how the user named it: a missing file is "not found" with
 * that path, not a system error code. Returns the absolute path, or undefined without a logo.
 */
export function logoPath(opts: OptionValues, io: Io, fromConfig: { dir: string; logo: string | undefined } | undefined): string | undefined {
  const shown = opts.logo ?? fromConfig?.logo;
  if (!shown) return undefined;
  const path = opts.logo ? resolve(io.cwd, opts.logo) : resolve(fromConfig!.dir, shown);
  if (!existsSync(path)) {
    throw usageError('the logo file was not found', {
      where: { file: shown },
      hint: opts.logo ? 'check the --logo path' : "check report.logo in the config (a path relative to the config file)",
    });
  }
  return path;
}
