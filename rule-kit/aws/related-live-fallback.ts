import type { ConfigurationItem } from '../configuration-item';
import type { CollectorContext, RelatedResource } from '../define-rule';
import { RelatedResourceUnreadableError } from './related-resource-unreadable-error';

/**
 * The Lambda's related items after the live fallbacks: each related resource Config holds no live item for
 * (a recorder set to "record only these types", a deleted item), and whose declaration has a `liveFallback`,
 * is read from its service API instead, in the evaluated account with the invocation's credentials. The
 * offline scanner never calls this: it cannot reach the account, and says so in the rule's annotation.
 * A failed read throws RelatedResourceUnreadableError naming the IAM actions.
 */
export async function withLiveFallbacks(
  related: Readonly<Record<string, RelatedResource>> | undefined,
  item: ConfigurationItem,
  found: Readonly<Record<string, ConfigurationItem | undefined>>,
  context: CollectorContext,
): Promise<Record<string, ConfigurationItem | undefined>> {
  const filled: Record<string, ConfigurationItem | undefined> = { ...found };
  for (const [name, spec] of Object.entries(related ?? {})) {
    const fallback = spec.liveFallback;
    if (fallback === undefined || filled[name] !== undefined) continue;
    const key = { resourceType: spec.resourceType, resourceId: spec.resourceId(item) };
    try {
      filled[name] = await fallback.read(context, key);
    } catch (error) {
      throw new RelatedResourceUnreadableError(key.resourceType, key.resourceId, fallback.permissions, { cause: error });
    }
  }
  return filled;
}
