import type { ConfigurationItem } from '../../configuration-item';
import type { ConfigRuleEvent } from '../../event/config-rule-event';
import { buildEnvelope, notificationTimeAfter, type EventOptions } from './event-options';

/**
 * A ConfigurationItemChangeNotification event for `item`, as Config sends it to a change-triggered
 * rule: the item inside the `invokingEvent` JSON string, with notificationCreationTime and
 * recordVersion "1.3".
 *
 * @example
 * await handler(changeEvent(item, { ruleParameters: { checkWrite: 'false' } }));
 */
export function changeEvent(item: ConfigurationItem, options: EventOptions & { readonly eventLeftScope?: boolean } = {}): ConfigRuleEvent {
  return buildEnvelope(
    {
      configurationItem: item,
      notificationCreationTime: notificationTimeAfter(item.configurationItemCaptureTime, options),
      messageType: 'ConfigurationItemChangeNotification',
      recordVersion: '1.3',
    },
    { accountId: item.awsAccountId, region: item.awsRegion, eventLeftScope: options.eventLeftScope ?? false },
    options,
  );
}

/**
 * The item Config records when the resource is deleted: status ResourceDeleted, no configuration,
 * and empty supplementary configuration, tags and relationships.
 *
 * @example
 * expectVerdict(rule, deletedItem(bucket), 'NOT_APPLICABLE');
 */
export function deletedItem(item: ConfigurationItem): ConfigurationItem {
  return {
    ...item,
    configurationItemStatus: 'ResourceDeleted',
    configuration: null,
    supplementaryConfiguration: {},
    tags: {},
    relationships: [],
  };
}

/**
 * The change event for the deletion of `item`.
 *
 * @example
 * await handler(deletedEvent(bucket));
 */
export function deletedEvent(item: ConfigurationItem, options: EventOptions = {}): ConfigRuleEvent {
  return changeEvent(deletedItem(item), options);
}

/**
 * A change event with `eventLeftScope: true`: the resource no longer matches the rule's scope.
 *
 * @example
 * await handler(leftScopeEvent(bucket)); // reported NOT_APPLICABLE
 */
export function leftScopeEvent(item: ConfigurationItem, options: EventOptions = {}): ConfigRuleEvent {
  return changeEvent(item, { ...options, eventLeftScope: true });
}
