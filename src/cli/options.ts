// Every command-line option, declared once. Commander flags, --help, the README's option table
// (scripts/options-doc.ts) and the validated option types are all derived from this table.
import { z } from 'zod';
import { KINDS, SITUATIONS } from '../result/schema.js';
import { DATE_FORMATS } from '../config/config-schema.js';
import { parseDate } from '../analyze/dates.js';

export const COMMANDS = [
  'analyze',
  'classify',
  'interviews',
  'questionnaire',
  'report',
  'compare',
  'schema',
  'init',
  'doctor',
] as const;
export type CommandName = (typeof COMMANDS)[number];

export const FORMATS = ['table', 'json', 'csv', 'md', 'html', 'pdf'] as const;
export type Format = (typeof FORMATS)[number];

/** The formats each command writes: its --format help, its refusal of another and its choice by --out's extension. */
export const COMMAND_FORMATS = {
  analyze: ['table', 'json', 'md', 'html', 'pdf'],
  classify: ['table', 'json', 'csv'],
  interviews: ['table', 'json', 'csv'],
  report: ['pdf', 'html', 'md'],
  compare: ['table', 'json', 'md'],
} as const satisfies Partial<Record<CommandName, readonly [Format, ...Format[]]>>;
export type FormatCommand = keyof typeof COMMAND_FORMATS;
const formatsOf = (command: CommandName): readonly [Format, ...Format[]] => COMMAND_FORMATS[command as FormatCommand] ?? FORMATS;

interface OptionSpec {
  /** commander flags, e.g. '--out <file>' */
  flags: string;
  description: string;
  /** a command's own wording, where it offers less than the general description says */
  byCommand?: Partial<Record<CommandName, string>>;
  /** zod schema of the parsed value (after commander) */
  schema: z.ZodType;
  /** where a command takes fewer values than `schema` does: its own schema (its refusal names only what it takes) */
  schemaFor?: (command: CommandName) => z.ZodType;
  commands: readonly CommandName[];
  /** repeatable: every use is collected into an array */
  repeatable?: boolean;
  /** other names for a value (lower-case): taken as that value, and said so on stderr */
  aliases?: Readonly<Record<string, string>>;
  group: 'input' | 'output' | 'report' | 'general';
}

const INPUT_CMDS = ['analyze', 'classify', 'interviews'] as const;
const RENDER_CMDS = ['analyze', 'report'] as const;

/**
 * A number typed on the command line, as commander hands it over (text): plain decimal digits only, so that a
 * blank value is not read as 0 (z.coerce would) and zod's own wording ("received NaN") never reaches the user.
 */
const typedNumber = (pattern: RegExp, expected: string) => z.string().trim().regex(pattern, expected).transform(Number);
const WHOLE = /^\d+$/;
const DECIMAL = /^(\d+(\.\d*)?|\.\d+)$/;

/** 'a, b or c' */
const orList = (values: readonly string[]): string =>
  values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;

/** The commands that take --format, in the order of the help. */
const FORMAT_COMMANDS = ['analyze', 'classify', 'interviews', 'report', 'compare'] as const satisfies readonly FormatCommand[];

/**
 * One of a few words, in any case (`--encoding UTF-8`, `--format JSON`, `--paper A4`), refused in plain words that
 * name them ("expected a4 or letter"), never in zod's (`Invalid option: expected one of "a4"|"letter"`). The value
 * given is not repeated: saying what is expected is enough.
 */
const oneOf = <const T extends readonly [string, ...string[]]>(values: T, more = '') =>
  z
    .string()
    .transform((v) => v.toLowerCase())
    .pipe(z.enum(values, { error: `expected ${orList(values)}${more}` }));

/**
 * A value that names something (a file, a folder, a person): a blank one is refused, as a blank number is, rather
 * than read as no option at all (or as the working folder).
 */
const named = (expected: string) => z.string().refine((v) => v.trim() !== '', `expected ${expected}, got a blank value`);

