import { readFileSync } from 'node:fs';

// package.json sits one level above both src/ and dist/.
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
export const TOOL_VERSION: string = pkg.version;
export const TOOL_NAME = 'crm-audit' as const;
