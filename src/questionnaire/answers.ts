// The answers file: its zod schema, derived from the questions, and how it is read. `crm-audit questionnaire`
// writes it; `analyze --answers` reads it; `crm-audit schema answers` prints its JSON Schema. A file may be
// partial (the questionnaire resumes it); every key it has must be a question's, with a value that question
// takes. A hand-written file is checked like the config: every problem at its line and column.
import { basename, resolve } from 'node:path';
import { usageError } from '../errors.js';
import { displayPath } from '../ingest/index.js';
import { z } from 'zod';
import { loadJson } from '../config/load.js';
import { isAsked, QUESTIONNAIRE_VERSION, QUESTIONS, type Answers, type Question } from './questions.js';

const uniqueValues = (xs: readonly string[]) => new Set(xs).size === xs.length;

function describeChoices(q: Question & { choices: readonly { value: string; label: string }[] }): string {
  return `${q.text} ${q.choices.map((c) => `${c.value}: ${c.label}`).join('; ')}`;
}

/** A name as the questionnaire writes it: no control characters or escape sequences, which a report would print. */
const plainText = z.string().regex(/^[^\u0000-\u001f\u007f-\u009f]*$/, 'no control characters');

/** The schema of one question's answer. */
function answerSchema(q: Question): z.ZodType {
  switch (q.kind) {
    case 'select': {
      const values = q.choices.map((c) => c.value) as [string, ...string[]];
      return z.enum(values).describe(describeChoices(q));
    }
    case 'checkbox': {
      const values = q.choices.map((c) => c.value) as [string, ...string[]];
      const exclusive = q.choices.filter((c) => c.exclusive).map((c) => c.value);
      return z
        .array(z.enum(values))
        .refine(uniqueValues, 'a choice is listed twice')
        .refine((xs) => xs.length <= 1 || !xs.some((x) => exclusive.includes(x)), `"${exclusive.join('", "')}" goes alone`)
        .describe(`${describeChoices(q)} (a list; an empty list means none)`);
    }
    case 'number': {
      const n = q.integer ? z.number().int(`a whole number of ${q.unit}`) : z.number();
      return n
        .min(q.min, `a number from ${q.min} to ${q.max}`)
        .max(q.max, `a number from ${q.min} to ${q.max}`).describe(`${q.text} (${q.integer ? 'a whole number of ' : ''}${q.unit}, ${q.min} to ${q.max})`);
    }
    case 'planned-fields':
      return z
        .strictObject({
          file: plainText
            .min(1)
            .regex(/^[^/\\]+$/, 'the file name only, without its folder')
            .describe('the planned field list, by file name (without its folder)'),
          fields: z.number().int().min(0).describe('fields in the list'),
          high: z.number().int().min(0).describe('High Card fields among them'),
          low: z.number().int().min(0).describe('Low Card fields among them'),
          lowCard: z.array(plainText).describe('the Low Card fields, by label'),
          lowCardRead: z.array(plainText).describe('of those, the ones someone reads and acts on'),
        })
        .refine((p) => p.lowCardRead.every((f) => p.lowCard.includes(f)), 'lowCardRead lists a field that is not in lowCard')
        .refine((p) => p.low === p.lowCard.length && p.high + p.low <= p.fields, 'the counts do not add up')
        .describe(q.text);
  }
}

export const AnswersFile = z
  .strictObject({
    $schema: z.string().optional().describe('the JSON Schema this file follows (ignored)'),
    questionnaire: z.string().optional().describe(`the version of the questions answered (this version asks ${QUESTIONNAIRE_VERSION})`),
    answeredOn: z.iso
      .date('a day as YYYY-MM-DD')
      .optional()
      .describe('the day the answers were last changed (YYYY-MM-DD); it dates an audit that has no exports or notes with dates'),
    ...Object.fromEntries(QUESTIONS.map((q) => [q.id, answerSchema(q).optional()])),
  })
  // an answer to a question an earlier answer made moot contradicts it ("counted: no", "used in reviews: yes")
  .superRefine((a, ctx) => {
    const answers = a as Answers;
    for (const q of QUESTIONS) {
      if (answers[q.id] === undefined || q.kind === 'planned-fields' || isAsked(q, answers)) continue;
      ctx.addIssue({ code: 'custom', path: [q.id], message: `this question is asked only ${q.whenText ?? 'in another case'}, and the other answers say otherwise` });
    }
  })
  .describe(
    'Answers to the crm-audit questionnaire, written by `crm-audit questionnaire` or by hand. Every key is optional: ' +
      'a partial file is resumed by `crm-audit questionnaire --answers FILE`, and the readiness checks score the questions answered. ' +
      'Some questions are asked only after certain answers (activityInReviews when calls and visits are counted, ownToolsPlan when reps ' +
      'keep tools of their own, mobileAccess unless repData is "none"): an answer to one the other answers made moot is refused, as is ' +
      '"none" ticked beside another choice.',
  );
