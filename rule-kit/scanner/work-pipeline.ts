import type { ScanWorkerClient } from './scan-worker-client';
import type { WorkerMessage, WorkerResult } from './scan-worker-protocol';

/** Work waiting to be applied; `result` is set once the worker answers (or this thread evaluated it). */
interface Pending<Work> {
  readonly work: Work;
  result: WorkerResult | undefined;
  /** Dropped when its turn comes: work before it asked for its file to be read again. */
  void: boolean;
}

/** How one kind of work (a block of values, a batch of waiting items) goes through the pipeline. */
export interface PipelineStages<Work> {
  /** The message that has the worker do it. */
  readonly message: (work: Work) => WorkerMessage;
  /** The same, done on this thread. */
  readonly evaluateHere: (work: Work) => WorkerResult;
  /**
   * Applies the answer, in submission order; false when what follows must be dropped (a run that did
   * not parse: its file is read again from there).
   */
  readonly apply: (work: Work, result: WorkerResult) => boolean;
  /** Called once the work is applied or dropped: what it holds may be reused. */
  readonly done?: (work: Work) => void;
}

// At most MAX_IN_FLIGHT pieces of work wait for the worker, so memory stays flat however fast the reader is.
const MAX_IN_FLIGHT = 4;
// Work evaluated here waits behind the worker's; bounded too.
const MAX_QUEUED = 16;

/**
 * Evaluates work (blocks of values, then the items that waited for the end of the input) on the
 * worker thread and on this one, and applies the answers in submission order, so everything after
 * the parse (latest item, store, errors) happens as in a one-thread scan. Parsing and evaluating is
 * the larger share, so when the worker is behind (MAX_IN_FLIGHT unanswered) this thread evaluates the
 * next piece itself instead of waiting: both threads stay busy. Without a worker everything is
 * evaluated and applied here, at once.
 */
export class WorkPipeline<Work> {
  private readonly queue: Pending<Work>[] = [];
  /** Work posted and not yet answered, oldest first: each answer settles the first. */
  private readonly unanswered: Pending<Work>[] = [];
  /** Work asked for its file to be read again: what is submitted until the next `drain` is dropped. */
  private dropping = false;

  constructor(
    private client: ScanWorkerClient | undefined,
    private readonly stages: PipelineStages<Work>,
  ) {}

  /** From now on, work goes to this worker too (the scan starts it once the input is large enough). */
  useWorker(client: ScanWorkerClient): void {
    this.client = client;
  }

  async submit(work: Work): Promise<void> {
    const { client, stages } = this;
    if (this.dropping) {
      stages.done?.(work);
      return;
    }
    if (client === undefined) {
      if (!stages.apply(work, stages.evaluateHere(work))) this.discard();
      stages.done?.(work);
      return;
    }
    this.applyReady();
    if (this.dropping) {
      stages.done?.(work);
      return;
    }
    if (this.unanswered.length < MAX_IN_FLIGHT) {
      client.post(stages.message(work));
      const pending: Pending<Work> = { work, result: undefined, void: false };
      this.unanswered.push(pending);
      this.queue.push(pending);
    } else {
      this.queue.push({ work, result: stages.evaluateHere(work), void: false });
    }
    while (this.queue.length > MAX_QUEUED) await this.applyOldest();
  }

  /** Applies every block submitted (waiting for the worker's answers); then takes blocks again. */
  async drain(): Promise<void> {
    while (this.queue.length > 0) await this.applyOldest();
    this.dropping = false;
  }

  private settle(answer: WorkerResult): void {
    const settled = this.unanswered.shift();
    if (settled !== undefined) settled.result = answer;
  }

  private applyReady(): void {
    const { client } = this;
    if (client === undefined) return;
    for (let answer = client.tryReceive(); answer !== undefined; answer = client.tryReceive()) this.settle(answer);
    for (let head = this.queue[0]; head?.result !== undefined; head = this.queue[0]) {
      this.queue.shift();
      this.applyOne(head, head.result);
    }
  }

  private async applyOldest(): Promise<void> {
    const head = this.queue[0];
    if (head === undefined) return;
    while (head.result === undefined && this.client !== undefined) this.settle(await this.client.receive());
    this.queue.shift();
    if (head.result !== undefined) this.applyOne(head, head.result);
  }

  private applyOne(pending: Pending<Work>, result: WorkerResult): void {
    if (!pending.void && !this.stages.apply(pending.work, result)) this.discard();
    this.stages.done?.(pending.work);
  }

  private discard(): void {
    this.dropping = true;
    for (const pending of this.queue) pending.void = true;
  }
}
