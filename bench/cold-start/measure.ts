import { spawnSync } from 'node:child_process';

export class ChildProcessFailedError extends Error {
  override readonly name = 'ChildProcessFailedError';
  constructor(
    readonly script: string,
    readonly status: number | null,
    readonly stderr: string,
  ) {
    super(`node -e ${JSON.stringify(script)} exited with ${String(status)}: ${stderr.slice(0, 500)}`);
  }
}

/** Wall-clock milliseconds of one fresh `node -e <script>` in `cwd`: process start, load, exit. */
export function timeNode(script: string, cwd: string): number {
  // A minimal environment, as in Lambda: no NODE_OPTIONS or NODE_PATH from the caller.
  const env = { PATH: process.env['PATH'] ?? '', AWS_REGION: 'us-east-1', AWS_LAMBDA_FUNCTION_NAME: 'cold-start-bench' };
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['-e', script], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new ChildProcessFailedError(script, result.status, result.stderr.toString());
  return elapsed;
}

/** The script each bundle run executes: what Lambda's init does with `index.handler`. */
export const LOAD_BUNDLE = 'const m = require("./index.js"); if (typeof m.handler !== "function") process.exit(3);';
export const BARE = '0';
