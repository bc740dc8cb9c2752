// The questionnaire at a terminal: the only file that imports inquirer (DESIGN.md section 7). The questions,
// their order and their branching are data in questions.ts; this file turns each into a prompt (select,
// checkbox, number, or a checkbox over a planned field list's Low Card fields) and hands the answers to `save`
// after every one, so that Ctrl-C loses nothing. The prompt functions are a parameter: tests drive them.
import { checkbox, input, select } from '@inquirer/prompts';
import { stripVTControlCharacters } from 'node:util';
import type { ChalkInstance } from 'chalk';
import { safeText } from '../report/safe-text.js';
import {
  isAsked,
  QUESTIONS,
  questionText,
  SECTIONS,
  type Answers,
  type CheckboxQuestion,
  type Choice,
  type NumberQuestion,
  type PlannedFieldsAnswer,
  type PlannedFieldsQuestion,
  type SelectQuestion,
} from './questions.js';

export interface Prompts {
  select: typeof select;
  checkbox: typeof checkbox;
  input: typeof input;
}

/** The real prompts. */
export const INQUIRER: Prompts = { select, checkbox, input };

export interface Terminal {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** colour as the output takes it (NO_COLOR, not a terminal: none) */
  color: ChalkInstance;
}

/** A planned field list, classified: all that its answer holds but the consultant's ticks. */
export type PlannedList = Omit<PlannedFieldsAnswer, 'lowCardRead'>;

export interface AskOptions {
  terminal: Terminal;
  /** the answers so far: a resumed file's, and the situation the command line gives */
  answers: Answers;
  /** the planned field list (`--fields`); without it its question is not asked */
  planned?: PlannedList | undefined;
  prompts?: Prompts;
  /** called after every answer, with every answer so far */
  save(answers: Answers): void;
}

/** Did the person at the terminal stop the questionnaire (Ctrl-C, or the terminal closed)? */
export function isInterrupt(err: unknown): boolean {
  return err instanceof Error && err.name === 'ExitPromptError';
}

const context = (t: Terminal) => ({ input: t.input, output: t.output });

type Style = (s: string) => string;

/** Prose is wrapped at the terminal's width, and no wider than this, to be read. */
const MAX_WIDTH = 100;

/** The terminal's width now (it may be resized between two questions), at most MAX_WIDTH. */
export function widthOf(t: Pick<Terminal, 'output'>): number {
  // one column short of the edge: a line that fills it leaves the cursor in a state inquirer miscounts
  return Math.min(MAX_WIDTH, ((t.output as { columns?: number }).columns || 80) - 1);
}

/**
 * Word-wrap styled text to `width` columns, the lines after the first indented by `indent` spaces (the first
 * follows a prompt's prefix or cursor, which takes that room). Inquirer cuts a line too long for the terminal
 * wherever it reaches the edge, inside a word; wrapped here, it never needs to. Each word keeps its style.
 */
export function wrapStyled(parts: ReadonlyArray<readonly [string, Style]>, width: number, indent: number): string {
  const room = Math.max(20, width - indent);
  const lines: string[][] = [[]];
  let used = 0;
  for (const [text, style] of parts) {
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const line = lines[lines.length - 1]!;
      if (line.length && used + 1 + word.length > room) {
        lines.push([style(word)]);
        used = word.length;
      } else {
        line.push(style(word));
        used += (line.length > 1 ? 1 : 0) + word.length;
      }
    }
  }
  return lines.map((l) => l.join(' ')).join(`\n${' '.repeat(indent)}`);
}

/**
 * The question's wording, then its help on lines of its own while it is asked (`last`: a line after the help).
 * Once answered, the question and the answer: after its last line when the answer fits there, else under it.
 */
