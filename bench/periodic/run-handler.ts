/**
 * The child process of `bench:periodic`: one periodic invocation of the ebs-snapshot-public Lambda
 * handler, as deployed (createHandler(rule)), against the stand-in the environment points at
 * (AWS_ENDPOINT_URL). Prints one JSON line: wall time, the handler's report or error, peak RSS, log
 * volume. Its own process, so the peak RSS is the handler's alone (the stand-in and its fake account
 * live in the parent).
 *
 *   node [--expose-gc] -r tsx/cjs bench/periodic/run-handler.ts ACCOUNT_ID TIMEOUT_MS [--load-only]
 */
import { createHandler } from '../../rule-kit/handler';
import { scheduledEvent } from '../../rule-kit/testing/events/scheduled-event';
import { rule } from '../../rules/ebs-snapshot-public';

export interface ChildResult {
  readonly wallMs: number;
  readonly report?: unknown;
  readonly error?: { readonly name: string; readonly message: string };
  readonly maxRssKb: number;
  /** CPU time of this process (user + system): steadier than wall time on a shared machine. */
  readonly cpuMs: number;
  /** With --expose-gc: the largest heap still live after a forced GC, sampled every 200 ms. */
  readonly maxLiveHeapBytes?: number;
  readonly logLines: number;
  readonly logBytes: number;
}

async function main(): Promise<void> {
  const [accountId = '111122223333', timeout = '900000', mode] = process.argv.slice(2);
  let logLines = 0;
  let logBytes = 0;
  // CloudWatch Logs would take these lines; here they are counted, not printed (stdout carries the result).
  const handler = createHandler(rule, {
    logSink: (line) => {
      logLines += 1;
      logBytes += line.length + 1;
    },
  });
  // Diagnostic only (bench:periodic --live-heap): what the run keeps, not what it allocates.
  const collect = (globalThis as { gc?: () => void }).gc;
  let maxLiveHeap = 0;
  const sampler =
    collect === undefined
      ? undefined
      : setInterval(() => {
          collect();
          maxLiveHeap = Math.max(maxLiveHeap, process.memoryUsage().heapUsed);
        }, 200);
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  const context = { awsRequestId: 'bench-periodic', getRemainingTimeInMillis: () => Number(timeout) - (performance.now() - started) };
  let report: unknown;
  let error: ChildResult['error'];
  if (mode !== '--load-only') {
    try {
      report = await handler(scheduledEvent({ accountId, ruleName: 'ebs-snapshot-public', region: process.env['AWS_REGION'] ?? 'us-east-1' }), context);
    } catch (caught) {
      error = caught instanceof Error ? { name: caught.name, message: caught.message } : { name: 'unknown', message: String(caught) };
    }
  }
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuStart);
  if (sampler !== undefined) clearInterval(sampler);
  const result: ChildResult = {
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    ...(collect === undefined ? {} : { maxLiveHeapBytes: maxLiveHeap }),
    ...(report === undefined ? {} : { report }),
    ...(error === undefined ? {} : { error }),
    maxRssKb: process.resourceUsage().maxRSS,
    logLines,
    logBytes,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

void main();
