import { preview, RuleKitError } from '../errors';

/**
 * An AWS API answered with something a collected item cannot be built from (a snapshot without an
 * id, a VPC without a VpcId...). The run fails rather than skip the resource, which would read as
 * "nothing to report" and let the stale-result cleanup erase its last verdict.
 */
export class UnexpectedResponseError extends RuleKitError {
  readonly name = 'UnexpectedResponseError';
  readonly code = 'UnexpectedResponse';
  constructor(
    readonly operation: string,
    readonly reason: string,
    readonly value: unknown,
  ) {
    super(`${operation} ${reason} (got ${preview(value)})`);
  }
}
