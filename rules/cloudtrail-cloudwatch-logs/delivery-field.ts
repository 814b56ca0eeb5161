import { type ConfigurationItem, configurationOf, requireString } from '../../rule-kit';

export type DeliveryField = 'cloudWatchLogsLogGroupArn' | 'cloudWatchLogsRoleArn';

/**
 * A CloudWatch Logs delivery field of the recorded trail, trimmed. Config leaves it out (or null) when
 * the trail does not deliver to CloudWatch Logs: that reads as ''. Any other non-string is malformed.
 */
export function deliveryField(item: ConfigurationItem, field: DeliveryField): string {
  const value = configurationOf(item)[field];
  if (value === undefined || value === null) return '';
  return requireString(item, value, `configuration.${field}`).trim();
}
