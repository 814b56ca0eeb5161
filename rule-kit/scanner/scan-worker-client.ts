import { MessageChannel, receiveMessageOnPort, type MessagePort, type Worker } from 'node:worker_threads';
import type { AnswerWire } from './answer-codec';
import type { ScanWorkerData, WorkerMessage, WorkerReady } from './scan-worker-protocol';

/** Starts the worker thread: the caller knows its entry (the CLI bundle, or a tsx-loaded module). */
export type StartScanWorker = (data: ScanWorkerData) => Worker;

export class ScanWorkerFailedError extends Error {
  override readonly name = 'ScanWorkerFailedError';
  constructor(readonly reason: string) {
    super(`the scan worker thread failed: ${reason}`);
  }
}

// How long one blocking wait lasts before the event loop gets a turn (to hear of a failed worker).
const WAIT_SLICE_MS = 20;

/**
 * The main thread's end of one scan worker. Answers come back, in the order batches were posted, on a
 * port of their own that this thread reads synchronously (`receiveMessageOnPort`): the reading loop
 * rarely yields to the event loop, so answers delivered as events would sit unread while it works.
 * The worker bumps a shared counter with each answer, so a wait for one sleeps (`Atomics.wait`)
 * rather than spins.
 */
export class ScanWorkerClient {
  private readonly worker: Worker;
  private readonly answers: MessagePort;
  private readonly answered = new Int32Array(new SharedArrayBuffer(4));
  private failure: Error | undefined;

  constructor(start: StartScanWorker, data: ScanWorkerData) {
    this.worker = start(data);
    const { port1, port2 } = new MessageChannel();
    this.answers = port1;
    const ready: WorkerReady = { type: 'ready', answers: port2, answered: this.answered };
    this.worker.postMessage(ready, [port2]);
    this.worker.on('error', (error: Error) => this.fail(new ScanWorkerFailedError(error.message)));
    this.worker.on('exit', (code: number) => this.fail(new ScanWorkerFailedError(`exited with status ${code}`)));
  }

  post(message: WorkerMessage): void {
    if (this.failure !== undefined) throw this.failure;
    // Copied, not transferred: this thread keeps a block for the values it handles itself.
    this.worker.postMessage(message);
  }

  /** The next answer if it has arrived. */
  tryReceive(): AnswerWire | undefined {
    return receiveMessageOnPort(this.answers)?.message as AnswerWire | undefined;
  }

  /** The next answer, waiting for it. */
  async receive(): Promise<AnswerWire> {
    for (;;) {
      const seen = Atomics.load(this.answered, 0);
      const answer = this.tryReceive();
      if (answer !== undefined) return answer;
      if (this.failure !== undefined) throw this.failure;
      if (Atomics.wait(this.answered, 0, seen, WAIT_SLICE_MS) === 'timed-out') {
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  }

  close(): void {
    this.failure ??= new ScanWorkerFailedError('closed');
    this.worker.removeAllListeners('exit');
    this.answers.close();
    void this.worker.terminate();
  }

  private fail(error: Error): void {
    this.failure ??= error;
  }
}
