import { CloudTrailClient, LookupEventsCommand } from '@aws-sdk/client-cloudtrail';
import { ConfigServiceClient, GetResourceConfigHistoryCommand, ResourceNotDiscoveredException, type ConfigurationItem } from '@aws-sdk/client-config-service';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { AlertEventError, notify, PublishFailedError, settingsFromEnvironment, type NotifierSettings } from '../../alerts';
import { silentLogger } from '../../rule-kit/logging';
import { fixture, lookupAnswer } from './fixtures';

const config = mockClient(ConfigServiceClient);
const cloudTrail = mockClient(CloudTrailClient);
const sns = mockClient(SNSClient);

const settings: NotifierSettings = {
  topicArn: 'arn:aws:sns:eu-west-1:123456789012:config-rules-pack-alerts',
  severities: { 'sg-open-ports': 'HIGH', 'sg-authorized-ports': 'MEDIUM' },
  notifyResolved: false,
  guardDutyMinSeverity: 7,
  retryDelayMs: 30_000,
  reserveMs: 10_000,
};

/** A clock that advances only when the function sleeps, so retries are counted, not waited for. */
function fakeTime(budgetMs: number) {
  let elapsed = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    tools: {
      logger: silentLogger,
      remainingMs: () => budgetMs - elapsed,
      sleep: async (ms: number) => {
        sleeps.push(ms);
        elapsed += ms;
      },
    },
  };
}

const clients = () => ({ config: new ConfigServiceClient({ region: 'eu-west-1' }), cloudTrail: new CloudTrailClient({ region: 'eu-west-1' }), sns: new SNSClient({ region: 'eu-west-1' }) });

/** The security group's item as GetResourceConfigHistory returns it (API shape), captured at the result's time. */
function recordedItem(relatedEvents: string[]): ConfigurationItem {
  return {
    version: '1.3',
    accountId: '123456789012',
    configurationItemCaptureTime: new Date('2026-12-04T10:15:02.417Z'),
    configurationItemStatus: 'OK',
    configurationStateId: '1733307302417',
    configurationItemMD5Hash: '',
    arn: 'arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0a1b2c3d4e5f60718',
    resourceType: 'AWS::EC2::SecurityGroup',
    resourceId: 'sg-0a1b2c3d4e5f60718',
    resourceName: 'web',
    awsRegion: 'eu-west-1',
    availabilityZone: 'Not Applicable',
    tags: {},
    relatedEvents,
    relationships: [],
    configuration: '{"groupId":"sg-0a1b2c3d4e5f60718"}',
    supplementaryConfiguration: {},
  };
}

beforeEach(() => {
  config.reset();
  cloudTrail.reset();
  sns.reset();
  sns.on(PublishCommand).resolves({ MessageId: 'm-1' });
});

