// The command registry: one file per command in src/cli.
import type { CommandDef } from './command.js';
import { analyzeCommand } from './analyze.js';
import { classifyCommand } from './classify.js';
import { interviewsCommand } from './interviews.js';
import { questionnaireCommand } from './questionnaire.js';
import { reportCommand } from './report.js';
import { compareCommand } from './compare.js';
import { schemaCommand } from './schema.js';
import { initCommand } from './init.js';
import { doctorCommand } from './doctor.js';

export const COMMAND_DEFS: CommandDef[] = [
  analyzeCommand,
  classifyCommand,
  interviewsCommand,
  questionnaireCommand,
  reportCommand,
  compareCommand,
  schemaCommand,
  initCommand,
  doctorCommand,
];
