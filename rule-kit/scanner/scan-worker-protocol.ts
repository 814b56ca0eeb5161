import type { MessagePort } from 'node:worker_threads';
import type { ConfigurationItem } from '../configuration-item';
import type { RawParameters } from '../parameters';
import type { WaitingBatch } from './evaluate-waiting';

/** What a scan worker is started with: the selected rules by id, with the raw parameters it prepares them from. */
export interface ScanWorkerData {
  readonly kind: typeof SCAN_WORKER_KIND;
  readonly rules: readonly { readonly id: string; readonly raw: RawParameters }[];
}

export const SCAN_WORKER_KIND = 'config-rules-scan-worker';

/** The first message to the worker: where to answer, and the counter it bumps per answer. */
export interface WorkerReady {
  readonly type: 'ready';
  readonly answers: MessagePort;
  readonly answered: Int32Array<SharedArrayBuffer>;
}

/**
 * A block of values sent to the worker (value-block.ts): the bytes that hold them (copied when posted:
 * the reading thread keeps its block for the values it handles itself), where each starts and ends,
 * and its kind (an item, or a document that may wrap one).
 */
export interface BlockBytes {
  readonly bytes: Uint8Array;
  readonly starts: Int32Array<ArrayBuffer>;
  readonly ends: Int32Array<ArrayBuffer>;
  readonly kinds: Uint8Array<ArrayBuffer>;
}

export interface WorkerBatch extends BlockBytes {
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

/** What the main thread posts; the worker answers blocks and waiting items, in the order posted. */
export type WorkerMessage = WorkerReady | WorkerBatch | WorkerRelated | WorkerWaiting;

/**
 * The worker's answer, one flat array for the batch (structured clone of one array of primitives is
 * far cheaper than of an object per item). Per value, in order:
 * - `TAG_MAIN`: the main thread handles the value itself (related resources, account items, anything
 *   malformed or unusual: its own path then reports it exactly as the single-threaded scan does);
 * - `TAG_SKIPPED` and the resource type: no selected rule evaluates the type (the item was read and
 *   normalised, so a malformed one is answered `TAG_MAIN` and reported);
 * - `TAG_ITEM`, resource type, account, region, resource id, capture time, then for each rule the
 *   main thread runs on that type (same order): compliance and evaluation JSON, `''`, error name
 *   and error message when the rule threw, or `RUN_WAITS` when the rule needs a related resource
 *   (evaluated once the input is complete);
 * - for a run (`VALUE_RUN`): `TAG_RUN_FAILED` when it does not parse as an array (the answer ends
 *   there), else `TAG_RUN`, the number of elements, and each element's answer as above, where
 *   `TAG_MAIN` is followed by the element's JSON text, and so is the last rule's entry when a rule
 *   waits (the main thread has no bytes of its own for an element of a run).
 */
export type WorkerResult = readonly (string | number)[];

/** A rule's answer when it threw: `''`, the error's name and message. */
export function ruleErrorAnswer(error: unknown): [string, string, string] {
  return ['', error instanceof Error ? error.name : 'Error', error instanceof Error ? error.message : String(error)];
}

export const TAG_MAIN = 0;
export const TAG_ITEM = 1;
export const RUN_WAITS = 2;
export const TAG_RUN = 3;
export const TAG_SKIPPED = 5;
export const TAG_RUN_FAILED = 4;