export type AnswersFile = z.infer<typeof AnswersFile>;

/** Read and validate an answers file; `shown` is the path as the user gave it. */
export function loadAnswers(file: string, shown: string = file): Answers {
  return loadJson(AnswersFile, file, 'answers', shown) as Answers;
}

/**
 * An answers file for an analysis: validated, and refused when it answers no question (an empty file is a mistake
 * there, though the questionnaire resumes one). A file from another version of the questions is said.
 */
export function readAnswers(file: string, cwd: string, notice?: (message: string) => void): Answers {
  const full = resolve(cwd, file);
  const shown = displayPath(full, cwd);
  const answers = loadAnswers(full, shown);
  if (!answersForResult(answers)) {
    throw usageError('the answers file answers no question', {
      where: { file: shown },
      hint: 'answer the questions with `crm-audit questionnaire --answers FILE`, or leave --answers out',
    });
  }
  const version = answers['questionnaire'];
  if (typeof version === 'string' && version !== QUESTIONNAIRE_VERSION) {
    notice?.(`${shown}: answers version ${version} of the questions; this crm-audit asks version ${QUESTIONNAIRE_VERSION}, and reads the answers it knows`);
  }
  return answers;
}

/** The answer to one question when it is valid, else undefined (answers inside a saved analysis are not re-checked on load). */
export function validAnswer(q: Question, answers: Answers): unknown {
  const v = answers[q.id];
  if (v === undefined) return undefined;
  const parsed = answerSchema(q).safeParse(v);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The answers file as written: its $schema if it has one (kept for an editor's completion, though not in an
 * analysis), the version and the day, then the questions in their order. The questionnaire writes its own
 * version; an analysis keeps the version the file says it answered (`forAnalysis`).
 */
export function orderedAnswers(answers: Answers, opts: { forAnalysis?: boolean } = {}): Record<string, unknown> {
  const out: Record<string, unknown> = !opts.forAnalysis && typeof answers['$schema'] === 'string' ? { $schema: answers['$schema'] } : {};
  const given = answers['questionnaire'];
  out['questionnaire'] = opts.forAnalysis && typeof given === 'string' ? given : QUESTIONNAIRE_VERSION;
  if (typeof answers['answeredOn'] === 'string') out['answeredOn'] = answers['answeredOn'];
  for (const q of QUESTIONS) if (answers[q.id] !== undefined) out[q.id] = answers[q.id];
  return out;
}

/** A planned field list's name as kept in the answers: the file's name only, never its folder. */
export const plannedFileName = (path: string): string => basename(path);

/** The answers as the analysis carries them (`answers` in the JSON): the file less its `$schema`; none when nothing is answered. */
export function answersForResult(answers: Answers | undefined): Record<string, unknown> | undefined {
  if (!answers) return undefined;
  const out = orderedAnswers(answers, { forAnalysis: true });
  return QUESTIONS.some((q) => out[q.id] !== undefined) ? out : undefined;
}

/** The day the answers were given (its midnight, UTC, as `--now DAY` reads it): it dates an audit with no other date. */
export function answeredOn(answers: Answers | undefined): number | null {
  const day = answers?.['answeredOn'];
  return typeof day === 'string' ? Date.parse(`${day}T00:00:00Z`) : null;
}

/**
 * How much of the questionnaire was answered: the questions answered (validly) of those asked, given the other
 * answers (the planned field list only when it was answered), the situation included, as the questionnaire counts
 * them. Null without answers.
 */
export function questionnaireCoverage(answers: Answers | undefined): { answered: number; asked: number } | null {
  if (!answers || !answersForResult(answers)) return null;
  const asked = QUESTIONS.filter((q) => isAsked(q, answers));
  return { answered: asked.filter((q) => validAnswer(q, answers) !== undefined).length, asked: asked.length };
}
