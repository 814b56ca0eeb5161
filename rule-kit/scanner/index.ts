// The scanner's face: scan sources, and read and write the report. Its stages are internal modules.
export { scan } from './scan';
export type { ScanOptions, ScanProgress } from './scan';
export { fileInput, fileSource } from './sources/file-source';
export type { ByteInput, InputFailure, ItemInput, ScanInput, ScanSource, SourcePlace } from './source';
export { notConfigByName, notConfigDocument } from './not-config-input';
export type { NotConfigReason } from './not-config-input';
export { selectRules } from './select-rules';
export type { RuleNotRun, RuleSelection, SelectedRule, SelectRulesOptions } from './select-rules';
export type { EvaluationRecord, EvaluationStore } from './evaluation-store';
export { MemoryEvaluationStore } from './memory-evaluation-store';
export { SpoolEvaluationStore } from './spool-evaluation-store';
export { describePosition } from './item-position';
export type { ItemPosition } from './item-position';
export { JsonSyntaxError, RuleParameterError, ScanError, UnknownRuleError, UnreadableInputError, UnwritableOutputError } from './scan-errors';
export { isInputError, REPORT_ORDER, zeroCounts } from './scan-report';
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
export { reportSink } from './report-sinks';
export type { ReportFormat, ReportSink, SinkOptions } from './report-sinks';
export { formatJson } from './format-json';
export { formatJunit, xmlEscape } from './format-junit';
export { formatSarif } from './format-sarif';
export type { SarifOptions } from './format-sarif';
export { formatTable } from './format-table';
export type { TableOptions } from './format-table';
export { FileTextOutput, StreamTextOutput, StringTextOutput } from './text-output';
export type { TextOutput } from './text-output';
