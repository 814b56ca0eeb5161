import { join } from 'node:path';
import {
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBSnapshotAttributesCommand,
  DescribeDBSnapshotsCommand,
  RDSClient,
  RDSServiceException,
  type DBClusterSnapshot,
  type DBSnapshot,
  type DescribeDBSnapshotsCommandInput,
} from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { CollectorAccessDeniedError, type ConfigurationItem } from '../../../rule-kit';
import { evaluateItem, loadItem } from '../../../rule-kit/testing';
import { rule } from '../../../rules/rds-snapshot-public';
import { collectRdsSnapshots } from '../../../rules/rds-snapshot-public/collector';
import { collectAll, testCollectorContext } from '../../rule-kit/collectors/collector-context';

const rds = mockClient(RDSClient);
const fixture = (name: string) => loadItem(join(__dirname, 'fixtures', name));

/** The RDS API's view of the snapshot recorded in fixtures/db-snapshot-public.json (same facts, API spelling). */
const dbSnapshot = (id: string, arnPartition = 'aws'): DBSnapshot => ({
  DBSnapshotIdentifier: id,
  DBInstanceIdentifier: 'orders-db',
  SnapshotCreateTime: new Date('2026-02-27T03:12:44.318Z'),
  Engine: 'postgres',
  AllocatedStorage: 100,
  Status: 'available',
  Port: 5432,
  AvailabilityZone: 'eu-west-1a',
  VpcId: 'vpc-0a1b2c3d4e5f60718',
  InstanceCreateTime: new Date('2025-06-10T08:00:12.904Z'),
  MasterUsername: 'orders_admin',
  EngineVersion: '16.4',
  LicenseModel: 'postgresql-license',
  SnapshotType: 'manual',
  OptionGroupName: 'default:postgres-16',
  PercentProgress: 100,
  StorageType: 'gp3',
  Encrypted: true,
  KmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  DBSnapshotArn: `arn:${arnPartition}:rds:eu-west-1:111122223333:snapshot:${id}`,
  IAMDatabaseAuthenticationEnabled: false,
  ProcessorFeatures: [],
  DbiResourceId: 'db-7KXQ2MNBVCZ5RLT4HWYJ3EDUGA',
  TagList: [],
});

/** The RDS API's view of fixtures/cluster-snapshot-public.json. */
const clusterSnapshot = (id: string): DBClusterSnapshot => ({
  DBClusterSnapshotIdentifier: id,
  DBClusterIdentifier: 'inventory-aurora',
  SnapshotCreateTime: new Date('2026-03-01T02:00:31.557Z'),
  Engine: 'aurora-mysql',
  EngineMode: 'provisioned',
  AllocatedStorage: 1,
  Status: 'available',
  Port: 0,
  VpcId: 'vpc-0a1b2c3d4e5f60718',
  ClusterCreateTime: new Date('2025-09-14T11:21:09.003Z'),
  MasterUsername: 'admin',
  EngineVersion: '8.0.mysql_aurora.3.08.0',
  LicenseModel: 'aurora-mysql',
  SnapshotType: 'manual',
  PercentProgress: 100,
  StorageEncrypted: true,
  KmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  DBClusterSnapshotArn: `arn:aws:rds:eu-west-1:111122223333:cluster-snapshot:${id}`,
  IAMDatabaseAuthenticationEnabled: false,
  TagList: [{ Key: 'team', Value: 'inventory' }],
});

function serveDbSnapshots(snapshots: readonly DBSnapshot[], pageSize: number, restore: (id: string) => string[]) {
  rds.on(DescribeDBSnapshotsCommand).callsFake((input: DescribeDBSnapshotsCommandInput) => {
    expect(input).toMatchObject({ SnapshotType: 'manual', MaxRecords: 100 });
    const start = input.Marker === undefined ? 0 : Number(input.Marker);
    const end = start + pageSize;
    return { DBSnapshots: snapshots.slice(start, end), ...(end < snapshots.length ? { Marker: String(end) } : {}) };
  });
  rds.on(DescribeDBSnapshotAttributesCommand).callsFake(({ DBSnapshotIdentifier }: { DBSnapshotIdentifier: string }) => ({
    DBSnapshotAttributesResult: { DBSnapshotIdentifier, DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: restore(DBSnapshotIdentifier) }] },
  }));
}

function serveClusterSnapshots(snapshots: readonly DBClusterSnapshot[], restore: string[]) {
  rds.on(DescribeDBClusterSnapshotsCommand).resolves({ DBClusterSnapshots: [...snapshots] });
  rds.on(DescribeDBClusterSnapshotAttributesCommand).callsFake(({ DBClusterSnapshotIdentifier }: { DBClusterSnapshotIdentifier: string }) => ({
    DBClusterSnapshotAttributesResult: { DBClusterSnapshotIdentifier, DBClusterSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: restore }] },
  }));
}

const evaluate = (item: ConfigurationItem) => evaluateItem(rule, item, {});
const denied = (action: string) =>
  new RDSServiceException({ name: 'AccessDenied', $fault: 'client', $metadata: { httpStatusCode: 403 }, message: `User is not authorized to perform: ${action}` });

beforeEach(() => rds.reset());
afterAll(() => rds.restore());

