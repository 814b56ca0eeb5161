import { rules } from '../rules';
import { runCli } from './cli/run-cli';

// A reader that stops early (`| head`) closes the pipe: later writes fail with EPIPE, which the
// report writer handles; without a listener the stream's 'error' event would end the process.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});
runCli(process.argv.slice(2), rules, {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
}).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`config-rules: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
