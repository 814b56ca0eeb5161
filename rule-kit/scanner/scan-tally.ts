import type { RuleDefinition } from '../define-rule';
import type { EvaluationStore } from './evaluation-store';
import { notEvaluatedRules, type SourceKind } from './not-evaluated';
import type { RuleNotRun } from './select-rules';
import {
  isInputError,
  REPORT_ORDER,
  zeroCounts,
  type ComplianceCounts,
  type InputError,
  type ItemError,
  type ReportedError,
  type ScanSummary,
  type SkipReason,
  type SkippedItems,
} from './scan-report';

/**
 * What a scan counts as it goes: the inputs read (their names, which `file` numbers index), items
 * read, evaluated, skipped and malformed, rule errors, inputs that could not be read or are not Config
 * data, and the errors listed. Turns into the report's summary at the end.
 */
export class ScanTally {
  /** Names of the inputs, in the order read. */
  readonly files: string[] = [];
  readonly errors: ReportedError[] = [];
  itemsRead = 0;
  itemsEvaluated = 0;
  itemsMalformed = 0;
  ruleErrors = 0;
  private inputErrors = 0;
  private readonly skipped = new Map<string, { reason: SkipReason; resourceType: string; count: number }>();
  /** Inputs that could not be read (or no longer), or were skipped as not Config data: nothing more of them is applied. */
  private readonly closedInputs = new Set<number>();
  private readonly inputsSkipped = new Map<string, number>();

  constructor(private readonly maxErrors: number) {}

  /** A new input; returns its number. */
  addInput(name: string): number {
    return this.files.push(name) - 1;
  }

  isClosed(file: number): boolean {
    return this.closedInputs.has(file);
  }

  skip(reason: SkipReason, resourceType: string, count = 1): void {
    const key = `${reason}\u0000${resourceType}`;
    const entry = this.skipped.get(key);
    if (entry === undefined) this.skipped.set(key, { reason, resourceType, count });
    else entry.count += count;
  }

  /** A malformed item or a rule's failure: listed up to the cap, counted by the caller. */
  itemError(error: ItemError): void {
    if (this.errors.length < this.maxErrors) this.errors.push(error);
  }

  /** An input that cannot be read (or no longer): always listed, as inputs are few. */
  inputError(file: number, error: InputError): void {
    if (this.closedInputs.has(file)) return;
    this.closedInputs.add(file);
    this.inputErrors += 1;
    this.errors.push(error);
  }

  /** An input that is not Config data: counted once by reason, and not read further. */
  skipInput(file: number, reason: string): void {
    if (this.closedInputs.has(file)) return;
    this.closedInputs.add(file);
    this.inputsSkipped.set(reason, (this.inputsSkipped.get(reason) ?? 0) + 1);
  }

  async summary(rules: readonly RuleDefinition[], rulesNotRun: readonly RuleNotRun[], store: EvaluationStore, sourceKind: SourceKind): Promise<ScanSummary> {
    const ruleIds = rules.map((rule) => rule.id);
    const byRule: Record<string, ComplianceCounts> = {};
    const compliance = zeroCounts();
    for (const id of ruleIds) {
      const counts = await store.counts(id);
      byRule[id] = counts;
      for (const type of REPORT_ORDER) compliance[type] += counts[type];
    }
    const skipped: SkippedItems[] = [...this.skipped.values()].filter((entry) => entry.count > 0);
    const inputsSkipped = [...this.inputsSkipped].map(([reason, count]) => ({ reason, count }));
    return {
      files: this.files.length,
      rules: ruleIds,
      rulesNotRun,
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
      // Present only when there are some, so reports of clean inputs read as before.
      ...(this.inputErrors === 0 ? {} : { inputErrors: this.inputErrors }),
      ...(inputsSkipped.length === 0 ? {} : { inputsSkipped }),
      notEvaluated: notEvaluatedRules(rules, byRule, this.errors.filter(isInputError), sourceKind),
    };
  }
}