function messageTheme(t: Terminal, help: string, last?: string) {
  const c = t.color;
  let room = 0; // what the question's last line leaves, once answered
  return {
    style: {
      message: (text: string, status: string) => {
        const width = widthOf(t);
        const question = wrapStyled([[text, c.bold]], width, 2);
        // the first line follows the prefix (✔ and a space); the others hold their indent
        const lastLine = question.lastIndexOf('\n');
        room = width - (lastLine < 0 ? 2 : 0) - stripVTControlCharacters(question.slice(lastLine + 1)).length - 1;
        if (status === 'done') return question;
        return [question, `  ${wrapStyled([[help, c.dim]], width, 2)}`, ...(last ? [`  ${last}`] : [])].join('\n');
      },
      answer: (text: string) => (text.length <= room ? c.cyan(text) : `\n  ${wrapStyled([[text, c.cyan]], widthOf(t), 2)}`),
    },
  };
}

/**
 * Choices with their hints, wrapped to the terminal (`indent`: where a choice's text starts, after the cursor),
 * and the page that shows them all: inquirer's page size counts lines, not choices.
 */
function choices(options: readonly Choice[], t: Terminal, indent: number) {
  const plain = (s: string) => s;
  const list = options.map((o) => ({
    value: o.value,
    name: wrapStyled([[o.label, plain], ...(o.hint ? ([[`(${o.hint})`, t.color.dim]] as const) : [])], widthOf(t), indent),
    short: o.label,
  }));
  return { choices: list, pageSize: list.reduce((n, o) => n + o.name.split('\n').length, 0), loop: false };
}

interface Asking<Q> {
  q: Q;
  message: string;
  prompts: Prompts;
  terminal: Terminal;
}

function askSelect({ q, message, prompts, terminal }: Asking<SelectQuestion>): Promise<string> {
  return prompts.select(
    { message, ...choices(q.choices, terminal, 2), theme: messageTheme(terminal, q.help) },
    context(terminal),
  );
}

/** The error a checkbox answer gets, or true: an exclusive choice ("None of these") goes alone, and something is ticked. */
export function checkboxProblem(q: CheckboxQuestion, ticked: readonly string[]): string | true {
  const exclusive = q.choices.filter((o) => o.exclusive);
  const alone = exclusive.find((o) => ticked.includes(o.value));
  if (alone && ticked.length > 1) return `"${alone.label}" cannot be ticked with another choice`;
  if (ticked.length === 0) {
    return exclusive.length ? `Tick at least one (space), or "${exclusive[0]!.label}"` : 'Tick at least one (space)';
  }
  return true;
}

function askCheckbox({ q, message, prompts, terminal }: Asking<CheckboxQuestion>): Promise<string[]> {
  return prompts.checkbox(
    {
      message,
      ...choices(q.choices, terminal, 3),
      validate: (ticked) => checkboxProblem(q, ticked.map((t) => t.value)),
      // "all" would tick "None of these" with the rest
      ...(q.choices.some((o) => o.exclusive) ? { shortcuts: { all: null } } : {}),
      theme: messageTheme(terminal, q.help),
    },
    context(terminal),
  );
}

/**
 * A number as a person types it: digits, with a decimal point or a decimal comma ("27,5", as much of Europe
 * writes it). Anything else (hex, an exponent, a sign, words) is not a number here: undefined.
 */
export function readTyped(text: string): number | undefined {
  // "1,000" could be a thousand or one: neither is taken
  if (/^\s*\d+,\d{3}\s*$/.test(text)) return undefined;
  const m = /^\s*(\d+)(?:[.,](\d+))?\s*$/.exec(text);
  return m ? Number(`${m[1]}.${m[2] ?? '0'}`) : undefined;
}

/** The error a number answer gets, or true. */
export function numberProblem(q: NumberQuestion, value: number | undefined): string | true {
  const range = `${q.min} to ${q.max}`;
  if (value === undefined || Number.isNaN(value)) return `Give a number of ${q.unit}, ${range}${q.integer ? '' : ' (27.5 or 27,5 for a fraction)'}`;
  if (value < q.min || value > q.max) return `Give a number from ${range}`;
  if (q.integer && !Number.isInteger(value)) return `Give a whole number of ${q.unit}`;
  return true;
}

