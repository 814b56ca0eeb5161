import { join } from 'node:path';
import { scanWorkerStarter } from '../../../bin/cli/start-scan-worker';
import { fileSource, formatJson, MemoryEvaluationStore, scan, StringTextOutput, type ScanOptions, type ScanReport } from '../../../rule-kit/scanner';

/** Starts scan-worker-entry.ts as the scan's worker thread. */
export const startTestWorker = scanWorkerStarter(join(__dirname, 'scan-worker-entry.ts'));

export type FileScanOptions = ScanOptions & { readonly files: readonly string[] };

/** `scan` over files, as the CLI reads them. */
export function scanFiles({ files, ...options }: FileScanOptions): Promise<ScanReport> {
  return scan(fileSource(files), options);
}

/** The JSON report, as the CLI writes it. */
export async function renderJson(report: ScanReport | Promise<ScanReport>): Promise<string> {
  const out = new StringTextOutput();
  await formatJson(await report, out);
  return out.toString();
}

/**
 * `scan` on both paths: with the worker thread whatever the input size, and on one thread; fails
 * unless both give the same JSON report, byte for byte, and returns the one-thread report (on the
 * store the test passed, if any). Every scanner test that scans through it covers both paths.
 */
export async function scanUnderTest(options: FileScanOptions): Promise<ScanReport> {
  const { store, worker: _worker, ...rest } = options;
  const threaded = await renderJson(scanFiles({ ...rest, store: new MemoryEvaluationStore(), worker: { start: startTestWorker, minBytes: 0 } }));
  const report = await scanFiles({ ...rest, ...(store === undefined ? {} : { store }) });
  const single = await renderJson(report);
  if (threaded !== single) {
    throw new Error(`the worker path's report differs from the one-thread report:\n--- worker\n${threaded}\n--- one thread\n${single}`);
  }
  return report;
}
