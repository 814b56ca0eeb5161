import { fetchConfigurationItem } from '../aws/fetch-configuration-item';
import { notApplicable } from '../compliance';
import type { ConfigurationItem } from '../configuration-item';
import type { RuleDefinition } from '../define-rule';
import { evaluateItem, notApplicableReason } from '../evaluate/evaluate-item';
import type { ChangeInvocation, Invocation, OversizedChangeInvocation } from '../event/config-rule-event';
import { toEvaluation } from '../evaluations';
import type { ParameterSpecs, ParameterValues } from '../parameters';
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
export async function runInvocation<P extends ParameterSpecs>(
  rule: RuleDefinition<P>,
  invocation: Invocation,
  params: ParameterValues<P>,
  deps: InvocationDependencies,
): Promise<InvocationOutcome> {
  switch (invocation.messageType) {
    case 'ConfigurationItemChangeNotification':
      requireTrigger(rule, 'change', invocation.messageType);
      return evaluateChange(rule, invocation, invocation.item, params, deps);
    case 'OversizedConfigurationItemChangeNotification':
      requireTrigger(rule, 'change', invocation.messageType);
      return evaluateOversized(rule, invocation, params, deps);
    case 'ScheduledNotification':
      requireTrigger(rule, 'periodic', invocation.messageType);
      return evaluatePeriodic(rule, invocation, params, { ...deps, deadline: deps.deadline ?? NO_DEADLINE });
  }
}

function requireTrigger(rule: RuleDefinition, trigger: 'change' | 'periodic', messageType: string): void {
  if (!rule.triggers.includes(trigger)) throw new TriggerMismatchError(rule.id, messageType);
}

const ONE_EVALUATED: InvocationOutcome = { itemsEvaluated: 1, failures: [], failureCount: 0 };

async function evaluateChange<P extends ParameterSpecs>(
  rule: RuleDefinition<P>,
  invocation: ChangeInvocation | OversizedChangeInvocation,
  item: ConfigurationItem,
  params: ParameterValues<P>,
  deps: InvocationDependencies,
): Promise<InvocationOutcome> {
  const needsLookup = notApplicableReason(rule, item, invocation.eventLeftScope) === undefined;
  const related = needsLookup ? await lambdaRelatedItems(rule, item, deps) : {};
  const verdict = evaluateItem(rule, item, params, { eventLeftScope: invocation.eventLeftScope, context: { related } });
  await deps.reporter.add(toEvaluation(item, verdict, item.configurationItemCaptureTime));
  return ONE_EVALUATED;
}

async function evaluateOversized<P extends ParameterSpecs>(
  rule: RuleDefinition<P>,
  invocation: OversizedChangeInvocation,
  params: ParameterValues<P>,
  deps: InvocationDependencies,
): Promise<InvocationOutcome> {
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
  return evaluateChange(rule, invocation, item, params, deps);
}
