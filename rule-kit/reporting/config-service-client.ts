import { ConfigServiceClient, type ConfigServiceClientConfig } from '@aws-sdk/client-config-service';

/**
 * A ConfigServiceClient for the reporter, with the SDK's own retries off (`maxAttempts: 1`).
 * Why: putEvaluations owns the retry policy. With the SDK default (3 attempts, standard mode) under it,
 * every attempt of ours would be up to 3 calls: 15 calls per batch and a backoff nobody configured,
 * eating the Lambda's timeout; a retried 200 with FailedEvaluations is invisible to the SDK anyway.
 * One policy, one place, tested at the wire level.
 */
export function createConfigServiceClient(config: ConfigServiceClientConfig = {}): ConfigServiceClient {
  return new ConfigServiceClient({ ...config, maxAttempts: 1 });
}
