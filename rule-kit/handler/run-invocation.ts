import { fetchConfigurationItem } from '../aws/fetch-configuration-item';
import { notApplicable } from '../compliance';
import type { ConfigurationItem } from '../configuration-item';
import type { RuleDefinition } from '../define-rule';
import { evaluatePrepared, notApplicableReason } from '../evaluate/evaluate-item';
import type { PreparedRule } from '../evaluate/prepare-rule';
import type { ChangeInvocation, Invocation, OversizedChangeInvocation } from '../event/config-rule-event';
import { toEvaluation } from '../evaluations';
import type { ParameterSpecs } from '../parameters';
import { NO_DEADLINE } from './deadline';
import { evaluatePeriodic } from './evaluate-periodic';
import type { InvocationDependencies, InvocationOutcome } from './invocation-dependencies';
import { lambdaRelatedItems } from './lambda-related-items';
import { TriggerMismatchError } from './trigger-mismatch-error';

export type { InvocationDependencies, InvocationOutcome } from './invocation-dependencies';

/**
 * Runs an invocation: every evaluation goes to `deps.reporter` as soon as it is made. I/O happens here
 * (fetching oversized and related items, collecting, listing previous results); verdicts come only
 * from the pure evaluator.
 */
export async function runInvocation<P extends ParameterSpecs, R>(
  ready: PreparedRule<P, R>,
  invocation: Invocation,
  deps: InvocationDependencies,
): Promise<InvocationOutcome> {
  const { rule } = ready;
  switch (invocation.messageType) {
    case 'ConfigurationItemChangeNotification':
      requireTrigger(rule, 'change', invocation.messageType);
      return evaluateChange(ready, invocation, invocation.item, deps);
    case 'OversizedConfigurationItemChangeNotification':
      requireTrigger(rule, 'change', invocation.messageType);
      return evaluateOversized(ready, invocation, deps);
    case 'ScheduledNotification':
      requireTrigger(rule, 'periodic', invocation.messageType);
      return evaluatePeriodic(ready, invocation, { ...deps, deadline: deps.deadline ?? NO_DEADLINE });
  }
}

function requireTrigger(rule: RuleDefinition, trigger: 'change' | 'periodic', messageType: string): void {
  if (!rule.triggers.includes(trigger)) throw new TriggerMismatchError(rule.id, messageType);
}

const ONE_EVALUATED: InvocationOutcome = { itemsEvaluated: 1, failures: [], failureCount: 0 };

async function evaluateChange<P extends ParameterSpecs, R>(
  ready: PreparedRule<P, R>,
  invocation: ChangeInvocation | OversizedChangeInvocation,
  item: ConfigurationItem,
  deps: InvocationDependencies,
): Promise<InvocationOutcome> {
  const related = await lambdaRelatedItems(ready.rule, item, deps, invocation.eventLeftScope);
  const verdict = evaluatePrepared(ready, item, { eventLeftScope: invocation.eventLeftScope, related });
  await deps.reporter.add(toEvaluation(item, verdict, item.configurationItemCaptureTime));
  return ONE_EVALUATED;
}

async function evaluateOversized<P extends ParameterSpecs, R>(
  ready: PreparedRule<P, R>,
  invocation: OversizedChangeInvocation,
  deps: InvocationDependencies,
): Promise<InvocationOutcome> {
  const { rule } = ready;
  const { summary } = invocation;
  // Deleted, unrecorded, out-of-scope or other-type resources need no fetch: their verdict is known.
  const header = { ...summary, configuration: null } satisfies ConfigurationItem;
  const reason = notApplicableReason(rule, header, invocation.eventLeftScope);
  if (reason !== undefined) {
    await deps.reporter.add(toEvaluation(summary, notApplicable(reason), summary.configurationItemCaptureTime));
    return ONE_EVALUATED;
  }
  const item = await fetchConfigurationItem(deps.config, {
    resourceType: summary.resourceType,
    resourceId: summary.resourceId,
    laterTime: summary.configurationItemCaptureTime,
  });
  deps.logger.debug('Fetched oversized configuration item', { resourceType: item.resourceType, resourceId: item.resourceId });
  return evaluateChange(ready, invocation, item, deps);
}
