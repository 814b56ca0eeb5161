import type { ConfigServiceClient } from '@aws-sdk/client-config-service';
import type { ComplianceType } from '../compliance';
import type { ResourceKey } from '../configuration-item';
import { mergeEvaluations, type ReportableEvaluation } from '../evaluations';
import { SEVERITY } from '../evaluations/merge-evaluations';
import { silentLogger } from '../logging';
import { PUT_EVALUATIONS_BATCH_SIZE, putEvaluations, type PutEvaluationsOptions } from './put-evaluations';
import { ReportedResources } from './reported-resources';

function pendingKey(key: ResourceKey): string {
  // JSON keeps the pair unambiguous whatever characters the id holds.
  return JSON.stringify([key.resourceType, key.resourceId]);
}

function keyOf(evaluation: ReportableEvaluation): ResourceKey {
  return { resourceType: evaluation.ComplianceResourceType, resourceId: evaluation.ComplianceResourceId };
}

/**
 * Reports evaluations as a run produces them: each batch of 100 goes to PutEvaluations (through
 * `putEvaluations`, its retries included) as soon as it is full, so memory holds one batch however many
 * resources a periodic run evaluates, and what was evaluated before a failure or a deadline is already
 * stored. `finish()` sends the rest, or one empty call when the run had nothing at all to report.
 *
 * Two evaluations of one resource (a collector or a listing that yields it twice):
 * - while the first is still in the unsent batch, they merge as `mergeEvaluations` merges them (worst
 *   compliance, latest time, annotations joined);
 * - once the first was sent, only its compliance is kept (`ReportedResources`). A later evaluation that is
 *   no worse is dropped: the resource already has a verdict at least as severe from this run, and the
 *   dropped one's annotation is not joined to it (the only thing the streaming loses against a
 *   whole-run merge). A worse one is sent in a later batch with its OrderingTimestamp moved on by its
 *   severity in milliseconds (1 ms COMPLIANT, 2 ms NON_COMPLIANT): Config keeps the evaluation with the
 *   latest OrderingTimestamp and documents no order for equal ones, and fail-safe needs the worse
 *   verdict to win. The next periodic run is hours later, so those milliseconds never reorder runs.
 */
export class StreamingReporter {
  private pending: ReportableEvaluation[] = [];
  private pendingAt = new Map<string, number>();
  private readonly resources = new ReportedResources();
  private readonly counts: Record<ComplianceType, number> = { COMPLIANT: 0, NON_COMPLIANT: 0, NOT_APPLICABLE: 0 };
  private reportedCount = 0;
  private callCount = 0;
  private last: ResourceKey | undefined;

  constructor(
    private readonly client: ConfigServiceClient,
    private readonly resultToken: string,
    private readonly options: PutEvaluationsOptions = {},
  ) {}

  /** Resources with an evaluation Config has stored. */
  get reported(): number {
    return this.reportedCount;
  }

  /** PutEvaluations calls made, retries included. */
  get calls(): number {
    return this.callCount;
  }

  /** How many stored evaluations have each compliance type (only types that occurred). */
  get compliance(): Readonly<Record<string, number>> {
    return Object.fromEntries(Object.entries(this.counts).filter(([, count]) => count > 0));
  }

  /** The resource of the last evaluation Config stored. */
  get lastReported(): ResourceKey | undefined {
    return this.last;
  }

  /** Evaluations waiting for their batch to fill. */
  get unsent(): number {
    return this.pending.length;
  }

  /** Whether the run has seen the resource: evaluated (sent or waiting) or marked with `markSeen`. */
  has(key: ResourceKey): boolean {
    return this.pendingAt.has(pendingKey(key)) || this.resources.has(key);
  }

  /** The run saw the resource but reports nothing for it (its evaluation failed): it keeps its previous result. */
  markSeen(key: ResourceKey): void {
    this.resources.markSeen(key);
  }

  async add(evaluation: ReportableEvaluation): Promise<void> {
    const key = pendingKey(keyOf(evaluation));
    const at = this.pendingAt.get(key);
    if (at !== undefined) {
      const [merged] = mergeEvaluations([this.pending[at] as ReportableEvaluation, evaluation]);
      if (merged !== undefined) this.pending[at] = merged;
      return;
    }
    const sent = this.resources.sentCompliance(keyOf(evaluation));
    if (sent !== undefined && SEVERITY[evaluation.ComplianceType] <= SEVERITY[sent]) {
      (this.options.logger ?? silentLogger).debug('Evaluation already reported at least as severe', {
        resourceType: evaluation.ComplianceResourceType,
        resourceId: evaluation.ComplianceResourceId,
        compliance: evaluation.ComplianceType,
      });
      return;
    }
    this.pendingAt.set(key, this.pending.length);
    this.pending.push(evaluation);
    if (this.pending.length >= PUT_EVALUATIONS_BATCH_SIZE) await this.flush();
  }

  /** Sends the evaluations waiting, if any. */
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending.map((evaluation) => this.superseding(evaluation));
    this.pending = [];
    this.pendingAt = new Map();
    const logger = this.options.logger ?? silentLogger;
    for (const evaluation of batch) {
      logger.info('Evaluation', {
        resourceType: evaluation.ComplianceResourceType,
        resourceId: evaluation.ComplianceResourceId,
        compliance: evaluation.ComplianceType,
        annotation: evaluation.Annotation,
      });
    }
    const report = await putEvaluations(this.client, batch, this.resultToken, this.options);
    this.callCount += report.calls;
    for (const evaluation of batch) this.record(evaluation);
  }

  /** Sends what is left; a run that reported nothing makes the one empty call telling Config it finished. */
  async finish(): Promise<void> {
    await this.flush();
    if (this.callCount === 0) {
      const report = await putEvaluations(this.client, [], this.resultToken, this.options);
      this.callCount += report.calls;
    }
  }

  /** A worse verdict for a resource already sent, timed to win over the one Config holds. */
  private superseding(evaluation: ReportableEvaluation): ReportableEvaluation {
    if (this.resources.sentCompliance(keyOf(evaluation)) === undefined) return evaluation;
    const later = evaluation.OrderingTimestamp.getTime() + SEVERITY[evaluation.ComplianceType];
    return { ...evaluation, OrderingTimestamp: new Date(later) };
  }

  private record(evaluation: ReportableEvaluation): void {
    const key = keyOf(evaluation);
    const previous = this.resources.sentCompliance(key);
    if (previous === undefined) this.reportedCount += 1;
    else this.counts[previous] -= 1;
    this.counts[evaluation.ComplianceType] += 1;
    this.resources.markSent(key, evaluation.ComplianceType);
    this.last = key;
  }
}
