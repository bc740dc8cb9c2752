// The shape of one command file in src/cli: commander wiring is derived from it in main.ts.
import type { StartedChromium } from '../report/chromium.js';
import type { CommandName, OptionValues } from './options.js';

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** a browser bin/crm-audit.js started before the command loaded, because the command line asks for a PDF */
  startedBrowser?: StartedChromium | undefined;
}

export interface CommandDef {
  name: CommandName;
  /** commander argument syntax, e.g. '<files...>' */
  args?: string;
  summary: string;
  /** real examples shown at the end of --help */
  examples: string[];
  /** false: registered, but says "not available yet" and exits 2 */
  available: boolean;
  run(args: string[], opts: OptionValues, io: Io): Promise<number>;
}