describe('rds-snapshot-public collector (RDS read directly)', () => {
  it('yields each snapshot in exactly the shape Config records it (the recorded fixtures)', async () => {
    serveDbSnapshots([dbSnapshot('orders-db-before-migration')], 100, () => ['all']);
    serveClusterSnapshots([clusterSnapshot('inventory-aurora-2026-03-01')], ['444455556666', 'all']);
    const ctx = testCollectorContext({ accountId: '111122223333', region: 'eu-west-1' });

    const [db, cluster] = (await collectAll(collectRdsSnapshots(ctx))) as [ConfigurationItem, ConfigurationItem];

    const recordedDb = fixture('db-snapshot-public.json');
    const recordedCluster = fixture('cluster-snapshot-public.json');
    for (const [collected, recorded] of [
      [db, recordedDb],
      [cluster, recordedCluster],
    ] as const) {
      expect(collected.configuration).toEqual(recorded.configuration);
      expect(collected.supplementaryConfiguration).toEqual(recorded.supplementaryConfiguration);
      expect(collected).toMatchObject({
        resourceType: recorded.resourceType,
        resourceId: recorded.resourceId,
        resourceName: recorded.resourceName,
        ARN: recorded.ARN,
        availabilityZone: recorded.availabilityZone,
        tags: recorded.tags,
        configurationItemStatus: 'OK',
        configurationItemCaptureTime: ctx.notificationTime,
      });
      expect(evaluate(collected)).toEqual(evaluate(recorded));
    }
    expect(JSON.parse(JSON.stringify(db))).toEqual(db);
  });

  it('follows Marker across pages and makes exactly one attribute call per manual snapshot', async () => {
    const ids = ['s1', 's2', 's3', 's4', 's5'];
    serveDbSnapshots(ids.map((id) => dbSnapshot(id)), 2, (id) => (id === 's4' ? ['all'] : id === 's2' ? ['444455556666'] : []));
    serveClusterSnapshots([], []);

    const items = await collectAll(collectRdsSnapshots(testCollectorContext()));

    expect(rds.commandCalls(DescribeDBSnapshotsCommand).map((call) => call.args[0].input.Marker)).toEqual([undefined, '2', '4']);
    expect(rds.commandCalls(DescribeDBSnapshotAttributesCommand).map((call) => call.args[0].input.DBSnapshotIdentifier)).toEqual(ids);
    expect(rds.commandCalls(DescribeDBClusterSnapshotsCommand)).toHaveLength(1);
    expect(rds.commandCalls(DescribeDBClusterSnapshotAttributesCommand)).toHaveLength(0);
    expect(items.map((item) => `${item.resourceId} ${evaluate(item).compliance}`)).toEqual([
      's1 COMPLIANT',
      's2 COMPLIANT',
      's3 COMPLIANT',
      's4 NON_COMPLIANT',
      's5 COMPLIANT',
    ]);
  });

  it('keeps the partition of the ARN RDS returns', async () => {
    serveDbSnapshots([dbSnapshot('cn-snap', 'aws-cn')], 100, () => []);
    serveClusterSnapshots([], []);
    const [item] = await collectAll(collectRdsSnapshots(testCollectorContext({ region: 'cn-north-1', partition: 'aws-cn' })));
    expect(item?.ARN).toBe('arn:aws-cn:rds:eu-west-1:111122223333:snapshot:cn-snap');
    expect(item?.awsRegion).toBe('cn-north-1');
  });

  it('yields a snapshot whose attribute list lacks restore, which the rule cannot call private', async () => {
    serveDbSnapshots([dbSnapshot('odd')], 100, () => []);
    rds.on(DescribeDBSnapshotAttributesCommand).resolves({ DBSnapshotAttributesResult: { DBSnapshotIdentifier: 'odd', DBSnapshotAttributes: [] } });
    serveClusterSnapshots([], []);
    const [item] = await collectAll(collectRdsSnapshots(testCollectorContext()));
    expect(evaluate(item as ConfigurationItem)).toMatchObject({ compliance: 'NON_COMPLIANT', annotation: expect.stringMatching(/^Cannot evaluate: .*no restore attribute/) });
  });

  it.each([
    ['rds:DescribeDBSnapshots', DescribeDBSnapshotsCommand],
    ['rds:DescribeDBSnapshotAttributes', DescribeDBSnapshotAttributesCommand],
    ['rds:DescribeDBClusterSnapshots', DescribeDBClusterSnapshotsCommand],
    ['rds:DescribeDBClusterSnapshotAttributes', DescribeDBClusterSnapshotAttributesCommand],
  ] as const)('names %s when it is denied; nothing after the denial is yielded', async (action, command) => {
    serveDbSnapshots([dbSnapshot('s1')], 100, () => []);
    serveClusterSnapshots([clusterSnapshot('c1')], []);
    rds.on(command as typeof DescribeDBSnapshotsCommand).rejects(denied(action));
    await expect(collectAll(collectRdsSnapshots(testCollectorContext()))).rejects.toMatchObject({ name: 'CollectorAccessDeniedError', action });
    await expect(collectAll(collectRdsSnapshots(testCollectorContext()))).rejects.toBeInstanceOf(CollectorAccessDeniedError);
  });

  it('fails on an error on a later page instead of yielding a partial listing as complete', async () => {
    rds.on(DescribeDBSnapshotsCommand).callsFake((input: DescribeDBSnapshotsCommandInput) => {
      if (input.Marker !== undefined) throw new RDSServiceException({ name: 'InternalFailure', $fault: 'server', $metadata: { httpStatusCode: 500 }, message: 'x' });
      return { DBSnapshots: [dbSnapshot('s1')], Marker: '1' };
    });
    rds.on(DescribeDBSnapshotAttributesCommand).resolves({ DBSnapshotAttributesResult: { DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: [] }] } });
    await expect(collectAll(collectRdsSnapshots(testCollectorContext()))).rejects.toMatchObject({ name: 'InternalFailure' });
  });
});
