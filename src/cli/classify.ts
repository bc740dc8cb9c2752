import type { CommandDef } from './command.js';

export const classifyCommand: CommandDef = {
  name: 'classify',
  summary: 'not available yet',
  examples: [],
  available: false,
  async run() {
    return 2;
  },
};
