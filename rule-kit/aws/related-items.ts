import type { ConfigServiceClient } from '@aws-sdk/client-config-service';
import type { ConfigurationItem } from '../configuration-item';
import type { RelatedResource } from '../define-rule';
import { findConfigurationItem } from './fetch-configuration-item';

/**
 * Looks up each related resource a rule declares through Config, as the scanner looks it up in a
 * snapshot. A resource Config never recorded, or recorded as deleted, is undefined.
 */
export async function fetchRelatedItems(
  client: ConfigServiceClient,
  related: Readonly<Record<string, RelatedResource>> | undefined,
  item: ConfigurationItem,
): Promise<Record<string, ConfigurationItem | undefined>> {
  const entries = await Promise.all(
    Object.entries(related ?? {}).map(async ([name, spec]) => {
      const found = await findConfigurationItem(client, { resourceType: spec.resourceType, resourceId: spec.resourceId(item) });
      const live = found?.configurationItemStatus === 'OK' || found?.configurationItemStatus === 'ResourceDiscovered';
      return [name, live ? found : undefined] as const;
    }),
  );
  return Object.fromEntries(entries);
}
