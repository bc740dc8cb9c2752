// Spawned by processes.test.ts: starts a PDF render whose page never arrives, says where its browser is,
// and waits to be interrupted.
import { requireBrowser } from '../../src/report/browser.js';
import { renderPdf } from '../../src/report/pdf.js';

const never = new Promise<string>(() => undefined);
renderPdf(never, {
  browser: requireBrowser(),
  paper: 'a4',
  client: 'signal test',
  confidential: 'test',
  timeoutMs: 60_000,
  onLaunch: (info) => process.stdout.write(`${JSON.stringify(info)}\n`),
}).catch((e: unknown) => {
  process.stderr.write(`render failed: ${String(e)}\n`);
  process.exitCode = 1;
});
