import type { CommandDef } from './command.js';

export const reportCommand: CommandDef = {
  name: 'report',
  summary: 'not available yet',
  examples: [],
  available: false,
  async run() {
    return 2;
  },
};
