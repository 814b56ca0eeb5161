import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Verdict } from '../compliance';
import type { ConfigurationItem } from '../configuration-item';
import { InvalidConfigurationItemError, normaliseItem, readConfigFile } from '../items';
import { AccountItems, MERGED_RESOURCE_TYPE, type MergedAccountItem } from './account-items';
import { answerRules } from './answer-rules';
import { DeferredItems, type DeferredBatch, type DeferredMeta } from './deferred-items';
import { evaluateWaitingBatch } from './evaluate-waiting';
import type { EvaluationStore } from './evaluation-store';
import { describePosition, positionJson, type ItemPosition } from './item-position';
import { LatestItems, type ItemKey } from './latest-items';
import { MemoryEvaluationStore } from './memory-evaluation-store';
import { notConfigByName, notConfigDocument } from './not-config-input';
import { readJsonItems } from './read-json-items';
import { RelatedIndex } from './related-index';
import { UnreadableInputError } from './scan-errors';
import type { ByteInput, ItemInput, ScanInput, ScanSource } from './source';
import {
  REPORT_ORDER,
  zeroCounts,
  type ComplianceCounts,
  type InputError,
  type ItemError,
  type ReportedError,
  type ScanReport,
  type ScanSummary,
  type SkipReason,
  type SkippedItems,
} from './scan-report';
import { evaluateBatch } from './scan-worker';
import { ruleRuns, type RuleRun, type RuleRuns } from './rule-runs';
import { ScanWorkerClient, type StartScanWorker } from './scan-worker-client';
import { RUN_WAITS, SCAN_WORKER_KIND, TAG_MAIN, TAG_RUN_FAILED, TAG_SKIPPED, type ScanWorkerData, type WorkerResult } from './scan-worker-protocol';
import type { RuleNotRun, SelectedRule } from './select-rules';
import { BlockBuffers } from './block-buffers';
import { BLOCK_BYTES } from './value-cutter';
import { WorkPipeline } from './work-pipeline';
import {
  documentPosition,
  ItemNumbering,
  listOf,
  valueText,
  VALUE_ITEM,
  VALUE_RUN,
  type ItemList,
  type ValueBlock,
} from './value-block';

export interface ScanProgress {
  readonly file: string;
  readonly items: number;
  readonly bytes: number;
}

