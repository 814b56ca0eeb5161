import { withLiveFallbacks } from '../aws/related-live-fallback';
import { fetchRelatedItems } from '../aws/related-items';
import type { ConfigurationItem } from '../configuration-item';
import type { RuleDefinition } from '../define-rule';
import type { InvocationDependencies } from './invocation-dependencies';

/** The Lambda's related items: Config's, then each declared live fallback for what Config lacks. */
export async function lambdaRelatedItems(
  rule: RuleDefinition,
  item: ConfigurationItem,
  deps: Pick<InvocationDependencies, 'config' | 'collectorContext'>,
): Promise<Record<string, ConfigurationItem | undefined>> {
  return withLiveFallbacks(rule.related, item, await fetchRelatedItems(deps.config, rule.related, item), deps.collectorContext);
}
