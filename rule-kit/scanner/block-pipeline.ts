import type { ScanWorkerClient } from './scan-worker-client';
import type { WorkerResult } from './scan-worker-protocol';
import type { ValueBlock } from './value-block';

/** A block waiting to be applied; `result` is set once the worker answers (or this thread evaluated it). */
interface Pending {
  readonly file: number;
  readonly block: ValueBlock;
  result: WorkerResult | undefined;
  /** Dropped when its turn comes: a block before it asked for its file to be read again. */
  void: boolean;
}

/**
 * Applies the answer for one block, in input order; false when the block's file must be read again
 * from a point in it (a run that did not parse), which voids every block read after it.
 */
export type ApplyBlock = (file: number, block: ValueBlock, result: WorkerResult) => boolean;

// At most MAX_IN_FLIGHT blocks wait for the worker, so memory stays flat however fast the reader is.
const MAX_IN_FLIGHT = 4;
// Blocks evaluated here wait behind the worker's; bounded too.
const MAX_QUEUED = 8;

/**
 * Evaluates blocks of values on the worker thread and on this one, and applies the answers in input
 * order, so everything after the parse (latest item, store, errors) happens as in a one-thread scan.
 * Parsing and evaluating is the larger share, so when the worker is behind (MAX_IN_FLIGHT blocks
 * unanswered) this thread evaluates the next block itself instead of waiting: both threads stay busy.
 * Without a worker every block is evaluated and applied here, at once.
 */
export class BlockPipeline {
  private readonly queue: Pending[] = [];
  /** Blocks posted and not yet answered, oldest first: each answer settles the first. */
  private readonly unanswered: Pending[] = [];
  /** A block asked for its file to be read again: blocks submitted until the next `drain` are dropped. */
  private dropping = false;

  constructor(
    private readonly client: ScanWorkerClient | undefined,
    private readonly evaluateHere: (block: ValueBlock) => WorkerResult,
    private readonly apply: ApplyBlock,
  ) {}

  async submit(file: number, block: ValueBlock): Promise<void> {
    const { client } = this;
    if (this.dropping) return;
    if (client === undefined) {
      if (!this.apply(file, block, this.evaluateHere(block))) this.discard();
      return;
    }
    this.applyReady();
    if (this.dropping) return;
    if (this.unanswered.length < MAX_IN_FLIGHT) {
      client.post({ bytes: block.bytes, starts: block.starts, ends: block.ends, kinds: block.kinds });
      const pending: Pending = { file, block, result: undefined, void: false };
      this.unanswered.push(pending);
      this.queue.push(pending);
    } else {
      this.queue.push({ file, block, result: this.evaluateHere(block), void: false });
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

  private applyOne(pending: Pending, result: WorkerResult): void {
    if (pending.void) return;
    if (!this.apply(pending.file, pending.block, result)) this.discard();
  }

  private discard(): void {
    this.dropping = true;
    for (const pending of this.queue) pending.void = true;
  }
}
