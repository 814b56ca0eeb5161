import { AlertEventError } from './alert-errors';
import { isRecord, optionalStringAt, recordAt, stringAt, timeAt, type JsonRecord } from './event-fields';

/** What Config reports for a rule and resource; INSUFFICIENT_DATA appears only in Config's own results. */
export const RESULT_COMPLIANCE = ['COMPLIANT', 'NON_COMPLIANT', 'NOT_APPLICABLE', 'INSUFFICIENT_DATA'] as const;
export type ResultCompliance = (typeof RESULT_COMPLIANCE)[number];

/**
 * A "Config Rules Compliance Change" event from EventBridge: one rule's result for one resource moved.
 * Shape: the AWS Config Developer Guide's "Example Compliance Change Notification", wrapped in the
 * EventBridge envelope (`source` aws.config, `detail-type`, `account`, `region`, `detail`).
 */
export interface ComplianceChange {
  readonly kind: 'compliance-change';
  readonly account: string;
  readonly region: string;
  readonly configRuleName: string;
  readonly configRuleArn?: string;
  readonly resourceType: string;
  readonly resourceId: string;
  readonly newCompliance: ResultCompliance;
  /** Absent for a resource's first result. */
  readonly oldCompliance?: ResultCompliance;
  readonly annotation?: string;
  /** The evaluation's OrderingTimestamp: the item's capture time for change-triggered results. */
  readonly orderingTimestamp: string;
  readonly resultRecordedTime?: string;
}

export const COMPLIANCE_CHANGE_DETAIL_TYPE = 'Config Rules Compliance Change';

function complianceAt(parent: JsonRecord, path: string): ResultCompliance {
  const value = parent['complianceType'];
  if (typeof value === 'string' && (RESULT_COMPLIANCE as readonly string[]).includes(value)) return value as ResultCompliance;
  throw new AlertEventError(`${path}.complianceType`, value, `must be one of ${RESULT_COMPLIANCE.join(', ')}`);
}

/** Reads the event, or throws AlertEventError naming the field: a malformed event is never half-alerted. */
export function parseComplianceChange(event: JsonRecord): ComplianceChange {
  const detail = recordAt(event, 'detail', 'event');
  const messageType = detail['messageType'];
  if (messageType !== 'ComplianceChangeNotification') {
    throw new AlertEventError('detail.messageType', messageType, 'must be ComplianceChangeNotification');
  }
  const result = recordAt(detail, 'newEvaluationResult', 'detail');
  const identifier = recordAt(result, 'evaluationResultIdentifier', 'detail.newEvaluationResult');
  const old = detail['oldEvaluationResult'];
  const configRuleArn = optionalStringAt(detail, 'configRuleARN', 'detail');
  const annotation = optionalStringAt(result, 'annotation', 'detail.newEvaluationResult');
  const recorded = result['resultRecordedTime'];
  return {
    kind: 'compliance-change',
    account: stringAt(detail, 'awsAccountId', 'detail'),
    region: stringAt(detail, 'awsRegion', 'detail'),
    configRuleName: stringAt(detail, 'configRuleName', 'detail'),
    ...(configRuleArn === undefined ? {} : { configRuleArn }),
    resourceType: stringAt(detail, 'resourceType', 'detail'),
    resourceId: stringAt(detail, 'resourceId', 'detail'),
    newCompliance: complianceAt(result, 'detail.newEvaluationResult'),
    ...(isRecord(old) ? { oldCompliance: complianceAt(old, 'detail.oldEvaluationResult') } : {}),
    ...(annotation === undefined ? {} : { annotation }),
    orderingTimestamp: timeAt(identifier, 'orderingTimestamp', 'detail.newEvaluationResult.evaluationResultIdentifier'),
    ...(typeof recorded === 'string' ? { resultRecordedTime: timeAt(result, 'resultRecordedTime', 'detail.newEvaluationResult') } : {}),
  };
}
