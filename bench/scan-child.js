'use strict';
/*
 * Child process of bench/scan.ts: runs the CLI exactly as a user does (a bin/config-rules.js, which loads
 * its cached bundle) with the given arguments, and prints its wall time, exit status and peak RSS as
 * JSON when the process exits. A separate process, so the peak RSS is the scanner's alone. Plain
 * JavaScript so no TypeScript loader sits in the measured process.
 */
const started = process.hrtime.bigint();
process.on('exit', (code) => {
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const usage = process.resourceUsage();
  const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  process.stdout.write(`${JSON.stringify({ status: code, seconds, cpuSeconds, maxRssKb: usage.maxRSS })}\n`);
});
// The CLI to run (this checkout's, or another's to compare with) comes first.
const [cli, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], cli, ...args];
require(cli);
