// Prints the README's option table from the one declaration in src/cli/options.ts.
// `npx tsx scripts/options-doc.ts` — test/cli/readme.test.ts checks that the README holds this exact table.
import { COMMANDS, OPTIONS, type OptionKey } from '../src/cli/options.js';

export function optionsTable(): string {
  const rows = (Object.keys(OPTIONS) as OptionKey[]).map((k) => {
    const o = OPTIONS[k];
    const cmds = o.commands.length === COMMANDS.length ? 'all' : o.commands.join(', ');
    return `| \`${o.flags}\` | ${o.description.replace(/\|/g, '\\|')} | ${cmds} |`;
  });
  return ['| option | what it does | commands |', '| --- | --- | --- |', ...rows].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(optionsTable());
