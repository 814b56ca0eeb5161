import type { ConfigurationItem } from '../configuration-item';
import { asItemRecord } from './item-record';
import { fromApiItem } from './from-api-item';
import { fromNotificationItem } from './from-notification-item';

export type ItemShape = 'notification' | 'api';

/**
 * Which source shape a raw item has. The account field is the tell: notifications and S3 files write
 * `awsAccountId`, the API writes `accountId`. An item with neither is read as a notification, so its
 * error names the field a notification needs.
 */
export function detectItemShape(raw: Readonly<Record<string, unknown>>): ItemShape {
  if ('awsAccountId' in raw || 'ARN' in raw) return 'notification';
  if ('accountId' in raw || 'arn' in raw || 'version' in raw || 'configurationItemMD5Hash' in raw) return 'api';
  return 'notification';
}

/**
 * Any configuration item (notification, S3 file or API shape) in the kit's one model.
 *
 * @example
 * const item = normaliseItem(JSON.parse(line)); // either shape, API or notification
 */
export function normaliseItem(raw: unknown): ConfigurationItem {
  const record = asItemRecord(raw);
  return detectItemShape(record) === 'api' ? fromApiItem(record) : fromNotificationItem(record);
}
