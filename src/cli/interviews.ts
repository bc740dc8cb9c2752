// `crm-audit interviews <notes...>`: the reps' voice on its own. A terminal summary, the contract's
// `interviews` member as JSON, or the review sheet as CSV; `--coding` feeds the corrected sheet back.
import { resolve } from 'node:path';
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import { DEFAULTS, weakerAnonymity } from '../config/config-schema.js';
import { loadConfig } from '../config/load-config.js';
import { decideFormat, emit } from './output.js';
import { listedRowErrors, skippedRows } from './row-errors.js';
import { CrmAuditError, formatWhere, namingFileAs } from '../errors.js';
import { copyMessage, identicalFiles } from '../ingest/identical.js';
import { readNamesFile } from '../ingest/names-file.js';
import {
  checkKindFlags,
  displayPath,
  expandInputs,
  optionsForFile,
  parseKindFlags,
  readTable,
  requireSomeRows,
  type Table as NotesTable,
} from '../ingest/index.js';
import { fallbackOrder } from '../analyze/dates.js';
import {
  analyzeInterviews,
  checkNotesTable,
  LEXICON_VERSION,
  loadCoding,
  NO_NOTES_HINT,
  notesNameSoFar,
  notesPathShown,
  reviewSheet,
  THEMES,
  type CodingMap,
  type InterviewAnalysis,
  categoriesShown,
  whyNoNotes,
  whyNoFigures,
  whyNoQuotes,
  whyNoStances,
} from '../interviews/index.js';
import type { InterviewsResult } from '../result/schema.js';
import type { CommandDef, Io } from './command.js';
import { EXIT } from './exit-codes.js';
import { COMMAND_FORMATS, type OptionValues } from './options.js';
import { colorFor, safeText } from './term.js';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The terminal summary. Every data string goes through safeText; colour only where the terminal has it. */
export function renderSummary(
  analysis: InterviewAnalysis,
  c: ChalkInstance,
  titles: Map<string, string>,
  opts: { minGroupSize: number; minQuoteGroupSize: number; width?: number },
): string {
  const width = Math.max(60, opts.width ?? 100);
  const r: InterviewsResult = analysis.result;
  const title = (id: string) => safeText(titles.get(id) ?? id);
  const plain = { head: [] as string[], border: [] as string[] };
  const chars = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };
  const out: string[] = [];
  out.push(
    c.bold(`Reps' voice: ${r.notes} note${r.notes === 1 ? '' : 's'} from ${r.respondents} respondent${r.respondents === 1 ? '' : 's'}`) +
      ` (${r.scored} coded${r.otherLanguage ? `, ${r.otherLanguage} in another language left out` : ''})`,
  );
  out.push(
    c.dim(
      `lexicon ${LEXICON_VERSION}; respondents shown as pseudonyms; groups under ${opts.minGroupSize} respondents hidden; quotes only from groups of ${opts.minQuoteGroupSize} or more`,
    ),
  );
  out.push('');
  if (r.figuresHidden) {
    out.push(`${c.bold('Figures')}    ${c.dim(`none given: ${whyNoFigures(r, opts.minGroupSize)}; the review sheet (--format csv) codes every note`)}`, '');
    return out.join('\n');
  }

  // the themes some note raised, as analyze lists them; the others are named in one line, so that none is hidden
  const raised = r.themes.filter((t) => t.count > 0);
  const unraised = r.themes
    .filter((t) => t.count === 0)
    .map((t) => title(t.id))
    .sort((a, b) => a.localeCompare(b, 'en'));
  if (raised.length === 0) {
    const none = r.scored === 0 ? 'none: no note could be coded (each is in another language)' : `none: no note raised any of the ${r.themes.length} themes`;
    out.push(`${c.bold('Themes')}     ${c.dim(none)}`, '');
  } else {
    const themes = new Table({ head: ['Theme', 'Notes', 'Share', ''], style: plain, chars, colAligns: ['left', 'right', 'right', 'left'] });
    for (const t of raised) {
      const bar = '█'.repeat(Math.round(t.share * 20));
      const colour = t.id === 'positive-value' ? c.green : c.yellow;
      themes.push([title(t.id), String(t.count), pct(t.share), colour(bar)]);
    }
    const rest = unraised.length ? `No note raised: ${unraised.join(', ')}` : 'Every theme was raised by some note';
    out.push(c.bold('Themes'), themes.toString(), c.dim(rest), '');
  }

  const s = r.sentiment;
  out.push(`${c.bold('Sentiment')}  ${c.green(`${s.positive} positive`)} · ${s.neutral} neutral · ${c.red(`${s.negative} negative`)}`);
  const cat = r.categories;
  // interview notes carry no workshop category: no line of zeros, nor one of a few inferred among many notes; and
  // categories that no column or review gave are said to be read from the wording
  if (categoriesShown(r)) {
    const guessed = r.categoriesInferred === Object.values(cat).reduce((a, b) => a + b, 0);
    out.push(
      `${c.bold('Categories')} experience ${cat.experience} · idea ${cat.idea} · question ${cat.question} · concern ${cat.concern} · proposal ${cat.proposal}` +
        (guessed ? c.dim("  (inferred from the wording: no note's category was given)") : ''),
    );
  }
  const st = r.stances;
  if (r.stancesHidden) out.push(`${c.bold('Stances')}    ${c.dim(`none counted: ${whyNoStances(r, opts.minGroupSize)}`)}`);
  else
    out.push(
      `${c.bold('Stances')}    ${c.green(`love ${st.love}`)} · ${c.red(`hate ${st.hate}`)} · ambivalent ${st.ambivalent} · neutral ${st.neutral}` +
        `  (polarisation ${r.polarization.index.toFixed(2)}${r.polarization.index >= 0.5 ? c.yellow(': split camp, find out why') : ''})`,
    );
  // each side's themes, or why they are not given (a side under minGroupSize people)
  for (const [side, who] of [['love', 'those who like it'], ['hate', 'those who dislike it']] as const) {
    const themes = r.stanceDrivers?.[side] ?? [];
    if (themes.length > 0) out.push(`  ${who} talk about: ${themes.map(title).join(', ')}`);
    else if (r.stances[side] > 0 && r.stances[side] < opts.minGroupSize) out.push(c.dim(`  ${who}: too few (${r.stances[side]}) to say what they talk about`));
  }
  out.push('');

  if (r.groups.length) {
    // the three sentiment columns count notes; the group and theme columns wrap to the terminal's width, and a
    // narrow terminal gets short headings
    const narrow = width < 100;
    const sentimentHead = narrow ? ['Pos.', 'Neu.', 'Neg.'] : ['Positive', 'Neutral', 'Negative'];
    const fixed = [6, narrow ? 8 : 9, ...sentimentHead.map((h) => h.length + 2)];
    const rest = width - fixed.reduce((a, b) => a + b, 0) - 8;
    const longest = Math.max(...r.groups.map((row) => safeText(row.name).length));
    const groupWidth = Math.max(12, Math.min(longest + 2, 30, Math.floor(rest * 0.4)));
    const g = new Table({
      head: ['By', 'Group', 'People', ...sentimentHead, 'Top themes'],
      style: plain,
      chars,
      wordWrap: true,
      colWidths: [fixed[0]!, groupWidth, ...fixed.slice(1), Math.max(20, rest - groupWidth)],
      colAligns: ['left', 'left', 'right', 'right', 'right', 'right', 'left'],
    });
    for (const row of r.groups) {
      g.push([
        row.breakdown,
        safeText(row.name),
        String(row.respondents),
        String(row.sentiment.positive),
        String(row.sentiment.neutral),
        String(row.sentiment.negative),
        row.themes
          .slice(0, 3)
          .map((t) => `${title(t.id)} ${t.count}`)
          .join(', '),
      ]);
    }
    out.push(c.bold('Groups') + c.dim('  (people: respondents; positive, neutral, negative: their notes by sentiment)'), g.toString());
  }
  if (r.suppressedGroups) {
    out.push(
      c.dim(
        `${r.suppressedGroups} group${r.suppressedGroups === 1 ? '' : 's'} not shown: under ${opts.minGroupSize} respondents, or hidden so that a small group cannot be worked out by subtraction`,
      ),
    );
  }
  if (r.groups.length || r.suppressedGroups) out.push('');

  if (r.quotes.length) {
    out.push(c.bold('Quotes'));
    for (const q of r.quotes) {
      out.push(`  "${safeText(q.text)}"`);
      out.push(c.dim(`     ${title(q.theme)}${q.group ? `, ${safeText(q.group)}` : ''}`));
    }
  } else {
    out.push(c.dim(`No quotes: ${whyNoQuotes(r, opts.minQuoteGroupSize)}.`));
  }
  return `${out.join('\n')}\n`;
}

