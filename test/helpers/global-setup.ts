// The CLI tests spawn the built bin: build once before the suite when dist/ is missing or older than src/ or
// templates/ (the compiled modules, the command's one-file bundle and the precompiled templates, as
// `npm run build` does).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export default function setup(): void {
  const marker = join(root, 'dist/crm-audit.mjs');
  const stale =
    !existsSync(marker) ||
    Math.max(newest(join(root, 'src')), newest(join(root, 'templates'))) > statSync(marker).mtimeMs;
  if (stale) {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
      cwd: root,
      stdio: 'inherit',
    });
    execFileSync(process.execPath, [join(root, 'scripts/precompile-templates.mjs')], { cwd: root, stdio: 'inherit' });
    execFileSync(process.execPath, [join(root, 'scripts/bundle.mjs')], { cwd: root, stdio: 'inherit' });
  }
}
