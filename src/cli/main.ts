// The commander program. Only src/cli knows commander, process and exit codes.
import { Command, CommanderError, Option } from 'commander';
import { z } from 'zod';
import { CrmAuditError, formatWhere, type Where } from '../errors.js';
import { TOOL_VERSION } from '../version.js';
import type { CommandDef, Io } from './command.js';
import { EXIT } from './exit-codes.js';
import { OPTIONS, optionsFor, type OptionKey, type OptionValues } from './options.js';
import { colorFor, safeText } from './term.js';
import { COMMAND_DEFS } from './commands.js';
import type { StartedChromium } from '../report/chromium.js';
import { mark, timeline } from '../timing.js';

function processIo(): Io {
  // `crm-audit ... | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT.ok);
    throw e;
  });
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env };
}

/** One clear line: what, where, how to fix; under it, one line per problem when there are several (a config file's). A stack only with --debug. */
export function reportError(err: unknown, io: Io, debug: boolean): number {
  const c = colorFor(io.stderr, io.env);
  if (err instanceof CrmAuditError) {
    const placed = (where: Where | undefined, text: string) => safeText(`${where?.file ? `${formatWhere(where)}: ` : ''}${text}`);
    const hint = err.hint ? `; ${err.hint}` : '';
    io.stderr.write(`${c.red('crm-audit: error:')} ${placed(err.where, `${err.message}${hint}`)}\n`);
    for (const d of err.details) io.stderr.write(`  ${placed(d.where, d.message)}\n`);
    if (debug && err.stack) io.stderr.write(`${err.stack}\n`);
    // what a failed program printed (the browser's stderr), only when asked: it may hold anything
    const output = (err.cause as { output?: unknown } | undefined)?.output;
    if (debug && typeof output === 'string' && output) io.stderr.write(`${safeText(output)}\n`);
    return err.kind === 'usage' ? EXIT.usage : err.kind === 'data' ? EXIT.data : EXIT.output;
  }
  const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
  io.stderr.write(
    `${c.red('crm-audit: unexpected error:')} ${safeText(msg ?? '')} (run again with --debug for details, and report it if it persists)\n`,
  );
  if (debug && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
  return EXIT.output;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function validateOptions(def: CommandDef, raw: Record<string, unknown>, io: Io): OptionValues {
  const out: Record<string, unknown> = {};
  for (const key of optionsFor(def.name)) {
    let value = raw[key];
    if (value === undefined) continue;
    const spec = OPTIONS[key];
    const aliases = 'aliases' in spec ? (spec.aliases as Readonly<Record<string, string>>) : undefined;
    const alias = typeof value === 'string' ? aliases?.[value.toLowerCase()] : undefined;
    if (alias !== undefined && alias !== value) {
      if (raw.quiet !== true) io.stderr.write(`crm-audit: ${spec.flags.split(' ')[0]} ${safeText(String(value))} is read as ${alias}\n`);
      value = alias;
    }
    const schema = 'schemaFor' in spec ? spec.schemaFor(def.name) : spec.schema;
    const parsed = (schema as z.ZodType).safeParse(value);
    if (!parsed.success) {
      const flag = spec.flags.split(' ')[0];
      const message = parsed.error.issues[0]?.message ?? 'invalid value';
      throw new CrmAuditError('usage', `option ${flag}: ${message}`, {
        hint: `see crm-audit ${def.name} --help`,
      });
    }
    out[key] = parsed.data;
  }
  return out as OptionValues;
}

export function buildProgram(io: Io, exit: { code: number }): Command {
  const program = new Command();
  program
    .name('crm-audit')
    .description(
      'Find out why salespeople ignore a CRM: classify fields as High Card or Low Card, measure real usage,\n' +
        "code the reps' voice, score adoption risk with every reason shown, and render a client-ready report.",
    )
    .version(TOOL_VERSION, '-V, --version')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // One line: commander's message and where to look.
      outputError: (s, write) => write(`crm-audit: error: ${safeText(s.replace(/^error: /, '').trim())}; see crm-audit --help\n`),
    })
    .exitOverride();

  for (const def of COMMAND_DEFS) {
    const cmd = program.command(def.args ? `${def.name} ${def.args}` : def.name).description(def.summary);
    cmd.exitOverride().configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`crm-audit ${def.name}: error: ${safeText(s.replace(/^error: /, '').trim())}; see crm-audit ${def.name} --help\n`),
    });
    for (const key of optionsFor(def.name)) {
      const spec = OPTIONS[key as OptionKey];
      const own = 'byCommand' in spec ? (spec.byCommand as Partial<Record<string, string>>)[def.name] : undefined;
      const opt = new Option(spec.flags, own ?? spec.description);
      if ('repeatable' in spec && spec.repeatable) opt.argParser(collect);
      cmd.addOption(opt);
    }
    if (def.examples.length) {
      cmd.addHelpText('after', `\nExamples:\n${def.examples.map((e) => `  $ ${e}`).join('\n')}\n`);
    }
    cmd.action(async (...actionArgs: unknown[]) => {
      const command = actionArgs[actionArgs.length - 1] as Command;
      const raw = command.opts();
      const debug = raw.debug === true;
      try {
        if (!def.available) {
          throw new CrmAuditError('usage', `\`crm-audit ${def.name}\` is not available yet in this version`, {
            hint: 'see the README for what works today',
          });
        }
        const opts = validateOptions(def, raw, io);
        mark('loaded');
        const positional = command.args.map(String);
        exit.code = await def.run(positional, opts, io);
        mark('done');
        if (debug) io.stderr.write(`crm-audit: timeline: ${timeline()}\n`);
      } catch (err) {
        exit.code = reportError(err, io, debug);
      }
    });
  }
  program.addHelpText(
    'after',
    '\nExit codes: 0 done, 1 output not produced, 2 usage error, 3 too many bad input rows, 4 --fail-above crossed,\n' +
      '130 questionnaire stopped with Ctrl-C (its answers so far saved).\n' +
      'Run `crm-audit <command> --help` for a command\'s options and examples.\n',
  );
  return program;
}

/**
 * Run the command line. `startedBrowser` is a browser bin/crm-audit.js started before loading this, because
 * the command line asks for a PDF (see early-browser.ts).
 */
export async function main(argv: string[], io: Io = processIo(), startedBrowser?: StartedChromium | null): Promise<number> {
  if (startedBrowser) io = { ...io, startedBrowser };
  const exit = { code: EXIT.ok as number };
  const program = buildProgram(io, exit);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
        return EXIT.ok;
      }
      // commander.help with no subcommand prints help to stderr and exits 1: treat as usage.
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    return reportError(err, io, argv.includes('--debug'));
  }
  return exit.code;
}
