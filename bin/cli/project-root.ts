import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The project folder (holding package.json and bin/sample-account), found from where the CLI runs:
 * bin/ under tsx, dist/cli/ when bundled.
 */
export function projectRoot(from: string): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'bin', 'sample-account'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return join(from, '..');
    dir = parent;
  }
}
