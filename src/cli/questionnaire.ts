// `crm-audit questionnaire`: the readiness questionnaire, asked at the terminal (src/questionnaire/ask.ts),
// written to an answers file after every answer. It resumes a partial file (--answers), asks about a planned
// field list's Low Card fields (--fields), and on Ctrl-C says how to go on and exits 130.
import { existsSync, statSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULTS } from '../config/config-schema.js';
import { lineColumn, nodeAt, scanJson } from '../config/json-positions.js';
import { loadConfig, type LoadedConfig } from '../config/load-config.js';
import { usageError, type Where } from '../errors.js';
import { displayPath, optionsForFile, readTable, requireSomeRows, type ReadOptions } from '../ingest/index.js';
import { askQuestions, isInterrupt, widthOf, wrapStyled, type PlannedList, type Prompts } from '../questionnaire/ask.js';
import { loadAnswers, orderedAnswers, plannedFileName, questionnaireCoverage } from '../questionnaire/answers.js';
import { isAsked, QUESTIONS, type Answers } from '../questionnaire/questions.js';
import { checkOutput, writeAtomic } from '../report/write.js';
import type { FieldResult } from '../result/schema.js';
import { classifyTable } from './classify.js';
import type { CommandDef, Io } from './command.js';
import { EXIT } from './exit-codes.js';
import type { OptionValues } from './options.js';
import { inputNotes } from './row-errors.js';
import { colorFor, safeText } from './term.js';

const DEFAULT_OUT = 'answers.json';

