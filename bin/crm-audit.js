#!/usr/bin/env node
// Thin launcher: the command is dist/crm-audit.mjs, one file bundled from dist/cli by `npm run build`.
import { main } from '../dist/crm-audit.mjs';

main(process.argv).then((code) => {
  process.exitCode = code;
});