export const OPTIONS = {
  interviews: {
    flags: '--interviews <notes.csv>',
    description: 'interview, focus-group or workshop notes (CSV); repeatable',
    schema: z.array(named('a notes file (CSV)')),
    repeatable: true,
    commands: ['analyze'],
    group: 'input',
  },
  answers: {
    flags: '--answers <answers.json>',
    description: 'questionnaire answers (JSON), as `crm-audit questionnaire` writes them; analyze scores them as the readiness checks, questionnaire resumes them',
    byCommand: {
      analyze: 'questionnaire answers (JSON), as `crm-audit questionnaire` writes them: scored as the readiness checks',
      questionnaire: 'a partial answers file to resume: the questions it answers are not asked again, and it is updated in place unless --out says otherwise',
    },
    schema: named('an answers file (JSON)'),
    commands: ['analyze', 'questionnaire'],
    group: 'input',
  },
  config: {
    flags: '--config <file>',
    description: 'config file (JSON); `crm-audit init` writes a starter',
    byCommand: {
      questionnaire:
        "config file (JSON): its column mappings, analysis.strict and analysis.maxErrors read the --fields list, and its analysis.situation answers the situation question when neither --situation nor --answers does",
    },
    schema: named('a config file (JSON)'),
    commands: ['analyze', 'classify', 'interviews', 'report', 'questionnaire'],
    group: 'input',
  },
  rules: {
    flags: '--rules <file>',
    description: 'classification rules: JSON, or the edited review CSV of `classify --format csv`',
    schema: named('a rules file (JSON) or an edited review sheet (CSV)'),
    commands: ['analyze', 'classify'],
    group: 'input',
  },
  coding: {
    flags: '--coding <reviewed.csv>',
    description: 'the corrected review sheet of `interviews --format csv`',
    schema: named('the corrected review sheet (CSV)'),
    commands: ['interviews', 'analyze'],
    group: 'input',
  },
  redact: {
    flags: '--redact <names.txt>',
    description: 'file of names (one a line; UTF-8, UTF-16 or Windows-1252, read as the notes are) to redact from notes and quotes',
    schema: named('a file of names, one a line'),
    commands: ['interviews', 'analyze'],
    group: 'input',
  },
  fields: {
    flags: '--fields <planned.csv>',
    description: 'the planned field list (or an export, whose columns are read as the fields), to ask which of its Low Card fields someone reads',
    schema: named('a field list or an export (CSV)'),
    commands: ['questionnaire'],
    group: 'input',
  },
  kind: {
    flags: '--kind <KIND|FILE=KIND>',
    description: `force the kind of every file, or of one file (${KINDS.join(', ')}); repeatable`,
    byCommand: {
      analyze: `force the kind of every input file, or of one file (${KINDS.join(', ')}); --interviews files are notes; repeatable`,
      classify: 'read the file as a field list (fields), or as an export whose columns are classified (records, activities)',
      interviews: 'interviews only: the files are notes (any other kind is refused)',
    },
    schema: z.array(
      z.string().regex(new RegExp(`^(.*[^=\\s].*=)?(${KINDS.join('|')})$`), `expected KIND or FILE=KIND, where KIND is ${orList(KINDS)}`),
    ),
    repeatable: true,
    commands: INPUT_CMDS,
    group: 'input',
  },
  encoding: {
    flags: '--encoding <name>',
    description: 'force the encoding of every input, the --redact names file too: utf-8, utf-16le, utf-16be, windows-1252 (latin1 and iso-8859-1 read as windows-1252)',
    schema: oneOf(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'], ' (latin1 and iso-8859-1 are read as windows-1252)'),
    // Windows-1252 is a superset of ISO-8859-1 in every printable character, and what "Latin-1" exports are.
    aliases: {
      latin1: 'windows-1252', 'latin-1': 'windows-1252', 'iso-8859-1': 'windows-1252', 'iso8859-1': 'windows-1252', 'iso_8859-1': 'windows-1252',
      cp1252: 'windows-1252', windows1252: 'windows-1252', ansi: 'windows-1252',
      utf8: 'utf-8', utf16le: 'utf-16le', utf16be: 'utf-16be',
    },
    commands: INPUT_CMDS,
    group: 'input',
  },
  dateFormat: {
    flags: '--date-format <fmt>',
    description: `how to read ambiguous dates: ${DATE_FORMATS.join(', ')} (default auto, per column)`,
    schema: oneOf(DATE_FORMATS, ' (mdy: month/day/year, dmy: day/month/year)'),
    commands: INPUT_CMDS,
    group: 'input',
  },
  locale: {
    flags: '--locale <bcp47>',
    description:
      'how the report writes dates and numbers (analyze, report), and whether day or month comes first in a date the values cannot tell (03/04/2025) when --date-format does not say (analyze); the text stays in English, and classify and interviews ignore it (default en-US: month first)',
    byCommand: {
      analyze:
        'whether day or month comes first in a date the values cannot tell (03/04/2025) when --date-format does not say (en-US, en-CA, en-PH: month first; other locales: day first), and how the report writes dates and numbers; the text stays in English (default en-US)',
      classify: 'no effect on classify (taken for a command line shared with analyze)',
      interviews: 'no effect on interviews (taken for a command line shared with analyze)',
      report: "how the report writes dates and numbers; the text stays in English (default: the analysis's locale)",
    },
    schema: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a locale such as en-US or de-DE'),
    commands: [...INPUT_CMDS, 'report'],
    group: 'input',
  },
  strict: {
    flags: '--strict',
    description: 'stop at the first malformed row (exit 3)',
    schema: z.boolean(),
    commands: INPUT_CMDS,
    group: 'input',
  },
  maxErrors: {
    flags: '--max-errors <n>',
    description: 'malformed rows allowed per run before stopping with exit 3 (default 100)',
    schema: typedNumber(WHOLE, 'expected a whole number, 0 or more (how many malformed rows may be skipped before the run stops)'),
    commands: INPUT_CMDS,
    group: 'input',
  },
  situation: {
    flags: '--situation <situation>',
    description: `${SITUATIONS.join(', ')} (default: inferred from the inputs)`,
    byCommand: {
      questionnaire: `${SITUATIONS.join(', ')}: answers the situation question, which is then not asked`,
    },
    schema: oneOf(SITUATIONS),
    commands: ['analyze', 'questionnaire'],
    group: 'input',
  },
  now: {
    flags: '--now <date>',
    description: "the audit's reference date, ISO (default: newest created, modified, activity or login date; without one, the last day of the newest note's month; without notes, the answers' answeredOn)",
    schema: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z?)?$/, 'expected a date as YYYY-MM-DD')
      .refine((v) => !Number.isNaN(parseDate(v, 'mdy')), 'expected a date that exists, as YYYY-MM-DD'),
    commands: ['analyze'],
    group: 'input',
  },
  nameUsers: {
    flags: '--name-users',
    description: 'show real user names instead of pseudonyms (internal use only)',
    schema: z.boolean(),
    commands: ['analyze', 'interviews'],
    group: 'input',
  },
  format: {
    flags: '--format <format>',
    description: `${FORMAT_COMMANDS.map((c) => `${c}: ${orList(COMMAND_FORMATS[c])}`).join('; ')}; default: the extension of --out, else table on a terminal and json otherwise (report: md)`,
    byCommand: {
      analyze: `${orList(COMMAND_FORMATS.analyze)} (default: the extension of --out, else table on a terminal and json otherwise)`,
      classify: `${orList(COMMAND_FORMATS.classify)} (the review sheet; default: the extension of --out, else table on a terminal and json otherwise)`,
      interviews: `${orList(COMMAND_FORMATS.interviews)} (the review sheet; default: the extension of --out, else table on a terminal and json otherwise)`,
      compare: `${orList(COMMAND_FORMATS.compare)} (default: the extension of --out, else table on a terminal and json otherwise)`,
      report: `${orList(COMMAND_FORMATS.report)} (default: the extension of --out, else md on stdout)`,
    },
    schema: oneOf(FORMATS),
    schemaFor: (command: CommandName) => oneOf(formatsOf(command)),
    commands: FORMAT_COMMANDS,
    group: 'output',
  },
  out: {
    flags: '--out <file>',
    description: 'write to FILE (atomically); the extension picks the format',
    byCommand: {
      questionnaire: 'the answers file, written again after every answer (default: the --answers file, else answers.json)',
    },
    schema: named('the file to write'),
    commands: ['analyze', 'classify', 'interviews', 'report', 'compare', 'questionnaire', 'schema'],
    group: 'output',
  },
  force: {
    flags: '--force',
    description: 'replace an existing output file',
    byCommand: {
      questionnaire: 'start again over an existing answers file (without it, an existing --out other than the --answers file is refused)',
    },
    schema: z.boolean(),
    commands: ['analyze', 'classify', 'interviews', 'report', 'compare', 'questionnaire', 'schema', 'init'],
    group: 'output',
  },
  failAbove: {
    flags: '--fail-above <score>',
    description: 'exit 4 when the adoption-risk score is above SCORE (for scripts and CI)',
    schema: typedNumber(DECIMAL, 'expected a score from 0 to 100').pipe(z.number().max(100, { error: 'expected a score from 0 to 100' })),
    commands: ['analyze', 'report'],
    group: 'output',
  },
  client: { flags: '--client <name>', description: 'client name for the report', schema: named("the client's name"), commands: RENDER_CMDS, group: 'report' },
  consultant: { flags: '--consultant <name>', description: 'consultant name for the report', schema: named("the consultant's name"), commands: RENDER_CMDS, group: 'report' },
  firm: { flags: '--firm <name>', description: "consulting firm's name", schema: named("the firm's name"), commands: RENDER_CMDS, group: 'report' },
  logo: { flags: '--logo <file>', description: 'logo (PNG, JPEG or SVG), embedded in the report', schema: named('a logo file (PNG, JPEG or SVG)'), commands: RENDER_CMDS, group: 'report' },
  accent: {
    flags: '--accent <color>',
    description: "the firm's colour as #RRGGBB",
    schema: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour as #RRGGBB, such as #0b6e4f'),
    commands: RENDER_CMDS,
    group: 'report',
  },
  paper: { flags: '--paper <size>', description: 'a4 (default) or letter', schema: oneOf(['a4', 'letter']), commands: RENDER_CMDS, group: 'report' },
  template: { flags: '--template <dir>', description: 'your own Handlebars template folder', schema: named('a template folder'), commands: RENDER_CMDS, group: 'report' },
  editorial: {
    flags: '--editorial <file>',
    description: 'editorial JSON: hide or reword findings, add commentary and key findings',
    schema: named('an editorial file (JSON)'),
    commands: RENDER_CMDS,
    group: 'report',
  },
  chrome: {
    flags: '--chrome <path>',
    description: 'Chrome, Chromium or Edge executable for PDF output',
    schema: named('the path of a Chrome, Chromium or Edge executable'),
    commands: [...RENDER_CMDS, 'doctor'],
    group: 'report',
  },
  debug: { flags: '--debug', description: 'print stack traces, and where the time went (a timeline of the run)', schema: z.boolean(), commands: COMMANDS, group: 'general' },
  quiet: { flags: '--quiet', description: 'no progress or warnings on stderr', schema: z.boolean(), commands: COMMANDS, group: 'general' },
} as const satisfies Record<string, OptionSpec>;

export type OptionKey = keyof typeof OPTIONS;
export type OptionValues = { [K in OptionKey]?: z.infer<(typeof OPTIONS)[K]['schema']> };

export function optionsFor(command: CommandName): OptionKey[] {
  return (Object.keys(OPTIONS) as OptionKey[]).filter((k) =>
    (OPTIONS[k].commands as readonly CommandName[]).includes(command),
  );
}
