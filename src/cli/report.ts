// `crm-audit report <analysis.json>`: render a saved analysis again, without the raw data, as PDF, HTML or
// Markdown, with branding from flags or the config file laid over what the analysis stored.
import { resolve } from 'node:path';
import { loadConfig, resolveFrom } from '../config/load-config.js';
import { usageError } from '../errors.js';
import { applyBranding } from '../report/branding.js';
import { loadAnalysis } from '../result/load.js';
import type { CommandDef, Io } from './command.js';
import { COMMAND_FORMATS, type OptionValues } from './options.js';
import { decideFormat, emit, failAboveExit, logoPath } from './output.js';
import { renderForCli } from './render.js';

const REPORT_FORMATS = COMMAND_FORMATS.report;

export const reportCommand: CommandDef = {
  name: 'report',
  args: '<analysis.json>',
  summary: 'render a saved analysis as a client-ready PDF, HTML or Markdown report',
  examples: [
    'crm-audit report analysis.json --out acme-report.pdf',
    'crm-audit report analysis.json --out report.html --client "Acme Pharma" --firm "Keller & Vance" --logo logo.png --accent "#0b6e4f"',
    'crm-audit report analysis.json --out report.pdf --paper letter --editorial editorial.json',
    'crm-audit report analysis.json --out report.pdf --template my-templates/ --chrome /usr/bin/chromium',
    'crm-audit report analysis.json --format md > audit.md',
  ],
  available: true,
  async run(args, opts, io) {
    const file = args[0];
    if (!file) throw usageError('give the saved analysis to render', { hint: 'crm-audit report analysis.json --out report.pdf' });
    const result = loadAnalysis(resolve(io.cwd, file), file);

    const loaded = opts.config ? loadConfig(opts.config, io.cwd) : undefined;
    const cfg = loaded?.config.report;
    const fromConfig = (p: string | undefined) => (loaded ? resolveFrom(loaded.dir, p) : undefined);
    const meta = applyBranding(
      result.meta,
      {
        client: opts.client ?? cfg?.client,
        consultant: opts.consultant ?? cfg?.consultant,
        firm: opts.firm ?? cfg?.firm,
        accent: opts.accent ?? cfg?.accent,
        paper: opts.paper ?? cfg?.paper,
        locale: opts.locale,
        logo: logoPath(opts, io, loaded ? { dir: loaded.dir, logo: cfg?.logo } : undefined),
      },
      io.cwd,
    );
    const renderOpts: OptionValues = {
      ...opts,
      ...(!opts.template && cfg?.template ? { template: fromConfig(cfg.template) } : {}),
      ...(!opts.editorial && cfg?.editorial ? { editorial: fromConfig(cfg.editorial) } : {}),
    };
    // Without --out or --format, Markdown on the terminal; --out picks the format by its extension.
    const format = decideFormat(opts.out || opts.format ? opts : { ...opts, format: 'md' }, REPORT_FORMATS, io, 'report') as (typeof REPORT_FORMATS)[number];
    const content = await renderForCli({ ...result, meta }, format, renderOpts, io);
    emit(content, opts, io, format);
    if (opts.out && !opts.quiet) {
      const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
      io.stderr.write(`crm-audit: wrote ${opts.out} (${format.toUpperCase()}, ${Math.max(1, Math.round(bytes / 1024))} kB)\n`);
    }
    return failAboveExit(result, opts, io);
  },
};
