import { errorCodeOf } from '../logging/error-code';
import { RuleKitError } from '../errors';

/**
 * Config held no item for a related resource and its live fallback could not read it either (AccessDenied,
 * throttling after retries...). The evaluation cannot tell "no such resource" from "unread", so nothing is
 * reported for the item: never a verdict built on a guess. Names the IAM actions the fallback needs.
 */
export class RelatedResourceUnreadableError extends RuleKitError {
  readonly name = 'RelatedResourceUnreadableError';
  readonly code = 'RelatedResourceUnreadable';
  constructor(
    readonly resourceType: string,
    readonly resourceId: string,
    readonly actions: readonly string[],
    options: { readonly cause: unknown },
  ) {
    super(
      `Config holds no ${resourceType} ${resourceId}, and reading it live (${actions.join(', ')}) failed: ` +
        `${errorCodeOf(options.cause) ?? 'unknown error'}${options.cause instanceof Error ? ` (${options.cause.message})` : ''}`,
      options,
    );
  }
}
