import type { BackoffPolicy } from './backoff';

/**
 * The longest reporting one batch can take under `policy`: every attempt runs until the client's
 * request time-out and every backoff waits its full ceiling. A periodic run stops collecting this long
 * (plus a little) before the Lambda's deadline, so the batch it still holds is always sent.
 */
export function reportBudgetMs(policy: BackoffPolicy, requestTimeoutMs: number): number {
  let waits = 0;
  for (let retry = 0; retry < policy.maxAttempts - 1; retry += 1) {
    waits += Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  }
  return policy.maxAttempts * requestTimeoutMs + waits;
}
