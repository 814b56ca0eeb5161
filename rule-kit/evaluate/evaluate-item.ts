import type { ConfigurationItem } from '../configuration-item';
import { notApplicable, nonCompliant, type Verdict } from '../compliance';
import type { RelatedItems, RuleDefinition } from '../define-rule';
import { MalformedConfigurationItemError } from '../errors';
import type { ParameterSpecs, ParameterValues } from '../parameters';
import { withParams, type PreparedRule } from './prepare-rule';

export interface EvaluateItemOptions {
  /** The event's `eventLeftScope`: the resource no longer matches the rule's scope. */
  readonly eventLeftScope?: boolean;
  /** The rule's related items for this item (see `RelatedResources`); none when absent. */
  readonly related?: RelatedItems;
}

const NO_RELATED: RelatedItems = {};

/**
 * Why an item gets NOT_APPLICABLE without running the rule, or undefined when the rule applies.
 * Only OK / ResourceDiscovered items of a declared type still in scope are evaluated.
 *
 * @example
 * notApplicableReason(rule, { ...item, configurationItemStatus: 'ResourceDeleted' }); // 'The resource was deleted.'
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
 * own `evaluate` with its prepared parameters. Data the rule cannot read (MalformedConfigurationItemError)
 * fails safe as NON_COMPLIANT with the reason; any other error is a bug and propagates.
 *
 * @example
 * const ready = prepareRule(rule, {});
 * const verdict = evaluatePrepared(ready, bucket, { related: { accountPublicAccessBlock: block } });
 */
export function evaluatePrepared<P extends ParameterSpecs, R>(
  ready: PreparedRule<P, R>,
  item: ConfigurationItem,
  options: EvaluateItemOptions = {},
): Verdict {
  const reason = notApplicableReason(ready.rule, item, options.eventLeftScope);
  if (reason !== undefined) return notApplicable(reason);
  try {
    return ready.rule.evaluate(item, ready.params, { related: options.related ?? NO_RELATED, prepared: ready.prepared });
  } catch (error) {
    if (error instanceof MalformedConfigurationItemError) return nonCompliant(`Cannot evaluate: ${error.message}`);
    throw error;
  }
}

/**
 * `evaluatePrepared` for one item with parameters already typed: the rule's `prepare` runs for this
 * call. For tests; the Lambda and the scanner prepare once and call `evaluatePrepared`.
 *
 * @example
 * expect(evaluateItem(rule, item, { checkRead: true, checkWrite: true }).compliance).toBe('COMPLIANT');
 */
export function evaluateItem<P extends ParameterSpecs, R>(
  rule: RuleDefinition<P, R>,
  item: ConfigurationItem,
  params: ParameterValues<P>,
  options: EvaluateItemOptions = {},
): Verdict {
  return evaluatePrepared(withParams(rule, params), item, options);
}
