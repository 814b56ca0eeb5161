import type { ComplianceType, Verdict } from '../compliance';
import type { ConfigurationItem } from '../configuration-item';
import { RESOURCE_ID_MAX_LENGTH, RESOURCE_TYPE_MAX_LENGTH, toEvaluation, truncateAnnotation } from '../evaluations';
import type { ReportedEvaluation } from './scan-report';

/**
 * What every evaluation of one item shares, as JSON text: built once per item, not per rule. `fast` is
 * false when the item's key is outside PutEvaluations' limits; its evaluations then go through the
 * kit's `toEvaluation`, which throws the same InvalidEvaluationError the Lambda would.
 */
export interface ItemEvaluationText {
  readonly fast: boolean;
  /** `,"ComplianceResourceType":...,"ComplianceResourceId":...` */
  readonly key: string;
  /** `,"OrderingTimestamp":"..."}` */
  readonly tail: string;
}

/**
 * `item` comes from `normaliseItem`, whose capture time is already `toISOString()` text: the
 * OrderingTimestamp `toEvaluation` would build from it is the same string.
 */
export function itemEvaluationText(item: ConfigurationItem): ItemEvaluationText {
  const { resourceType, resourceId } = item;
  return {
    fast:
      resourceType.length > 0 &&
      resourceType.length <= RESOURCE_TYPE_MAX_LENGTH &&
      resourceId.length > 0 &&
      resourceId.length <= RESOURCE_ID_MAX_LENGTH,
    key: `,"ComplianceResourceType":${JSON.stringify(resourceType)},"ComplianceResourceId":${JSON.stringify(resourceId)}`,
    tail: `,"OrderingTimestamp":"${item.configurationItemCaptureTime}"}`,
  };
}

function isComplianceType(value: unknown): value is ComplianceType {
  return value === 'NON_COMPLIANT' || value === 'COMPLIANT' || value === 'NOT_APPLICABLE';
}

/**
 * The `ReportedEvaluation` of one rule's verdict on an item, as JSON with the fields in report order,
 * exactly what `JSON.stringify` of the object built from `toEvaluation` gives. `ruleNameJson` is the
 * rule id already as a JSON string.
 */
export function evaluationJson(ruleNameJson: string, item: ConfigurationItem, text: ItemEvaluationText, verdict: Verdict): string {
  const compliance: unknown = verdict.compliance;
  if (!text.fast || !isComplianceType(compliance)) return JSON.stringify(throughToEvaluation(JSON.parse(ruleNameJson) as string, item, verdict));
  const annotation = truncateAnnotation(verdict.annotation);
  const annotated = annotation === undefined ? '' : `,"Annotation":${JSON.stringify(annotation)}`;
  return `{"ConfigRuleName":${ruleNameJson}${text.key},"ComplianceType":"${compliance}"${annotated}${text.tail}`;
}

/** The slow path: the kit's own checks and errors. */
export function throughToEvaluation(ruleId: string, item: ConfigurationItem, verdict: Verdict): ReportedEvaluation {
  const built = toEvaluation(item, verdict, item.configurationItemCaptureTime);
  return {
    ConfigRuleName: ruleId,
    ComplianceResourceType: built.ComplianceResourceType,
    ComplianceResourceId: built.ComplianceResourceId,
    ComplianceType: built.ComplianceType,
    ...(built.Annotation === undefined ? {} : { Annotation: built.Annotation }),
    OrderingTimestamp: built.OrderingTimestamp.toISOString(),
  };
}
