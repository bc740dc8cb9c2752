import { resolve } from 'node:path';
import { weakerAnonymity } from '../config/config-schema.js';
import { loadConfig, resolveFrom } from '../config/load-config.js';
import { usageError } from '../errors.js';
import { expandInputs } from '../ingest/index.js';
import { runPipeline } from '../pipeline.js';
import { logoToDataUri } from '../report/branding.js';
import { renderJson } from '../report/json.js';
import { renderTable } from '../report/table.js';
import type { AuditResult } from '../result/schema.js';
import type { CommandDef, Io } from './command.js';
import { COMMAND_FORMATS, type OptionValues } from './options.js';
import { decideFormat, emit, failAboveExit, logoPath } from './output.js';
import { listedRowErrors } from './row-errors.js';
import { colorFor, progressFor, safeText } from './term.js';

/** Render an AuditResult in any format; html, md and pdf load the report stage only when asked for. */
export async function renderResult(result: AuditResult, opts: OptionValues, io: Io, command: string): Promise<void> {
  const format = decideFormat(opts, COMMAND_FORMATS.analyze, io, command);
  switch (format) {
    case 'table':
      // a file gets a fixed width; a terminal its own
      const width = opts.out ? 120 : (io.stdout.columns ?? 100);
      return emit(renderTable(result, { color: colorFor(io.stdout, io.env), width }), opts, io, format);
    case 'json':
      return emit(renderJson(result), opts, io, format);
    case 'md':
    case 'html':
    case 'pdf': {
      const { renderForCli } = await import('./render.js');
      return emit(await renderForCli(result, format, opts, io), opts, io, format);
    }
    case 'csv':
      throw new Error('unreachable: csv is not offered by this command');
  }
}

/** What the user should know about the inputs, on stderr: each file's warnings, skipped rows, placeholders. */
function warnAbout(result: AuditResult, io: Io): void {
  const c = colorFor(io.stderr, io.env);
  const say = (s: string) => io.stderr.write(c.yellow(`crm-audit: ${safeText(s)}\n`));
  for (const i of result.inputs) for (const w of i.warnings) say(`${i.path}: ${w.message}`);
  // where, and why, for the first malformed rows of each file (never the cell's content)
  for (const i of result.inputs) for (const line of listedRowErrors(i, i.path)) say(line);
  const skipped = result.inputs.reduce((s, i) => s + i.skipped, 0);
  if (skipped > 0) say(`${skipped} malformed ${skipped === 1 ? 'row was' : 'rows were'} skipped and counted (see inputs[].errors in the JSON)`);
  if (result.generatedAt === null) say('the data holds no dates; pass --now to date the audit');
  if (result.situationBasis === 'assumed') {
    say(`nothing given says whether the CRM is in use or still planned: the audit is written as ${result.situation}; pass --situation to say which`);
  }
  const m = result.meta;
  if (['Client name', 'Your name', 'Your firm'].some((p) => p === m.client || p === m.consultant || p === m.firm)) {
    say("the config still holds the starter's placeholders (Client name, Your name, Your firm): edit its report section");
  }
  if (m.namedUsers) say('--name-users: the output names real people; keep it internal');
  if (result.interviews) for (const line of weakerAnonymity(result.settings)) say(line);
}

