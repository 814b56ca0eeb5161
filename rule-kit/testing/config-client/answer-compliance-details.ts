import type {
  ComplianceType as SdkComplianceType,
  EvaluationResult,
  GetComplianceDetailsByConfigRuleCommandInput,
  GetComplianceDetailsByConfigRuleCommandOutput,
} from '@aws-sdk/client-config-service';
import type { ComplianceType } from '../../compliance';
import { pageSizeFor, paginate } from './paginate';

/** A result the rule reported earlier, in the few fields tests care about. */
export interface PreviousEvaluation {
  readonly resourceType: string;
  readonly resourceId: string;
  readonly complianceType: ComplianceType | 'INSUFFICIENT_DATA';
  /** Only answered for this rule; answered for every rule when absent. */
  readonly ruleName?: string;
  /** ISO-8601; defaults to 2024-01-01T00:00:00.000Z. */
  readonly orderingTimestamp?: string;
  readonly annotation?: string;
}

const DEFAULT_TIME = '2024-01-01T00:00:00.000Z';

/**
 * The SDK's EvaluationResult for a previous evaluation, as GetComplianceDetailsByConfigRule returns it.
 *
 * @example
 * const result = toEvaluationResult({ resourceType: 'AWS::S3::Bucket', resourceId: 'gone', compliance: 'COMPLIANT' }, 'my-rule');
 */
export function toEvaluationResult(previous: PreviousEvaluation, ruleName: string): EvaluationResult {
  const time = new Date(previous.orderingTimestamp ?? DEFAULT_TIME);
  return {
    EvaluationResultIdentifier: {
      EvaluationResultQualifier: {
        ConfigRuleName: previous.ruleName ?? ruleName,
        ResourceType: previous.resourceType,
        ResourceId: previous.resourceId,
        EvaluationMode: 'DETECTIVE',
      },
      OrderingTimestamp: time,
    },
    ComplianceType: previous.complianceType as SdkComplianceType,
    ResultRecordedTime: time,
    ConfigRuleInvokedTime: time,
    ...(previous.annotation === undefined ? {} : { Annotation: previous.annotation }),
  };
}

/**
 * GetComplianceDetailsByConfigRule: the rule's results, filtered by ComplianceTypes, `Limit` per page
 * (API default 10, at most 100), capped by the test's page size so pagination is exercised.
 */
export function answerComplianceDetails(
  previous: readonly PreviousEvaluation[],
  input: GetComplianceDetailsByConfigRuleCommandInput,
  pageSize: number | undefined,
): Omit<GetComplianceDetailsByConfigRuleCommandOutput, '$metadata'> {
  const ruleName = input.ConfigRuleName ?? '';
  const wanted = input.ComplianceTypes === undefined || input.ComplianceTypes.length === 0 ? undefined : new Set<string>(input.ComplianceTypes);
  const matching = previous.filter(
    (result) => (result.ruleName === undefined || result.ruleName === ruleName) && (wanted === undefined || wanted.has(result.complianceType)),
  );
  const { page, nextToken } = paginate(matching, pageSizeFor(input.Limit, 10, pageSize), input.NextToken);
  return {
    EvaluationResults: page.map((result) => toEvaluationResult(result, ruleName)),
    ...(nextToken === undefined ? {} : { NextToken: nextToken }),
  };
}
