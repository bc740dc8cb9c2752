// The answers file: its zod schema, derived from the questions, and how it is read. `crm-audit questionnaire`
// writes it; `analyze --answers` reads it; `crm-audit schema answers` prints its JSON Schema. A file may be
// partial (the questionnaire resumes it); every key it has must be a question's, with a value that question
// takes. A hand-written file is checked like the config: every problem at its line and column.
import { basename } from 'node:path';
import { z } from 'zod';
import { loadJson } from '../config/load.js';
import { QUESTIONNAIRE_VERSION, QUESTIONS, type Answers, type Question } from './questions.js';

const uniqueValues = (xs: readonly string[]) => new Set(xs).size === xs.length;

function describeChoices(q: Question & { choices: readonly { value: string; label: string }[] }): string {
  return `${q.text} ${q.choices.map((c) => `${c.value}: ${c.label}`).join('; ')}`;
}

/** The schema of one question's answer. */
export function answerSchema(q: Question): z.ZodType {
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
      const n = q.decimals ? z.number() : z.number().int();
      return n.min(q.min).max(q.max).describe(`${q.text} (${q.unit}, ${q.min} to ${q.max}${q.decimals ? '' : ', a whole number'})`);
    }
    case 'planned-fields':
      return z
        .strictObject({
          file: z.string().describe('the planned field list, by file name'),
          fields: z.number().int().min(0).describe('fields in the list'),
          high: z.number().int().min(0).describe('High Card fields among them'),
          low: z.number().int().min(0).describe('Low Card fields among them'),
          lowCard: z.array(z.string()).describe('the Low Card fields, by label'),
          lowCardRead: z.array(z.string()).describe('of those, the ones someone reads and acts on'),
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
    ...Object.fromEntries(QUESTIONS.map((q) => [q.id, answerSchema(q).optional()])),
  })
  .describe(
    'Answers to the crm-audit questionnaire, written by `crm-audit questionnaire` or by hand. Every key is optional: ' +
      'a partial file is resumed by `crm-audit questionnaire --answers FILE`, and the readiness checks score the questions answered.',
  );
export type AnswersFile = z.infer<typeof AnswersFile>;

/** Read and validate an answers file; `shown` is the path as the user gave it. */
export function loadAnswers(file: string, shown: string = file): Answers {
  return loadJson(AnswersFile, file, 'answers', shown) as Answers;
}

/** The answer to one question when it is valid, else undefined (answers inside a saved analysis are not re-checked on load). */
export function validAnswer(q: Question, answers: Answers): unknown {
  const v = answers[q.id];
  if (v === undefined) return undefined;
  const parsed = answerSchema(q).safeParse(v);
  return parsed.success ? parsed.data : undefined;
}

/** The answers file as written: its $schema if it has one, the version, then the questions in their order. */
export function orderedAnswers(answers: Answers): Record<string, unknown> {
  // a $schema a hand-written file points at (for an editor's completion) is kept
  const out: Record<string, unknown> = typeof answers['$schema'] === 'string' ? { $schema: answers['$schema'] } : {};
  out['questionnaire'] = QUESTIONNAIRE_VERSION;
  for (const q of QUESTIONS) if (answers[q.id] !== undefined) out[q.id] = answers[q.id];
  return out;
}

/** A planned field list's name as kept in the answers: the file's name only, never its folder. */
export const plannedFileName = (path: string): string => basename(path);
