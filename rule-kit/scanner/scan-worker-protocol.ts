import type { MessagePort } from 'node:worker_threads';
import type { ConfigurationItem } from '../configuration-item';
import type { ParameterSpecs, ParameterValues } from '../parameters';
import type { WaitingBatch } from './evaluate-waiting';

/**
 * What the main thread and a scan worker say to each other. The worker answers `block` and `waiting`
 * messages, in the order posted, with an `AnswerWire` (answer-codec.ts encodes and decodes it).
 */

/** What a scan worker is started with: the selected rules by id, their parameters already parsed. */
export interface ScanWorkerData {
  readonly kind: typeof SCAN_WORKER_KIND;
  readonly rules: readonly { readonly id: string; readonly params: ParameterValues<ParameterSpecs> }[];
}

export const SCAN_WORKER_KIND = 'config-rules-scan-worker';

/** The first message to the worker: where to answer, and the counter it bumps per answer. */
export interface WorkerReady {
  readonly type: 'ready';
  readonly answers: MessagePort;
  readonly answered: Int32Array<SharedArrayBuffer>;
}

/**
 * A block of values (value-block.ts): the bytes that hold them (copied when posted: the reading
 * thread keeps its block for the values it evaluates itself), where each starts and ends, and its kind.
 */
export interface BlockBytes {
  readonly bytes: Uint8Array;
  readonly starts: Int32Array<ArrayBuffer>;
  readonly ends: Int32Array<ArrayBuffer>;
  readonly kinds: Uint8Array<ArrayBuffer>;
}

export interface WorkerBlock extends BlockBytes {
  readonly type: 'block';
}

/** Once the input is read: every related resource, before the items that waited for them. */
export interface WorkerRelated {
  readonly type: 'related';
  readonly items: readonly ConfigurationItem[];
}

/** Items that waited for the end of the input (evaluate-waiting.ts). */
export interface WorkerWaiting extends WaitingBatch {
  readonly type: 'waiting';
}

export type WorkerMessage = WorkerReady | WorkerBlock | WorkerRelated | WorkerWaiting;
