import type { ComplianceType } from '../compliance';
import type { RuleDefinition } from '../define-rule';
import type { ItemPosition } from './item-position';
import type { RuleNotRun } from './select-rules';

/** One evaluation as the scanner reports it: the PutEvaluations fields plus the rule's name in the pack. */
export interface ReportedEvaluation {
  readonly ConfigRuleName: string;
  readonly ComplianceResourceType: string;
  readonly ComplianceResourceId: string;
  readonly ComplianceType: ComplianceType;
  readonly Annotation?: string;
  /** ISO-8601: the evaluated item's capture time, as the Lambda sends it. */
  readonly OrderingTimestamp: string;
}

/** An evaluation and the item it came from: `file` indexes `ScanReport.files`. */
export interface ScannedEvaluation {
  readonly evaluation: ReportedEvaluation;
  readonly file: number;
  readonly position: ItemPosition;
}

/** A value the scan could not evaluate (a malformed item), or a rule that failed on an item. */
export interface ItemError {
  readonly file: string;
  readonly position: ItemPosition;
  /** The error class: InvalidConfigurationItemError, InvalidEvaluationError, or a rule's own error. */
  readonly error: string;
  readonly message: string;
  readonly resourceType?: string;
  readonly resourceId?: string;
  /** Set when a rule failed on a readable item (a bug in the rule: the Lambda would fail too). */
  readonly rule?: string;
}

/**
 * An input that could not be read (not JSON, not gzip, missing, denied): listed with its name, the
 * scan goes on with the other inputs, and the CLI exits 2.
 */
export interface InputError {
  /** The input's name: a path, an `s3://` URL, or `live:<account>/<region>/<what>`. */
  readonly file: string;
  /** `UnreadableInputError` for bytes that cannot be read, else the source's code (`AccessDeniedException`, `ENOENT`). */
  readonly error: string;
  readonly message: string;
  readonly account?: string;
  readonly region?: string;
  /** The IAM action that was denied, when the failure is a denial. */
  readonly action?: string;
  readonly rules?: readonly string[];
}

/** What the report's `errors` lists: items and rules that failed, and inputs that could not be read. */
export type ReportedError = ItemError | InputError;

/**
 * Whether a reported error is about an input (a file that could not be read) rather than an item.
 *
 * @example
 * const unreadable = report.errors.filter(isInputError).map((error) => error.file);
 */
export function isInputError(error: ReportedError): error is InputError {
  return !('position' in error);
}

/** An input skipped as a whole because it is not Config data (see not-config-input.ts), counted by reason. */
export interface SkippedInputs {
  readonly reason: string;
  readonly count: number;
}

/**
 * - `no-selected-rule-for-type`: no selected rule evaluates the item's type.
 * - `superseded-by-later-item`: a later item of the same resource was evaluated instead.
 * - `merged-into-account-item`: an `AWS::::Account` item whose keys went into the one merged item of
 *   its account and region (counted once per merged item beyond the first; see account-items.ts).
 */
export type SkipReason = 'no-selected-rule-for-type' | 'superseded-by-later-item' | 'merged-into-account-item';

export interface SkippedItems {
  readonly reason: SkipReason;
  readonly resourceType: string;
  readonly count: number;
}

export type ComplianceCounts = Readonly<Record<ComplianceType, number>>;

export interface ScanSummary {
  readonly files: number;
  readonly rules: readonly string[];
  readonly rulesNotRun: readonly RuleNotRun[];
  /** Every configuration item read: evaluated + skipped + malformed. */
  readonly itemsRead: number;
  /** Items of a type some selected rule evaluates, latest of their resource (NOT_APPLICABLE included). */
  readonly itemsEvaluated: number;
  readonly itemsSkipped: number;
  readonly skipped: readonly SkippedItems[];
  /** Items that are not configuration items Config produces; each is in `errors`. */
  readonly itemsMalformed: number;
  /** Failures of a rule on a readable item; each is in `errors`. */
  readonly ruleErrors: number;
  /** `errors` holds at most this many entries; the counts above stay exact. */
  readonly errorsListed: number;
  readonly evaluations: number;
  readonly compliance: ComplianceCounts;
  readonly byRule: Readonly<Record<string, ComplianceCounts>>;
  /** Inputs that could not be read, each in `errors`; present only when there are some. */
  readonly inputErrors?: number;
  /** Inputs that are not Config data (CloudTrail files beside the snapshots), by reason; present only when there are some. */
  readonly inputsSkipped?: readonly SkippedInputs[];
  /** Selected rules that saw no item of their types (after scope), or whose input could not be read somewhere. */
  readonly notEvaluated: readonly NotEvaluatedRule[];
}

/**
 * A selected rule the scan could not evaluate: no item of its types reached it (after scope), or a
 * place it needed could not be read (then `account` and `region` say where). Never a clean line.
 */
export interface NotEvaluatedRule {
  readonly ConfigRuleName: string;
  readonly resourceTypes: readonly string[];
  /** Why, and what to do. */
  readonly reason: string;
  readonly account?: string;
  readonly region?: string;
}

/** The order reports list evaluations in: what needs attention first. */
export const REPORT_ORDER: readonly ComplianceType[] = ['NON_COMPLIANT', 'COMPLIANT', 'NOT_APPLICABLE'];

export interface ScanReport {
  readonly rules: readonly RuleDefinition[];
  readonly files: readonly string[];
  readonly summary: ScanSummary;
  readonly errors: readonly ReportedError[];
  /** The evaluations of one rule with one compliance, in the order the items were evaluated. */
  evaluations(ruleId: string, compliance: ComplianceType): AsyncIterable<ScannedEvaluation>;
  /** The same evaluations' `ReportedEvaluation` as UTF-8 JSON joined by `,\n`, in chunks: what the JSON report copies. */
  evaluationsJson(ruleId: string, compliance: ComplianceType): AsyncIterable<Uint8Array>;
}

/**
 * A count of zero for every compliance type.
 *
 * @example
 * const counts = zeroCounts(); counts.NON_COMPLIANT += 1;
 */
export function zeroCounts(): Record<ComplianceType, number> {
  return { COMPLIANT: 0, NON_COMPLIANT: 0, NOT_APPLICABLE: 0 };
}
