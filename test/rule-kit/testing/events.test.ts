import { join } from 'node:path';
import { parseEvent } from '../../../rule-kit/event';
import {
  changeEvent,
  configRuleIdFor,
  deletedEvent,
  leftScopeEvent,
  loadItems,
  oversizedEvent,
  SAMPLE_RESULT_TOKEN,
  scheduledEvent,
} from '../../../rule-kit/testing';

const items = loadItems(join(__dirname, 'fixtures', 'config-snapshot.json'));
const sg = items[0];
const bucket = items[1];
if (sg === undefined || bucket === undefined) throw new Error('the snapshot fixture holds two items');

const invoking = (event: { invokingEvent: string }): Record<string, unknown> => JSON.parse(event.invokingEvent) as Record<string, unknown>;

describe('changeEvent', () => {
  const event = changeEvent(bucket, { ruleParameters: { maxAgeDays: '90' }, ruleName: 's3-check' });

  it('carries the item inside a JSON-string invokingEvent that parses back to it', () => {
    expect(typeof event.invokingEvent).toBe('string');
    expect(invoking(event)).toEqual({
      configurationItem: bucket,
      notificationCreationTime: '2024-03-18T10:02:46.910Z',
      messageType: 'ConfigurationItemChangeNotification',
      recordVersion: '1.3',
    });
  });

  it('has the top-level fields of the documented example event', () => {
    expect(Object.keys(event)).toEqual([
      'invokingEvent',
      'ruleParameters',
      'resultToken',
      'eventLeftScope',
      'executionRoleArn',
      'configRuleArn',
      'configRuleName',
      'configRuleId',
      'accountId',
      'version',
      'evaluationMode',
    ]);
    expect(event).toMatchObject({
      ruleParameters: '{"maxAgeDays":"90"}',
      resultToken: SAMPLE_RESULT_TOKEN,
      eventLeftScope: false,
      configRuleName: 's3-check',
      configRuleId: configRuleIdFor('s3-check'),
      configRuleArn: `arn:aws:config:eu-west-1:123456789012:config-rule/${configRuleIdFor('s3-check')}`,
      accountId: '123456789012',
      version: '1.0',
      evaluationMode: 'DETECTIVE',
    });
    expect(event.configRuleId).toMatch(/^config-rule-[0-9a-f]{6}$/);
  });

  it('is accepted by the kit event parser with the same item', () => {
    const invocation = parseEvent(event);
    expect(invocation).toMatchObject({ messageType: 'ConfigurationItemChangeNotification', item: bucket, parameters: { maxAgeDays: '90' } });
  });

  it('passes raw parameter strings and options through', () => {
    const custom = changeEvent(sg, {
      ruleParameters: '',
      resultToken: 'TESTMODE',
      executionRoleArn: 'arn:aws:iam::123456789012:role/config-role',
      accountId: '999988887777',
      notificationCreationTime: '2024-03-18T09:45:00.000Z',
    });
    expect(custom).toMatchObject({ ruleParameters: '', resultToken: 'TESTMODE', executionRoleArn: 'arn:aws:iam::123456789012:role/config-role', accountId: '999988887777' });
    expect(invoking(custom)['notificationCreationTime']).toBe('2024-03-18T09:45:00.000Z');
    expect(parseEvent(custom).testMode).toBe(true);
  });

  it('leaves ruleParameters out unless given', () => {
    expect(changeEvent(sg)).not.toHaveProperty('ruleParameters');
  });
});

describe('deletedEvent and leftScopeEvent', () => {
  it('sends the deleted item: status ResourceDeleted, configuration null', () => {
    const item = invoking(deletedEvent(sg))['configurationItem'];
    expect(item).toMatchObject({ resourceId: sg.resourceId, configurationItemStatus: 'ResourceDeleted', configuration: null });
  });

  it('sets eventLeftScope and keeps the item', () => {
    const event = leftScopeEvent(sg);
    expect(event.eventLeftScope).toBe(true);
    expect(invoking(event)['configurationItem']).toEqual(sg);
    expect(parseEvent(event)).toMatchObject({ eventLeftScope: true });
  });
});

describe('oversizedEvent', () => {
  const event = oversizedEvent(sg, { changeType: 'CREATE' });
  const summary = invoking(event)['configurationItemSummary'] as Record<string, unknown>;

  it('sends every header field and changeType, none of the bulky ones', () => {
    const { configuration, supplementaryConfiguration, tags, relationships, relatedEvents, ...header } = sg;
    expect([configuration, supplementaryConfiguration, tags, relationships, relatedEvents].every((part) => part !== undefined)).toBe(true);
    expect(summary).toEqual({ ...header, changeType: 'CREATE' });
  });

  it('is an OversizedConfigurationItemChangeNotification the kit parses', () => {
    expect(invoking(event)).toMatchObject({ messageType: 'OversizedConfigurationItemChangeNotification', recordVersion: '1.0' });
    expect(parseEvent(event)).toMatchObject({ messageType: 'OversizedConfigurationItemChangeNotification', summary: { resourceId: sg.resourceId } });
  });
});

describe('scheduledEvent', () => {
  it('has the documented ScheduledNotification invokingEvent', () => {
    const event = scheduledEvent({ accountId: '444455556666', notificationCreationTime: '2024-07-01T00:00:00.000Z' });
    expect(invoking(event)).toEqual({
      awsAccountId: '444455556666',
      notificationCreationTime: '2024-07-01T00:00:00.000Z',
      messageType: 'ScheduledNotification',
      recordVersion: '1.0',
    });
    expect(event.accountId).toBe('444455556666');
    expect(parseEvent(event)).toMatchObject({ messageType: 'ScheduledNotification', notificationCreationTime: '2024-07-01T00:00:00.000Z' });
  });

  it('uses the region given for the rule ARN', () => {
    expect(scheduledEvent({ region: 'cn-north-1' }).configRuleArn).toMatch(/^arn:aws-cn:config:cn-north-1:123456789012:config-rule\//);
  });
});
