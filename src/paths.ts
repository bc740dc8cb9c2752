// Where the package itself lives, found from this module's own location by walking up to crm-audit's
// package.json. It holds both for the compiled modules (dist/**) and for the one-file bundle the
// command runs (dist/crm-audit.mjs), which sit at different depths.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  let dir = dirname(from);
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      try {
        if ((JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown }).name === 'crm-audit') return dir;
      } catch {
        // not ours: keep looking
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`crm-audit: cannot find the package folder above ${from}`);
    dir = up;
  }
}

/** The package's folder: package.json, templates/ and (in a clone) node_modules/ are here. */
export const PACKAGE_ROOT: string = findRoot(fileURLToPath(import.meta.url));
