import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Verdict } from '../compliance';
import type { ConfigurationItem } from '../configuration-item';
import type { EvaluationContext, RelatedResource } from '../define-rule';
import { evaluateItem, notApplicableReason } from '../evaluate/evaluate-item';
import { InvalidConfigurationItemError, normaliseItem, readConfigFile } from '../items';
import { AccountItems, MERGED_RESOURCE_TYPE, type MergedAccountItem } from './account-items';
import { DeferredItems, type DeferredItem } from './deferred-items';
import type { EvaluationStore } from './evaluation-store';
import { evaluationJson, itemEvaluationText, type ItemEvaluationText } from './evaluation-json';
import { describePosition, positionJson, type ItemPosition } from './item-position';
import { LatestItems, type ItemKey } from './latest-items';
import { MemoryEvaluationStore } from './memory-evaluation-store';
import { readJsonItems, type SourceValue } from './read-json-items';
import { RelatedIndex } from './related-index';
import { UnreadableInputError } from './scan-errors';
import {
  REPORT_ORDER,
  zeroCounts,
  type ComplianceCounts,
  type ItemError,
  type ScanReport,
  type ScanSummary,
  type SkipReason,
  type SkippedItems,
} from './scan-report';
import { evaluateValue, workerRunsByType } from './scan-worker';
import { ScanWorkerClient, type StartScanWorker } from './scan-worker-client';
import { KIND_DOCUMENT, KIND_ITEM, SCAN_WORKER_KIND, TAG_MAIN, type ScanWorkerData, type WorkerBatch, type WorkerResult } from './scan-worker-protocol';
import type { RuleNotRun, SelectedRule } from './select-rules';

export interface ScanProgress {
  readonly file: string;
  readonly items: number;
  readonly bytes: number;
}

export interface ScanOptions {
  /** Files to read, in order (folders already expanded: see `listInputFiles`). */
  readonly files: readonly string[];
  readonly rules: readonly SelectedRule[];
  readonly rulesNotRun?: readonly RuleNotRun[];
  /** Defaults to memory; the CLI passes a `SpoolEvaluationStore` so memory stays flat. */
  readonly store?: EvaluationStore;
  /** Called after each chunk of input. */
  readonly onProgress?: (progress: ScanProgress) => void;
  /** Memory for items waiting for a related resource before they spill to disk (default 8 MiB). */
  readonly deferBudgetBytes?: number;
  /** At most this many entries in `errors` (default 1000); counts stay exact. */
  readonly maxErrorsListed?: number;
  /**
   * Parse, normalise and evaluate items in a worker thread (scan-worker.ts) while this thread reads,
   * splits and stores, when the input files add up to at least `minBytes` (default 4 MiB: below that
   * the worker's start-up costs more than it saves). Same report, byte for byte.
   */
  readonly worker?: { readonly start: StartScanWorker; readonly minBytes?: number };
}

/** A batch waiting to be applied; `result` is set once the worker answers (or this thread evaluated it). */
interface Pending {
  readonly file: number;
  readonly values: readonly SourceValue[];
  result: WorkerResult | undefined;
}

interface RuleRun extends SelectedRule {
  readonly index: number;
  /** The rule id as a JSON string, for the evaluation text. */
  readonly nameJson: string;
  /** `rule.related` as entries, computed once rather than per item. */
  readonly related: readonly (readonly [string, RelatedResource])[];
}

/** What the engine needs to report an item's evaluations; the text parts are built once per item. */
interface ItemOrigin {
  readonly seq: number;
  readonly file: number;
  readonly position: ItemPosition;
  readonly positionJson: string;
  readonly text: ItemEvaluationText;
}

const DEFAULT_WORKER_MIN_BYTES = 4 << 20;
// A batch per message: large enough that posting costs little per item, small enough to keep both
// threads busy. At most MAX_IN_FLIGHT batches wait, so memory stays flat however fast the reader is.
const BATCH_ITEMS = 256;
const BATCH_CHARS = 1 << 20;
const MAX_IN_FLIGHT = 4;
// Batches evaluated here wait behind the worker's; bounded too.
const MAX_QUEUED = 8;

// Small: spilled items cost one write and one read more, and held bytes add straight to the peak RSS.
const DEFAULT_DEFER_BUDGET = 8 << 20;

