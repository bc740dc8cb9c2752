#!/usr/bin/env node
// Thin launcher: the command is dist/crm-audit.mjs, one file bundled from dist/cli by `npm run build`.
// When the command line asks for a PDF, the browser is started first (dist/early.mjs, a few small modules),
// so that its launch overlaps the loading of the command and the analysis.
import { startBrowserEarly } from '../dist/early.mjs';

const browser = startBrowserEarly(process.argv);
const { main } = await import('../dist/crm-audit.mjs');

main(process.argv, undefined, browser).then((code) => {
  process.exitCode = code;
});
