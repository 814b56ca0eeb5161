export { DEFAULT_BACKOFF, backoffDelay, resolveBackoffPolicy } from './backoff';
export type { BackoffPolicy } from './backoff';
export { classifyAwsError, httpStatusOf, isRetryable } from './classify-aws-error';
export type { AwsErrorKind } from './classify-aws-error';
export { PUT_EVALUATIONS_REQUEST_TIMEOUT_MS, createConfigServiceClient } from './config-service-client';
export { PUT_EVALUATIONS_BATCH_SIZE, TEST_MODE_RESULT_TOKEN, putEvaluations } from './put-evaluations';
export type { PutEvaluationsOptions, PutEvaluationsReport } from './put-evaluations';
export {
  EvaluationsNotReportedError,
  MissingPermissionError,
  PutEvaluationsError,
  ReportingError,
  describeKeys,
} from './reporting-errors';
export { reportBudgetMs } from './report-budget';
export { ReportedResources } from './reported-resources';
export { StreamingReporter } from './streaming-reporter';
