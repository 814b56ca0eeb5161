import type { AnswerWire } from './answer-codec';
import type { ScanWorkerClient } from './scan-worker-client';
import type { WorkerMessage } from './scan-worker-protocol';
import type { WorkQueue, WorkStages } from './work-queue';

/** How work goes to the worker and its answer comes back. */
export interface WorkerStages<Work, Answer> extends WorkStages<Work, Answer> {
  readonly message: (work: Work) => WorkerMessage;
  readonly decode: (wire: AnswerWire) => Answer;
}

/** Work waiting to be applied; `answer` is set once the worker answers (or this thread evaluated it). */
interface Pending<Work, Answer> {
  readonly work: Work;
  answer: Answer | undefined;
}

// At most MAX_IN_FLIGHT pieces of work wait for the worker, so memory stays flat however fast the reader is.
const MAX_IN_FLIGHT = 4;
// Work evaluated here waits behind the worker's; bounded too.
const MAX_QUEUED = 16;

/**
 * Evaluates work on the worker thread and on this one, and applies the answers in submission order.
 * Parsing and evaluating is the larger share of a scan, so when the worker is behind (MAX_IN_FLIGHT
 * unanswered) this thread evaluates the next piece itself instead of waiting: both threads stay busy.
 */
export class WorkerQueue<Work, Answer> implements WorkQueue<Work> {
  private readonly queue: Pending<Work, Answer>[] = [];
  /** Work posted and not yet answered, oldest first: each answer settles the first. */
  private readonly unanswered: Pending<Work, Answer>[] = [];

  constructor(
    private readonly client: ScanWorkerClient,
    private readonly stages: WorkerStages<Work, Answer>,
  ) {}

  async submit(work: Work): Promise<void> {
    this.applyReady();
    if (this.unanswered.length < MAX_IN_FLIGHT) {
      this.client.post(this.stages.message(work));
      const pending: Pending<Work, Answer> = { work, answer: undefined };
      this.unanswered.push(pending);
      this.queue.push(pending);
    } else {
      this.queue.push({ work, answer: this.stages.evaluate(work) });
    }
    while (this.queue.length > MAX_QUEUED) await this.applyOldest();
  }

  async drain(): Promise<void> {
    while (this.queue.length > 0) await this.applyOldest();
  }

  private settle(wire: AnswerWire): void {
    const settled = this.unanswered.shift();
    if (settled !== undefined) settled.answer = this.stages.decode(wire);
  }

  private applyReady(): void {
    for (let wire = this.client.tryReceive(); wire !== undefined; wire = this.client.tryReceive()) this.settle(wire);
    for (let head = this.queue[0]; head?.answer !== undefined; head = this.queue[0]) {
      this.queue.shift();
      this.stages.apply(head.work, head.answer);
    }
  }

  private async applyOldest(): Promise<void> {
    const head = this.queue[0];
    if (head === undefined) return;
    while (head.answer === undefined) this.settle(await this.client.receive());
    this.queue.shift();
    this.stages.apply(head.work, head.answer);
  }
}
