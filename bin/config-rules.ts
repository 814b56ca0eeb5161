import { isScanWorker, runScanWorker } from '../rule-kit/scanner/scan-worker';
import { rules } from '../rules';
import { runCli } from './cli/run-cli';
import { scanWorkerStarter } from './cli/start-scan-worker';
import { tuneV8ForScan } from './cli/tune-v8';

// The same module (or bundle) is the scan's worker thread: it then evaluates batches instead.
tuneV8ForScan();
if (isScanWorker()) {
  runScanWorker(rules);
} else {
  runCli(process.argv.slice(2), rules, {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    startScanWorker: scanWorkerStarter(__filename),
  }).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      process.stderr.write(`config-rules: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
