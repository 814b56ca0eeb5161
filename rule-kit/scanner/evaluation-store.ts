import type { ComplianceType } from '../compliance';
import type { ComplianceCounts, ScannedEvaluation } from './scan-report';

/**
 * Where a scan puts its evaluations until the report is written. Evaluations are grouped by rule and
 * compliance as they arrive; `supersede` withdraws every evaluation of an item when a later item of
 * the same resource turns up (history files), which is why nothing is written out before the end.
 */
export interface EvaluationStore {
  add(seq: number, ruleId: string, scanned: ScannedEvaluation): void;
  supersede(seq: number): void;
  /** Call once, after the last `add`. */
  finish(): Promise<void>;
  counts(ruleId: string): Promise<ComplianceCounts>;
  read(ruleId: string, compliance: ComplianceType): AsyncIterable<ScannedEvaluation>;
  /** The same evaluations as JSON text (`ReportedEvaluation`), without a parse and re-serialisation. */
  readJson(ruleId: string, compliance: ComplianceType): AsyncIterable<string>;
  dispose(): Promise<void>;
}

export function groupKey(ruleId: string, compliance: ComplianceType): string {
  return `${ruleId}\u0000${compliance}`;
}
