/** The retry policy of the reporter; every number is overridable per call. */
export interface BackoffPolicy {
  /** Attempts per batch, the first included. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

/**
 * 5 attempts, 200 ms base, doubling, capped at 5 s: at most 0.2 + 0.4 + 0.8 + 1.6 = 3 s of waiting per
 * batch, which fits the default 60 s Lambda timeout even with several batches throttled.
 */
export const DEFAULT_BACKOFF: BackoffPolicy = { maxAttempts: 5, baseDelayMs: 200, maxDelayMs: 5000 };

/** The policy a caller's overrides make of the defaults; at least one attempt. */
export function resolveBackoffPolicy(overrides: Partial<BackoffPolicy> = {}): BackoffPolicy {
  return {
    maxAttempts: Math.max(1, Math.floor(overrides.maxAttempts ?? DEFAULT_BACKOFF.maxAttempts)),
    baseDelayMs: overrides.baseDelayMs ?? DEFAULT_BACKOFF.baseDelayMs,
    maxDelayMs: overrides.maxDelayMs ?? DEFAULT_BACKOFF.maxDelayMs,
  };
}

/**
 * "Full jitter" exponential backoff: a uniform delay in [0, min(cap, base * 2^retry)). Spreads the
 * retries of many rule Lambdas throttled together instead of having them retry in lockstep.
 * `retry` is 0 for the wait before the second attempt.
 */
export function backoffDelay(policy: BackoffPolicy, retry: number, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  const fraction = Math.min(Math.max(random(), 0), 1);
  return Math.floor(fraction * ceiling);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
