import { rules } from '../rules';
import { runCli } from './cli/run-cli';

runCli(process.argv.slice(2), rules, { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env }).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`config-rules: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
