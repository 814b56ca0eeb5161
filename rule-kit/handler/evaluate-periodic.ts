import { listEvaluatedResources } from '../aws/previous-evaluations';
import { listRecordedItems } from '../aws/recorded-items';
import { notApplicable } from '../compliance';
import type { ConfigurationItem, ResourceKey } from '../configuration-item';
import { evaluatePrepared } from '../evaluate/evaluate-item';
import type { PreparedRule } from '../evaluate/prepare-rule';
import type { ScheduledInvocation } from '../event/config-rule-event';
import { toEvaluation, type ReportableEvaluation } from '../evaluations';
import type { ParameterSpecs } from '../parameters';
import type { Deadline, Raced } from './deadline';
import { DeadlineExceededError, type PeriodicPhase } from './deadline-exceeded-error';
import { FailureLog } from './evaluation-failed-error';
import type { InvocationDependencies, InvocationOutcome } from './invocation-dependencies';
import { lambdaRelatedItems } from './lambda-related-items';

const STALE_ANNOTATION = 'The resource no longer exists or is no longer collected by this rule.';

type ItemOutcome = { readonly evaluation: ReportableEvaluation } | { readonly error: unknown };

function keyOf(item: ResourceKey): ResourceKey {
  return { resourceType: item.resourceType, resourceId: item.resourceId };
}

/**
 * A periodic run, streamed: each item the collector (or Config's recorded list) yields is evaluated
 * and handed to the reporter, which sends every full batch at once; then results of resources this
 * run did not see are marked NOT_APPLICABLE. Nothing holds the run's items or evaluations.
 *
 * Guarantees:
 * - the stale-result cleanup runs only after a complete collection: a collector error, a reporting
 *   error or the deadline stops the run before it;
 * - whatever was evaluated before a stop is reported before the error propagates;
 * - when `deps.deadline` is near (its margin keeps time to report the last batch), the run stops, logs
 *   how far it got and throws DeadlineExceededError.
 */
export async function evaluatePeriodic<P extends ParameterSpecs, R>(
  ready: PreparedRule<P, R>,
  invocation: ScheduledInvocation,
  deps: InvocationDependencies & { readonly deadline: Deadline },
): Promise<InvocationOutcome> {
  const { rule } = ready;
  const { reporter, deadline, logger } = deps;
  const orderingTime = invocation.notificationCreationTime;
  const failures = new FailureLog();
  let itemsEvaluated = 0;
  let lastResource: ResourceKey | undefined;

  const progressFields = () => ({
    itemsEvaluated,
    evaluationsReported: reporter.reported,
    ...(lastResource === undefined ? {} : { lastResourceType: lastResource.resourceType, lastResourceId: lastResource.resourceId }),
  });

  const stop = async (phase: PeriodicPhase): Promise<never> => {
    const remainingMs = deadline.remaining();
    await reporter.flush();
    const error = new DeadlineExceededError({
      phase,
      itemsEvaluated,
      evaluationsReported: reporter.reported,
      ...(lastResource === undefined ? {} : { lastResource }),
      remainingMs,
      marginMs: deadline.marginMs,
    });
    logger.error('Deadline near: stopped the periodic run', { ...progressFields(), phase, remainingMs, marginMs: deadline.marginMs, error });
    throw error;
  };

  // Reports what was evaluated before an AWS error, then lets the error through: no cleanup follows.
  const abort = async (message: string, error: unknown): Promise<never> => {
    logger.error(message, { ...progressFields(), error });
    await reporter.flush();
    throw error;
  };

  const items = (rule.collector ? rule.collector(deps.collectorContext) : listRecordedItems(deps.config, rule.resourceTypes))[
    Symbol.asyncIterator
  ]();
  for (;;) {
    if (deadline.expired()) return stop('collection');
    let next: Raced<IteratorResult<ConfigurationItem>>;
    try {
      next = await deadline.race(items.next());
    } catch (error) {
      return abort('Collection failed: reported what was evaluated, skipped the stale-result cleanup', error);
    }
    if (next.expired) return stop('collection');
    if (next.value.done === true) break;
    const item = next.value.value;
    const outcome = await deadline.race(evaluateCollected(ready, item, deps, orderingTime));
    if (outcome.expired) return stop('collection');
    itemsEvaluated += 1;
    lastResource = keyOf(item);
    if ('error' in outcome.value) {
      // Neither reported nor cleaned up: the resource keeps its previous result, and the run fails at the end.
      failures.add({ ...keyOf(item), error: outcome.value.error });
      reporter.markSeen(item);
      continue;
    }
    await reporter.add(outcome.value.evaluation);
  }

  const previous = listEvaluatedResources(deps.config, invocation.ruleName)[Symbol.asyncIterator]();
  for (;;) {
    if (deadline.expired()) return stop('cleanup');
    let next: Raced<IteratorResult<ResourceKey>>;
    try {
      next = await deadline.race(previous.next());
    } catch (error) {
      return abort('Listing previous results failed: reported what was evaluated, the stale-result cleanup is incomplete', error);
    }
    if (next.expired) return stop('cleanup');
    if (next.value.done === true) break;
    const key = next.value.value;
    if (!reporter.has(key)) await reporter.add(toEvaluation(key, notApplicable(STALE_ANNOTATION), orderingTime));
  }
  return { itemsEvaluated, failures: failures.failures, failureCount: failures.count };
}

/** One item's evaluation, or the error that stopped it; never rejects. Related items are read first. */
async function evaluateCollected<P extends ParameterSpecs, R>(
  ready: PreparedRule<P, R>,
  item: ConfigurationItem,
  deps: InvocationDependencies,
  orderingTime: string,
): Promise<ItemOutcome> {
  try {
    const verdict = evaluatePrepared(ready, item, { related: await lambdaRelatedItems(ready.rule, item, deps) });
    return { evaluation: toEvaluation(item, verdict, orderingTime) };
  } catch (error) {
    return { error };
  }
}
