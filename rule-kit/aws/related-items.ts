import type { ConfigServiceClient } from '@aws-sdk/client-config-service';
import type { ConfigurationItem } from '../configuration-item';
import type { RelatedItems, RuleDefinition } from '../define-rule';
import { notApplicableReason } from '../evaluate/evaluate-item';
import { relatedItems, type RelatedResources } from '../evaluate/related-resources';
import { findConfigurationItem } from './fetch-configuration-item';

/**
 * A rule's related resources as Config's API holds them (GetResourceConfigHistory, latest item), in
 * the account and region the Lambda runs in; the scanner's counterpart is `RelatedIndex`. Deleted and
 * never-recorded resources are dropped by `relatedItems`, as on every path.
 *
 * @example
 * const related = await relatedItems(Object.entries(rule.related ?? {}), item, configRelatedResources(client));
 */
export function configRelatedResources(client: ConfigServiceClient): RelatedResources {
  return { latest: (key) => findConfigurationItem(client, key) };
}

/**
 * The rule's related items for `item` through Config, looked up only when the rule evaluates the item
 * (a NOT_APPLICABLE one needs none) and declares any.
 *
 * @example
 * const verdict = evaluatePrepared(ready, item, { related: await relatedThroughConfig(ready.rule, item, client) });
 */
export async function relatedThroughConfig(
  rule: RuleDefinition,
  item: ConfigurationItem,
  client: ConfigServiceClient,
  eventLeftScope?: boolean,
): Promise<RelatedItems> {
  if (rule.related === undefined || notApplicableReason(rule, item, eventLeftScope) !== undefined) return {};
  return relatedItems(Object.entries(rule.related), item, configRelatedResources(client));
}
