import type { CommandDef } from './command.js';

export const compareCommand: CommandDef = {
  name: 'compare',
  summary: 'not available yet',
  examples: [],
  available: false,
  async run() {
    return 2;
  },
};
