import type { ConfigurationItem } from '../configuration-item';
import { NOTIFICATION_DIALECT, readItem } from './read-item';

/**
 * An item as Config writes it in a ConfigurationItemChangeNotification or a snapshot/history file in
 * S3 (configurationItemVersion 1.3: `awsAccountId`, `ARN`, `configuration` as an object). Validates
 * it; parses `configuration` when it arrives as a JSON string and supplementary values that are JSON
 * strings of objects or lists; turns nulls into absent fields. Fields outside the model
 * (`configurationItemDeliveryTime`, `recordingFrequency`, ...) are dropped.
 */
export function fromNotificationItem(raw: unknown): ConfigurationItem {
  return readItem(raw, NOTIFICATION_DIALECT);
}
