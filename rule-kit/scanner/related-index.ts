import type { ConfigurationItem, ResourceKey } from '../configuration-item';
import type { RelatedItems } from '../define-rule';
import { relatedItemsNow, type RelatedResources, type RelatedSpecs } from '../evaluate/related-resources';

/**
 * The items of the resource types selected rules declare as `related` (the account-level S3 public
 * access block), kept as the scan reads them: the offline counterpart of the Lambda reading the
 * resource from Config. Only those types are kept, so the index stays small.
 */
export class RelatedIndex implements RelatedResources {
  private readonly items = new Map<string, ConfigurationItem[]>();

  /** `types`: the resource types selected rules declare as related (`RuleRuns.relatedTypes`). */
  constructor(readonly types: ReadonlySet<string>) {}

  /** Keeps the item if some rule may need it; of several items of one resource, the latest. */
  offer(item: ConfigurationItem): void {
    if (!this.types.has(item.resourceType)) return;
    const key = keyOf(item.awsAccountId, item.resourceType, item.resourceId);
    const list = this.items.get(key) ?? [];
    const same = list.findIndex((other) => other.awsRegion === item.awsRegion);
    if (same === -1) list.push(item);
    else if (Date.parse(list[same]?.configurationItemCaptureTime ?? '') <= Date.parse(item.configurationItemCaptureTime)) {
      list[same] = item;
    }
    this.items.set(key, list);
  }

  /**
   * The related items of a rule with these `related` entries for `item`, the input being complete: as
   * from Config's API, a deleted or unrecorded resource is absent.
   */
  relatedTo(related: RelatedSpecs, item: ConfigurationItem): RelatedItems {
    return relatedItemsNow(related, item, this);
  }

  /** Every item kept (to hand the index to the worker thread). */
  all(): ConfigurationItem[] {
    return [...this.items.values()].flat();
  }

  /**
   * The latest item of `key`, as the Lambda in the item's account and region would find it (deleted or
   * not): same account always, same region first; else the account's item from another region
   * (account-level resources are recorded in one region when global recording is limited to one).
   * Asked once the input is complete.
   */
  latest(key: ResourceKey, item: ConfigurationItem): ConfigurationItem | undefined {
    const list = this.items.get(keyOf(item.awsAccountId, key.resourceType, key.resourceId));
    if (list === undefined) return undefined;
    return list.find((other) => other.awsRegion === item.awsRegion) ?? list[0];
  }
}

function keyOf(account: string, type: string, id: string): string {
  return `${account}\u0000${type}\u0000${id}`;
}
