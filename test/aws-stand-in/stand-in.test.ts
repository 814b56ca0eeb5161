import { BatchGetResourceConfigCommand, ConfigServiceClient, ListDiscoveredResourcesCommand } from '@aws-sdk/client-config-service';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { ConfigurationItem } from '../../rule-kit';
import { FakeCloud, startStandIn, type AwsStandIn } from '.';

const ACCOUNT = '111122223333';
const OTHER = '444455556666';

function securityGroup(id: string, region = 'us-east-1'): ConfigurationItem {
  return {
    _source: 'stand-in test: the shape of a Config snapshot item (schema 1.3)',
    configurationItemVersion: '1.3',
    configurationItemCaptureTime: '2026-11-30T10:00:00.000Z',
    configurationItemStatus: 'OK',
    configurationStateId: '1701338400000',
    awsAccountId: ACCOUNT,
    awsRegion: region,
    resourceType: 'AWS::EC2::SecurityGroup',
    resourceId: id,
    resourceName: id,
    ARN: `arn:aws:ec2:${region}:${ACCOUNT}:security-group/${id}`,
    configuration: { groupId: id, ipPermissions: [] },
    supplementaryConfiguration: {},
    tags: {},
    relationships: [],
    relatedEvents: [],
  } as ConfigurationItem;
}

describe('the AWS stand-in, driven by the real SDK clients through AWS_ENDPOINT_URL', () => {
  let standIn: AwsStandIn;
  const cloud = new FakeCloud();
  const saved = { ...process.env };

  beforeAll(async () => {
    for (let i = 0; i < 250; i += 1) cloud.region(ACCOUNT, 'us-east-1').recorded.push(securityGroup(`sg-${String(i).padStart(17, '0')}`));
    cloud.account(OTHER).roles.add('Scanner');
    standIn = await startStandIn(cloud);
    Object.assign(process.env, standIn.environment(ACCOUNT));
  });
  afterAll(async () => {
    process.env = saved;
    await standIn.stop();
  });
  beforeEach(() => {
    standIn.calls.length = 0;
  });

  it('pages ListDiscoveredResources and answers BatchGetResourceConfig in Config API shape', async () => {
    // Prepare
    const config = new ConfigServiceClient({});
    // Act
    const first = await config.send(new ListDiscoveredResourcesCommand({ resourceType: 'AWS::EC2::SecurityGroup' }));
    const second = await config.send(new ListDiscoveredResourcesCommand({ resourceType: 'AWS::EC2::SecurityGroup', nextToken: first.nextToken! }));
    const third = await config.send(new ListDiscoveredResourcesCommand({ resourceType: 'AWS::EC2::SecurityGroup', nextToken: second.nextToken! }));
    const batch = await config.send(
      new BatchGetResourceConfigCommand({ resourceKeys: [{ resourceType: 'AWS::EC2::SecurityGroup', resourceId: 'sg-00000000000000007' }] }),
    );
    // Assess
    expect([first, second, third].map((p) => p.resourceIdentifiers?.length)).toEqual([100, 100, 50]);
    expect(third.nextToken).toBeUndefined();
    const item = batch.baseConfigurationItems?.[0];
    expect(item?.configurationItemCaptureTime).toEqual(new Date('2026-11-30T10:00:00.000Z'));
    expect(JSON.parse(item?.configuration ?? 'null')).toEqual({ groupId: 'sg-00000000000000007', ipPermissions: [] });
    expect(standIn.callCounts()).toEqual({ 'config:BatchGetResourceConfig': 1, 'config:ListDiscoveredResources': 3 });
  });

  it('throttles as scripted, and the SDK retries through it', async () => {
    // Prepare
    standIn.throttle('ListDiscoveredResources', 2);
    const config = new ConfigServiceClient({ retryMode: 'adaptive', maxAttempts: 5 });
    // Act
    const page = await config.send(new ListDiscoveredResourcesCommand({ resourceType: 'AWS::EC2::SecurityGroup', limit: 10 }));
    // Assess
    expect(page.resourceIdentifiers).toHaveLength(10);
    expect(standIn.calls.map((c) => c.error ?? c.status)).toEqual(['ThrottlingException', 'ThrottlingException', 200]);
  });

  it('denies an action in one Region with the message AWS writes', async () => {
    // Prepare
    standIn.deny({ action: 'config:ListDiscoveredResources', region: 'eu-west-1' });
    // Act
    const denied = new ConfigServiceClient({ region: 'eu-west-1' }).send(new ListDiscoveredResourcesCommand({ resourceType: 'AWS::EC2::SecurityGroup' }));
    // Assess
    await expect(denied).rejects.toMatchObject({ name: 'AccessDeniedException', message: expect.stringContaining('not authorized to perform: config:ListDiscoveredResources') });
    await expect(new ConfigServiceClient({ region: 'us-east-1' }).send(new ListDiscoveredResourcesCommand({ resourceType: 'AWS::EC2::SecurityGroup' }))).resolves.toBeDefined();
  });

  it('assumes a role the account has, refuses one it lacks, and knows who calls', async () => {
    // Prepare
    const sts = new STSClient({});
    // Act
    const assumed = await sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${OTHER}:role/Scanner`, RoleSessionName: 's' }));
    const asOther = new STSClient({
      credentials: {
        accessKeyId: assumed.Credentials!.AccessKeyId!,
        secretAccessKey: assumed.Credentials!.SecretAccessKey!,
        sessionToken: assumed.Credentials!.SessionToken!,
      },
    });
    const who = await asOther.send(new GetCallerIdentityCommand({}));
    // Assess
    expect(who).toMatchObject({ Account: OTHER, Arn: `arn:aws:sts::${OTHER}:assumed-role/Scanner/s` });
    await expect(sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${OTHER}:role/Missing`, RoleSessionName: 's' }))).rejects.toMatchObject({
      name: 'AccessDenied',
    });
  });

  it('refuses an access key it never issued', async () => {
    const sts = new STSClient({ credentials: { accessKeyId: 'AKIANOTISSUED', secretAccessKey: 'x' } });
    await expect(sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({ name: 'InvalidClientTokenId' });
  });
});
