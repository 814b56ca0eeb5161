import { parentPort, workerData } from 'node:worker_threads';
import type { RuleDefinition } from '../define-rule';
import { encodeRuleAnswerLists, encodeValueAnswers, type AnswerWire } from './answer-codec';
import { evaluateBlock } from './evaluate-block';
import { evaluateWaitingBatch } from './evaluate-waiting';
import { RelatedIndex } from './related-index';
import { ruleRuns, type RuleRuns } from './rule-runs';
import { UnknownRuleError } from './scan-errors';
import { SCAN_WORKER_KIND, type ScanWorkerData, type WorkerMessage, type WorkerReady } from './scan-worker-protocol';

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
    data.rules.map(({ id, params }) => {
      const rule = byId.get(id);
      if (rule === undefined) throw new UnknownRuleError(id, [...byId.keys()]);
      return { rule, params };
    }),
  );
}

/** The worker's main loop: answers blocks and waiting items in the order received. `all` is the pack's rules. */
export function runScanWorker(all: readonly RuleDefinition[]): void {
  const port = parentPort;
  if (port === null) return;
  const runs = resolveRuleRuns(all, workerData as ScanWorkerData);
  const related = new RelatedIndex(runs.relatedTypes);
  let ready: WorkerReady | undefined;
  const answer = (result: AnswerWire): void => {
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
        answer(encodeValueAnswers(evaluateBlock(message, runs)));
        return;
      case 'related':
        for (const item of message.items) related.offer(item);
        return;
      case 'waiting':
        answer(encodeRuleAnswerLists(evaluateWaitingBatch(message, runs.ordered, related)));
        return;
    }
  });
}
