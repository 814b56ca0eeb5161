import { relatedThroughConfig } from '../aws/related-items';
import { withLiveFallbacks } from '../aws/related-live-fallback';
import type { ConfigurationItem } from '../configuration-item';
import type { RelatedItems, RuleDefinition } from '../define-rule';
import { notApplicableReason } from '../evaluate/evaluate-item';
import type { InvocationDependencies } from './invocation-dependencies';

/**
 * The Lambda's related items: Config's (`relatedThroughConfig`: deleted or not recorded = absent, none
 * for an item that is NOT_APPLICABLE anyway), then each declared live fallback for what Config lacks.
 *
 * @example
 * const related = await lambdaRelatedItems(ready.rule, item, deps, invocation.eventLeftScope);
 */
export async function lambdaRelatedItems(
  rule: RuleDefinition,
  item: ConfigurationItem,
  deps: Pick<InvocationDependencies, 'config' | 'collectorContext'>,
  eventLeftScope?: boolean,
): Promise<RelatedItems> {
  if (rule.related === undefined || notApplicableReason(rule, item, eventLeftScope) !== undefined) return {};
  return withLiveFallbacks(rule.related, item, await relatedThroughConfig(rule, item, deps.config, eventLeftScope), deps.collectorContext);
}
