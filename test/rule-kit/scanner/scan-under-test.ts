import { join } from 'node:path';
import { scanWorkerStarter } from '../../../bin/cli/start-scan-worker';
import { fileSource, scan, type ScanOptions, type ScanReport } from '../../../rule-kit/scanner';

/** Starts scan-worker-entry.ts as the scan's worker thread. */
export const startTestWorker = scanWorkerStarter(join(__dirname, 'scan-worker-entry.ts'));

export type FileScanOptions = ScanOptions & { readonly files: readonly string[] };

/** `scan` over files, as the CLI reads them. */
export function scanFiles({ files, ...options }: FileScanOptions): Promise<ScanReport> {
  return scan(fileSource(files), options);
}

/**
 * `scan`, on the worker path whatever the input size when CONFIG_RULES_WORKERS=1 (so the whole suite
 * runs on both paths: `CONFIG_RULES_WORKERS=1 npx jest test/rule-kit/scanner`), else on one thread.
 */
export function scanUnderTest(options: FileScanOptions): Promise<ScanReport> {
  if (process.env['CONFIG_RULES_WORKERS'] !== '1') return scanFiles(options);
  return scanFiles({ ...options, worker: { start: startTestWorker, minBytes: 0 } });
}