describe('notify: compliance changes', () => {
  it('looks up the related CloudTrail event by id and publishes who did it', async () => {
    config.on(GetResourceConfigHistoryCommand).resolves({ configurationItems: [recordedItem(['0b5e7a63-2c7c-4d5b-9d1e-8f3a1c2b4d55'])] });
    cloudTrail.on(LookupEventsCommand).resolves(lookupAnswer('lookup-assumed-role-sso.json'));
    const time = fakeTime(300_000);
    const outcome = await notify(fixture('compliance-change-sg.json'), settings, clients(), time.tools);
    expect(outcome).toMatchObject({ outcome: 'published', attribution: 'found' });
    const history = config.commandCalls(GetResourceConfigHistoryCommand)[0]!.args[0].input;
    expect(history).toMatchObject({ resourceType: 'AWS::EC2::SecurityGroup', resourceId: 'sg-0a1b2c3d4e5f60718', limit: 1, laterTime: new Date('2026-12-04T10:15:02.417Z') });
    expect(cloudTrail.commandCalls(LookupEventsCommand)[0]!.args[0].input.LookupAttributes).toEqual([{ AttributeKey: 'EventId', AttributeValue: '0b5e7a63-2c7c-4d5b-9d1e-8f3a1c2b4d55' }]);
    const published = sns.commandCalls(PublishCommand)[0]!.args[0].input;
    expect(published.TopicArn).toBe(settings.topicArn);
    expect(published.Subject).toBe('[HIGH] sg-open-ports in 123456789012/eu-west-1: AWS::EC2::SecurityGroup sg-0a1b2c3d4e5f60718');
    expect(published.Message).toContain('session alice@example.com');
    expect(published.MessageAttributes?.['severity']).toEqual({ DataType: 'String', StringValue: 'HIGH' });
    expect(published.MessageAttributes?.['rule']).toEqual({ DataType: 'String', StringValue: 'sg-open-ports' });
    expect(time.sleeps).toEqual([]);
  });

  it('searches by resource name in a window around the capture time when the item names no event', async () => {
    config.on(GetResourceConfigHistoryCommand).resolves({ configurationItems: [recordedItem([])] });
    cloudTrail.on(LookupEventsCommand).resolves(lookupAnswer('lookup-assumed-role-sso.json'));
    await notify(fixture('compliance-change-sg.json'), settings, clients(), fakeTime(300_000).tools);
    const input = cloudTrail.commandCalls(LookupEventsCommand)[0]!.args[0].input;
    expect(input.LookupAttributes).toEqual([{ AttributeKey: 'ResourceName', AttributeValue: 'sg-0a1b2c3d4e5f60718' }]);
    expect(input.StartTime!.getTime()).toBeLessThan(Date.parse('2026-12-04T10:14:58Z'));
    expect(input.EndTime!.getTime()).toBeGreaterThan(Date.parse('2026-12-04T10:15:02.417Z'));
  });

  it('retries while CloudTrail lags, within the time budget, then says the actor is not yet known', async () => {
    config.on(GetResourceConfigHistoryCommand).resolves({ configurationItems: [recordedItem(['0b5e7a63-2c7c-4d5b-9d1e-8f3a1c2b4d55'])] });
    cloudTrail.on(LookupEventsCommand).resolves({ Events: [] });
    const time = fakeTime(100_000);
    const outcome = await notify(fixture('compliance-change-sg.json'), settings, clients(), time.tools);
    // 100 s budget, 30 s between lookups, 10 s kept to publish: lookups at 0, 30, 60 and 90 s.
    expect(time.sleeps).toEqual([30_000, 30_000, 30_000]);
    expect(cloudTrail.commandCalls(LookupEventsCommand)).toHaveLength(4);
    expect(outcome).toMatchObject({ outcome: 'published', attribution: 'not-yet-known' });
    expect(sns.commandCalls(PublishCommand)[0]!.args[0].input.Message).toContain('actor not yet known');
  });

  it('finds the event on a later lookup once CloudTrail shows it', async () => {
    config.on(GetResourceConfigHistoryCommand).resolves({ configurationItems: [recordedItem(['0b5e7a63-2c7c-4d5b-9d1e-8f3a1c2b4d55'])] });
    cloudTrail.on(LookupEventsCommand).resolvesOnce({ Events: [] }).resolves(lookupAnswer('lookup-assumed-role-sso.json'));
    const time = fakeTime(300_000);
    expect(await notify(fixture('compliance-change-sg.json'), settings, clients(), time.tools)).toMatchObject({ attribution: 'found' });
    expect(time.sleeps).toEqual([30_000]);
  });

  it('calls a result whose time is no capture time periodic, and an unrecorded resource too', async () => {
    config.on(GetResourceConfigHistoryCommand).resolves({ configurationItems: [{ ...recordedItem([]), configurationItemCaptureTime: new Date('2026-12-01T00:00:00Z') }] });
    expect(await notify(fixture('compliance-change-sg.json'), settings, clients(), fakeTime(300_000).tools)).toMatchObject({ attribution: 'periodic' });
    config.reset();
    config.on(GetResourceConfigHistoryCommand).rejects(new ResourceNotDiscoveredException({ message: 'not recorded', $metadata: {} }));
    expect(await notify(fixture('compliance-change-sg.json'), settings, clients(), fakeTime(300_000).tools)).toMatchObject({ attribution: 'periodic' });
    expect(cloudTrail.commandCalls(LookupEventsCommand)).toHaveLength(0);
  });

  it('still sends the plain alert when enrichment fails', async () => {
    config.on(GetResourceConfigHistoryCommand).resolves({ configurationItems: [recordedItem(['e-1'])] });
    cloudTrail.on(LookupEventsCommand).rejects(Object.assign(new Error('User is not authorized to perform: cloudtrail:LookupEvents'), { name: 'AccessDeniedException' }));
    const outcome = await notify(fixture('compliance-change-sg.json'), settings, clients(), fakeTime(300_000).tools);
    expect(outcome).toMatchObject({ outcome: 'published', attribution: 'unavailable' });
    expect(sns.commandCalls(PublishCommand)[0]!.args[0].input.Message).toContain('AccessDeniedException');
  });

  it('fails the invocation when SNS refuses the message, so Lambda retries and dead-letters it', async () => {
    config.on(GetResourceConfigHistoryCommand).resolves({ configurationItems: [] });
    sns.on(PublishCommand).rejects(Object.assign(new Error('Topic does not exist'), { name: 'NotFoundException' }));
    await expect(notify(fixture('compliance-change-sg.json'), settings, clients(), fakeTime(300_000).tools)).rejects.toBeInstanceOf(PublishFailedError);
  });

  it('alerts a return to COMPLIANT only when asked, and never other transitions', async () => {
    config.on(GetResourceConfigHistoryCommand).resolves({ configurationItems: [] });
    const event = fixture('compliance-change-sg.json') as { detail: Record<string, unknown> };
    const flip = (newType: string, oldType: string) => ({
      ...event,
      detail: {
        ...event.detail,
        newEvaluationResult: { ...(event.detail['newEvaluationResult'] as object), complianceType: newType },
        oldEvaluationResult: { ...(event.detail['oldEvaluationResult'] as object), complianceType: oldType },
      },
    });
    expect(await notify(flip('COMPLIANT', 'NON_COMPLIANT'), settings, clients(), fakeTime(300_000).tools)).toMatchObject({ outcome: 'ignored' });
    expect(await notify(flip('COMPLIANT', 'NON_COMPLIANT'), { ...settings, notifyResolved: true }, clients(), fakeTime(300_000).tools)).toMatchObject({ outcome: 'published' });
    expect(await notify(flip('NOT_APPLICABLE', 'NON_COMPLIANT'), { ...settings, notifyResolved: true }, clients(), fakeTime(300_000).tools)).toMatchObject({ outcome: 'ignored' });
    expect(sns.commandCalls(PublishCommand)).toHaveLength(1);
    expect(sns.commandCalls(PublishCommand)[0]!.args[0].input.Subject).toMatch(/^\[RESOLVED\]/);
  });

  it('rejects an event it does not know, publishing nothing', async () => {
    await expect(notify({ 'detail-type': 'EC2 Instance State-change Notification', detail: {} }, settings, clients(), fakeTime(1000).tools)).rejects.toBeInstanceOf(AlertEventError);
    await expect(notify('not an event', settings, clients(), fakeTime(1000).tools)).rejects.toBeInstanceOf(AlertEventError);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
  });
});

