// The scanner face: evaluate configuration items offline (Config's snapshot and history files, and
// the other sources behind `ScanSource`) with the rules the Lambda runs. The formats, stores and
// splitting behind `scan` are not part of it.
export { scan } from './scan';
export type { ScanOptions, ScanProgress } from './scan';
export { fileSource } from './sources/file-source';
export type { ByteInput, InputFailure, ItemInput, ScanInput, ScanSource, SourcePlace } from './source';
export { selectRules } from './select-rules';
export type { RuleNotRun, RuleSelection, SelectedRule, SelectRulesOptions } from './select-rules';
export { isInputError, REPORT_ORDER } from './scan-report';
export type {
  ComplianceCounts,
  InputError,
  ItemError,
  ReportedError,
  ReportedEvaluation,
  ScannedEvaluation,
  ScanReport,
  ScanSummary,
  SkippedInputs,
  SkippedItems,
  SkipReason,
} from './scan-report';
export { JsonSyntaxError, RuleParameterError, ScanError, UnknownRuleError, UnreadableInputError, UnwritableOutputError } from './scan-errors';
