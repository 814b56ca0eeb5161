/**
 * `npm run bench:periodic`: one periodic run of the ebs-snapshot-public Lambda handler over 20,000 and
 * 100,000 snapshots (after a 0-snapshot baseline run) against a loopback AWS stand-in with added
 * per-call latency. Prints wall time, calls by operation against the paging floor, peak RSS against the
 * baseline's, and checks that every evaluation reached Config exactly once. Exits 1 when a run fails a
 * check (a handler error, a call above the floor, an evaluation missing or sent twice).
 *
 *   npx tsx bench/periodic.ts [--sizes 20000,100000] [--latency 20] [--timeout 900000] [--live-heap] [--heap-cap MB]
 *
 * --heap-cap runs the handler with --max-old-space-size=MB: it completes only if what it keeps fits.
 * --live-heap samples the handler's heap after a forced GC every 200 ms (what the run keeps alive, as
 * against what it allocates); it slows the run, so its times are not the benchmark's.
 */
import { parseArgs } from 'node:util';
import { checkMeasurement, formatMeasurement, measureRun } from './periodic/index';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '20000,100000' },
      latency: { type: 'string', default: '20' },
      timeout: { type: 'string', default: '900000' },
      'live-heap': { type: 'boolean', default: false },
      'heap-cap': { type: 'string' },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  const options = {
    latencyMs: Number(values.latency),
    timeoutMs: Number(values.timeout),
    liveHeap: values['live-heap'],
    ...(values['heap-cap'] === undefined ? {} : { heapCapMb: Number(values['heap-cap']) }),
  };
  if (sizes.some((size) => !Number.isInteger(size) || size < 0) || !(options.latencyMs >= 0) || !(options.timeoutMs > 0)) {
    process.stderr.write('usage: bench/periodic.ts [--sizes N,N...] [--latency MS] [--timeout MS]\n');
    process.exitCode = 2;
    return;
  }
  process.stdout.write(`Node ${process.version}, ${options.latencyMs} ms added per call, ${options.timeoutMs / 1000} s Lambda timeout\n\n`);
  const baseline = await measureRun(0, options);
  const problems = checkMeasurement(baseline).map((problem) => `baseline: ${problem}`);
  process.stdout.write(`${formatMeasurement(baseline, baseline.child.maxRssKb)}\n\n`);
  const rss: number[] = [];
  for (const size of sizes) {
    const measurement = await measureRun(size, options);
    rss.push(measurement.child.maxRssKb);
    problems.push(...checkMeasurement(measurement).map((problem) => `${size}: ${problem}`));
    process.stdout.write(`${formatMeasurement(measurement, baseline.child.maxRssKb)}\n\n`);
  }
  if (sizes.length >= 2) {
    const first = sizes[0] ?? 0;
    const last = sizes[sizes.length - 1] ?? 0;
    const growth = ((rss[rss.length - 1] ?? 0) - (rss[0] ?? 0)) * 1024;
    process.stdout.write(
      `memory: ${(growth / 1024 / 1024).toFixed(1)} MB more peak RSS for ${(last - first).toLocaleString('en-US')} more snapshots ` +
        `(${(growth / Math.max(1, last - first)).toFixed(0)} bytes each)\n`,
    );
  }
  for (const problem of problems) process.stdout.write(`FAIL ${problem}\n`);
  if (problems.length > 0) process.exitCode = 1;
}

void main();
