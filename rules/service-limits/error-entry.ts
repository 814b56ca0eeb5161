import { RuleKitError } from '../../rule-kit';
import type { QuotaErrorFact } from './collected-facts';

/** An AWS SDK service error (it carries the response metadata); anything else is a bug. */
function isServiceError(error: unknown): error is Error {
  return error instanceof Error && '$metadata' in error;
}

/**
 * The error entry recording why `quota` could not be read. Service errors (AccessDenied, throttling
 * after the SDK's retries, a region without the service) and the kit's typed errors are recorded so
 * the rule can report the quota NON_COMPLIANT; any other error is a bug in the collector and rethrown.
 */
export function errorEntry(quota: string, operation: string, error: unknown): QuotaErrorFact {
  if (!isServiceError(error) && !(error instanceof RuleKitError)) throw error;
  return { quota, operation, code: error instanceof RuleKitError ? error.code : error.name, message: error.message };
}
