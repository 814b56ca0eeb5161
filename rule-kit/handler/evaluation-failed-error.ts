import type { ResourceKey } from '../configuration-item';
import { RuleKitError } from '../errors';

export interface FailedResource extends ResourceKey {
  readonly error: unknown;
}

/**
 * A rule's `evaluate` threw something other than MalformedConfigurationItemError for some resources.
 * Every other evaluation was reported first; this makes the invocation fail so the gap is visible.
 */
export class EvaluationFailedError extends RuleKitError {
  readonly name = 'EvaluationFailedError';
  readonly code = 'EvaluationFailed';
  constructor(readonly failures: readonly FailedResource[]) {
    super(
      `Evaluation failed for ${failures.length} resource(s): ` +
        failures
          .slice(0, 5)
          .map((f) => `${f.resourceType} ${f.resourceId} (${f.error instanceof Error ? f.error.message : String(f.error)})`)
          .join('; ') +
        (failures.length > 5 ? '; …' : ''),
    );
  }
}
