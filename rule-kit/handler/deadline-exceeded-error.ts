import type { ResourceKey } from '../configuration-item';
import { RuleKitError } from '../errors';

/** Where a periodic run was when its time ran out. */
export type PeriodicPhase = 'collection' | 'cleanup';

/** How far a periodic run got. */
export interface PeriodicProgress {
  readonly phase: PeriodicPhase;
  /** Items the run evaluated (their evaluations were all reported, or listed as failed). */
  readonly itemsEvaluated: number;
  /** Resources whose evaluation Config stored. */
  readonly evaluationsReported: number;
  /** The last item evaluated. */
  readonly lastResource?: ResourceKey;
  /** Time the invocation had left when it stopped, and the margin it keeps. */
  readonly remainingMs: number;
  readonly marginMs: number;
}

function describeProgress(progress: PeriodicProgress): string {
  const last = progress.lastResource === undefined ? 'none' : `${progress.lastResource.resourceType} ${progress.lastResource.resourceId}`;
  return `${progress.itemsEvaluated} item(s) evaluated, ${progress.evaluationsReported} evaluation(s) reported, last resource evaluated: ${last}`;
}

/**
 * A periodic run stopped because the Lambda's timeout was near. Everything evaluated was reported first;
 * during collection the stale-result cleanup was skipped (a partial list must never clean up), during
 * the cleanup the results not yet reached keep their verdicts until a run completes. Thrown so the
 * invocation fails visibly instead of being killed mid-run with nothing said.
 */
export class DeadlineExceededError extends RuleKitError {
  readonly name = 'DeadlineExceededError';
  readonly code = 'DeadlineExceeded';
  constructor(readonly progress: PeriodicProgress) {
    super(
      `Stopped the periodic run during ${progress.phase} with ${progress.remainingMs} ms left before the Lambda timeout ` +
        `(margin ${progress.marginMs} ms): ${describeProgress(progress)}; ` +
        (progress.phase === 'collection' ? 'the stale-result cleanup was skipped' : 'the stale-result cleanup is incomplete') +
        ". Raise the function's timeout (at most 900 s) or narrow what the rule collects.",
    );
  }
}
