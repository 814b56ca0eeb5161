import type { ConfigurationItem } from '../../configuration-item';
import type { ConfigRuleEvent, ConfigurationItemSummary } from '../../event/config-rule-event';
import { buildEnvelope, notificationTimeAfter, type EventOptions } from './event-options';

export type ChangeType = 'CREATE' | 'UPDATE' | 'DELETE';

/**
 * The summary Config sends instead of an item too large for the notification: every header field,
 * none of configuration, supplementaryConfiguration, tags, relationships or relatedEvents.
 *
 * @example
 * const summary = summaryOf(item, 'CREATE');
 */
export function summaryOf(item: ConfigurationItem, changeType: ChangeType = 'UPDATE'): ConfigurationItemSummary {
  const summary: ConfigurationItemSummary = {
    changeType,
    configurationItemCaptureTime: item.configurationItemCaptureTime,
    awsAccountId: item.awsAccountId,
    configurationItemStatus: item.configurationItemStatus,
    resourceType: item.resourceType,
    resourceId: item.resourceId,
    awsRegion: item.awsRegion,
    ...(item.configurationItemVersion === undefined ? {} : { configurationItemVersion: item.configurationItemVersion }),
    ...(item.configurationStateId === undefined ? {} : { configurationStateId: item.configurationStateId }),
    ...(item.resourceName === undefined ? {} : { resourceName: item.resourceName }),
    ...(item.ARN === undefined ? {} : { ARN: item.ARN }),
    ...(item.availabilityZone === undefined ? {} : { availabilityZone: item.availabilityZone }),
    ...(item.configurationStateMd5Hash === undefined ? {} : { configurationStateMd5Hash: item.configurationStateMd5Hash }),
    ...(item.resourceCreationTime === undefined ? {} : { resourceCreationTime: item.resourceCreationTime }),
  };
  return summary;
}

/**
 * An OversizedConfigurationItemChangeNotification event: the rule must fetch the item with
 * GetResourceConfigHistory (pair it with `recordingConfigClient({ items: [item] })`).
 *
 * @example
 * await handler(oversizedEvent(item)); // the handler fetches the item from Config
 */
export function oversizedEvent(
  item: ConfigurationItem,
  options: EventOptions & { readonly changeType?: ChangeType; readonly eventLeftScope?: boolean } = {},
): ConfigRuleEvent {
  return buildEnvelope(
    {
      configurationItemSummary: summaryOf(item, options.changeType),
      messageType: 'OversizedConfigurationItemChangeNotification',
      notificationCreationTime: notificationTimeAfter(item.configurationItemCaptureTime, options),
      recordVersion: '1.0',
    },
    { accountId: item.awsAccountId, region: item.awsRegion, eventLeftScope: options.eventLeftScope ?? false },
    options,
  );
}
