import { z } from 'zod';
import { Config } from '../config/config-schema.js';
import { RulesFile } from '../config/rules-schema.js';
import { usageError } from '../errors.js';
import { Editorial } from '../report/editorial.js';
import { AuditResult } from '../result/schema.js';
import { AnswersFile } from '../questionnaire/answers.js';
import type { CommandDef } from './command.js';
import { EXIT } from './exit-codes.js';
import { emit } from './output.js';
import { safeText } from './term.js';

// The JSON Schemas printed by `crm-audit schema`, all derived from the zod schemas the tool validates with.
export const SCHEMAS: Record<string, { schema: z.ZodType; title: string }> = {
  config: { schema: Config, title: 'crm-audit config file' },
  rules: { schema: RulesFile, title: 'crm-audit classification rules' },
  analysis: { schema: AuditResult, title: 'crm-audit analysis (AuditResult)' },
  editorial: { schema: Editorial, title: 'crm-audit report editorial file (--editorial)' },
  answers: { schema: AnswersFile, title: 'crm-audit questionnaire answers (crm-audit questionnaire, analyze --answers)' },
};

export const schemaCommand: CommandDef = {
  name: 'schema',
  args: '<name>',
  summary: 'print the JSON Schema of a file crm-audit reads or writes: config, rules, answers, analysis or editorial',
  examples: [
    'crm-audit schema analysis > analysis.schema.json',
    'crm-audit schema config --out config.schema.json',
    'crm-audit schema editorial > editorial.schema.json',
    'crm-audit schema answers > answers.schema.json',
  ],
  available: true,
  async run(args, opts, io) {
    const name = args[0] ?? '';
    if (!(name in SCHEMAS)) {
      throw usageError(`unknown schema "${name}"`, { hint: `use one of ${Object.keys(SCHEMAS).join(', ')}` });
    }
    const entry = SCHEMAS[name]!;
    const json = z.toJSONSchema(entry.schema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'output' });
    emit(`${JSON.stringify({ title: entry.title, ...json }, null, 2)}\n`, opts, io, 'json');
    if (opts.out && !opts.quiet) io.stderr.write(`crm-audit: wrote ${safeText(opts.out)} (the ${name} schema)\n`);
    return EXIT.ok;
  },
};
