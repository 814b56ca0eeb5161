import type {
  BaseConfigurationItem,
  ConfigurationItem as SdkConfigurationItem,
} from '@aws-sdk/client-config-service';
import type { ConfigurationItem } from '../configuration-item';
import type { JsonRecord } from '../read-field';
import { API_DIALECT, readItem } from './read-item';

/**
 * An item from GetResourceConfigHistory (`ConfigurationItem`) or BatchGetResourceConfig
 * (`BaseConfigurationItem`), as the SDK returns it (Dates) or as JSON (epoch seconds).
 */
export type ApiConfigurationItem = SdkConfigurationItem | BaseConfigurationItem | JsonRecord;

/**
 * Normalises an API item to the notification shape: `accountId`→`awsAccountId`, `arn`→`ARN`,
 * `version`→`configurationItemVersion`, `configurationItemMD5Hash`→`configurationStateMd5Hash`,
 * `relationships[].relationshipName`→`name`, JSON-string `configuration` and supplementary values
 * parsed, timestamps to ISO strings. `configurationItemDeliveryTime` and `recordingFrequency` are
 * dropped: notifications and snapshot files do not carry them consistently, and a rule's verdict
 * must not depend on which source an item came from.
 *
 * @example
 * const item = fromApiItem(output.configurationItems[0]); // GetResourceConfigHistory's shape to the notification's
 */
export function fromApiItem(item: ApiConfigurationItem): ConfigurationItem {
  return readItem(item, API_DIALECT);
}
