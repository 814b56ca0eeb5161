import type { ConfigServiceClient } from '@aws-sdk/client-config-service';
import type { CollectorContext } from '../define-rule';
import type { Logger } from '../logging';
import type { StreamingReporter } from '../reporting/streaming-reporter';
import type { Deadline } from './deadline';
import type { FailedResource } from './evaluation-failed-error';

export interface InvocationDependencies {
  readonly config: ConfigServiceClient;
  readonly collectorContext: CollectorContext;
  readonly logger: Logger;
  /** Receives every evaluation as it is made; the caller calls `finish()` once the run returns. */
  readonly reporter: StreamingReporter;
  /** When a periodic run must stop; NO_DEADLINE without a Lambda context. */
  readonly deadline?: Deadline;
}

export interface InvocationOutcome {
  readonly itemsEvaluated: number;
  /** Resources whose `evaluate` threw an untyped error (the first FAILURES_KEPT): reported after everything else is sent. */
  readonly failures: readonly FailedResource[];
  readonly failureCount: number;
}
