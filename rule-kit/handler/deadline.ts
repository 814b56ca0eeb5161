import { DEFAULT_BACKOFF, type BackoffPolicy } from '../reporting/backoff';
import { PUT_EVALUATIONS_REQUEST_TIMEOUT_MS } from '../reporting/config-service-client';
import { reportBudgetMs } from '../reporting/report-budget';

/** Time to log, build the error and return once the last batch is sent. */
export const DEADLINE_STOP_OVERHEAD_MS = 2000;

/**
 * How long before the Lambda's timeout a periodic run stops collecting: the worst case of reporting the
 * one batch it may still hold (`reportBudgetMs`: with the defaults 5 attempts × the 2 s request
 * time-out + 3 s of backoff = 13 s) plus DEADLINE_STOP_OVERHEAD_MS, so 15 s. One batch is enough: a
 * full batch is sent as soon as it fills, before the deadline is checked again. A function started with
 * less than four times that (a 60 s default timeout or shorter) keeps three quarters of its time for
 * collecting: its final batch normally takes one call of tens of milliseconds, and a run that stops at
 * a quarter still fails loudly rather than being killed silently.
 */
export function deadlineMarginMs(
  startRemainingMs: number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
  requestTimeoutMs: number = PUT_EVALUATIONS_REQUEST_TIMEOUT_MS,
): number {
  const full = reportBudgetMs(policy, requestTimeoutMs) + DEADLINE_STOP_OVERHEAD_MS;
  return Math.max(0, Math.min(full, Math.floor(startRemainingMs / 4)));
}

/** What `race` returns: the work's value, or that the deadline came first. */
export type Raced<T> = { readonly expired: false; readonly value: T } | { readonly expired: true };

/** setTimeout's largest delay; a Lambda runs at most 15 minutes, far below it. */
const MAX_TIMER_MS = 2 ** 31 - 1;

const ignore = (): void => undefined;

/**
 * The point, `marginMs` before the invocation's end, where a periodic run must stop collecting.
 * `remainingMs` is Lambda's `context.getRemainingTimeInMillis` (a test passes a fake clock's).
 */
export class Deadline {
  constructor(
    private readonly remainingMs: () => number,
    readonly marginMs: number,
  ) {}

  /** Milliseconds until the Lambda's timeout. */
  remaining(): number {
    return this.remainingMs();
  }

  expired(): boolean {
    return this.remainingMs() < this.marginMs;
  }

  /**
   * Waits for `work` or the deadline, whichever comes first: a collector page or a related-item read
   * that hangs must not carry the run past the point where its last batch can still be reported.
   * Work overtaken by the deadline is abandoned; its result (or error) is dropped.
   */
  async race<T>(work: Promise<T>): Promise<Raced<T>> {
    const wait = this.remainingMs() - this.marginMs;
    // No deadline (or a context that cannot tell the time): just the work.
    if (Number.isNaN(wait) || wait === Number.POSITIVE_INFINITY) return { expired: false, value: await work };
    if (wait < 0) {
      work.catch(ignore);
      return { expired: true };
    }
    let timer: NodeJS.Timeout | undefined;
    const expiry = new Promise<Raced<T>>((resolve) => {
      timer = setTimeout(() => resolve({ expired: true }), Math.min(wait, MAX_TIMER_MS));
    });
    try {
      return await Promise.race([work.then((value): Raced<T> => ({ expired: false, value })), expiry]);
    } finally {
      clearTimeout(timer);
      work.catch(ignore);
    }
  }
}

/** No deadline: invoked without a Lambda context (tests, the CLI). */
export const NO_DEADLINE = new Deadline(() => Number.POSITIVE_INFINITY, 0);
