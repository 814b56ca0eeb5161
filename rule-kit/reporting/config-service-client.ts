import { ConfigServiceClient, type ConfigServiceClientConfig } from '@aws-sdk/client-config-service';

/**
 * The longest one PutEvaluations request may take, connection included, before the client gives up
 * with a TimeoutError (which putEvaluations retries like a reset). PutEvaluations is a small POST (at
 * most 100 evaluations, about 30 KB) answered in tens of milliseconds in-Region; 2 s is far in its
 * tail, and bounding it is what lets a periodic run size its deadline margin (`reportBudgetMs`).
 */
export const PUT_EVALUATIONS_REQUEST_TIMEOUT_MS = 2000;

/**
 * A ConfigServiceClient for the reporter, with the SDK's own retries off (`maxAttempts: 1`) and a
 * request time-out of PUT_EVALUATIONS_REQUEST_TIMEOUT_MS (a caller's `requestHandler` replaces it).
 * Why: putEvaluations owns the retry policy. With the SDK default (3 attempts, standard mode) under it,
 * every attempt of ours would be up to 3 calls: 15 calls per batch and a backoff nobody configured,
 * eating the Lambda's timeout; a retried 200 with FailedEvaluations is invisible to the SDK anyway.
 * Without a time-out, one hung connection would hold the invocation until Lambda kills it.
 * One policy, one place, tested at the wire level.
 *
 * @example
 * const reporter = createConfigServiceClient({ region: 'eu-west-1' });
 */
export function createConfigServiceClient(config: ConfigServiceClientConfig = {}): ConfigServiceClient {
  return new ConfigServiceClient({
    requestHandler: { requestTimeout: PUT_EVALUATIONS_REQUEST_TIMEOUT_MS, throwOnRequestTimeout: true },
    ...config,
    maxAttempts: 1,
  });
}
