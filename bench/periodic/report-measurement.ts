import type { Measurement } from './measure-run';

/** What a run must show: the handler succeeded, every evaluation arrived once, and no call above the floor. */
export function checkMeasurement(measurement: Measurement): string[] {
  const problems: string[] = [];
  const { workload, child, calls, floor, received } = measurement;
  if (child.error !== undefined) problems.push(`the handler failed: ${child.error.name}: ${child.error.message}`);
  for (const operation of new Set([...Object.keys(calls), ...Object.keys(floor)])) {
    if (calls[operation] !== floor[operation]) problems.push(`${operation}: ${calls[operation] ?? 0} calls, floor ${floor[operation] ?? 0}`);
  }
  const expected = {
    COMPLIANT: workload.snapshots - workload.publicSnapshots,
    NON_COMPLIANT: workload.publicSnapshots,
    NOT_APPLICABLE: workload.staleResults,
  };
  for (const [compliance, count] of Object.entries(expected)) {
    if ((received.byCompliance[compliance] ?? 0) !== count) {
      problems.push(`${compliance}: ${received.byCompliance[compliance] ?? 0} evaluations received, expected ${count}`);
    }
  }
  if (received.duplicates > 0) problems.push(`${received.duplicates} resource(s) reported more than once`);
  if (received.tokens.size > 1) problems.push('PutEvaluations calls carried different result tokens');
  return problems;
}

const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
}

/** One run's lines: wall time, calls by operation against the floor, peak RSS against the baseline's. */
export function formatMeasurement(measurement: Measurement, baselineRssKb: number): string {
  const { workload, child, calls, floor, putEvaluationsMs, latencyMs } = measurement;
  const total = Object.values(calls).reduce((sum, count) => sum + count, 0);
  // The run makes its calls one after another: their added latency alone is a floor for its wall time.
  const latencyFloorMs = total * latencyMs;
  const lines = [
    `${workload.snapshots.toLocaleString('en-US')} snapshots (${workload.publicSnapshots} public), ${workload.previousResults.toLocaleString('en-US')} previous results (${workload.staleResults} stale)`,
    `  wall time      ${(child.wallMs / 1000).toFixed(2)} s (handler CPU ${(child.cpuMs / 1000).toFixed(2)} s)` +
      (latencyFloorMs > 0 ? `; ${(child.wallMs / latencyFloorMs).toFixed(2)}x the ${(latencyFloorMs / 1000).toFixed(2)} s of added latency of its ${total} calls` : ''),
    `  peak RSS       ${mb(child.maxRssKb)} (baseline ${mb(baselineRssKb)}, +${mb(child.maxRssKb - baselineRssKb)})`,
    ...(child.maxLiveHeapBytes === undefined ? [] : [`  live heap      ${mb(child.maxLiveHeapBytes / 1024)} at most after a GC`]),
    `  log lines      ${child.logLines.toLocaleString('en-US')} (${mb(child.logBytes / 1024)})`,
  ];
  if (putEvaluationsMs.length > 0) {
    lines.push(
      `  PutEvaluations ${percentile(putEvaluationsMs, 0.5).toFixed(1)} ms median, ${percentile(putEvaluationsMs, 0.99).toFixed(1)} ms p99 at the stand-in`,
    );
  }
  lines.push('  calls          operation                                  calls   floor');
  for (const operation of [...new Set([...Object.keys(calls), ...Object.keys(floor)])].sort()) {
    const mark = calls[operation] === floor[operation] ? '' : '  <- off the floor';
    lines.push(`                 ${operation.padEnd(42)} ${String(calls[operation] ?? 0).padStart(5)}   ${String(floor[operation] ?? 0).padStart(5)}${mark}`);
  }
  lines.push(`                 ${'total'.padEnd(42)} ${String(total).padStart(5)}`);
  return lines.join('\n');
}
