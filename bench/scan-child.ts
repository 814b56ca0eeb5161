/**
 * Child process of bench/scan.ts: runs the CLI's scan (same code path as `config-rules scan --format
 * json --output FILE`) on one file and prints its wall time and peak RSS as JSON. A separate process,
 * so its peak RSS is the scanner's alone.
 */
import { Writable } from 'node:stream';
import { runCli } from '../bin/cli/run-cli';
import { rules } from '../rules';

async function main(): Promise<void> {
  const [input, output, format = 'json'] = process.argv.slice(2);
  if (input === undefined || output === undefined) throw new Error('usage: scan-child INPUT OUTPUT [FORMAT]');
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  const started = process.hrtime.bigint();
  const status = await runCli(['scan', input, '--format', format, '--output', output], rules, {
    stdout: sink,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: {},
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(`${JSON.stringify({ status, seconds, maxRssKb: process.resourceUsage().maxRSS })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 3;
});
