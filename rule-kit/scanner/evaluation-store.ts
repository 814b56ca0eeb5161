import type { ComplianceType } from '../compliance';
import type { ComplianceCounts, ScannedEvaluation } from './scan-report';

/**
 * One evaluation as the scan hands it to a store: already JSON text, since the JSON report copies it
 * as is and a spool writes it as is (serialising an object per evaluation cost more than building the
 * text once per item and rule).
 */
export interface EvaluationRecord {
  /** Index into the scan's files. */
  readonly file: number;
  /** The `ItemPosition` as JSON. */
  readonly position: string;
  /** The `ReportedEvaluation` as JSON. */
  readonly evaluation: string;
}

/**
 * Where a scan puts its evaluations until the report is written. Evaluations are grouped by rule and
 * compliance as they arrive; `supersede` withdraws every evaluation of an item when a later item of
 * the same resource turns up (history files), which is why nothing is written out before the end.
 */
export interface EvaluationStore {
  add(seq: number, ruleId: string, compliance: ComplianceType, record: EvaluationRecord): void;
  supersede(seq: number): void;
  /** Call once, after the last `add`. */
  finish(): Promise<void>;
  counts(ruleId: string): Promise<ComplianceCounts>;
  read(ruleId: string, compliance: ComplianceType): AsyncIterable<ScannedEvaluation>;
  /**
   * The same evaluations as JSON text (`ReportedEvaluation`), without a parse and re-serialisation: UTF-8
   * chunks of evaluations joined by `,\n`. A chunk may be reused once the next one is asked for.
   */
  readJson(ruleId: string, compliance: ComplianceType): AsyncIterable<Uint8Array>;
  dispose(): Promise<void>;
}

/** The evaluation a store returns from its record. */
export function scannedEvaluationOf(record: EvaluationRecord): ScannedEvaluation {
  return {
    file: record.file,
    position: JSON.parse(record.position) as ScannedEvaluation['position'],
    evaluation: JSON.parse(record.evaluation) as ScannedEvaluation['evaluation'],
  };
}
