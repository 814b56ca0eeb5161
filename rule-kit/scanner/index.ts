export { AccountItems, MERGED_RESOURCE_TYPE, mergeAccountItems } from './account-items';
export type { HeldAccountItem, MergedAccountItem } from './account-items';
export { DeferredItems } from './deferred-items';
export type { DeferredBatch, DeferredMeta } from './deferred-items';
export type { EvaluationRecord, EvaluationStore } from './evaluation-store';
export { describePosition } from './item-position';
export type { ItemPosition } from './item-position';
export { JsonItemSplitter } from './json-item-splitter';
export { JsonLinesSplitter } from './json-lines-splitter';
export { MemoryEvaluationStore } from './memory-evaluation-store';
export { readJsonItems } from './read-json-items';
export { fileInput, fileSource } from './sources/file-source';
export type { ByteInput, InputFailure, ItemInput, ScanInput, ScanSource, SourcePlace } from './source';
export { notConfigByName, notConfigDocument } from './not-config-input';
export type { NotConfigReason } from './not-config-input';
export type { ReadOptions } from './read-json-items';
export { RelatedIndex } from './related-index';
export { scan } from './scan';
export type { ScanOptions, ScanProgress } from './scan';
export { JsonSyntaxError, RuleParameterError, ScanError, UnknownRuleError, UnreadableInputError, UnwritableOutputError } from './scan-errors';
export { isInputError, REPORT_ORDER, zeroCounts } from './scan-report';
export type {
  ComplianceCounts,
  InputError,
  ItemError,
  ReportedError,
  SkippedInputs,
  ReportedEvaluation,
  ScannedEvaluation,
  ScanReport,
  ScanSummary,
  SkippedItems,
  SkipReason,
} from './scan-report';
export { selectRules } from './select-rules';
export type { RuleNotRun, RuleSelection, SelectedRule, SelectRulesOptions } from './select-rules';
export { SpoolEvaluationStore } from './spool-evaluation-store';
export {
  documentPosition,
  ItemNumbering,
  listNumber,
  listOf,
  VALUE_DOCUMENT,
  VALUE_ITEM,
  VALUE_LINE,
  VALUE_RUN,
  valueText,
  ValueList,
} from './value-block';
export type { ItemList, ListResume, ValueBlock, ValueKind, ValueSplitter } from './value-block';
export { ValueCutter } from './value-cutter';
export { formatJson } from './format-json';
export { formatJunit, xmlEscape } from './format-junit';
export { formatSarif } from './format-sarif';
export type { SarifOptions } from './format-sarif';
export { formatTable } from './format-table';
export type { TableOptions } from './format-table';
export { FileTextOutput, StreamTextOutput, StringTextOutput } from './text-output';
export type { TextOutput } from './text-output';