/** The notes files the arguments name; one that is missing is named redacted, with the names given. */
function expandNotes(args: string[], cwd: string, redactNames: readonly string[]): string[] {
  try {
    return expandInputs(args, cwd);
  } catch (e) {
    const file = e instanceof CrmAuditError ? e.where?.file : undefined;
    throw file === undefined ? e : namingFileAs(e, file, notesNameSoFar(redactNames, [])(file));
  }
}

async function run(args: string[], opts: OptionValues, io: Io): Promise<number> {
  const format = decideFormat(opts, COMMAND_FORMATS.interviews, io, 'interviews');
  const config = opts.config ? loadConfig(opts.config, io.cwd).config : undefined;
  // read before the notes: a names file that cannot be read stops the run before any work
  const namesFile = opts.redact ? readNamesFile(opts.redact, io.cwd, opts.encoding ? { encoding: opts.encoding } : {}) : undefined;
  const redactNames = [...(config?.anonymity?.redact ?? []), ...(namesFile?.names ?? [])];
  // a notes file named after a person or a day is named redacted in every error too, with the names known by then
  const files = expandNotes(args, io.cwd, redactNames);
  const kinds = parseKindFlags(opts.kind);
  const given = files.map((file) => ({ file, shown: displayPath(file, io.cwd) }));
  checkKindFlags(kinds, given, { command: 'interviews', allowed: ['interviews'], reads: 'notes only (kind interviews)' });
  // a date the values cannot tell (03/04/2025) is read as analyze reads it, by --date-format or the config
  const dateOrder = fallbackOrder(opts.dateFormat ?? config?.analysis?.dateFormat, config?.analysis?.locale ?? DEFAULTS.locale);
  const budget = { max: opts.maxErrors ?? config?.analysis?.maxErrors ?? DEFAULTS.maxErrors, used: 0 };
  const tables: NotesTable[] = [];
  // a notes file given twice, or saved under two names, is read once: its notes and respondents would count twice
  const copies = await identicalFiles(files);
  const copyOf = new Map(copies.map((c) => [c.copy, c]));
  for (const [i, file] of files.entries()) {
    if (copyOf.has(i)) continue;
    const shown = displayPath(file, io.cwd);
    const ro = optionsForFile(
      file,
      shown,
      {
        ...(opts.encoding ? { encoding: opts.encoding } : {}),
        strict: opts.strict ?? config?.analysis?.strict ?? false,
        errorBudget: budget,
      },
      kinds,
      config,
    );
    ro.kind ??= 'interviews';
    const table = await readTable(file, ro, (read) => notesNameSoFar(redactNames, [...tables, read])(shown));
    checkNotesTable(table, { dateOrder, dating: false });
    tables.push(table);
  }
  const inputs = tables.map((t) => t.input);
  const shownEarly = notesPathShown(tables, redactNames);
  requireSomeRows(inputs, 'code', 'a notes file needs a header and one row per note', { shown: shownEarly });
  let coding: CodingMap | undefined;
  // every theme id of the sheet is checked against the config's themes too: all its bad cells are told at once
  if (opts.coding) coding = await loadCoding(resolve(io.cwd, opts.coding), displayPath(resolve(io.cwd, opts.coding), io.cwd), { themes: config?.themes ?? [] });
  const minGroupSize = config?.anonymity?.minGroupSize ?? DEFAULTS.minGroupSize;
  const minQuoteGroupSize = config?.anonymity?.minQuoteGroupSize ?? DEFAULTS.minQuoteGroupSize;
  if (!opts.quiet) for (const line of weakerAnonymity(config?.anonymity)) io.stderr.write(`crm-audit: warning: ${line}\n`);
  const analysis = analyzeInterviews(tables, {
    minGroupSize,
    minQuoteGroupSize,
    redactNames,
    themes: config?.themes ?? [],
    ...(coding ? { coding } : {}),
    nameRespondents: opts.nameUsers === true,
  });
  // rows, and not one note's text among them: the note column is empty, or it is not the column of the notes
  if (analysis.result.notes === 0) requireSomeRows(inputs, 'code', NO_NOTES_HINT, { shown: shownEarly, why: whyNoNotes(tables), what: 'a note' });

  if (!opts.quiet) {
    const c = colorFor(io.stderr, io.env);
    const warn = (file: string | null, msg: string) =>
      io.stderr.write(`${c.yellow('crm-audit: warning:')} ${file ? `${safeText(file)}: ` : ''}${safeText(msg)}\n`);
    // a notes file named after a person or a day is shown redacted here too, as in every output
    const shown = analysis.shownPath;
    for (const t of tables) {
      if (t.input.skipped) {
        // where, and why, for the first few (never the cell's content)
        for (const line of listedRowErrors(t.input, shown(t.input.path))) warn(null, line);
        warn(shown(t.input.path), skippedRows(t.input));
      }
      for (const w of t.input.warnings) warn(shown(t.input.path), w.message);
    }
    for (const c of copies) warn(shown(given[c.copy]!.shown), copyMessage(shown(given[c.of]!.shown), c.sameFile, 'notes'));
    for (const w of analysis.warnings) warn(w.file === null ? null : shown(w.file), w.message);
    // the names file's lines by number, never their text; its name redacted like the notes'
    for (const w of namesFile?.warnings ?? []) warn(formatWhere({ file: shown(opts.redact!), ...(w.line === null ? {} : { line: w.line }) }), w.message);
    if (opts.nameUsers) warn(null, 'respondents are shown by name (--name-users): for internal use only, never for the client report');
  }

  const titles = new Map<string, string>(THEMES.map((t) => [t.id, t.title]));
  for (const t of config?.themes ?? []) if (t.title) titles.set(t.id, t.title);
  let content: string;
  switch (format) {
    case 'json':
      content = `${JSON.stringify(analysis.result, null, 2)}\n`;
      break;
    case 'csv':
      // a file gets a byte-order mark, so that Excel reads it as UTF-8 (accents, other languages) and writes it back so
      content = (opts.out ? '\uFEFF' : '') + reviewSheet(analysis.coded);
      break;
    case 'table': {
      const colour = opts.out ? colorFor({ isTTY: false }, { NO_COLOR: '1' }) : colorFor(io.stdout, io.env);
      // a file gets a fixed width; a terminal its own
      const width = opts.out ? 120 : (io.stdout.columns ?? 100);
      content = renderSummary(analysis, colour, titles, { minGroupSize, minQuoteGroupSize, width });
      break;
    }
    default:
      throw new Error(`unreachable: ${format}`);
  }
  emit(content, opts, io, format);
  if (opts.out && !opts.quiet) io.stderr.write(`crm-audit: wrote ${safeText(opts.out)} (${analysis.result.notes} notes, ${format})\n`);
  return EXIT.ok;
}

export const interviewsCommand: CommandDef = {
  name: 'interviews',
  args: '<notes...>',
  summary: "code interview, focus-group and workshop notes into themes, sentiment and stances, anonymised",
  examples: [
    'crm-audit interviews notes.csv',
    'crm-audit interviews notes.csv --format csv --out coding.csv',
    'crm-audit interviews notes.csv --coding coding-reviewed.csv --format json --out voice.json',
    'crm-audit interviews interviews.csv workshop.csv --redact names.txt --config crm-audit.config.json',
  ],
  available: true,
  run,
};

