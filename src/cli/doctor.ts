import type { CommandDef } from './command.js';

export const doctorCommand: CommandDef = {
  name: 'doctor',
  summary: 'not available yet',
  examples: [],
  available: false,
  async run() {
    return 2;
  },
};
