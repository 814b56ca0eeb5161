import type { ConfigurationItem } from '../../../rule-kit';

/**
 * Raw Lambda events in the shape AWS Config sends (see test/rule-kit/event/fixtures/README.md), built
 * here so each handler test states exactly what Config would send.
 */
const COMMON = {
  resultToken: 'eyJyZXN1bHRUb2tlbiI6ImV4YW1wbGUifQ==',
  eventLeftScope: false,
  executionRoleArn: 'arn:aws:iam::123456789012:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig',
  configRuleArn: 'arn:aws:config:eu-west-1:123456789012:config-rule/config-rule-abc123',
  configRuleName: 'instance-owner-tag',
  configRuleId: 'config-rule-abc123',
  accountId: '123456789012',
  version: '1.0',
  evaluationMode: 'DETECTIVE',
};

export type RawEvent = Record<string, unknown>;

export function changeEvent(item: ConfigurationItem, extra: RawEvent = {}): RawEvent {
  return {
    ...COMMON,
    invokingEvent: JSON.stringify({
      configurationItemDiff: null,
      configurationItem: item,
      notificationCreationTime: '2026-11-20T10:00:05.000Z',
      messageType: 'ConfigurationItemChangeNotification',
      recordVersion: '1.3',
    }),
    ...extra,
  };
}

export function oversizedEvent(item: ConfigurationItem, extra: RawEvent = {}): RawEvent {
  const { configuration: _c, supplementaryConfiguration: _s, tags: _t, relationships: _r, relatedEvents: _e, ...summary } = item;
  return {
    ...COMMON,
    invokingEvent: JSON.stringify({
      configurationItemSummary: { changeType: 'UPDATE', ...summary },
      messageType: 'OversizedConfigurationItemChangeNotification',
      notificationCreationTime: '2026-11-20T10:00:05.000Z',
      recordVersion: '1.0',
    }),
    ...extra,
  };
}

export function scheduledEvent(extra: RawEvent = {}): RawEvent {
  return {
    ...COMMON,
    invokingEvent: JSON.stringify({
      awsAccountId: '123456789012',
      notificationCreationTime: '2026-11-20T12:00:00.000Z',
      messageType: 'ScheduledNotification',
      recordVersion: '1.0',
    }),
    ...extra,
  };
}

export function instance(id: string, tags: Record<string, string>, status: ConfigurationItem['configurationItemStatus'] = 'OK'): ConfigurationItem {
  return {
    configurationItemVersion: '1.3',
    configurationItemCaptureTime: '2026-11-20T10:00:00.000Z',
    configurationItemStatus: status,
    configurationStateId: '1763632800000',
    awsAccountId: '123456789012',
    awsRegion: 'eu-west-1',
    ARN: `arn:aws:ec2:eu-west-1:123456789012:instance/${id}`,
    availabilityZone: 'eu-west-1a',
    resourceType: 'AWS::EC2::Instance',
    resourceId: id,
    resourceCreationTime: '2026-11-01T09:00:00.000Z',
    tags,
    relatedEvents: [],
    relationships: [],
    configuration: status === 'ResourceDeleted' ? null : { instanceId: id, instanceType: 't3.micro', state: { name: 'running' } },
    supplementaryConfiguration: {},
  };
}