/** A word as a shell reads it: quoted when it holds anything but the characters of ordinary paths. */
export function shellWord(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

const commandLine = (flags: ReadonlyArray<readonly [string, string | undefined]>) =>
  ['crm-audit questionnaire', ...flags.filter(([, v]) => v !== undefined).map(([f, v]) => (v === '' ? f : `${f} ${shellWord(v!)}`))].join(' ');

/** How many of the questions the answers hold. */
/** Questions answered, counted as analyze counts them (its "N of M questions answered"). */
const answeredCount = (answers: Answers) => questionnaireCoverage(answers)?.answered ?? 0;

/**
 * The Low Card fields by label, as the file gives them; a label two fields share is told apart by the object,
 * then by the name, so that each tick names one field.
 */
export function lowCardLabels(low: readonly FieldResult[]): string[] {
  const count = (xs: string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());
  let labels = low.map((f) => f.label);
  const byLabel = count(labels);
  labels = labels.map((l, i) => (byLabel.get(l)! > 1 && low[i]!.object ? `${l} (${low[i]!.object})` : l));
  const byQualified = count(labels);
  return labels.map((l, i) => (byQualified.get(l)! > 1 && low[i]!.name !== low[i]!.label ? `${low[i]!.label} (${[low[i]!.object, low[i]!.name].filter(Boolean).join('.')})` : l));
}

/** Read and classify the planned field list (a field list, or an export whose columns are classified). */
async function readPlanned(file: string, io: Io, loaded: LoadedConfig | undefined, say: (line: string) => void): Promise<PlannedList> {
  const path = resolve(io.cwd, file);
  const shown = displayPath(path, io.cwd);
  const config = loaded?.config;
  const base: ReadOptions = {
    errorBudget: { max: config?.analysis?.maxErrors ?? DEFAULTS.maxErrors, used: 0 },
    strict: config?.analysis?.strict ?? false,
  };
  const table = await readTable(path, optionsForFile(path, shown, base, { byFile: [] }, config));
  if (table.header.length === 0 || table.input.kind === 'fields') {
    requireSomeRows([table.input], 'ask about', '--fields takes a field list (one row per field: name, label, type ...) or an export, whose columns are asked about');
  }
  for (const line of inputNotes(table.input, shown)) say(line);
  if (table.input.kind !== 'fields') say(`${shown} is not a field list: its ${table.header.length} columns are asked about`);
  const fields = classifyTable(table, undefined);
  const low = fields.filter((f) => f.card === 'low');
  return {
    file: plannedFileName(path),
    fields: fields.length,
    high: fields.filter((f) => f.card === 'high').length,
    low: low.length,
    lowCard: lowCardLabels(low),
  };
}

/** Where a key of the answers file is, for a message about its value. */
function placeOf(file: string, shown: string, key: string): Where {
  try {
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const scan = scanJson(text);
    if (!scan.ok) return { file: shown };
    const { node, matched } = nodeAt(scan.root, [key]);
    return { file: shown, ...(matched === 1 ? lineColumn(text, node.start) : {}) };
  } catch {
    return { file: shown };
  }
}

/**
 * The command, with the prompts as a parameter (tests drive them). Returns the exit code: 0 done, 130 stopped
 * with Ctrl-C (the answers so far are saved); errors are thrown, as CrmAuditError.
 */
export async function runQuestionnaire(opts: OptionValues, io: Io, prompts?: Prompts): Promise<number> {
  const warn = colorFor(io.stderr, io.env);
  const say = (line: string) => {
    if (!opts.quiet) io.stderr.write(warn.yellow(`crm-audit: ${safeText(line)}\n`));
  };
  const shownOut = opts.out ?? opts.answers ?? DEFAULT_OUT;
  const out = resolve(io.cwd, shownOut);
  const resumed = opts.answers ? resolve(io.cwd, opts.answers) : undefined;
  if (resumed && !existsSync(resumed)) {
    throw usageError('the answers file to resume was not found', {
      where: { file: opts.answers! },
      hint: 'check the path; to start a new answers file, name it with --out instead of --answers',
    });
  }
  const start: Record<string, unknown> = resumed ? { ...loadAnswers(resumed, opts.answers) } : {};
  const before = answeredCount(start);

  if (out !== resumed && existsSync(out) && !statSync(out).isDirectory() && !opts.force) {
    throw usageError('the answers file already exists', {
      where: { file: shownOut },
      hint: `resume it with --answers ${shellWord(shownOut)}, pass --force to start again over it, or choose another --out`,
    });
  }
  checkOutput(out, { force: true, shown: shownOut }); // not a folder, and its folder exists

  const loaded = opts.config ? loadConfig(opts.config, io.cwd) : undefined;
  if (opts.situation && start['situation'] !== undefined && start['situation'] !== opts.situation) {
    throw usageError(`the answers file gives the situation as ${String(start['situation'])}, and --situation as ${opts.situation}`, {
      where: placeOf(resumed!, opts.answers!, 'situation'),
      hint: "leave --situation out to keep the file's answer, or change `situation` in the file",
    });
  }
  // the situation given on the command line, or in the config, answers its question
  const situation = start['situation'] === undefined ? (opts.situation ?? loaded?.config.analysis?.situation) : undefined;
  if (situation) start['situation'] = situation;

  let planned: PlannedList | undefined;
  if (opts.fields && start['plannedFields'] !== undefined) {
    say(`--fields: ${opts.answers} already holds the answer about a planned field list (plannedFields), so it is not asked again; remove it from the file to ask it again`);
  } else if (opts.fields) {
    planned = await readPlanned(opts.fields, io, loaded, say);
  }

  // The prompts go to the terminal: stdout, or stderr when stdout is redirected.
  const output = io.stdout.isTTY ? io.stdout : io.stderr.isTTY ? io.stderr : undefined;
  if (!io.stdin.isTTY || !output) {
    throw usageError('the questionnaire asks its questions at a terminal, and there is none here', {
      hint: 'run it in a terminal, or write the answers file by hand following `crm-audit schema answers` and give it to `crm-audit analyze --answers`',
    });
  }
  const c = colorFor(output, io.env);

  let saved: Answers | undefined;
  // the day of the last answer dates an audit that has no other date (an analysis never reads the clock)
  const today = new Date().toISOString().slice(0, 10);
  // `answered`: an answer was given now (the file is dated today); otherwise the file keeps its own day
  const save = (answers: Answers, answered = true) => {
    writeAtomic(out, `${JSON.stringify(orderedAnswers(answered ? { ...answers, answeredOn: today } : answers), null, 2)}\n`, { force: true });
    saved = answers;
  };
  if (situation) save(start);

  const shownFile = safeText(shownOut);
  const plain = (s: string) => s;
  const width = widthOf({ output });
  // nothing left to ask now means nothing later either: only an answer opens a follow-up question
  const left = QUESTIONS.some((q) => start[q.id] === undefined && isAsked(q, start, { plannedFields: planned !== undefined }));
  const intro: [string, (s: string) => string][] = resumed
    ? [[`Resuming ${safeText(opts.answers!)}:`, c.bold], [`${before} of the questions are answered already; ${left ? 'the ones left follow.' : 'none is left to ask.'}`, plain]]
    : [['The readiness questionnaire:', c.bold], [`${QUESTIONS.length} questions at most on how the CRM is, or will be, set up and brought in.`, plain]];
  output.write(`${wrapStyled(intro, width, 0)}\n`);
  const resumeHint = `Each answer is saved in ${shownFile} as soon as it is given. Ctrl-C stops, and --answers ${shownFile} goes on from there.`;
  if (left) output.write(`${wrapStyled([[resumeHint, c.dim]], width, 0)}\n`);

  let result: { answers: Answers; asked: number };
  try {
    result = await askQuestions({ terminal: { input: io.stdin, output, color: c }, answers: start, planned, ...(prompts ? { prompts } : {}), save });
  } catch (err) {
    if (!isInterrupt(err)) throw err;
    const resumeWith = saved
      ? commandLine([
          ['--answers', shownOut],
          ...(planned && saved['plannedFields'] === undefined ? ([['--fields', opts.fields], ['--config', opts.config]] as const) : []),
        ])
      : commandLine([
          ['--answers', opts.answers],
          ['--out', opts.out],
          ['--fields', opts.fields],
          ['--situation', opts.situation],
          ['--config', opts.config],
          ['--force', opts.force ? '' : undefined],
        ]);
    const what = saved
      ? `${answeredCount(saved)} answers are saved in ${shownFile}`
      : resumed
        ? `nothing new was answered; ${safeText(opts.answers!)} is as it was`
        : 'nothing was answered, and nothing saved';
    const stopped = `crm-audit: questionnaire stopped; ${what}. To go on:`;
    io.stderr.write(`\n${io.stderr.isTTY ? wrapStyled([[stopped, plain]], widthOf({ output: io.stderr }), 0) : stopped}\n  ${safeText(resumeWith)}\n`);
    return EXIT.interrupted;
  }
  if (!saved) save(result.answers, false); // nothing was asked: the resumed answers, written to --out, their day kept
  const total = answeredCount(result.answers);
  const done = `Done: ${total} question${total === 1 ? '' : 's'} answered${resumed ? ` (${result.asked} now)` : ''}, saved in ${shownFile}.`;
  const next = `crm-audit analyze --answers ${safeText(shellWord(shownOut))} --out report.pdf`;
  // the command on a line of its own, never wrapped by us, so that it can be copied whole
  const then = 'Next, the audit with these answers (add the exports and --interviews notes you have):';
  output.write(`\n${wrapStyled([[done, c.bold]], width, 0)}\n${wrapStyled([[then, plain]], width, 0)}\n  ${next}\n`);
  return EXIT.ok;
}

export const questionnaireCommand: CommandDef = {
  name: 'questionnaire',
  summary: 'ask the readiness questionnaire at the terminal, and write the answers file that analyze --answers reads',
  examples: [
    'crm-audit questionnaire',
    'crm-audit questionnaire --situation pre-implementation --fields planned-fields.csv --out acme-answers.json',
    'crm-audit questionnaire --answers acme-answers.json',
    'crm-audit questionnaire --answers partial.json --out complete.json',
  ],
  available: true,
  run(_args, opts, io) {
    return runQuestionnaire(opts, io);
  },
};
