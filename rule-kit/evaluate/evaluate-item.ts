import type { ConfigurationItem } from '../configuration-item';
import { notApplicable, nonCompliant, type Verdict } from '../compliance';
import type { EvaluationContext, RuleDefinition } from '../define-rule';
import { MalformedConfigurationItemError } from '../errors';
import type { ParameterSpecs, ParameterValues } from '../parameters';

export interface EvaluateItemOptions {
  /** The event's `eventLeftScope`: the resource no longer matches the rule's scope. */
  readonly eventLeftScope?: boolean;
  readonly context?: EvaluationContext;
}

const NO_CONTEXT: EvaluationContext = { related: {} };

/**
 * Why an item gets NOT_APPLICABLE without running the rule, or undefined when the rule applies.
 * Only OK / ResourceDiscovered items of a declared type still in scope are evaluated.
 */
export function notApplicableReason(
  rule: Pick<RuleDefinition, 'resourceTypes'>,
  item: ConfigurationItem,
  eventLeftScope = false,
): string | undefined {
  switch (item.configurationItemStatus) {
    case 'ResourceDeleted':
    case 'ResourceDeletedNotRecorded':
      return 'The resource was deleted.';
    case 'ResourceNotRecorded':
      return 'Config does not record this resource.';
    case 'OK':
    case 'ResourceDiscovered':
      break;
  }
  if (eventLeftScope) return "The resource is no longer in the rule's scope.";
  if (!rule.resourceTypes.includes(item.resourceType)) return `The rule does not evaluate ${item.resourceType}.`;
  return undefined;
}

/**
 * The pure core shared by the Lambda handler and the offline scanner: applicability, then the rule's
 * own `evaluate`. Data the rule cannot read (MalformedConfigurationItemError) fails safe as
 * NON_COMPLIANT with the reason; any other error is a bug and propagates.
 */
export function evaluateItem<P extends ParameterSpecs>(
  rule: RuleDefinition<P>,
  item: ConfigurationItem,
  params: ParameterValues<P>,
  options: EvaluateItemOptions = {},
): Verdict {
  const reason = notApplicableReason(rule, item, options.eventLeftScope);
  if (reason !== undefined) return notApplicable(reason);
  try {
    return rule.evaluate(item, params, options.context ?? NO_CONTEXT);
  } catch (error) {
    if (error instanceof MalformedConfigurationItemError) return nonCompliant(`Cannot evaluate: ${error.message}`);
    throw error;
  }
}
