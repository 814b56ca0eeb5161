import { parentPort, workerData } from 'node:worker_threads';
import type { ConfigurationItem } from '../configuration-item';
import type { EvaluationContext, RuleDefinition } from '../define-rule';
import { evaluateItem } from '../evaluate/evaluate-item';
import { normaliseItem, readConfigFile } from '../items';
import type { ParameterSpecs, ParameterValues } from '../parameters';
import { MERGED_RESOURCE_TYPE } from './account-items';
import { evaluationJson, itemEvaluationText } from './evaluation-json';
import { UnknownRuleError } from './scan-errors';
import { KIND_ITEM, SCAN_WORKER_KIND, TAG_ITEM, TAG_MAIN, type ScanWorkerData, type WorkerBatch, type WorkerReady, type WorkerResult } from './scan-worker-protocol';

export interface WorkerRun {
  readonly rule: RuleDefinition;
  readonly params: ParameterValues<ParameterSpecs>;
  readonly nameJson: string;
}

const NO_RELATED: EvaluationContext = { related: {} };

/** True in a worker thread started by the scanner (the CLI bundle is its own worker entry). */
export function isScanWorker(): boolean {
  const data = workerData as { kind?: unknown } | null | undefined;
  return parentPort !== null && typeof data === 'object' && data !== null && data.kind === SCAN_WORKER_KIND;
}

/**
 * Which types the worker evaluates, and with which rules. Types some selected rule needs as a related
 * resource, types of rules with related resources, and account items stay on the main thread, which
 * holds the related index and the account merge.
 */
export function workerRunsByType(all: readonly RuleDefinition[], data: ScanWorkerData): { runs: Map<string, WorkerRun[]>; mainTypes: Set<string> } {
  const byId = new Map(all.map((rule) => [rule.id, rule] as const));
  const runs = new Map<string, WorkerRun[]>();
  const mainTypes = new Set<string>([MERGED_RESOURCE_TYPE]);
  for (const { id, params } of data.rules) {
    const rule = byId.get(id);
    if (rule === undefined) throw new UnknownRuleError(id, [...byId.keys()]);
    const related = Object.values(rule.related ?? {});
    for (const spec of related) mainTypes.add(spec.resourceType);
    for (const type of rule.resourceTypes) {
      if (related.length > 0) mainTypes.add(type);
      const list = runs.get(type) ?? [];
      list.push({ rule, params, nameJson: JSON.stringify(id) });
      runs.set(type, list);
    }
  }
  return { runs, mainTypes };
}

/** Parses, normalises and evaluates one batch; see `WorkerResult` for the answer's layout. */
export function evaluateBatch(batch: WorkerBatch, runs: ReadonlyMap<string, readonly WorkerRun[]>, mainTypes: ReadonlySet<string>): WorkerResult {
  const out: (string | number)[] = [];
  let start = 0;
  for (let index = 0; index < batch.ends.length; index += 1) {
    const end = batch.ends[index] ?? start;
    evaluateValue(batch.text.slice(start, end), batch.kinds[index] === KIND_ITEM, runs, mainTypes, out);
    start = end;
  }
  return out;
}

/** Appends one value's answer to `out` (the main thread uses it too, for batches it keeps). */
export function evaluateValue(
  text: string,
  isItem: boolean,
  runs: ReadonlyMap<string, readonly WorkerRun[]>,
  mainTypes: ReadonlySet<string>,
  out: (string | number)[],
): void {
  const item = readOne(text, isItem);
  if (item === undefined || mainTypes.has(item.resourceType)) {
    out.push(TAG_MAIN);
    return;
  }
  out.push(TAG_ITEM, item.resourceType, item.awsAccountId, item.awsRegion, item.resourceId, item.configurationItemCaptureTime);
  const typeRuns = runs.get(item.resourceType);
  if (typeRuns === undefined) return;
  const evaluationText = itemEvaluationText(item);
  for (const run of typeRuns) {
    try {
      const verdict = evaluateItem(run.rule, item, run.params, { context: NO_RELATED });
      out.push(verdict.compliance, evaluationJson(run.nameJson, item, evaluationText, verdict));
    } catch (error) {
      out.push('', error instanceof Error ? error.name : 'Error', error instanceof Error ? error.message : String(error));
    }
  }
}

/**
 * The item, or undefined for anything the main thread must handle (bad JSON, malformed, a document
 * holding other than exactly one item).
 */
function readOne(text: string, isItem: boolean): ConfigurationItem | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    if (isItem) return normaliseItem(parsed);
    const items = readConfigFile(parsed);
    return items.length === 1 ? items[0] : undefined;
  } catch {
    return undefined;
  }
}

/** The worker's main loop: answers each batch in the order received. `all` is the pack's rules. */
export function runScanWorker(all: readonly RuleDefinition[]): void {
  const port = parentPort;
  if (port === null) return;
  const { runs, mainTypes } = workerRunsByType(all, workerData as ScanWorkerData);
  let ready: WorkerReady | undefined;
  port.on('message', (message: WorkerBatch | WorkerReady) => {
    if ('answers' in message) {
      ready = message;
      return;
    }
    if (ready === undefined) return;
    ready.answers.postMessage(evaluateBatch(message, runs, mainTypes));
    Atomics.add(ready.answered, 0, 1);
    Atomics.notify(ready.answered, 0);
  });
}
