import { Worker } from 'node:worker_threads';
import type { StartScanWorker } from '../../rule-kit/scanner/scan-worker-client';

/**
 * How to start the scan worker from `entry`, the CLI's own module: the esbuild bundle starts itself
 * (it runs the worker loop when `isScanWorker()`); the TypeScript source under tsx needs tsx loaded in
 * the new thread first.
 */
// The worker's allocations are short-lived (parsed runs of about 48 KiB); a young generation of 8 MB
// rather than V8's default keeps 10–20 MB off the 1M-item peak RSS (266–279 MB against 282–286 MB in
// alternating runs; 16 MB before) at no measurable cost in time (100,000 items: 1.67 s against 1.77 s).
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 8 };

export function scanWorkerStarter(entry: string): StartScanWorker {
  if (entry.endsWith('.ts')) {
    const code = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(entry)});`;
    return (data) => new Worker(code, { eval: true, workerData: data, resourceLimits: RESOURCE_LIMITS });
  }
  return (data) => new Worker(entry, { workerData: data, resourceLimits: RESOURCE_LIMITS });
}

/**
 * The scan's worker option from the environment: `CONFIG_RULES_WORKERS=0` keeps everything on one
 * thread, `=1` uses the worker whatever the input size (tests), anything else lets the scan decide.
 */
export function workerOption(
  start: StartScanWorker | undefined,
  env: Readonly<Record<string, string | undefined>>,
): { readonly start: StartScanWorker; readonly minBytes?: number } | undefined {
  const setting = env['CONFIG_RULES_WORKERS'];
  if (start === undefined || setting === '0') return undefined;
  return setting === '1' ? { start, minBytes: 0 } : { start };
}
