import type { ConfigurationItem } from '../configuration-item';
import { isRecord, type JsonRecord } from '../read-field';
import { InvalidConfigurationItemError } from './invalid-configuration-item-error';

type Writable<T> = { -readonly [K in keyof T]: T[K] };
type RequiredKeys = 'configurationItemCaptureTime' | 'configurationItemStatus' | 'awsAccountId' | 'awsRegion' | 'resourceType' | 'resourceId' | 'configuration';

/** The fields every item has, and the optional ones as read (undefined = absent). */
export type ItemParts = Pick<ConfigurationItem, RequiredKeys> & {
  readonly [K in Exclude<keyof ConfigurationItem, RequiredKeys>]: ConfigurationItem[K] | undefined;
};

/**
 * Builds the item with absent optional fields left out rather than set to undefined, so items from
 * different sources are deep-equal and `exactOptionalPropertyTypes` holds. Field order follows the
 * notification, which keeps JSON output of normalised items readable.
 */
export function assembleItem(parts: ItemParts): ConfigurationItem {
  const item: Partial<Writable<ConfigurationItem>> = {};
  const set = <K extends keyof ConfigurationItem>(key: K, value: ConfigurationItem[K] | undefined): void => {
    if (value !== undefined) item[key] = value;
  };
  set('configurationItemVersion', parts.configurationItemVersion);
  set('configurationItemCaptureTime', parts.configurationItemCaptureTime);
  set('configurationItemStatus', parts.configurationItemStatus);
  set('configurationStateId', parts.configurationStateId);
  set('configurationStateMd5Hash', parts.configurationStateMd5Hash);
  set('awsAccountId', parts.awsAccountId);
  set('awsRegion', parts.awsRegion);
  set('ARN', parts.ARN);
  set('availabilityZone', parts.availabilityZone);
  set('resourceType', parts.resourceType);
  set('resourceId', parts.resourceId);
  set('resourceName', parts.resourceName);
  set('resourceCreationTime', parts.resourceCreationTime);
  set('tags', parts.tags);
  set('relatedEvents', parts.relatedEvents);
  set('relationships', parts.relationships);
  item.configuration = parts.configuration;
  set('supplementaryConfiguration', parts.supplementaryConfiguration);
  return item as ConfigurationItem;
}

/** The raw item as a record, or the typed error; what it claims to be is attached to any later error. */
export function asItemRecord(raw: unknown): JsonRecord {
  if (!isRecord(raw)) throw new InvalidConfigurationItemError('item', raw, 'is not an object');
  return raw;
}

/** Runs a normaliser, attaching the resource the raw item names to any error it raises. */
export function withResourceLocation<T>(raw: JsonRecord, normalise: () => T): T {
  try {
    return normalise();
  } catch (error) {
    if (!(error instanceof InvalidConfigurationItemError)) throw error;
    const type = raw['resourceType'];
    const id = raw['resourceId'];
    throw error.locatedAt({
      ...(typeof type === 'string' ? { resourceType: type } : {}),
      ...(typeof id === 'string' ? { resourceId: id } : {}),
    });
  }
}
