import type { CommandDef } from './command.js';

export const questionnaireCommand: CommandDef = {
  name: 'questionnaire',
  summary: 'not available yet',
  examples: [],
  available: false,
  async run() {
    return 2;
  },
};