/**
 * Evaluates every configuration item of the input with every selected rule that declares its type,
 * through the kit's pure `evaluateItem`: one evaluation per rule and resource, NOT_APPLICABLE for
 * deleted or unrecorded items, exactly as the Lambda would send them.
 *
 * - Streams: items are parsed one at a time from each file, so memory does not grow with file size.
 * - The latest item of a resource wins (history files hold several; ties go to the later in input):
 *   earlier ones are withdrawn from the store and counted as superseded.
 * - Except `AWS::::Account`, the kit's pseudo-resource for collected facts: each collector yields its
 *   own item with its own keys, so the items of one account and region are merged (account-items.ts)
 *   and evaluated once the input is complete.
 * - Rules with `related` resources get them from the same input. An item whose related resource has
 *   not been read yet waits (in memory, then on disk) until the input is complete.
 * - A malformed item is recorded in `errors` with its file and position; the scan goes on. Input that
 *   is not JSON throws `UnreadableInputError`.
 */
export async function scan(options: ScanOptions): Promise<ScanReport> {
  const store = options.store ?? new MemoryEvaluationStore();
  const engine = new ScanEngine(options, store);
  try {
    await engine.run();
  } catch (error) {
    await store.dispose();
    throw error;
  } finally {
    engine.cleanUp();
  }
  return engine.report();
}

class ScanEngine {
  private readonly runs: readonly RuleRun[];
  private readonly runsByType = new Map<string, RuleRun[]>();
  private readonly related: RelatedIndex;
  private readonly deferred: DeferredItems;
  private tempDir: string | undefined;
  private readonly latest = new LatestItems();
  private readonly accounts = new AccountItems();
  private seq = 0;
  private itemsRead = 0;
  private itemsEvaluated = 0;
  private itemsMalformed = 0;
  private ruleErrors = 0;
  private readonly skipped = new Map<string, { reason: SkipReason; resourceType: string; count: number }>();
  private readonly errors: ItemError[] = [];
  private readonly maxErrors: number;
  private bytes = 0;

  constructor(
    private readonly options: ScanOptions,
    private readonly store: EvaluationStore,
  ) {
    this.runs = options.rules.map((selected, index) => ({
      ...selected,
      index,
      nameJson: JSON.stringify(selected.rule.id),
      related: Object.entries(selected.rule.related ?? {}),
    }));
    for (const run of this.runs) {
      for (const type of run.rule.resourceTypes) {
        const list = this.runsByType.get(type) ?? [];
        list.push(run);
        this.runsByType.set(type, list);
      }
    }
    this.related = new RelatedIndex(options.rules.map((selected) => selected.rule));
    this.deferred = new DeferredItems(() => this.dir(), options.deferBudgetBytes ?? DEFAULT_DEFER_BUDGET);
    this.maxErrors = options.maxErrorsListed ?? 1000;
  }

  async run(): Promise<void> {
    const worker = this.startWorker();
    if (worker === undefined) {
      for (const [fileIndex, file] of this.options.files.entries()) {
        for await (const batch of readJsonItems(file, (bytes) => (this.bytes += bytes))) {
          for (const value of batch) this.readValue(fileIndex, value);
          this.options.onProgress?.({ file, items: this.itemsRead, bytes: this.bytes });
        }
      }
    } else {
      try {
        await this.readThroughWorker(worker.client, worker.data);
      } finally {
        worker.client.close();
      }
    }
    // Account items first: an item waiting for one as a related resource then finds the merged item.
    for (const merged of this.accounts.merged()) this.evaluateAccount(merged);
    for await (const deferred of this.deferred.drain()) this.evaluateDeferred(deferred);
    await this.store.finish();
  }

  cleanUp(): void {
    if (this.tempDir !== undefined) rmSync(this.tempDir, { recursive: true, force: true });
  }

  async report(): Promise<ScanReport> {
    const byRule: Record<string, ComplianceCounts> = {};
    const compliance = zeroCounts();
    for (const run of this.runs) {
      const counts = await this.store.counts(run.rule.id);
      byRule[run.rule.id] = counts;
      for (const type of REPORT_ORDER) compliance[type] += counts[type];
    }
    const skipped: SkippedItems[] = [...this.skipped.values()].filter((entry) => entry.count > 0);
    const summary: ScanSummary = {
      files: this.options.files.length,
      rules: this.runs.map((run) => run.rule.id),
      rulesNotRun: this.options.rulesNotRun ?? [],
      itemsRead: this.itemsRead,
      itemsEvaluated: this.itemsEvaluated,
      itemsSkipped: skipped.reduce((sum, entry) => sum + entry.count, 0),
      skipped,
      itemsMalformed: this.itemsMalformed,
      ruleErrors: this.ruleErrors,
      errorsListed: this.maxErrors,
      evaluations: REPORT_ORDER.reduce((sum, type) => sum + compliance[type], 0),
      compliance,
      byRule,
    };
    const store = this.store;
    return {
      rules: this.runs.map((run) => run.rule),
      files: this.options.files,
      summary,
      errors: this.errors,
      evaluations: (ruleId, type) => store.read(ruleId, type),
      evaluationsJson: (ruleId, type) => store.readJson(ruleId, type),
    };
  }

