import type { ResourceKey } from '../configuration-item';

/** The (type, id) key PutEvaluations deduplicates on. */
export function resourceKeyString(key: ResourceKey): string {
  return `${key.resourceType}\u0000${key.resourceId}`;
}

/**
 * Resources the rule reported before that this periodic run did not see: they are gone (or no longer
 * collected) and get NOT_APPLICABLE so the console stops showing a stale verdict.
 */
export async function staleResources(
  previous: AsyncIterable<ResourceKey>,
  current: Iterable<ResourceKey>,
): Promise<ResourceKey[]> {
  const seen = new Set<string>();
  for (const key of current) seen.add(resourceKeyString(key));
  const stale: ResourceKey[] = [];
  for await (const key of previous) {
    const id = resourceKeyString(key);
    if (!seen.has(id)) {
      seen.add(id);
      stale.push(key);
    }
  }
  return stale;
}
