/**
 * The alert function end to end over the wire: the real handler and the real SDK clients, pointed by
 * AWS_ENDPOINT_URL at a loopback stand-in that answers Config (JSON 1.1 GetResourceConfigHistory),
 * CloudTrail (JSON 1.1 LookupEvents) and SNS (query Publish) as the services do.
 */
import { AwsFault, AwsStandIn, type ServiceHandler } from '../aws-stand-in';
import { fixture } from './fixtures';

const ACCOUNT = '123456789012';
const TOPIC = `arn:aws:sns:eu-west-1:${ACCOUNT}:config-rules-pack-alerts`;
const recorded = fixture('lookup-assumed-role-sso.json') as { Events: Array<Record<string, unknown>> };

interface Published {
  readonly topicArn: string | null;
  readonly subject: string | null;
  readonly message: string | null;
  readonly attributes: Record<string, string>;
}

const epochSeconds = (iso: string): number => Date.parse(iso) / 1000;

function handlers(published: Published[], eventsVisible: () => boolean): ServiceHandler[] {
  const config: ServiceHandler = {
    service: 'config',
    protocol: 'json',
    handle: (call) => {
      if (call.operation !== 'GetResourceConfigHistory') throw new AwsFault('UnknownOperationException', call.operation);
      if (call.input['resourceId'] !== 'sg-0a1b2c3d4e5f60718') throw new AwsFault('ResourceNotDiscoveredException', 'Resource is not discovered');
      return {
        json: {
          configurationItems: [
            {
              version: '1.3',
              accountId: ACCOUNT,
              configurationItemCaptureTime: epochSeconds('2026-12-04T10:15:02.417Z'),
              configurationItemStatus: 'OK',
              configurationStateId: '1733307302417',
              arn: `arn:aws:ec2:eu-west-1:${ACCOUNT}:security-group/sg-0a1b2c3d4e5f60718`,
              resourceType: 'AWS::EC2::SecurityGroup',
              resourceId: 'sg-0a1b2c3d4e5f60718',
              resourceName: 'web',
              awsRegion: 'eu-west-1',
              availabilityZone: 'Not Applicable',
              tags: {},
              relatedEvents: ['0b5e7a63-2c7c-4d5b-9d1e-8f3a1c2b4d55'],
              relationships: [],
              configuration: '{"groupId":"sg-0a1b2c3d4e5f60718","ipPermissions":[]}',
              supplementaryConfiguration: {},
            },
          ],
        },
      };
    },
  };
  const cloudTrail: ServiceHandler = {
    service: 'cloudtrail',
    protocol: 'json',
    handle: (call) => {
      if (call.operation !== 'LookupEvents') throw new AwsFault('UnknownOperationException', call.operation);
      const [attribute] = call.input['LookupAttributes'] as Array<{ AttributeKey: string; AttributeValue: string }>;
      const events = eventsVisible() ? recorded.Events.filter((event) => attribute?.AttributeKey === 'EventId' && event['EventId'] === attribute.AttributeValue) : [];
      return { json: { Events: events.map((event) => ({ ...event, EventTime: epochSeconds(String(event['EventTime'])) })) } };
    },
  };
  const sns: ServiceHandler = {
    service: 'sns',
    protocol: 'query',
    handle: (call) => {
      if (call.operation !== 'Publish') throw new AwsFault('InvalidAction', call.operation);
      const attributes: Record<string, string> = {};
      for (let n = 1; call.form.has(`MessageAttributes.entry.${n}.Name`); n++) {
        attributes[call.form.get(`MessageAttributes.entry.${n}.Name`) ?? ''] = call.form.get(`MessageAttributes.entry.${n}.Value.StringValue`) ?? '';
      }
      published.push({ topicArn: call.form.get('TopicArn'), subject: call.form.get('Subject'), message: call.form.get('Message'), attributes });
      return { xml: { MessageId: `m-${published.length}` } };
    },
  };
  return [config, cloudTrail, sns];
}

describe('alert-notifier over the wire', () => {
  const published: Published[] = [];
  let visible = true;
  const standIn = new AwsStandIn().register(...handlers(published, () => visible));
  const saved = { ...process.env };
  let handler: (typeof import('../../alerts'))['handler'];

  beforeAll(async () => {
    await standIn.start();
    Object.assign(process.env, standIn.environment(ACCOUNT, `arn:aws:sts::${ACCOUNT}:assumed-role/alert-notifier/fn`, 'eu-west-1'), {
      ALERT_TOPIC_ARN: TOPIC,
      RULE_SEVERITIES: JSON.stringify({ 'sg-open-ports': 'HIGH' }),
      ATTRIBUTION_RETRY_SECONDS: '1',
    });
    ({ handler } = await import('../../alerts'));
  });

  afterAll(async () => {
    process.env = saved;
    await standIn.stop();
  });

  beforeEach(() => {
    published.length = 0;
  });

  it('turns a NON_COMPLIANT change into one SNS message naming the actor, time, source and call', async () => {
    visible = true;
    const outcome = await handler(fixture('compliance-change-sg.json'), { awsRequestId: 'r-1', getRemainingTimeInMillis: () => 60_000 });
    expect(outcome).toMatchObject({ outcome: 'published', attribution: 'found' });
    expect(published).toHaveLength(1);
    const [message] = published;
    expect(message?.topicArn).toBe(TOPIC);
    expect(message?.subject).toBe('[HIGH] sg-open-ports in 123456789012/eu-west-1: AWS::EC2::SecurityGroup sg-0a1b2c3d4e5f60718');
    expect(message?.message).toContain('session alice@example.com');
    expect(message?.message).toContain('When:     2026-12-04T10:14:58.000Z');
    expect(message?.message).toContain('From:     203.0.113.7');
    expect(message?.message).toContain('Call:     AuthorizeSecurityGroupIngress (ec2.amazonaws.com)');
    expect(message?.attributes).toMatchObject({ rule: 'sg-open-ports', severity: 'HIGH', account: ACCOUNT, resourceType: 'AWS::EC2::SecurityGroup' });
    expect(standIn.callCounts()).toMatchObject({ 'config:GetResourceConfigHistory': 1, 'cloudtrail:LookupEvents': 1, 'sns:Publish': 1 });
  });

  it('sends a clear "actor not yet known" when CloudTrail never shows the call in time', async () => {
    visible = false;
    // 12 s left, 10 s kept to publish, 1 s between lookups: the function looks three times, then sends.
    let remaining = 12_000;
    const outcome = await handler(fixture('compliance-change-sg.json'), { awsRequestId: 'r-2', getRemainingTimeInMillis: () => (remaining -= 500) });
    expect(outcome).toMatchObject({ outcome: 'published', attribution: 'not-yet-known' });
    expect(published).toHaveLength(1);
    expect(published[0]?.message).toContain('actor not yet known');
  });

  it('fails the invocation when SNS denies the publish (so Lambda retries and dead-letters the event)', async () => {
    visible = true;
    standIn.deny({ action: 'sns:Publish' });
    await expect(handler(fixture('compliance-change-sg.json'), { awsRequestId: 'r-3', getRemainingTimeInMillis: () => 60_000 })).rejects.toMatchObject({
      name: 'PublishFailedError',
    });
  });
});