describe('notify: GuardDuty findings', () => {
  it('publishes a finding at or above the threshold, and ignores one below', async () => {
    expect(await notify(fixture('guardduty-finding.json'), settings, clients(), fakeTime(1000).tools)).toMatchObject({ outcome: 'published' });
    const low = fixture('guardduty-finding.json') as { detail: Record<string, unknown> };
    expect(await notify({ ...low, detail: { ...low.detail, severity: 5.5 } }, settings, clients(), fakeTime(1000).tools)).toMatchObject({ outcome: 'ignored' });
    expect(sns.commandCalls(PublishCommand)).toHaveLength(1);
    expect(sns.commandCalls(PublishCommand)[0]!.args[0].input.MessageAttributes?.['kind']?.StringValue).toBe('guardduty');
  });
});

describe('settingsFromEnvironment', () => {
  it('reads what the stack passes, with defaults', () => {
    const read = settingsFromEnvironment({ ALERT_TOPIC_ARN: 'arn:aws:sns:eu-west-1:1:t', RULE_SEVERITIES: '{"sg-open-ports":"HIGH"}', NOTIFY_RESOLVED: 'True' });
    expect(read).toMatchObject({ notifyResolved: true, guardDutyMinSeverity: 7, retryDelayMs: 60_000, severities: { 'sg-open-ports': 'HIGH' } });
  });

  it.each([
    [{}, 'ALERT_TOPIC_ARN'],
    [{ ALERT_TOPIC_ARN: 't', RULE_SEVERITIES: '{"x":"URGENT"}' }, 'RULE_SEVERITIES.x'],
    [{ ALERT_TOPIC_ARN: 't', RULE_SEVERITIES: '[' }, 'RULE_SEVERITIES'],
    [{ ALERT_TOPIC_ARN: 't', GUARDDUTY_MIN_SEVERITY: 'high' }, 'GUARDDUTY_MIN_SEVERITY'],
  ])('names the bad setting %#', (env, variable) => {
    expect(() => settingsFromEnvironment(env)).toThrow(expect.objectContaining({ variable }));
  });
});
