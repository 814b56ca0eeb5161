import type { SeededRandom } from './random';
import { envelope, type AccountContext, type RawItem } from './envelope';

/**
 * AWS::RDS::DBSnapshot and AWS::RDS::DBClusterSnapshot as Config records them (field names from
 * awslabs/aws-config-resource-schema; the restore attribute in supplementaryConfiguration
 * DBSnapshotAttributes / DBClusterSnapshotAttributes, as in the rds-snapshot-public fixtures).
 */
function restoreValues(random: SeededRandom): string[] {
  const roll = random.next();
  if (roll < 0.06) return ['all'];
  if (roll < 0.2) return ['444455556666'];
  return [];
}

export function dbSnapshotItem(random: SeededRandom, account: AccountContext, index: number, deleted = false): RawItem {
  const instance = `${random.pick(['orders', 'billing', 'users', 'catalog'])}-db`;
  const id = `${instance}-snap-${index}`;
  const arn = `arn:aws:rds:${account.region}:${account.accountId}:snapshot:${id}`;
  const created = `2026-02-${String(1 + (index % 27)).padStart(2, '0')}T03:12:44.318Z`;
  return envelope(account, {
    resourceType: 'AWS::RDS::DBSnapshot',
    resourceId: id,
    resourceName: id,
    arn,
    availabilityZone: `${account.region}a`,
    resourceCreationTime: created,
    status: deleted ? 'ResourceDeleted' : 'OK',
    configuration: {
      dBSnapshotIdentifier: id,
      dBInstanceIdentifier: instance,
      snapshotCreateTime: created,
      engine: 'postgres',
      allocatedStorage: random.pick([20, 100, 500]),
      status: 'available',
      port: 5432,
      availabilityZone: `${account.region}a`,
      vpcId: 'vpc-00000000000000001',
      instanceCreateTime: '2025-06-10T08:00:12.904Z',
      masterUsername: 'app_admin',
      engineVersion: '16.4',
      licenseModel: 'postgresql-license',
      snapshotType: random.pick(['manual', 'automated']),
      optionGroupName: 'default:postgres-16',
      percentProgress: 100,
      storageType: 'gp3',
      encrypted: true,
      kmsKeyId: `arn:aws:kms:${account.region}:${account.accountId}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
      dBSnapshotArn: arn,
      iAMDatabaseAuthenticationEnabled: false,
      processorFeatures: [],
      dbiResourceId: `db-${random.hex(26).toUpperCase()}`,
    },
    supplementaryConfiguration: { DBSnapshotAttributes: [{ attributeName: 'restore', attributeValues: restoreValues(random) }] },
  });
}

export function dbClusterSnapshotItem(random: SeededRandom, account: AccountContext, index: number, deleted = false): RawItem {
  const cluster = `${random.pick(['inventory', 'events', 'ledger'])}-aurora`;
  const id = `${cluster}-snap-${index}`;
  const arn = `arn:aws:rds:${account.region}:${account.accountId}:cluster-snapshot:${id}`;
  const created = `2026-03-01T02:00:${String(index % 60).padStart(2, '0')}.557Z`;
  return envelope(account, {
    resourceType: 'AWS::RDS::DBClusterSnapshot',
    resourceId: id,
    resourceName: id,
    arn,
    availabilityZone: 'Multiple Availability Zones',
    resourceCreationTime: created,
    status: deleted ? 'ResourceDeleted' : 'OK',
    configuration: {
      dbclusterSnapshotIdentifier: id,
      dbclusterIdentifier: cluster,
      snapshotCreateTime: created,
      engine: 'aurora-mysql',
      engineMode: 'provisioned',
      allocatedStorage: 1,
      status: 'available',
      port: 0,
      vpcId: 'vpc-00000000000000001',
      clusterCreateTime: '2025-09-14T11:21:09.003Z',
      masterUsername: 'admin',
      engineVersion: '8.0.mysql_aurora.3.08.0',
      licenseModel: 'aurora-mysql',
      snapshotType: 'manual',
      percentProgress: 100,
      storageEncrypted: true,
      kmsKeyId: `arn:aws:kms:${account.region}:${account.accountId}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
      dbclusterSnapshotArn: arn,
      iamdatabaseAuthenticationEnabled: false,
    },
    supplementaryConfiguration: { DBClusterSnapshotAttributes: [{ attributeName: 'restore', attributeValues: restoreValues(random) }] },
  });
}
