import type { ConfigurationItem, ResourceKey } from '../configuration-item';
import type { RelatedItems, RelatedResource } from '../define-rule';

/** A rule's `related` declarations, as entries (name, what to look up). */
export type RelatedSpecs = readonly (readonly [string, RelatedResource])[];

/**
 * Where a rule's related resources come from: Config's API for the Lambda (`configRelatedResources`),
 * the scan's own input for the scanner (`RelatedIndex`). One semantics for both: each is the item
 * recorded now in the evaluated item's account, and a resource deleted or not recorded is absent
 * (`presentOrAbsent`), so no rule has to check a related item's status.
 */
export interface RelatedResources {
  /** The latest item recorded for `key`, as seen from `item`'s account and region; deleted ones included. */
  latest(key: ResourceKey, item: ConfigurationItem): ConfigurationItem | undefined | PromiseLike<ConfigurationItem | undefined>;
}

/**
 * A related item as a rule sees it: undefined when deleted or not recorded.
 *
 * @example
 * presentOrAbsent({ ...block, configurationItemStatus: 'ResourceDeleted' }); // undefined
 */
export function presentOrAbsent(found: ConfigurationItem | undefined): ConfigurationItem | undefined {
  if (found === undefined) return undefined;
  return found.configurationItemStatus === 'OK' || found.configurationItemStatus === 'ResourceDiscovered' ? found : undefined;
}

/**
 * The rule's related items for `item` from a source that answers at once (the scanner's index).
 *
 * @example
 * const related = relatedItemsNow(Object.entries(rule.related ?? {}), bucket, index);
 */
export function relatedItemsNow(
  specs: RelatedSpecs,
  item: ConfigurationItem,
  source: { latest(key: ResourceKey, item: ConfigurationItem): ConfigurationItem | undefined },
): RelatedItems {
  const found: Record<string, ConfigurationItem | undefined> = {};
  for (const [name, spec] of specs) {
    found[name] = presentOrAbsent(source.latest({ resourceType: spec.resourceType, resourceId: spec.resourceId(item) }, item));
  }
  return found;
}

/**
 * The rule's related items for `item` from any source (Config's API answers asynchronously).
 *
 * @example
 * const related = await relatedItems(Object.entries(rule.related ?? {}), bucket, configRelatedResources(client));
 */
export async function relatedItems(specs: RelatedSpecs, item: ConfigurationItem, source: RelatedResources): Promise<RelatedItems> {
  const entries = await Promise.all(
    specs.map(async ([name, spec]) => {
      const found = await source.latest({ resourceType: spec.resourceType, resourceId: spec.resourceId(item) }, item);
      return [name, presentOrAbsent(found)] as const;
    }),
  );
  return Object.fromEntries(entries);
}
