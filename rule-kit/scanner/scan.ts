import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeferredItems } from './deferred-items';
import { evaluateWaitingBatch } from './evaluate-waiting';
import type { EvaluationStore } from './evaluation-store';
import { ItemRecorder } from './item-recorder';
import { MemoryEvaluationStore } from './memory-evaluation-store';
import { InputReader, type ScanProgress } from './read-inputs';
import { RelatedIndex } from './related-index';
import { ruleRuns } from './rule-runs';
import type { ScanReport } from './scan-report';
import { ScanTally } from './scan-tally';
import type { RuleNotRun, SelectedRule } from './select-rules';
import type { ScanSource } from './source';
import type { SourceKind } from './not-evaluated';

export type { ScanProgress } from './read-inputs';

export interface ScanOptions {
  readonly rules: readonly SelectedRule[];
  readonly rulesNotRun?: readonly RuleNotRun[];
  /** Defaults to memory; the CLI passes a `SpoolEvaluationStore` so memory stays flat. */
  readonly store?: EvaluationStore;
  /** Called after each block of input. */
  readonly onProgress?: (progress: ScanProgress) => void;
  /** Memory for items waiting for a related resource before they spill to disk (default 8 MiB). */
  readonly deferBudgetBytes?: number;
  /** At most this many item errors in `errors` (default 1000); counts stay exact. */
  readonly maxErrorsListed?: number;
  /** Where the items came from (default `files`): shapes the advice for rules that saw nothing. */
  readonly sourceKind?: SourceKind;
}

// Small: spilled items cost one write and one read more, and held bytes add straight to the peak RSS.
const DEFAULT_DEFER_BUDGET = 8 << 20;

/**
 * Evaluates every configuration item the sources yield with every selected rule that declares its
 * type, through the kit's pure `evaluateItem`: one evaluation per rule and resource, NOT_APPLICABLE
 * for deleted or unrecorded items, exactly as the Lambda would send them. Stages, each in its module:
 *
 * - source (source.ts, sources/): byte inputs, item inputs, and failures, read in order;
 * - split (read-json-items.ts): bytes into blocks of whole values, streamed, never one string;
 * - normalise and evaluate (answer-values.ts, answer-rules.ts, evaluate-block.ts): a block at a
 *   time, answers as plain data (item-answer.ts);
 * - keep latest (item-recorder.ts): the latest item of a resource wins (ties go to the later in
 *   input); `AWS::::Account` items are merged per account and Region instead (account-items.ts);
 *   items whose rule declares related resources wait for the end of the input;
 * - sink: the store (spooled), then a report format (report-sinks.ts).
 *
 * A malformed item is listed in `errors` with its input and position; an input that cannot be read is
 * listed with its name; either way the scan goes on.
 *
 * @example
 * const { selected } = selectRules(rules);
 * const report = await scan(fileSource(['./AWSLogs']), { rules: selected, store: new SpoolEvaluationStore() });
 * console.log(report.summary.compliance.NON_COMPLIANT);
 */
export async function scan(sources: ScanSource | readonly ScanSource[], options: ScanOptions): Promise<ScanReport> {
  const store = options.store ?? new MemoryEvaluationStore();
  const runs = ruleRuns(options.rules);
  const tally = new ScanTally(options.maxErrorsListed ?? 1000);
  const related = new RelatedIndex(runs.relatedTypes);
  const spill = new TemporaryFolder();
  const recorder = new ItemRecorder(runs, related, new DeferredItems(() => spill.path(), options.deferBudgetBytes ?? DEFAULT_DEFER_BUDGET), store, tally);
  try {
    const reader = new InputReader({
      runs,
      tally,
      recorder,
      ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    });
    await reader.read(Array.isArray(sources) ? (sources as readonly ScanSource[]) : [sources as ScanSource]);
    // Account items first: an item waiting for one as a related resource then finds the merged item.
    recorder.evaluateAccounts();
    // Then the items that waited for related resources, now that the input is complete.
    for (const batch of recorder.waitingBatches()) recorder.recordWaiting(batch, evaluateWaitingBatch(batch, runs.ordered, related));
    await store.finish();
  } catch (error) {
    await store.dispose();
    throw error;
  } finally {
    spill.remove();
  }
  return {
    rules: runs.ordered.map((run) => run.rule),
    files: tally.files,
    summary: await tally.summary(runs.ordered.map((run) => run.rule), options.rulesNotRun ?? [], store, options.sourceKind ?? 'files'),
    errors: tally.errors,
    evaluations: (ruleId, type) => store.read(ruleId, type),
    evaluationsJson: (ruleId, type) => store.readJson(ruleId, type),
  };
}

/** Where waiting items spill, made on first use. */
class TemporaryFolder {
  private made: string | undefined;

  path(): string {
    this.made ??= mkdtempSync(join(tmpdir(), 'config-rules-deferred-'));
    return this.made;
  }

  remove(): void {
    if (this.made !== undefined) rmSync(this.made, { recursive: true, force: true });
  }
}
