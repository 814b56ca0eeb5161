import { Agent } from 'node:http';
import { lookup } from 'node:dns';
import type { ConfigurationItem } from '../../../../rule-kit';
import { liveSource, openSession, type AwsSession } from '../../../../rule-kit/scanner/sources';
import type { ScanInput } from '../../../../rule-kit/scanner/source';
import { rules as pack } from '../../../../rules';
import { FakeCloud, startStandIn, type AwsStandIn } from '../../../aws-stand-in';

// Rules whose APIs the stand-in serves (not yet RDS, Inspector2 or Route 53, which later collectors read).
const UNSERVED = new Set(['rds-snapshot-public', 'inspector-enabled', 'route53-query-logging']);
const rules = pack.filter((rule) => !UNSERVED.has(rule.id));
const ACCOUNT = '111122223333';
const REGIONS = ['eu-west-1', 'us-east-1'];

function securityGroup(id: string, region: string): ConfigurationItem {
  return {
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

// S3 Control puts the account id in the host name (111122223333.localhost): resolve those to the stand-in.
const loopbackAgent = new Agent({
  keepAlive: true,
  lookup: (hostname, options, callback) => (hostname.endsWith('.localhost') ? lookup('127.0.0.1', options, callback) : lookup(hostname, options, callback)),
});

async function readAll(source: { inputs(): AsyncIterable<ScanInput> }): Promise<{ items: ConfigurationItem[]; failures: ScanInput[]; names: string[] }> {
  const items: ConfigurationItem[] = [];
  const failures: ScanInput[] = [];
  const names: string[] = [];
  for await (const input of source.inputs()) {
    names.push(input.name);
    if (input.kind === 'failure') failures.push(input);
    if (input.kind === 'items') for await (const item of input.items()) items.push(item as ConfigurationItem);
  }
  return { items, failures, names };
}

describe('liveSource against the AWS stand-in (every rule, two Regions)', () => {
  let standIn: AwsStandIn;
  let session: AwsSession;
  const cloud = new FakeCloud();
  const saved = { ...process.env };

  beforeAll(async () => {
    // Prepare: 250 groups and 1,500 snapshots per Region (paging), and every collector's facts.
    const account = cloud.account(ACCOUNT);
    Object.assign(account.accountSummary, { AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, Users: 3, Roles: 10, RolesQuota: 1000, UsersQuota: 5000 });
    account.accountBlock = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
    for (const region of REGIONS) {
      const place = cloud.region(ACCOUNT, region);
      for (let i = 0; i < 250; i += 1) place.recorded.push(securityGroup(`sg-${region}-${String(i).padStart(5, '0')}`, region));
      for (let i = 0; i < 1500; i += 1) {
        place.snapshots.push({ SnapshotId: `snap-${region}-${i}`, VolumeId: `vol-${i}`, VolumeSize: 8, State: 'completed', StartTime: '2026-11-01T00:00:00.000Z', Encrypted: true, public: i === 7 });
      }
      place.vpcs.push({ VpcId: `vpc-${region}`, CidrBlock: '10.0.0.0/16', IsDefault: true, State: 'available' });
      place.trails.push({
        Name: 'org-trail',
        HomeRegion: 'eu-west-1',
        IsMultiRegionTrail: true,
        IsOrganizationTrail: false,
        S3BucketName: 'trail-bucket',
        LogFileValidationEnabled: true,
        IsLogging: true,
        ReadWriteType: 'All',
        IncludeManagementEvents: true,
      });
      place.detectors.push({ DetectorId: `det-${region}`, Status: 'ENABLED', FindingPublishingFrequency: 'SIX_HOURS' });
    }
    standIn = await startStandIn(cloud);
    Object.assign(process.env, standIn.environment(ACCOUNT, `arn:aws:iam::${ACCOUNT}:user/auditor`, 'eu-west-1'), {
      AWS_ENDPOINT_URL_S3_CONTROL: standIn.url.replace('127.0.0.1', 'localhost'),
    });
    session = await openSession({ clientOptions: { requestHandler: { httpAgent: loopbackAgent } } });
  });
  afterAll(async () => {
    process.env = saved;
    loopbackAgent.destroy();
    await standIn.stop();
  });

  it('reads every page, 100 keys a BatchGet, runs each collector once per Region, and retries throttling', async () => {
    // Prepare
    standIn.calls.length = 0;
    standIn.throttle('BatchGetResourceConfig', 2);
    standIn.throttle('DescribeSnapshots', 1);
    // Act
    const { items, failures, names } = await readAll(liveSource({ session, rules, regions: REGIONS, concurrency: 4 }));
    // Assess
    expect(failures).toEqual([]);
    expect(items.filter((item) => item.resourceType === 'AWS::EC2::SecurityGroup')).toHaveLength(500);
    expect(items.filter((item) => item.resourceType === 'AWS::EC2::Snapshot')).toHaveLength(3000);
    const counts = standIn.callCounts();
    const succeeded = (operation: string) => standIn.calls.filter((c) => c.operation === operation && c.status === 200).length;
    // 250 groups a Region: 3 list pages and 3 batches (100, 100, 50); every other recorded type: one empty page.
    expect(succeeded('BatchGetResourceConfig')).toBe(6);
    expect(counts['config:BatchGetResourceConfig']).toBe(8);
    // 1,500 snapshots a Region: 2 pages of all owned ones, 1 page of the public ones.
    expect(succeeded('DescribeSnapshots')).toBe(2 * (2 + 1));
    // root-mfa, root-access-keys and iam-use share one collector: one GetAccountSummary each Region (plus service-limits').
    expect(succeeded('GetAccountSummary')).toBe(2 * 2);
    expect(succeeded('GetPublicAccessBlock')).toBe(2);
    // Plan order (the pack's rule order: sg-open-ports is the first served rule reading recorded items), whatever finished first.
    expect(names[0]).toBe(`live:${ACCOUNT}/eu-west-1/config/AWS::EC2::SecurityGroup`);
    expect(names.filter((name) => name.startsWith(`live:${ACCOUNT}/us-east-1/`)).length).toBe(names.length / 2);
  }, 120_000);

  it('reports a Region where Config does not record as a failure of its recorded types, not as no resources', async () => {
    // Prepare
    cloud.region(ACCOUNT, 'us-east-1').configRecording = false;
    const sgRules = rules.filter((rule) => rule.id === 'sg-open-ports');
    // Act
    const { items, failures } = await readAll(liveSource({ session, rules: sgRules, regions: REGIONS }));
    cloud.region(ACCOUNT, 'us-east-1').configRecording = true;
    // Assess
    expect(items).toHaveLength(250);
    expect(failures).toEqual([
      expect.objectContaining({ account: ACCOUNT, region: 'us-east-1', code: 'ConfigNotRecording', ruleIds: ['sg-open-ports'] }),
    ]);
  }, 120_000);

  it('never keeps more reads in flight than the concurrency', async () => {
    // Prepare
    standIn.setLatency(20);
    let inFlight = 0;
    let peak = 0;
    const tracked = { ...session, client: <C>(ctor: never, region: string, credentials?: never): C => {
      const client = session.client(ctor, region, credentials) as { send: (command: unknown) => Promise<unknown> };
      const send = client.send.bind(client);
      client.send = async (command: unknown) => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        try {
          return await send(command);
        } finally {
          inFlight -= 1;
        }
      };
      return client as C;
    } } as AwsSession;
    // Act
    await readAll(liveSource({ session: tracked, rules, regions: REGIONS, concurrency: 3 }));
    standIn.setLatency(0);
    // Assess
    expect(peak).toBeGreaterThan(1);
    expect(peak).toBeLessThanOrEqual(3);
  }, 120_000);
});
