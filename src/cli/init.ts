import type { CommandDef } from './command.js';

export const initCommand: CommandDef = {
  name: 'init',
  summary: 'not available yet',
  examples: [],
  available: false,
  async run() {
    return 2;
  },
};
