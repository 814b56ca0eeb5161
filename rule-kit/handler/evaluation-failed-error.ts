import type { ResourceKey } from '../configuration-item';
import { RuleKitError } from '../errors';

export interface FailedResource extends ResourceKey {
  readonly error: unknown;
}

/** How many failures an error keeps with their cause: a rule bug hitting every resource must not hold them all. */
export const FAILURES_KEPT = 25;

/** The failed resources of a run: the first FAILURES_KEPT with their errors, and the count of all. */
export class FailureLog {
  private readonly kept: FailedResource[] = [];
  private total = 0;

  add(failure: FailedResource): void {
    this.total += 1;
    if (this.kept.length < FAILURES_KEPT) this.kept.push(failure);
  }

  get count(): number {
    return this.total;
  }

  get failures(): readonly FailedResource[] {
    return this.kept;
  }
}

/**
 * A rule's `evaluate` threw something other than MalformedConfigurationItemError for some resources.
 * Every other evaluation was reported first; this makes the invocation fail so the gap is visible.
 * `failures` holds the first FAILURES_KEPT of them; `count` is how many there were.
 */
export class EvaluationFailedError extends RuleKitError {
  readonly name = 'EvaluationFailedError';
  readonly code = 'EvaluationFailed';
  readonly count: number;
  constructor(
    readonly failures: readonly FailedResource[],
    count = failures.length,
  ) {
    super(
      `Evaluation failed for ${count} resource(s): ` +
        failures
          .slice(0, 5)
          .map((f) => `${f.resourceType} ${f.resourceId} (${f.error instanceof Error ? f.error.message : String(f.error)})`)
          .join('; ') +
        (count > 5 ? '; …' : ''),
    );
    this.count = count;
  }
}