  private startWorker(): { client: ScanWorkerClient; data: ScanWorkerData } | undefined {
    const option = this.options.worker;
    if (option === undefined || this.runs.length === 0) return undefined;
    let bytes = 0;
    for (const file of this.options.files) {
      try {
        bytes += statSync(file).size;
      } catch {
        // Unreadable: the reader reports it.
      }
    }
    if (bytes < (option.minBytes ?? DEFAULT_WORKER_MIN_BYTES)) return undefined;
    const data: ScanWorkerData = { kind: SCAN_WORKER_KIND, rules: this.runs.map((run) => ({ id: run.rule.id, params: run.params })) };
    return { client: new ScanWorkerClient(option.start, data), data };
  }

  /**
   * Reads and splits here, posts batches of values to the worker, and applies the answers in input
   * order, so everything after the parse (latest item, store, errors) happens as in the one-thread scan.
   * Parsing and evaluating is the larger share, so when the worker is behind (MAX_IN_FLIGHT batches
   * unanswered) this thread evaluates the next batch itself instead of waiting: both threads stay busy.
   */
  private async readThroughWorker(client: ScanWorkerClient, data: ScanWorkerData): Promise<void> {
    const { runs, mainTypes } = workerRunsByType(this.options.rules.map((selected) => selected.rule), data);
    const queue: Pending[] = [];
    // Batches posted and not yet answered, oldest first: each answer settles the first.
    const unanswered: Pending[] = [];
    const applySettled = (): void => {
      for (let answer = client.tryReceive(); answer !== undefined; answer = client.tryReceive()) {
        const settled = unanswered.shift();
        if (settled !== undefined) settled.result = answer;
      }
      for (let head = queue[0]; head !== undefined; head = queue[0]) {
        const { result } = head;
        if (result === undefined) return;
        queue.shift();
        this.applyResult(head.file, head.values, result);
      }
    };
    const applyOldest = async (): Promise<void> => {
      const head = queue[0];
      if (head === undefined) return;
      while (head.result === undefined) {
        const answer = await client.receive();
        const settled = unanswered.shift();
        if (settled !== undefined) settled.result = answer;
      }
      queue.shift();
      this.applyResult(head.file, head.values, head.result);
    };
    // The values read and not yet sent, and their file.
    let values: SourceValue[] = [];
    let chars = 0;
    let fileIndex = 0;
    try {
      for (const [index, file] of this.options.files.entries()) {
        fileIndex = index;
        const flush = async (): Promise<void> => {
          if (values.length === 0) return;
          applySettled();
          if (unanswered.length < MAX_IN_FLIGHT) {
            client.post(toBatch(values));
            const pending: Pending = { file: fileIndex, values, result: undefined };
            unanswered.push(pending);
            queue.push(pending);
          } else {
            const out: (string | number)[] = [];
            for (const value of values) evaluateValue(value.text, value.kind === 'item', runs, mainTypes, out);
            queue.push({ file: fileIndex, values, result: out });
          }
          values = [];
          chars = 0;
          while (queue.length > MAX_QUEUED) await applyOldest();
        };
        for await (const batch of readJsonItems(file, (bytes) => (this.bytes += bytes))) {
          for (const value of batch) {
            values.push(value);
            chars += value.text.length;
            if (values.length >= BATCH_ITEMS || chars >= BATCH_CHARS) await flush();
          }
          this.options.onProgress?.({ file, items: this.itemsRead, bytes: this.bytes });
        }
        await flush();
      }
    } catch (error) {
      // Values read before the failure come first, as in the one-thread scan (one may fail earlier).
      while (queue.length > 0) await applyOldest();
      for (const value of values) this.readValue(fileIndex, value);
      throw error;
    }
    while (queue.length > 0) await applyOldest();
  }

