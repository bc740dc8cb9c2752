#!/usr/bin/env node
// Thin launcher: everything lives in dist/cli (built by `npm run build`).
import { main } from '../dist/cli/main.js';

main(process.argv).then((code) => {
  process.exitCode = code;
});
