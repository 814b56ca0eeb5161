import type { ConfigRuleEvent } from '../../event/config-rule-event';
import { buildEnvelope, DEFAULT_ACCOUNT_ID, DEFAULT_REGION, DEFAULT_SCHEDULED_TIME, type EventOptions } from './event-options';

/**
 * A ScheduledNotification event, as Config sends it to a periodic rule.
 *
 * @example
 * await handler(scheduledEvent({ accountId: '111122223333', notificationCreationTime: '2026-03-01T00:00:00.000Z' }));
 */
export function scheduledEvent(options: EventOptions = {}): ConfigRuleEvent {
  const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
  return buildEnvelope(
    {
      awsAccountId: accountId,
      notificationCreationTime: options.notificationCreationTime ?? DEFAULT_SCHEDULED_TIME,
      messageType: 'ScheduledNotification',
      recordVersion: '1.0',
    },
    { accountId, region: DEFAULT_REGION, eventLeftScope: false },
    options,
  );
}