  private applyResult(file: number, values: readonly SourceValue[], result: WorkerResult): void {
    let at = 0;
    for (const value of values) {
      if (result[at] === TAG_MAIN) {
        at += 1;
        this.readValue(file, value);
        continue;
      }
      const key: ItemKey = {
        resourceType: String(result[at + 1]) as ItemKey['resourceType'],
        awsAccountId: String(result[at + 2]),
        awsRegion: String(result[at + 3]),
        resourceId: String(result[at + 4]),
        configurationItemCaptureTime: String(result[at + 5]),
      };
      at = this.readEvaluated(file, value.position, key, result, at + 6);
    }
  }

  /** `readItem` for an item the worker evaluated; returns where the next value's answer starts. */
  private readEvaluated(file: number, position: ItemPosition, key: ItemKey, result: WorkerResult, start: number): number {
    this.itemsRead += 1;
    const seq = this.seq++;
    const runs = this.runsByType.get(key.resourceType);
    if (runs === undefined) {
      this.skip('no-selected-rule-for-type', key.resourceType);
      return start;
    }
    const admitted = this.admit(key, seq);
    const itemPosition = admitted ? positionJson(position) : '';
    let at = start;
    for (const run of runs) {
      const compliance = String(result[at]);
      if (compliance === '') {
        if (admitted) {
          this.ruleErrors += 1;
          this.recordError({
            file: this.options.files[file] ?? '',
            position,
            error: String(result[at + 1]),
            message: String(result[at + 2]),
            resourceType: key.resourceType,
            resourceId: key.resourceId,
            rule: run.rule.id,
          });
        }
        at += 3;
        continue;
      }
      if (admitted) {
        // The worker's evaluationJson has checked the compliance (or reported an error).
        this.store.add(seq, run.rule.id, compliance as Verdict['compliance'], { file, position: itemPosition, evaluation: String(result[at + 1]) });
      }
      at += 2;
    }
    return at;
  }

  /** Offers the item as its resource's latest; false when a later item already stands for it. */
  private admit(key: ItemKey, seq: number): boolean {
    const outcome = this.latest.offer(key, seq);
    if (outcome.kind === 'older') {
      this.skip('superseded-by-later-item', key.resourceType);
      return false;
    }
    if (outcome.kind === 'newer') {
      this.store.supersede(outcome.superseded);
      this.itemsEvaluated -= 1;
      this.skip('superseded-by-later-item', key.resourceType);
    }
    this.itemsEvaluated += 1;
    return true;
  }

  private dir(): string {
    this.tempDir ??= mkdtempSync(join(tmpdir(), 'config-rules-deferred-'));
    return this.tempDir;
  }

