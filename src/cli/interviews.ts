import type { CommandDef } from './command.js';

export const interviewsCommand: CommandDef = {
  name: 'interviews',
  summary: 'not available yet',
  examples: [],
  available: false,
  async run() {
    return 2;
  },
};
