import type { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { fetchConfigurationItem } from '../aws/fetch-configuration-item';
import { listEvaluatedResources } from '../aws/previous-evaluations';
import { listRecordedItems } from '../aws/recorded-items';
import { fetchRelatedItems } from '../aws/related-items';
import { notApplicable, type Verdict } from '../compliance';
import type { ConfigurationItem } from '../configuration-item';
import type { CollectorContext, RuleDefinition } from '../define-rule';
import { evaluateItem, notApplicableReason } from '../evaluate/evaluate-item';
import type { ChangeInvocation, Invocation, OversizedChangeInvocation, ScheduledInvocation } from '../event/config-rule-event';
import { toEvaluation, type ReportableEvaluation } from '../evaluations';
import type { Logger } from '../logging';
import type { ParameterSpecs, ParameterValues } from '../parameters';
import type { FailedResource } from './evaluation-failed-error';
import { staleResources } from './stale-resources';
import { TriggerMismatchError } from './trigger-mismatch-error';

export interface InvocationDependencies {
  readonly config: ConfigServiceClient;
  readonly collectorContext: CollectorContext;
  readonly logger: Logger;
}

export interface InvocationOutcome {
  readonly evaluations: readonly ReportableEvaluation[];
  /** Resources whose `evaluate` threw an untyped error: reported after everything else is sent. */
  readonly failures: readonly FailedResource[];
}

const STALE_ANNOTATION = 'The resource no longer exists or is no longer collected by this rule.';

/**
 * Computes every evaluation an invocation must report. I/O happens here (fetching oversized and
 * related items, collecting, listing previous results); verdicts come only from the pure evaluator.
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
      return evaluatePeriodic(rule, invocation, params, deps);
  }
}

function requireTrigger(rule: RuleDefinition, trigger: 'change' | 'periodic', messageType: string): void {
  if (!rule.triggers.includes(trigger)) throw new TriggerMismatchError(rule.id, messageType);
}

async function evaluateChange<P extends ParameterSpecs>(
  rule: RuleDefinition<P>,
  invocation: ChangeInvocation | OversizedChangeInvocation,
  item: ConfigurationItem,
  params: ParameterValues<P>,
  deps: InvocationDependencies,
): Promise<InvocationOutcome> {
  const needsLookup = notApplicableReason(rule, item, invocation.eventLeftScope) === undefined;
  const related = needsLookup ? await fetchRelatedItems(deps.config, rule.related, item) : {};
  const verdict = evaluateItem(rule, item, params, { eventLeftScope: invocation.eventLeftScope, context: { related } });
  return { evaluations: [toEvaluation(item, verdict, item.configurationItemCaptureTime)], failures: [] };
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
    return { evaluations: [toEvaluation(summary, notApplicable(reason), summary.configurationItemCaptureTime)], failures: [] };
  }
  const item = await fetchConfigurationItem(deps.config, {
    resourceType: summary.resourceType,
    resourceId: summary.resourceId,
    laterTime: summary.configurationItemCaptureTime,
  });
  deps.logger.debug('Fetched oversized configuration item', { resourceType: item.resourceType, resourceId: item.resourceId });
  return evaluateChange(rule, invocation, item, params, deps);
}

async function evaluatePeriodic<P extends ParameterSpecs>(
  rule: RuleDefinition<P>,
  invocation: ScheduledInvocation,
  params: ParameterValues<P>,
  deps: InvocationDependencies,
): Promise<InvocationOutcome> {
  const orderingTime = invocation.notificationCreationTime;
  const items = rule.collector ? rule.collector(deps.collectorContext) : listRecordedItems(deps.config, rule.resourceTypes);
  const evaluations: ReportableEvaluation[] = [];
  const failures: FailedResource[] = [];
  // A collector error aborts the run before anything is reported: reporting a partial list would
  // let the stale-result cleanup below mark unlisted resources NOT_APPLICABLE.
  for await (const item of items) {
    let verdict: Verdict;
    try {
      const needsLookup = notApplicableReason(rule, item) === undefined && rule.related !== undefined;
      const related = needsLookup ? await fetchRelatedItems(deps.config, rule.related, item) : {};
      verdict = evaluateItem(rule, item, params, { context: { related } });
    } catch (error) {
      failures.push({ resourceType: item.resourceType, resourceId: item.resourceId, error });
      continue;
    }
    evaluations.push(toEvaluation(item, verdict, orderingTime));
  }
  const evaluated = [...evaluations.map(keyOf), ...failures];
  const stale = await staleResources(listEvaluatedResources(deps.config, invocation.ruleName), evaluated);
  for (const key of stale) evaluations.push(toEvaluation(key, notApplicable(STALE_ANNOTATION), orderingTime));
  return { evaluations, failures };
}

function keyOf(evaluation: ReportableEvaluation) {
  return { resourceType: evaluation.ComplianceResourceType, resourceId: evaluation.ComplianceResourceId };
}

