import { RuleKitError } from '../errors';

/**
 * A collector's AWS call was refused for lack of an IAM permission. Names the IAM action, so the fix
 * (grant it to the rule's role, or the assumed role) is in the log line itself. The invocation fails and
 * nothing is reported: a fact that could not be read never becomes a verdict, least of all COMPLIANT.
 */
export class CollectorAccessDeniedError extends RuleKitError {
  readonly name = 'CollectorAccessDeniedError';
  readonly code = 'CollectorAccessDenied';
  constructor(
    readonly action: string,
    readonly awsErrorCode: string,
    options?: { readonly cause?: unknown },
  ) {
    super(`Missing IAM permission ${action} (${awsErrorCode}): the collector cannot read what the rule needs, so nothing is reported`, options);
  }
}
