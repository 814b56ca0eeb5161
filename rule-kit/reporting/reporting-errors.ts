import type { ResourceKey } from '../configuration-item';
import { RuleKitError } from '../errors';

const LISTED = 10;

/** "AWS::EC2::SecurityGroup sg-1, ... and 3 more": names what was lost without an unbounded message. */
export function describeKeys(keys: readonly ResourceKey[]): string {
  if (keys.length === 0) return 'none';
  const shown = keys.slice(0, LISTED).map((key) => `${key.resourceType} ${key.resourceId}`);
  return keys.length > LISTED ? `${shown.join(', ')} and ${keys.length - LISTED} more` : shown.join(', ');
}

/**
 * PutEvaluations did not store every evaluation. Every failure of the reporter is one of these, so a
 * handler can tell "the invocation lost results" apart from its own bugs; `unreported` lists each
 * (resource type, id) pair that Config did not receive.
 */
export abstract class ReportingError extends RuleKitError {
  abstract readonly unreported: readonly ResourceKey[];
}

/** Retries ran out: FailedEvaluations kept coming back, or throttling / server errors did not stop. */
export class EvaluationsNotReportedError extends ReportingError {
  readonly name = 'EvaluationsNotReportedError';
  readonly code = 'EvaluationsNotReported';
  constructor(
    readonly unreported: readonly ResourceKey[],
    readonly reason: string,
    readonly attempts: number,
    options?: { readonly cause?: unknown },
  ) {
    super(
      `${unreported.length} evaluation(s) not reported after ${attempts} attempt(s) (${reason}): ${describeKeys(unreported)}`,
      options,
    );
  }
}

/**
 * The caller lacks an IAM permission. Not retried: waiting does not grant it. Names the action so the
 * fix (add it to the Lambda's execution role or the assumed role) is in the log line itself.
 */
export class MissingPermissionError extends ReportingError {
  readonly name = 'MissingPermissionError';
  readonly code = 'MissingPermission';
  constructor(
    readonly permission: string,
    readonly awsErrorCode: string,
    readonly unreported: readonly ResourceKey[],
    readonly hint: string,
    options?: { readonly cause?: unknown },
  ) {
    super(
      `Missing IAM permission ${permission} (${awsErrorCode}): ${hint}` +
        (unreported.length === 0 ? '' : `; ${unreported.length} evaluation(s) not reported: ${describeKeys(unreported)}`),
      options,
    );
  }
}

/** Any other error from PutEvaluations (InvalidResultTokenException, a validation error, ...): not retried. */
export class PutEvaluationsError extends ReportingError {
  readonly name = 'PutEvaluationsError';
  readonly code = 'PutEvaluationsFailed';
  constructor(
    readonly awsErrorCode: string,
    /** The service's message, with anything secret already removed by the caller. */
    readonly detail: string,
    readonly unreported: readonly ResourceKey[],
    options?: { readonly cause?: unknown },
  ) {
    super(
      `PutEvaluations failed with ${awsErrorCode}: ${detail}; ${unreported.length} evaluation(s) not reported: ${describeKeys(unreported)}`,
      options,
    );
  }
}
