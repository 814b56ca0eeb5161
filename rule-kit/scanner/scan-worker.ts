import { parentPort, workerData } from 'node:worker_threads';
import type { ConfigurationItem } from '../configuration-item';
import type { RuleDefinition } from '../define-rule';
import { prepareRule } from '../evaluate/prepare-rule';
import { normaliseItem, readConfigFile } from '../items';
import { answerRules } from './answer-rules';
import { UnknownRuleError } from './scan-errors';
import { evaluateWaitingBatch } from './evaluate-waiting';
import { RelatedIndex } from './related-index';
import { ruleRuns, type RuleRuns } from './rule-runs';
import {
  SCAN_WORKER_KIND,
  TAG_ITEM,
  TAG_MAIN,
  TAG_RUN,
  TAG_RUN_FAILED,
  TAG_SKIPPED,
  type BlockBytes,
  type ScanWorkerData,
  type WorkerMessage,
  type WorkerReady,
  type WorkerResult,
} from './scan-worker-protocol';
import { VALUE_ITEM, VALUE_RUN } from './value-block';

/** True in a worker thread started by the scanner (the CLI bundle is its own worker entry). */
export function isScanWorker(): boolean {
  const data = workerData as { kind?: unknown } | null | undefined;
  return parentPort !== null && typeof data === 'object' && data !== null && data.kind === SCAN_WORKER_KIND;
}

/**
 * The rules the worker was started with (`data`, by id), from the pack's rules (`all`): the same runs
 * the main thread made of its selection, in the same order.
 */
export function resolveRuleRuns(all: readonly RuleDefinition[], data: ScanWorkerData): RuleRuns {
  const byId = new Map(all.map((rule) => [rule.id, rule] as const));
  return ruleRuns(
    data.rules.map(({ id, raw }) => {
      const rule = byId.get(id);
      if (rule === undefined) throw new UnknownRuleError(id, [...byId.keys()]);
      return { ...prepareRule(rule, raw), raw };
    }),
  );
}

/**
 * Parses, normalises and evaluates one batch; see `WorkerResult` for the answer's layout. The main
 * thread uses it too, for the blocks it keeps. A run that does not parse ends the answer: the main
 * thread reads the file again from there.
 */
export function evaluateBatch(batch: BlockBytes, runs: RuleRuns): WorkerResult {
  const out: (string | number)[] = [];
  // A posted Buffer arrives as a plain Uint8Array: wrapped (not copied) for its UTF-8 decoder.
  const bytes = Buffer.isBuffer(batch.bytes) ? batch.bytes : Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength);
  for (let index = 0; index < batch.ends.length; index += 1) {
    const text = bytes.toString('utf8', batch.starts[index], batch.ends[index]);
    const kind = batch.kinds[index];
    if (kind !== VALUE_RUN) {
      evaluateValue(parseOrUndefined(text), kind === VALUE_ITEM, false, runs, out);
      continue;
    }
    const elements = parseOrUndefined(`[${text}]`);
    if (!Array.isArray(elements)) {
      out.push(TAG_RUN_FAILED);
      break;
    }
    out.push(TAG_RUN, elements.length);
    for (const element of elements as unknown[]) evaluateValue(element, true, true, runs, out);
  }
  return out;
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Appends one value's answer to `out`. An element of a run has no bytes of its own on the main thread:
 * its JSON text comes with the answer when the main thread needs it (to read it itself, or to keep it
 * until the end of the input).
 */
function evaluateValue(
  parsed: unknown,
  isItem: boolean,
  inRun: boolean,
  runs: RuleRuns,
  out: (string | number)[],
): void {
  const item = readOne(parsed, isItem);
  const typeRuns = item === undefined ? undefined : runs.byType.get(item.resourceType);
  // A document's bytes are not the item's (a wrapper around it): the main thread must keep the item itself to wait.
  if (item === undefined || runs.mainTypes.has(item.resourceType) || (!isItem && typeRuns?.some((run) => run.related.length > 0) === true)) {
    out.push(TAG_MAIN);
    if (inRun) out.push(JSON.stringify(parsed));
    return;
  }
  if (typeRuns === undefined) {
    out.push(TAG_SKIPPED, item.resourceType);
    return;
  }
  out.push(TAG_ITEM, item.resourceType, item.awsAccountId, item.awsRegion, item.resourceId, item.configurationItemCaptureTime);
  const waited = answerRules(item, typeRuns, out);
  if (waited && inRun) out.push(JSON.stringify(parsed));
}

/**
 * The item, or undefined for anything the main thread must handle (bad JSON, malformed, a document
 * holding other than exactly one item).
 */
function readOne(parsed: unknown, isItem: boolean): ConfigurationItem | undefined {
  if (parsed === undefined) return undefined;
  try {
    if (isItem) return normaliseItem(parsed);
    const items = readConfigFile(parsed);
    return items.length === 1 ? items[0] : undefined;
  } catch {
    return undefined;
  }
}

/** The worker's main loop: answers blocks and waiting items in the order received. `all` is the pack's rules. */
export function runScanWorker(all: readonly RuleDefinition[]): void {
  const port = parentPort;
  if (port === null) return;
  const runs = resolveRuleRuns(all, workerData as ScanWorkerData);
  const related = new RelatedIndex(runs.relatedTypes);
  let ready: WorkerReady | undefined;
  const answer = (result: WorkerResult): void => {
    if (ready === undefined) return;
    ready.answers.postMessage(result);
    Atomics.add(ready.answered, 0, 1);
    Atomics.notify(ready.answered, 0);
  };
  port.on('message', (message: WorkerMessage) => {
    switch (message.type) {
      case 'ready':
        ready = message;
        return;
      case 'block':
        answer(evaluateBatch(message, runs));
        return;
      case 'related':
        for (const item of message.items) related.offer(item);
        return;
      case 'waiting':
        answer(evaluateWaitingBatch(message, runs.ordered, related));
        return;
    }
  });
}