  private readValue(file: number, value: SourceValue): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(value.text);
    } catch (error) {
      throw new UnreadableInputError(
        this.options.files[file] ?? '',
        describePosition(value.position),
        `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    let items: ConfigurationItem | ConfigurationItem[];
    try {
      items = value.kind === 'item' ? normaliseItem(parsed) : readConfigFile(parsed);
    } catch (error) {
      if (!(error instanceof InvalidConfigurationItemError)) throw error;
      this.itemsRead += 1;
      this.itemsMalformed += 1;
      this.recordError({
        file: this.options.files[file] ?? '',
        position: value.position,
        error: error.name,
        message: error.message,
        ...(error.resourceType === undefined ? {} : { resourceType: error.resourceType }),
        ...(error.resourceId === undefined ? {} : { resourceId: error.resourceId }),
      });
      return;
    }
    if (Array.isArray(items)) for (const item of items) this.readItem(file, value.position, item, undefined);
    else this.readItem(file, value.position, items, value.text);
  }

  private readItem(file: number, position: ItemPosition, item: ConfigurationItem, raw: string | undefined): void {
    this.itemsRead += 1;
    const seq = this.seq++;
    const runs = this.runsByType.get(item.resourceType);
    if (item.resourceType === MERGED_RESOURCE_TYPE && (runs !== undefined || this.related.types.has(item.resourceType))) {
      this.accounts.add({ item, seq, file, position });
      return;
    }
    this.related.offer(item);
    if (runs === undefined) {
      this.skip('no-selected-rule-for-type', item.resourceType);
      return;
    }
    if (!this.admit(item, seq)) return;
    const origin: ItemOrigin = { seq, file, position, positionJson: positionJson(position), text: itemEvaluationText(item) };
    const waiting: number[] = [];
    for (const run of runs) {
      const context = this.contextFor(run, item);
      if (context === undefined) waiting.push(run.index);
      else this.evaluate(run, item, context, origin);
    }
    if (waiting.length > 0) this.deferred.add({ seq, file, position, rules: waiting, item }, raw);
  }

  /** The evaluation context, or undefined when a related resource may still appear later in the input. */
  private contextFor(run: RuleRun, item: ConfigurationItem): EvaluationContext | undefined {
    if (run.related.length === 0) return NO_RELATED;
    // The kit answers NOT_APPLICABLE before looking at related resources: nothing to wait for.
    if (notApplicableReason(run.rule, item) !== undefined) return NO_RELATED;
    const related: Record<string, ConfigurationItem | undefined> = {};
    for (const [name, spec] of run.related) {
      const found = this.related.find(spec, item, false);
      if (found === undefined) return undefined;
      related[name] = found;
    }
    return { related };
  }

  /** A merged account item, once the input is complete (see account-items.ts). */
  private evaluateAccount(merged: MergedAccountItem): void {
    const { item, from, count } = merged;
    this.related.offer(item);
    const runs = this.runsByType.get(item.resourceType);
    if (count > 1) this.skip('merged-into-account-item', item.resourceType, count - 1);
    if (runs === undefined) {
      // Held only as a related resource of another type's rule.
      this.skip('no-selected-rule-for-type', item.resourceType);
      return;
    }
    this.itemsEvaluated += 1;
    const { seq, file, position } = from;
    const origin: ItemOrigin = { seq, file, position, positionJson: positionJson(position), text: itemEvaluationText(item) };
    for (const run of runs) {
      const related: Record<string, ConfigurationItem | undefined> = {};
      for (const [name, spec] of run.related) related[name] = this.related.find(spec, item, true);
      this.evaluate(run, item, { related }, origin);
    }
  }

  private evaluateDeferred(deferred: DeferredItem): void {
    // Superseded while it waited: its successor is (or was) evaluated instead.
    if (!this.latest.isLatest(deferred.item, deferred.seq)) return;
    const { item, seq, file, position } = deferred;
    const origin: ItemOrigin = { seq, file, position, positionJson: positionJson(position), text: itemEvaluationText(item) };
    for (const index of deferred.rules) {
      const run = this.runs[index];
      if (run === undefined) continue;
      const related: Record<string, ConfigurationItem | undefined> = {};
      // The input is complete: what is still missing does not exist, as when Config has no such resource.
      for (const [name, spec] of run.related) related[name] = this.related.find(spec, item, true);
      this.evaluate(run, item, { related }, origin);
    }
  }

  private evaluate(run: RuleRun, item: ConfigurationItem, context: EvaluationContext, origin: ItemOrigin): void {
    let evaluation: string;
    let verdict: Verdict;
    try {
      verdict = evaluateItem(run.rule, item, run.params, { context });
      evaluation = evaluationJson(run.nameJson, item, origin.text, verdict);
    } catch (error) {
      // A rule that throws anything but MalformedConfigurationItemError has a bug; the Lambda would fail
      // on this item too. Reported, never turned into a verdict.
      this.ruleErrors += 1;
      this.recordError({
        file: this.options.files[origin.file] ?? '',
        position: origin.position,
        error: error instanceof Error ? error.name : 'Error',
        message: error instanceof Error ? error.message : String(error),
        resourceType: item.resourceType,
        resourceId: item.resourceId,
        rule: run.rule.id,
      });
      return;
    }
    // evaluationJson has checked the compliance (or thrown).
    this.store.add(origin.seq, run.rule.id, verdict.compliance, { file: origin.file, position: origin.positionJson, evaluation });
  }

  private skip(reason: SkipReason, resourceType: string, count = 1): void {
    const key = `${reason}\u0000${resourceType}`;
    const entry = this.skipped.get(key);
    if (entry === undefined) this.skipped.set(key, { reason, resourceType, count });
    else entry.count += count;
  }

  private recordError(error: ItemError): void {
    if (this.errors.length < this.maxErrors) this.errors.push(error);
  }

}

const NO_RELATED: EvaluationContext = { related: {} };

function toBatch(values: readonly SourceValue[]): WorkerBatch {
  const ends = new Int32Array(values.length);
  const kinds = new Uint8Array(values.length);
  let end = 0;
  for (const [index, value] of values.entries()) {
    end += value.text.length;
    ends[index] = end;
    kinds[index] = value.kind === 'item' ? KIND_ITEM : KIND_DOCUMENT;
  }
  return { text: values.map((value) => value.text).join(''), ends, kinds };
}
