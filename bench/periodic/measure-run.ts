import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { AwsStandIn } from '../../test/aws-stand-in/stand-in';
import { configResultsHandler, type ReceivedEvaluations } from './config-results-handler';
import { ec2SnapshotsHandler } from './ec2-snapshots-handler';
import { BENCH_ACCOUNT, BENCH_REGION, fakeAccount } from './fake-account';
import { pagingFloor, type PeriodicWorkload } from './paging-floor';
import type { ChildResult } from './run-handler';

export interface RunOptions {
  /** Added to every call's answer, as a real endpoint's round trip would be. */
  readonly latencyMs: number;
  /** The Lambda timeout the child's fake context counts down from. */
  readonly timeoutMs: number;
  /** Sample the child's live heap after forced GCs (slows it down: a diagnostic, not a timing run). */
  readonly liveHeap?: boolean;
  /** Cap the child's old generation (MB), as a memory-constrained function would have it. */
  readonly heapCapMb?: number;
}

export interface Measurement {
  readonly workload: PeriodicWorkload;
  readonly child: ChildResult;
  readonly calls: Record<string, number>;
  readonly floor: Record<string, number>;
  readonly received: ReceivedEvaluations;
  /** The latency added to every call. */
  readonly latencyMs: number;
  /** Server-side time of each PutEvaluations call (added latency included), sorted. */
  readonly putEvaluationsMs: readonly number[];
}

function runChild(args: readonly string[], environment: Record<string, string>, nodeOptions: readonly string[]): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeOptions, '--import', 'tsx', join(__dirname, 'run-handler.ts'), ...args], {
      env: { ...process.env, ...environment, NODE_NO_WARNINGS: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (last === '') reject(new Error(`run-handler printed no result (exit ${String(code)})`));
      else resolve(JSON.parse(last) as ChildResult);
    });
  });
}

/**
 * One periodic run of ebs-snapshot-public over `size` snapshots: the stand-in (EC2 and Config, with
 * the added latency) in this process, the Lambda handler in a child process.
 */
export async function measureRun(size: number, options: RunOptions): Promise<Measurement> {
  const { cloud, previous, workload } = fakeAccount(size);
  const received: ReceivedEvaluations = { sent: 0, byCompliance: {}, resources: new Set(), duplicates: 0, tokens: new Set() };
  const standIn = new AwsStandIn({ latencyMs: options.latencyMs });
  standIn.register(configResultsHandler(cloud, previous, received), ec2SnapshotsHandler(cloud));
  await standIn.start();
  try {
    const child = await runChild(
      [BENCH_ACCOUNT, String(options.timeoutMs)],
      standIn.environment(BENCH_ACCOUNT, undefined, BENCH_REGION),
      [
        ...(options.liveHeap === true ? ['--expose-gc'] : []),
        ...(options.heapCapMb === undefined ? [] : [`--max-old-space-size=${options.heapCapMb}`]),
      ],
    );
    const putEvaluationsMs = standIn.calls.filter((call) => call.operation === 'PutEvaluations').map((call) => call.ms).sort((a, b) => a - b);
    return { workload, child, calls: standIn.callCounts(), floor: pagingFloor(workload), received, latencyMs: options.latencyMs, putEvaluationsMs };
  } finally {
    await standIn.stop();
  }
}