export interface ScanOptions {
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
   * splits and stores, once the byte inputs read so far and the next one's size add up to at least
   * `minBytes` (default 4 MiB: below that the worker's start-up costs more than it saves). Same
   * report, byte for byte.
   */
  readonly worker?: { readonly start: StartScanWorker; readonly minBytes?: number };
  /**
   * Split item lists exactly, never cutting runs of items at guessed boundaries (json-item-splitter.ts).
   * Same report, slower: for tests and for ruling the guessing out when in doubt.
   */
  readonly exactSplitting?: boolean;
}

const DEFAULT_WORKER_MIN_BYTES = 4 << 20;
/**
 * A file whose runs failed this many times is read exactly from then on: runs fail at the end of an
 * item list followed by another document, or where elements nest objects that start like an item.
 */
const MAX_RUN_FAILURES = 3;

// Small: spilled items cost one write and one read more, and held bytes add straight to the peak RSS.
const DEFAULT_DEFER_BUDGET = 8 << 20;

/**
 * Evaluates every configuration item of the input with every selected rule that declares its type,
 * through the kit's pure `evaluateItem`: one evaluation per rule and resource, NOT_APPLICABLE for
 * deleted or unrecorded items, exactly as the Lambda would send them.
 *
 * - Streams: files are read in blocks of a few hundred items (value-block.ts), evaluated on a worker
 *   thread and on this one and applied in input order (work-pipeline.ts), so memory does not grow
 *   with file size and the report does not depend on which thread evaluated what.
 * - The latest item of a resource wins (history files hold several; ties go to the later in input):
 *   earlier ones are withdrawn from the store and counted as superseded.
 * - Except `AWS::::Account`, the kit's pseudo-resource for collected facts: each collector yields its
 *   own item with its own keys, so the items of one account and region are merged (account-items.ts)
 *   and evaluated once the input is complete.
 * - Rules with `related` resources get them from the same input, once it is complete: their items
 *   wait (in memory, then on disk) until then.
 * - A malformed item is recorded in `errors` with its file and position; the scan goes on. Input that
 *   is not JSON throws `UnreadableInputError`.
 *
 * @example
 * const report = await scan({ files: ['snapshot.json'], rules: selectRules(rules).selected });
 * console.log(report.summary.compliance.NON_COMPLIANT);
 */
export async function scan(sources: ScanSource | readonly ScanSource[], options: ScanOptions): Promise<ScanReport> {
  const store = options.store ?? new MemoryEvaluationStore();
  const engine = new ScanEngine(Array.isArray(sources) ? (sources as readonly ScanSource[]) : [sources as ScanSource], options, store);
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
  private readonly ruleRuns: RuleRuns;
  private readonly runs: readonly RuleRun[];
  private readonly runsByType: ReadonlyMap<string, readonly RuleRun[]>;
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
  private readonly errors: ReportedError[] = [];
  /** Names of the inputs read, in order: `file` in items and evaluations indexes it. */
  private readonly files: string[] = [];
  /** Inputs that could not be read, or stopped being read at a fault. */
  private readonly failedFiles = new Set<number>();
  private inputErrors = 0;
  /** Inputs skipped as not Config data, and the count per reason. */
  private readonly skippedFiles = new Set<number>();
  private readonly inputsSkipped = new Map<string, number>();
  private worker: ScanWorkerClient | undefined;
  private workerBytes = 0;
  private readonly maxErrors: number;
  private bytes = 0;
  /** Item positions, as blocks are applied. */
  private readonly numbering = new ItemNumbering();
  /** Set when a run did not parse: where its file is read again, exactly. */
  private rereadAt: ListResumeAt | undefined;

  constructor(
    private readonly sources: readonly ScanSource[],
    private readonly options: ScanOptions,
    private readonly store: EvaluationStore,
  ) {
    this.ruleRuns = ruleRuns(options.rules);
    this.runs = this.ruleRuns.ordered;
    this.runsByType = this.ruleRuns.byType;
    this.related = new RelatedIndex(this.ruleRuns.relatedTypes);
    this.deferred = new DeferredItems(() => this.dir(), options.deferBudgetBytes ?? DEFAULT_DEFER_BUDGET);
    this.maxErrors = options.maxErrorsListed ?? 1000;
  }

  async run(): Promise<void> {
    try {
      await this.readAll((block) => evaluateBatch(block, this.ruleRuns));
      // Account items first: an item waiting for one as a related resource then finds the merged item.
      for (const merged of this.accounts.merged()) this.evaluateAccount(merged);
      await this.evaluateWaiting(this.worker);
    } finally {
      this.worker?.close();
    }
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
    const inputsSkipped = [...this.inputsSkipped].map(([reason, count]) => ({ reason, count }));
    const summary: ScanSummary = {
      files: this.files.length,
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
      ...(this.inputErrors === 0 ? {} : { inputErrors: this.inputErrors }),
      ...(inputsSkipped.length === 0 ? {} : { inputsSkipped }),
    };
    const store = this.store;
    return {
      rules: this.runs.map((run) => run.rule),
      files: this.files,
      summary,
      errors: this.errors,
      evaluations: (ruleId, type) => store.read(ruleId, type),
      evaluationsJson: (ruleId, type) => store.readJson(ruleId, type),
    };
  }

  /** Starts the worker once the byte inputs so far and the next one's size reach the option's `minBytes`. */
  private startWorker(input: ByteInput): ScanWorkerClient | undefined {
    const option = this.options.worker;
    if (this.worker !== undefined || option === undefined || this.runs.length === 0) return this.worker;
    this.workerBytes += input.size ?? 0;
    if (this.workerBytes + this.bytes < (option.minBytes ?? DEFAULT_WORKER_MIN_BYTES)) return undefined;
    this.worker = new ScanWorkerClient(option.start, this.workerData());
    return this.worker;
  }

  private workerData(): ScanWorkerData {
    return { kind: SCAN_WORKER_KIND, rules: this.runs.map((run) => ({ id: run.rule.id, raw: run.raw })) };
  }

  /**
   * Reads every input of every source in order. Byte inputs go in blocks to be evaluated (pipeline: on
   * the worker thread, or here) and applied in input order; a run that did not parse stops its
   * input's blocks where it starts, and the input is read again from there, splitting exactly (and
   * guessing again after a few items, unless runs of this input have failed MAX_RUN_FAILURES times).
   * An input that cannot be read is listed in `errors` and the scan goes on with the next.
   */
  private async readAll(evaluateHere: (block: ValueBlock) => WorkerResult): Promise<void> {
    const buffers = new BlockBuffers(BLOCK_BYTES);
    const pipeline = new WorkPipeline<{ file: number; block: ValueBlock }>(undefined, {
      message: ({ block }) => ({ type: 'block', bytes: block.bytes, starts: block.starts, ends: block.ends, kinds: block.kinds }),
      evaluateHere: ({ block }) => evaluateHere(block),
      apply: ({ file, block }, result) => this.failedFiles.has(file) || this.skippedFiles.has(file) || this.applyResult(file, block, result),
      done: ({ block }) => buffers.give(block.bytes),
    });
    for (const source of this.sources) {
      for await (const input of source.inputs()) {
        const file = this.files.push(input.name) - 1;
        await this.readInput(file, input, pipeline, buffers);
      }
    }
    await pipeline.drain();
  }

  private async readInput(file: number, input: ScanInput, pipeline: WorkPipeline<{ file: number; block: ValueBlock }>, buffers: BlockBuffers): Promise<void> {
    switch (input.kind) {
      case 'failure':
        this.recordInputError(file, {
          file: input.name,
          error: input.code,
          message: input.message,
          ...(input.account === undefined ? {} : { account: input.account }),
          ...(input.region === undefined ? {} : { region: input.region }),
          ...(input.action === undefined ? {} : { action: input.action }),
          ...(input.ruleIds === undefined ? {} : { rules: input.ruleIds }),
        });
        return;
      case 'items':
        // After the blocks before it: items are applied in input order whichever thread read them.
        await pipeline.drain();
        await this.readItems(file, input);
        return;
      case 'bytes': {
        const reason = notConfigByName(input.name);
        if (reason !== undefined) {
          this.skipInput(file, reason);
          return;
        }
        const worker = this.startWorker(input);
        if (worker !== undefined) pipeline.useWorker(worker);
        await this.readBytes(file, input, pipeline, buffers);
      }
    }
  }

  private async readItems(file: number, input: ItemInput): Promise<void> {
    let index = 0;
    try {
      for await (const value of input.items()) {
        this.readParsed(file, { index }, true, value, undefined);
        index += 1;
      }
    } catch (error) {
      this.recordInputError(file, { file: input.name, error: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  private async readBytes(file: number, input: ByteInput, pipeline: WorkPipeline<{ file: number; block: ValueBlock }>, buffers: BlockBuffers): Promise<void> {
    const onBytes = (bytes: number): void => {
      this.bytes += bytes;
    };
    const guess = this.options.exactSplitting !== true;
    let failures = 0;
    for (let resume: ListResume | undefined; ; ) {
      let hadRuns = false;
      const options = resume === undefined ? { onBytes, guess, buffers } : { onBytes, buffers, resume: { ...resume, guess: guess && failures < MAX_RUN_FAILURES } };
      let failure: unknown;
      try {
        for await (const block of readJsonItems(input, options)) {
          hadRuns ||= block.kinds.includes(VALUE_RUN);
          await pipeline.submit({ file, block });
          if (this.rereadAt !== undefined || this.failedFiles.has(file) || this.skippedFiles.has(file)) break;
          this.options.onProgress?.({ file: input.name, items: this.itemsRead, bytes: this.bytes });
        }
      } catch (error) {
        failure = error;
      }
      // Blocks read before a failure are applied first, as on one thread: one may fail earlier, or hold
      // a run that did not parse, whose input is then read again from there. Only runs ask for that, so
      // an input without any need not wait for its answers.
      if (hadRuns || failure !== undefined) await pipeline.drain();
      resume = this.rereadAt;
      this.rereadAt = undefined;
      if (resume === undefined) {
        if (failure === undefined || this.failedFiles.has(file)) return;
        if (!(failure instanceof UnreadableInputError)) throw failure;
        this.recordInputError(file, { file: input.name, error: failure.name, message: inputErrorMessage(failure) });
        return;
      }
      failures += 1;
    }
  }

  /**
   * The items whose rules need related resources, now that the input is complete: their texts go to
   * both threads in batches with every related resource read, and the answers are applied in order.
   * Items superseded while they waited are left out (their successor is, or was, evaluated instead).
   */
  private async evaluateWaiting(client: ScanWorkerClient | undefined): Promise<void> {
    if (this.deferred.count === 0) return;
    client?.post({ type: 'related', items: this.related.all() });
    const pipeline = new WorkPipeline<DeferredBatch>(client, {
      message: (batch) => ({ type: 'waiting', texts: batch.texts, rules: batch.metas.map((meta) => meta.rules) }),
      evaluateHere: (batch) => evaluateWaitingBatch({ texts: batch.texts, rules: batch.metas.map((meta) => meta.rules) }, this.runs, this.related),
      apply: (batch, result) => this.applyWaiting(batch, result),
    });
    for (const batch of this.deferred.drain()) {
      const latest = batch.metas.flatMap((meta, at) => (this.latest.isLatest(meta.key, meta.seq) ? [at] : []));
      if (latest.length === 0) continue;
      const kept = latest.length === batch.metas.length ? batch : { metas: latest.map((at) => batch.metas[at]!), texts: latest.map((at) => batch.texts[at]!) };
      await pipeline.submit(kept);
    }
    await pipeline.drain();
  }

  private applyWaiting(batch: DeferredBatch, result: WorkerResult): boolean {
    let at = 0;
    for (const meta of batch.metas) {
      const position = positionJson(meta.position);
      for (const index of meta.rules) {
        const run = this.runs[index];
        if (run !== undefined) at = this.applyAnswer(run, result, at, meta, position);
      }
    }
    return true;
  }

  /**
   * Applies one rule's answer for an admitted item (compliance and evaluation JSON, or a rule error);
   * returns where the next answer starts.
   */
  private applyAnswer(run: RuleRun, result: WorkerResult, at: number, item: Omit<DeferredMeta, 'rules'>, position: string): number {
    const compliance = String(result[at]);
    if (compliance !== '') {
      // evaluationJson has checked the compliance (or reported an error).
      this.store.add(item.seq, run.rule.id, compliance as Verdict['compliance'], { file: item.file, position, evaluation: String(result[at + 1]) });
      return at + 2;
    }
    this.ruleErrors += 1;
    this.recordError({
      file: this.files[item.file] ?? '',
      position: item.position,
      error: String(result[at + 1]),
      message: String(result[at + 2]),
      resourceType: item.key.resourceType,
      resourceId: item.key.resourceId,
      rule: run.rule.id,
    });
    return at + 3;
  }

  /** Applies the answers for one block; false when a run did not parse (`rereadAt` is then set). */
  private applyResult(file: number, block: ValueBlock, result: WorkerResult): boolean {
    let at = 0;
    for (let value = 0; value < block.count; value += 1) {
      const kind = block.kinds[value];
      const start = block.starts[value] ?? 0;
      const end = block.ends[value] ?? start;
      if (kind === VALUE_RUN) {
        if (result[at] === TAG_RUN_FAILED) {
          this.rereadAt = { offset: block.offset + start, ...listOf(block.numbers[value] ?? 0) };
          return false;
        }
        const count = Number(result[at + 1]);
        at += 2;
        for (let element = 0; element < count; element += 1) {
          const position = { index: this.numbering.take(file, block.numbers[value] ?? 0) };
          if (result[at] === TAG_MAIN) {
            const text = String(result[at + 1]);
            this.readValue(file, position, true, text, text);
            at += 2;
          } else {
            at = this.readEvaluated(file, position, result, at, undefined);
          }
        }
        continue;
      }
      const position = kind === VALUE_ITEM ? { index: this.numbering.take(file, block.numbers[value] ?? 0) } : documentPosition(block, value);
      if (result[at] === TAG_MAIN) {
        this.readValue(file, position, kind === VALUE_ITEM, valueText(block, value), block.bytes.subarray(start, end));
        at += 1;
      } else {
        at = this.readEvaluated(file, position, result, at, block.bytes.subarray(start, end));
      }
    }
    return true;
  }

  /**
   * `readItem` for an item the worker evaluated (its answer starts at `start`); returns where the next
   * value's answer starts. `raw` is the item's bytes; without them (an element of a run), the answer
   * holds its text when a rule waits.
   */
  private readEvaluated(file: number, position: ItemPosition, result: WorkerResult, start: number, raw: Uint8Array | undefined): number {
    if (result[start] === TAG_SKIPPED) {
      this.itemsRead += 1;
      this.seq += 1;
      this.skip('no-selected-rule-for-type', String(result[start + 1]));
      return start + 2;
    }
    const key: ItemKey = {
      resourceType: String(result[start + 1]) as ItemKey['resourceType'],
      awsAccountId: String(result[start + 2]),
      awsRegion: String(result[start + 3]),
      resourceId: String(result[start + 4]),
      configurationItemCaptureTime: String(result[start + 5]),
    };
    this.itemsRead += 1;
    const seq = this.seq++;
    const runs = this.runsByType.get(key.resourceType);
    if (runs === undefined) {
      // Not expected: the worker answers TAG_SKIPPED for such types, with the same selection.
      this.skip('no-selected-rule-for-type', key.resourceType);
      return start + 6;
    }
    return this.applyItem({ seq, file, position, key }, runs, result, start + 6, raw);
  }

  /**
   * Applies the rules' answers for one item (`answerRules`' layout, from `at`) if it is its resource's
   * latest so far, and puts it aside for the rules that wait; returns where the next answer starts.
   * `raw` is the item's JSON for waiting; without it (an element of a run), the answer ends with it.
   */
  private applyItem(item: Omit<DeferredMeta, 'rules'>, runs: readonly RuleRun[], result: WorkerResult, at: number, raw: Uint8Array | string | undefined): number {
    const admitted = this.admit(item.key, item.seq);
    const itemPosition = admitted ? positionJson(item.position) : '';
    const waiting: number[] = [];
    for (const run of runs) {
      if (result[at] === RUN_WAITS) {
        waiting.push(run.index);
        at += 1;
      } else if (admitted) {
        at = this.applyAnswer(run, result, at, item, itemPosition);
      } else {
        at += result[at] === '' ? 3 : 2;
      }
    }
    if (waiting.length > 0) {
      const json = raw ?? String(result[at]);
      if (raw === undefined) at += 1;
      if (admitted) this.deferred.add({ ...item, rules: waiting }, json);
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

  /** Reads one value here: `raw` is the item's JSON (bytes or text) when the value is an item. */
  private readValue(file: number, position: ItemPosition, isItem: boolean, text: string, raw: Uint8Array | string): void {
    if (this.failedFiles.has(file) || this.skippedFiles.has(file)) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      const failure = new UnreadableInputError(this.files[file] ?? '', describePosition(position), `not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
      this.recordInputError(file, { file: failure.file, error: failure.name, message: inputErrorMessage(failure) });
      return;
    }
    this.readParsed(file, position, isItem, parsed, raw);
  }

  /** Reads one parsed value: an item, or (`isItem` false) a document that may hold items. */
  private readParsed(file: number, position: ItemPosition, isItem: boolean, parsed: unknown, raw: Uint8Array | string | undefined): void {
    if (!isItem) {
      const reason = notConfigDocument(parsed);
      if (reason !== undefined) {
        this.skipInput(file, reason);
        return;
      }
    }
    let items: ConfigurationItem | ConfigurationItem[];
    try {
      items = isItem ? normaliseItem(parsed) : readConfigFile(parsed);
    } catch (error) {
      if (!(error instanceof InvalidConfigurationItemError)) throw error;
      this.itemsRead += 1;
      this.itemsMalformed += 1;
      this.recordError({
        file: this.files[file] ?? '',
        position,
        error: error.name,
        message: error.message,
        ...(error.resourceType === undefined ? {} : { resourceType: error.resourceType }),
        ...(error.resourceId === undefined ? {} : { resourceId: error.resourceId }),
      });
      return;
    }
    if (Array.isArray(items)) for (const item of items) this.readItem(file, position, item, undefined);
    else this.readItem(file, position, items, isItem ? raw : undefined);
  }

  /** `raw` is the item's JSON as read, when the value is the item itself (not a document around it). */
  private readItem(file: number, position: ItemPosition, item: ConfigurationItem, raw: Uint8Array | string | undefined): void {
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
    const answer: (string | number)[] = [];
    const waits = answerRules(item, runs, answer);
    const { resourceType, awsAccountId, awsRegion, resourceId, configurationItemCaptureTime } = item;
    const key = { resourceType, awsAccountId, awsRegion, resourceId, configurationItemCaptureTime };
    this.applyItem({ seq, file, position, key }, runs, answer, 0, waits ? (raw ?? JSON.stringify(item)) : undefined);
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
    const answer: (string | number)[] = [];
    answerRules(item, runs, answer, this.related);
    const origin = { seq: from.seq, file: from.file, position: from.position, key: item };
    const position = positionJson(from.position);
    let at = 0;
    for (const run of runs) at = this.applyAnswer(run, answer, at, origin, position);
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

  /** An input that cannot be read (or no longer): listed whatever the cap, as inputs are few. */
  private recordInputError(file: number, error: InputError): void {
    this.failedFiles.add(file);
    this.inputErrors += 1;
    this.errors.push(error);
  }

  /** An input that is not Config data: counted once by reason, and not read further. */
  private skipInput(file: number, reason: string): void {
    if (this.skippedFiles.has(file)) return;
    this.skippedFiles.add(file);
    this.inputsSkipped.set(reason, (this.inputsSkipped.get(reason) ?? 0) + 1);
  }

}

type ListResumeAt = ItemList & { readonly offset: number };
type ListResume = ListResumeAt;

/** The error's message without the input's name, which the entry carries as `file`. */
function inputErrorMessage(error: UnreadableInputError): string {
  return error.position === undefined ? error.reason : `${error.position}: ${error.reason}`;
}
