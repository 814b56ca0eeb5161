import type { ConfigurationItem as SdkConfigurationItem } from '@aws-sdk/client-config-service';
import fc from 'fast-check';
import type { ConfigurationItem } from '../../configuration-item';
import { toApiItem } from '../to-api-item';

/** An item with the same resource as GetResourceConfigHistory returns it. */
export interface ItemWithApiShape {
  readonly item: ConfigurationItem;
  readonly apiItem: SdkConfigurationItem;
}

/**
 * Pairs each generated item with its API-shape equivalent, so a property can check that a rule gives
 * the same verdict whichever source the item came from: `evaluate(item)` vs `evaluate(fromApiItem(apiItem))`.
 *
 * @example
 * fc.assert(fc.property(arbApiShape(arbSecurityGroupItem()), ({ item, apiItem }) => { expect(fromApiItem(apiItem)).toEqual(item); }));
 */
export function arbApiShape(items: fc.Arbitrary<ConfigurationItem>): fc.Arbitrary<ItemWithApiShape> {
  return items.map((item) => ({ item, apiItem: toApiItem(item) }));
}
