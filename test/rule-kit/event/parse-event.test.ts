import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEvent, parseRuleParameters } from '../../../rule-kit/event';
import { InvalidEventError, UnknownMessageTypeError } from '../../../rule-kit/errors';

type RawEvent = Record<string, unknown>;

function fixture(name: string): RawEvent {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8')) as RawEvent;
}

function withInvoking(event: RawEvent, patch: Record<string, unknown>): RawEvent {
  const invoking = JSON.parse(event['invokingEvent'] as string) as Record<string, unknown>;
  return { ...event, invokingEvent: JSON.stringify({ ...invoking, ...patch }) };
}

describe('parseEvent', () => {
  it('turns a configuration-change event into a change invocation with the normalised item', () => {
    const invocation = parseEvent(fixture('change-event.json'));
    expect(invocation.messageType).toBe('ConfigurationItemChangeNotification');
    if (invocation.messageType !== 'ConfigurationItemChangeNotification') return;
    expect(invocation.item.resourceType).toBe('AWS::EC2::Instance');
    expect(invocation.item.resourceId).toBe('i-00000000');
    expect(invocation.item.configuration).toEqual({ foo: 'bar' });
    expect(invocation.item.relationships).toEqual([
      { resourceId: 'eipalloc-00000000', resourceType: 'AWS::EC2::EIP', name: 'Is attached to ElasticIp' },
    ]);
    expect(invocation).toMatchObject({
      ruleName: 'change-triggered-config-rule',
      ruleArn: 'arn:aws:config:us-east-2:123456789012:config-rule/config-rule-0123456',
      accountId: '123456789012',
      resultToken: 'myResultToken',
      testMode: false,
      eventLeftScope: false,
      executionRoleArn: 'arn:aws:iam::123456789012:role/config-role',
      parameters: { myParameterKey: 'myParameterValue' },
    });
  });

  it('parses the oversized summary, coercing a numeric state id and dropping null fields', () => {
    const invocation = parseEvent(fixture('oversized-event.json'));
    if (invocation.messageType !== 'OversizedConfigurationItemChangeNotification') throw new Error('wrong type');
    expect(invocation.summary).toMatchObject({
      resourceType: 'AWS::EC2::Instance',
      resourceId: 'i-00000000',
      configurationItemCaptureTime: '2016-10-06T16:46:16.261Z',
      configurationStateId: '0',
      awsRegion: 'us-west-2',
    });
    expect(invocation.summary).not.toHaveProperty('resourceName');
  });

  it('parses a scheduled notification and keeps its creation time', () => {
    const invocation = parseEvent(fixture('scheduled-event.json'));
    expect(invocation).toMatchObject({ messageType: 'ScheduledNotification', notificationCreationTime: '2016-10-06T16:46:16.261Z' });
  });

  it('sets testMode only for the TESTMODE result token', () => {
    expect(parseEvent({ ...fixture('scheduled-event.json'), resultToken: 'TESTMODE' }).testMode).toBe(true);
    expect(parseEvent({ ...fixture('scheduled-event.json'), resultToken: 'testmode' }).testMode).toBe(false);
  });

  it.each([
    ['absent', undefined],
    ['empty', ''],
    ['an empty object', '{}'],
    ['whitespace', '  '],
  ])('reads ruleParameters that are %s as no parameters', (_label, ruleParameters) => {
    const event: RawEvent = { ...fixture('scheduled-event.json'), ruleParameters };
    if (ruleParameters === undefined) delete event['ruleParameters'];
    expect(parseEvent(event).parameters).toEqual({});
  });

  it.each([
    ['not JSON', '{bad', 'ruleParameters'],
    ['a JSON array', '["a"]', 'ruleParameters'],
    ['a number', 5, 'ruleParameters'],
  ])('rejects ruleParameters that are %s', (_label, ruleParameters, field) => {
    const error = captureError(() => parseEvent({ ...fixture('change-event.json'), ruleParameters }));
    expect(error).toBeInstanceOf(InvalidEventError);
    expect((error as InvalidEventError).field).toBe(field);
  });

  it('treats a missing eventLeftScope as false and a true one as true', () => {
    const event = fixture('change-event.json');
    delete event['eventLeftScope'];
    const missing = parseEvent(event);
    const left = parseEvent({ ...event, eventLeftScope: true });
    expect(missing.messageType === 'ConfigurationItemChangeNotification' && missing.eventLeftScope).toBe(false);
    expect(left.messageType === 'ConfigurationItemChangeNotification' && left.eventLeftScope).toBe(true);
    expect(() => parseEvent({ ...event, eventLeftScope: 'true' })).toThrow(InvalidEventError);
  });

  it('accepts a deleted item whose configuration is null', () => {
    const event = fixture('change-event.json');
    const invoking = JSON.parse(event['invokingEvent'] as string) as { configurationItem: Record<string, unknown> };
    const deleted = withInvoking(event, {
      configurationItem: { ...invoking.configurationItem, configurationItemStatus: 'ResourceDeleted', configuration: null },
    });
    const invocation = parseEvent(deleted);
    if (invocation.messageType !== 'ConfigurationItemChangeNotification') throw new Error('wrong type');
    expect(invocation.item.configurationItemStatus).toBe('ResourceDeleted');
    expect(invocation.item.configuration).toBeNull();
  });

  it('rejects an unknown messageType with a typed error naming it', () => {
    const error = captureError(() => parseEvent(withInvoking(fixture('change-event.json'), { messageType: 'ConfigurationSnapshotDeliveryCompleted' })));
    expect(error).toBeInstanceOf(UnknownMessageTypeError);
    expect((error as UnknownMessageTypeError).messageType).toBe('ConfigurationSnapshotDeliveryCompleted');
  });

  it.each<[string, (event: RawEvent) => unknown, string]>([
    ['a non-object event', () => 'event', 'event'],
    ['a missing resultToken', (e) => ({ ...e, resultToken: undefined }), 'resultToken'],
    ['an empty configRuleName', (e) => ({ ...e, configRuleName: '' }), 'configRuleName'],
    ['a missing accountId', (e) => ({ ...e, accountId: undefined }), 'accountId'],
    ['invokingEvent that is not JSON', (e) => ({ ...e, invokingEvent: '{"messageType":' }), 'invokingEvent'],
    ['invokingEvent that is an object, not a string', (e) => ({ ...e, invokingEvent: {} }), 'invokingEvent'],
    ['a missing configurationItem', (e) => withInvoking(e, { configurationItem: undefined }), 'invokingEvent.configurationItem'],
    ['an item without resourceId', (e) => withInvoking(e, { configurationItem: { resourceType: 'AWS::EC2::Instance' } }), 'invokingEvent.configurationItem'],
    ['a bad notificationCreationTime', (e) => withInvoking(e, { notificationCreationTime: 'yesterday' }), 'invokingEvent.notificationCreationTime'],
  ])('rejects %s with InvalidEventError naming the field', (_label, mutate, field) => {
    const error = captureError(() => parseEvent(mutate(fixture('change-event.json'))));
    expect(error).toBeInstanceOf(InvalidEventError);
    expect((error as InvalidEventError).field).toBe(field);
  });

  it('requires a notification time on scheduled notifications (their OrderingTimestamp)', () => {
    const event = withInvoking(fixture('scheduled-event.json'), { notificationCreationTime: undefined });
    expect(captureError(() => parseEvent(event))).toMatchObject({ field: 'invokingEvent.notificationCreationTime' });
  });

  it('rejects an oversized summary without a valid status', () => {
    const event = fixture('oversized-event.json');
    const invoking = JSON.parse(event['invokingEvent'] as string) as { configurationItemSummary: Record<string, unknown> };
    const bad = withInvoking(event, { configurationItemSummary: { ...invoking.configurationItemSummary, configurationItemStatus: 'Gone' } });
    expect(captureError(() => parseEvent(bad))).toMatchObject({ field: 'invokingEvent.configurationItemSummary.configurationItemStatus' });
  });
});

describe('parseRuleParameters', () => {
  it('keeps non-string values for the parameter parser to coerce', () => {
    expect(parseRuleParameters('{"maxAge":90,"on":true}')).toEqual({ maxAge: 90, on: true });
  });
});

function captureError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
