import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeRuleAnswerLists } from './answer-codec';
import { DeferredItems, type DeferredBatch } from './deferred-items';
import { evaluateWaitingBatch } from './evaluate-waiting';
import type { EvaluationStore } from './evaluation-store';
import type { RuleAnswer } from './item-answer';
import { ItemRecorder } from './item-recorder';
import { MemoryEvaluationStore } from './memory-evaluation-store';
import { InputReader, type ScanProgress } from './read-inputs';
import { RelatedIndex } from './related-index';
import { ruleRuns, type RuleRuns } from './rule-runs';
import type { ScanReport } from './scan-report';
import { ScanTally } from './scan-tally';
import { ScanWorkerClient, type StartScanWorker } from './scan-worker-client';
import { SCAN_WORKER_KIND } from './scan-worker-protocol';
import type { RuleNotRun, SelectedRule } from './select-rules';
import type { ScanSource } from './source';
import { InThreadQueue, type WorkQueue } from './work-queue';
import { WorkerQueue } from './worker-queue';

export type { ScanProgress } from './read-inputs';

export interface ScanOptions {
  readonly rules: readonly SelectedRule[];
  readonly rulesNotRun?: readonly RuleNotRun[];
  /** Defaults to memory; the CLI passes a `SpoolEvaluationStore` so memory stays flat. */
  readonly store?: EvaluationStore;
  /** Called after each block of input. */
  readonly onProgress?: (progress: ScanProgress) => void;
  /** Memory for items waiting for a related resource before they spill to disk (default 8 MiB). */
  readonly deferBudgetBytes?: number;
  /** At most this many item errors in `errors` (default 1000); counts stay exact. */
  readonly maxErrorsListed?: number;
  /**
   * Parse, normalise and evaluate on a worker thread too (scan-worker.ts), once the byte inputs read so
   * far and the next one's size reach `minBytes` (default 4 MiB: below that the worker's start-up
   * costs more than it saves). Without it everything runs on this thread. Same report, byte for byte.
   */
  readonly worker?: { readonly start: StartScanWorker; readonly minBytes?: number };
}

const DEFAULT_WORKER_MIN_BYTES = 4 << 20;
// Small: spilled items cost one write and one read more, and held bytes add straight to the peak RSS.
const DEFAULT_DEFER_BUDGET = 8 << 20;

/**
 * Evaluates every configuration item the sources yield with every selected rule that declares its
 * type, through the kit's pure `evaluateItem`: one evaluation per rule and resource, NOT_APPLICABLE
 * for deleted or unrecorded items, exactly as the Lambda would send them. Stages, each in its module:
 *
 * - source (source.ts, sources/): byte inputs, item inputs, and failures, read in order;
 * - split (read-json-items.ts): bytes into blocks of whole values, streamed, never one string;
 * - normalise and evaluate (answer-values.ts, answer-rules.ts): on this thread or a worker too
 *   (work-queue.ts, worker-queue.ts), answers applied in input order;
 * - keep latest (item-recorder.ts): the latest item of a resource wins (ties go to the later in
 *   input); `AWS::::Account` items are merged per account and Region instead (account-items.ts);
 *   items whose rule looks at a related resource wait for the end of the input (related-probe.ts);
 * - sink: the store (spooled), then a report format (report-sinks.ts).
 *
 * A malformed item is listed in `errors` with its input and position; an input that cannot be read is
 * listed with its name; either way the scan goes on.
 */
export async function scan(sources: ScanSource | readonly ScanSource[], options: ScanOptions): Promise<ScanReport> {
  const store = options.store ?? new MemoryEvaluationStore();
  const runs = ruleRuns(options.rules);
  const tally = new ScanTally(options.maxErrorsListed ?? 1000);
  const related = new RelatedIndex(runs.relatedTypes);
  const spill = new TemporaryFolder();
  const recorder = new ItemRecorder(runs, related, new DeferredItems(() => spill.path(), options.deferBudgetBytes ?? DEFAULT_DEFER_BUDGET), store, tally);
  const workers = new WorkerStarter(runs, options.worker);
  try {
    const reader = new InputReader({
      runs,
      tally,
      recorder,
      worker: (input, bytesRead) => workers.startFor(bytesRead + (input.size ?? 0)),
      ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    });
    await reader.read(Array.isArray(sources) ? (sources as readonly ScanSource[]) : [sources as ScanSource]);
    // Account items first: an item waiting for one as a related resource then finds the merged item.
    recorder.evaluateAccounts();
    await evaluateWaiting(recorder, runs, related, workers.client);
    await store.finish();
  } catch (error) {
    await store.dispose();
    throw error;
  } finally {
    workers.client?.close();
    spill.remove();
  }
  const ruleIds = runs.ordered.map((run) => run.rule.id);
  return {
    rules: runs.ordered.map((run) => run.rule),
    files: tally.files,
    summary: await tally.summary(ruleIds, options.rulesNotRun ?? [], store),
    errors: tally.errors,
    evaluations: (ruleId, type) => store.read(ruleId, type),
    evaluationsJson: (ruleId, type) => store.readJson(ruleId, type),
  };
}

/**
 * The items whose rules need related resources, now that the input is complete: to both threads in
 * batches (the worker first gets every related resource read), answers recorded in order.
 */
async function evaluateWaiting(recorder: ItemRecorder, runs: RuleRuns, related: RelatedIndex, client: ScanWorkerClient | undefined): Promise<void> {
  const evaluate = (batch: DeferredBatch): RuleAnswer[][] => evaluateWaitingBatch({ texts: batch.texts, rules: batch.metas.map((meta) => meta.rules) }, runs.ordered, related);
  const apply = (batch: DeferredBatch, answers: RuleAnswer[][]): void => recorder.recordWaiting(batch, answers);
  let queue: WorkQueue<DeferredBatch> = new InThreadQueue({ evaluate, apply });
  let posted = false;
  for (const batch of recorder.waitingBatches()) {
    if (client !== undefined && !posted) {
      posted = true;
      client.post({ type: 'related', items: related.all() });
      queue = new WorkerQueue<DeferredBatch, RuleAnswer[][]>(client, {
        message: (work) => ({ type: 'waiting', texts: work.texts, rules: work.metas.map((meta) => meta.rules) }),
        evaluate,
        decode: decodeRuleAnswerLists,
        apply,
      });
    }
    await queue.submit(batch);
  }
  await queue.drain();
}

/** Starts the scan's worker once the input is large enough to pay for its start-up; at most one. */
class WorkerStarter {
  client: ScanWorkerClient | undefined;

  constructor(
    private readonly runs: RuleRuns,
    private readonly option: ScanOptions['worker'],
  ) {}

  startFor(bytes: number): ScanWorkerClient | undefined {
    const option = this.option;
    if (this.client !== undefined || option === undefined || this.runs.ordered.length === 0) return this.client;
    if (bytes < (option.minBytes ?? DEFAULT_WORKER_MIN_BYTES)) return undefined;
    this.client = new ScanWorkerClient(option.start, {
      kind: SCAN_WORKER_KIND,
      rules: this.runs.ordered.map((run) => ({ id: run.rule.id, params: run.params })),
    });
    return this.client;
  }
}

/** Where waiting items spill, made on first use. */
class TemporaryFolder {
  private made: string | undefined;

  path(): string {
    this.made ??= mkdtempSync(join(tmpdir(), 'config-rules-deferred-'));
    return this.made;
  }

  remove(): void {
    if (this.made !== undefined) rmSync(this.made, { recursive: true, force: true });
  }
}
