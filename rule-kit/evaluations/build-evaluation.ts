import type { Evaluation } from '@aws-sdk/client-config-service';
import { COMPLIANCE_TYPES, type ComplianceType, type Verdict } from '../compliance';
import type { ResourceKey } from '../configuration-item';
import { InvalidEvaluationError } from '../errors';
import { truncateAnnotation } from './annotation';

/** Length limits of the Evaluation data type (PutEvaluations API reference). */
export const RESOURCE_ID_MAX_LENGTH = 768;
export const RESOURCE_TYPE_MAX_LENGTH = 256;

/**
 * An Evaluation whose fields PutEvaluations requires are known to be present: what the kit builds and
 * sends. Assignable to the SDK's `Evaluation`.
 */
export interface ReportableEvaluation extends Evaluation {
  readonly ComplianceResourceType: string;
  readonly ComplianceResourceId: string;
  readonly ComplianceType: ComplianceType;
  readonly OrderingTimestamp: Date;
}

const ISO_DATE_START = /^\d{4}-\d{2}-\d{2}/;

function toDate(value: string | Date): Date {
  const date = typeof value === 'string' && ISO_DATE_START.test(value.trim()) ? new Date(value) : value;
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new InvalidEvaluationError('OrderingTimestamp', value, 'is not a valid ISO-8601 time');
  }
  // A copy: a caller mutating its Date later must not change what is reported.
  return new Date(date.getTime());
}

function isComplianceType(value: unknown): value is ComplianceType {
  return (COMPLIANCE_TYPES as readonly unknown[]).includes(value);
}

/**
 * The Evaluation for one resource. `orderingTimestamp` is the item's capture time (change trigger) or
 * the notification's creation time (periodic), never the wall clock: Config keeps the evaluation with
 * the latest OrderingTimestamp, so a clock time would let a stale verdict override a newer one.
 *
 * @example
 * const evaluation = toEvaluation(item, nonCompliant('Public.'), item.configurationItemCaptureTime);
 */
export function toEvaluation(key: ResourceKey, verdict: Verdict, orderingTimestamp: string | Date): ReportableEvaluation {
  // Verdicts can come from plain JavaScript or a cast, so the type is checked at run time too;
  // INSUFFICIENT_DATA in particular is Config's own and PutEvaluations rejects it.
  const compliance: unknown = verdict.compliance;
  if (!isComplianceType(compliance)) {
    throw new InvalidEvaluationError('ComplianceType', compliance, `must be one of ${COMPLIANCE_TYPES.join(', ')}`);
  }
  const { resourceType, resourceId } = key;
  if (typeof resourceType !== 'string' || resourceType.length === 0 || resourceType.length > RESOURCE_TYPE_MAX_LENGTH) {
    throw new InvalidEvaluationError(
      'ComplianceResourceType',
      resourceType,
      `must be 1 to ${RESOURCE_TYPE_MAX_LENGTH} characters`,
    );
  }
  if (typeof resourceId !== 'string' || resourceId.length === 0 || resourceId.length > RESOURCE_ID_MAX_LENGTH) {
    throw new InvalidEvaluationError('ComplianceResourceId', resourceId, `must be 1 to ${RESOURCE_ID_MAX_LENGTH} characters`);
  }
  const evaluation: ReportableEvaluation = {
    ComplianceResourceType: resourceType,
    ComplianceResourceId: resourceId,
    ComplianceType: compliance,
    OrderingTimestamp: toDate(orderingTimestamp),
  };
  const annotation = truncateAnnotation(verdict.annotation);
  return annotation === undefined ? evaluation : { ...evaluation, Annotation: annotation };
}
