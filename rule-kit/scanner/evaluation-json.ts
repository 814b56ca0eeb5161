import type { Verdict } from '../compliance';
import type { ConfigurationItem } from '../configuration-item';
import { toEvaluation, type ReportableEvaluation } from '../evaluations';
import type { ReportedEvaluation } from './scan-report';

/**
 * An evaluation as the scanner reports it: the very object the Lambda sends (`toEvaluation`), with
 * the rule's name in the pack, fields in report order.
 *
 * @example
 * reportedEvaluation('sg-open-ports', toEvaluation(item, verdict, item.configurationItemCaptureTime));
 */
export function reportedEvaluation(ruleId: string, evaluation: ReportableEvaluation): ReportedEvaluation {
  return {
    ConfigRuleName: ruleId,
    ComplianceResourceType: evaluation.ComplianceResourceType,
    ComplianceResourceId: evaluation.ComplianceResourceId,
    ComplianceType: evaluation.ComplianceType,
    ...(evaluation.Annotation === undefined ? {} : { Annotation: evaluation.Annotation }),
    OrderingTimestamp: evaluation.OrderingTimestamp.toISOString(),
  };
}

/**
 * One rule's evaluation of an item, built by the kit's `toEvaluation` with the item's capture time as
 * the Lambda builds it for a change, serialised. Throws the same InvalidEvaluationError the Lambda would.
 *
 * @example
 * const line = evaluationJson(rule.id, item, verdict); // {"ConfigRuleName":"sg-open-ports",...}
 */
export function evaluationJson(ruleId: string, item: ConfigurationItem, verdict: Verdict): string {
  return JSON.stringify(reportedEvaluation(ruleId, toEvaluation(item, verdict, item.configurationItemCaptureTime)));
}