async function askNumber({ q, message, prompts, terminal }: Asking<NumberQuestion>): Promise<number> {
  // the number is typed on a line of its own, after the unit; once answered, it follows the question. Typed as
  // text and read here, so that "27,5" is a number and "0x10" or "1e2" are not.
  const unit = `${q.unit[0]!.toUpperCase()}${q.unit.slice(1)} (${q.min} to ${q.max}):`;
  const typed = await prompts.input(
    { message, required: true, validate: (v) => numberProblem(q, readTyped(v)), theme: messageTheme(terminal, q.help, unit) },
    context(terminal),
  );
  return readTyped(typed)!;
}

async function askPlanned({ message, prompts, terminal, q, planned }: Asking<PlannedFieldsQuestion> & { planned: PlannedList }): Promise<PlannedFieldsAnswer> {
  const c = terminal.color;
  const file = safeText(planned.file);
  if (planned.lowCard.length === 0) {
    terminal.output.write(`${c.dim(`  ${file}: none of its ${planned.fields} fields is a Low Card control; nothing to tick.`)}\n`);
    return { ...planned, lowCard: [], lowCardRead: [] };
  }
  const help = `${q.help} ${file} has ${planned.low} Low Card fields among its ${planned.fields}.`;
  const read = await prompts.checkbox(
    {
      message,
      choices: planned.lowCard.map((label) => ({ value: label, name: safeText(label) })),
      pageSize: 12,
      loop: false,
      theme: {
        style: {
          ...messageTheme(terminal, help).style,
          renderSelectedChoices: (ticked: readonly unknown[]) => `${ticked.length} of ${planned.lowCard.length} ticked`,
        },
      },
    },
    context(terminal),
  );
  return { ...planned, lowCard: [...planned.lowCard], lowCardRead: read };
}

/**
 * An answer to a follow-up question an earlier answer now makes moot (a hand-written file answered "used in
 * reviews" before "counted" was asked, and "counted" is now "no") is dropped, and said, so that the file written
 * is one the questionnaire and analyze accept.
 */
function dropMoot(answers: Answers, terminal: Terminal): Answers {
  const out: Record<string, unknown> = { ...answers };
  for (const q of QUESTIONS) {
    if (q.kind === 'planned-fields' || out[q.id] === undefined || isAsked(q, out)) continue;
    delete out[q.id];
    terminal.output.write(`${terminal.color.dim(`  (the earlier answer to "${q.short}" no longer applies and is dropped)`)}\n`);
  }
  return out;
}

/**
 * Ask, in order, every question the answers so far leave unanswered and the branching asks; a section's
 * heading when the section changes. Returns the answers, and how many were given here.
 */
export async function askQuestions(opts: AskOptions): Promise<{ answers: Answers; asked: number }> {
  const { terminal, planned } = opts;
  const prompts = opts.prompts ?? INQUIRER;
  const c = terminal.color;
  let answers: Answers = { ...opts.answers };
  let section: string | undefined;
  let asked = 0;
  for (const q of QUESTIONS) {
    if (answers[q.id] !== undefined || !isAsked(q, answers, { plannedFields: planned !== undefined })) continue;
    if (q.section !== section) {
      section = q.section;
      terminal.output.write(`\n${c.bold(`── ${SECTIONS[q.section]}`)}\n`);
    }
    const message = questionText(q, answers['situation']);
    let value: unknown;
    switch (q.kind) {
      case 'select':
        value = await askSelect({ q, message, prompts, terminal });
        break;
      case 'checkbox':
        value = await askCheckbox({ q, message, prompts, terminal });
        break;
      case 'number':
        value = await askNumber({ q, message, prompts, terminal });
        break;
      case 'planned-fields':
        value = await askPlanned({ q, message, prompts, terminal, planned: planned! });
        break;
    }
    answers = dropMoot({ ...answers, [q.id]: value }, terminal);
    asked++;
    opts.save(answers);
  }
  return { answers, asked };
}