export const analyzeCommand: CommandDef = {
  name: 'analyze',
  args: '[inputs...]',
  summary: 'analyse CRM exports (files or export folders), interview notes and questionnaire answers into a scored adoption audit',
  examples: [
    'crm-audit analyze examples/acme-pharma/salesforce --interviews examples/acme-pharma/interviews/notes.csv',
    'crm-audit analyze Opportunity.csv Task.csv User.csv LoginHistory.csv --format json --out analysis.json',
    'crm-audit analyze export/ --config crm-audit.config.json --out report.pdf',
    'crm-audit analyze deals.csv --kind deals.csv=records --date-format dmy --now 2026-10-31',
    'crm-audit analyze export/ --fail-above 60 --quiet --format json > analysis.json',
    'crm-audit analyze --answers answers.json --out readiness.pdf',
  ],
  available: true,
  async run(args, opts, io) {
    // a questionnaire alone is an audit (before implementation it may be all there is); nothing at all is not
    if (args.length === 0 && !opts.answers && !opts.interviews?.length) {
      throw usageError('nothing to analyse: give CRM exports (files or folders), --interviews notes or --answers', {
        hint: 'crm-audit analyze export/ --interviews notes.csv --answers answers.json --out report.pdf',
      });
    }
    const loaded = opts.config ? loadConfig(opts.config, io.cwd) : undefined;
    const config = loaded?.config;
    const files = expandInputs(args, io.cwd);
    const progress = progressFor(io, opts.quiet ?? false);
    const logo = logoPath(opts, io, loaded ? { dir: loaded.dir, logo: config?.report?.logo } : undefined);
    const reportFiles = {
      ...(config?.report?.template && !opts.template ? { template: resolveFrom(loaded!.dir, config.report.template)! } : {}),
      ...(config?.report?.editorial && !opts.editorial ? { editorial: resolveFrom(loaded!.dir, config.report.editorial)! } : {}),
    };
    const renderOpts = { ...opts, ...reportFiles };
    const format = decideFormat(renderOpts, COMMAND_FORMATS.analyze, io, 'analyze');
    const analysis = runPipeline({
      files,
      interviews: opts.interviews ?? [],
      ...(opts.rules ? { rulesFile: opts.rules } : {}),
      ...(opts.coding ? { codingFile: opts.coding } : {}),
      ...(opts.redact ? { redactFile: opts.redact } : {}),
      ...(opts.answers ? { answersFile: opts.answers } : {}),
      ...(config ? { config } : {}),
      cwd: io.cwd,
      ...(opts.now ? { now: opts.now } : {}),
      ...(opts.situation ? { situation: opts.situation } : {}),
      nameUsers: opts.nameUsers ?? false,
      ...(opts.encoding ? { encoding: opts.encoding } : {}),
      ...(opts.dateFormat ? { dateFormat: opts.dateFormat } : {}),
      ...(opts.locale ? { locale: opts.locale } : {}),
      ...(opts.strict ? { strict: true } : {}),
      ...(opts.maxErrors !== undefined ? { maxErrors: opts.maxErrors } : {}),
      ...(opts.kind ? { kindFlags: opts.kind } : {}),
      meta: {
        ...(opts.client ? { client: opts.client } : {}),
        ...(opts.consultant ? { consultant: opts.consultant } : {}),
        ...(opts.firm ? { firm: opts.firm } : {}),
        ...(opts.accent ? { accent: opts.accent } : {}),
        ...(opts.paper ? { paper: opts.paper } : {}),
        ...(logo ? { logo: logoToDataUri(logo, io.cwd) } : {}),
      },
      onProgress: (file, done, total) => progress.update(done, total, `reading ${file}`),
      ...(opts.quiet ? {} : { onNotice: (message: string) => io.stderr.write(colorFor(io.stderr, io.env).yellow(`crm-audit: ${safeText(message)}\n`)) }),
      parallel: true,
      // printing a PDF, a browser started early: code the notes in a worker once it is up, on the core it frees
      ...(format === 'pdf' && io.startedBrowser ? { parallelAfter: io.startedBrowser.connected } : {}),
    })
      .finally(() => progress.done())
      .then((r) => {
        if (!opts.quiet) warnAbout(r, io);
        return r;
      });
    let result: AuditResult;
    if (format === 'pdf') {
      // The browser starts now, and the analysis runs while it launches.
      analysis.catch(() => undefined);
      const { renderForCli } = await import('./render.js');
      const pdf = await renderForCli(analysis, 'pdf', renderOpts, io);
      result = await analysis;
      emit(pdf, renderOpts, io, format);
    } else {
      result = await analysis;
      await renderResult(result, renderOpts, io, 'analyze');
    }
    if (opts.out && !opts.quiet) io.stderr.write(`crm-audit: wrote ${safeText(opts.out)}\n`);
    return failAboveExit(result, opts, io);
  },
};
