// The command's one-file bundle: dist/cli/main.js and the libraries it imports, in dist/crm-audit.mjs; and
// dist/early.mjs, the browser's head start that bin/crm-audit.js loads first.
// A cold `crm-audit` spends about half its start-up resolving and compiling some 300 separate modules;
// one file halves that (0.5 s to 0.25 s for `--version` on the 2-core machines this was measured on).
// puppeteer-core stays outside: it is loaded from node_modules only when a PDF is rendered.
// The library API (dist/index.js) is not bundled. Run after `tsc` (npm run build does both).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  external: ['puppeteer-core'],
  // CommonJS dependencies (handlebars, sentiment, cli-table3) call require(): give the bundle a real one.
  banner: { js: "import { createRequire as __crmAuditRequire } from 'node:module';\nconst require = __crmAuditRequire(import.meta.url);" },
  // the libraries' licence comments are kept, at the end of the file
  legalComments: 'eof',
  // sentiment's require('../languages/' + code) serves languages other than English, which are never loaded
  logOverride: { 'unsupported-require-call': 'silent', 'empty-glob': 'silent' },
  logLevel: 'warning',
};

await build({ ...common, entryPoints: ['dist/cli/main.js'], outfile: 'dist/crm-audit.mjs' });
// The browser's head start (src/cli/early-browser.ts), loaded by bin/crm-audit.js before the command itself:
// a few small modules, so that Chromium is already starting while the command loads.
await build({ ...common, entryPoints: ['dist/cli/early-browser.js'], outfile: 'dist/early.mjs' });
