import { envelope, type AccountContext, type RawItem } from './envelope';

/**
 * AWS::RDS::DBInstance and AWS::RDS::DBCluster as Config records them (property names from
 * awslabs/aws-config-resource-schema, as in the rds-log-exports fixtures).
 */
export interface InstanceSpec {
  readonly name: string;
  readonly engine: string;
  readonly engineVersion: string;
  readonly status: string;
  readonly exports: readonly string[];
  readonly cluster?: string;
}

export function dbInstanceItem(account: AccountContext, spec: InstanceSpec): RawItem {
  const resourceId = `db-${spec.name.toUpperCase().replace(/-/g, '').padEnd(26, 'X').slice(0, 26)}`;
  const arn = `arn:aws:rds:${account.region}:${account.accountId}:db:${spec.name}`;
  return envelope(account, {
    resourceType: 'AWS::RDS::DBInstance',
    resourceId,
    resourceName: spec.name,
    arn,
    availabilityZone: `${account.region}a`,
    resourceCreationTime: '2025-06-10T08:00:12.904Z',
    configuration: {
      dBInstanceIdentifier: spec.name,
      dBInstanceClass: 'db.r6g.large',
      engine: spec.engine,
      engineVersion: spec.engineVersion,
      dBInstanceStatus: spec.status,
      masterUsername: 'app_admin',
      allocatedStorage: 100,
      instanceCreateTime: '2025-06-10T08:00:12.904Z',
      backupRetentionPeriod: 7,
      availabilityZone: `${account.region}a`,
      dBSubnetGroup: { dBSubnetGroupName: 'data', vpcId: 'vpc-00000000000000001', subnetGroupStatus: 'Complete', subnets: [] },
      pendingModifiedValues: {},
      multiAZ: false,
      publiclyAccessible: false,
      storageType: 'gp3',
      storageEncrypted: true,
      dbiResourceId: resourceId,
      dBInstanceArn: arn,
      deletionProtection: true,
      ...(spec.exports.length === 0 ? {} : { enabledCloudwatchLogsExports: [...spec.exports] }),
      ...(spec.cluster === undefined ? {} : { dBClusterIdentifier: spec.cluster }),
    },
  });
}

export function dbClusterItem(account: AccountContext, name: string, engine: string, exports: readonly string[]): RawItem {
  const resourceId = `cluster-${name.toUpperCase().replace(/-/g, '').padEnd(26, 'X').slice(0, 26)}`;
  const arn = `arn:aws:rds:${account.region}:${account.accountId}:cluster:${name}`;
  return envelope(account, {
    resourceType: 'AWS::RDS::DBCluster',
    resourceId,
    resourceName: name,
    arn,
    availabilityZone: 'Multiple Availability Zones',
    resourceCreationTime: '2025-09-14T11:21:09.003Z',
    configuration: {
      dbclusterIdentifier: name,
      status: 'available',
      engine,
      engineMode: 'provisioned',
      engineVersion: engine === 'aurora-mysql' ? '8.0.mysql_aurora.3.08.0' : '16.4',
      multiAZ: true,
      storageEncrypted: true,
      dbClusterResourceId: resourceId,
      dbclusterArn: arn,
      dbclusterMembers: [{ dbinstanceIdentifier: `${name}-1`, isClusterWriter: true, dbclusterParameterGroupStatus: 'in-sync', promotionTier: 1 }],
      deletionProtection: true,
      ...(exports.length === 0 ? {} : { enabledCloudwatchLogsExports: [...exports] }),
    },
  });
}

/** The sample's databases: complete, partial and missing exports, a stopped instance, an Aurora member and clusters. */
export function sampleDatabases(account: AccountContext): RawItem[] {
  return [
    dbInstanceItem(account, { name: 'orders-db', engine: 'postgres', engineVersion: '16.4', status: 'available', exports: ['postgresql', 'upgrade'] }),
    dbInstanceItem(account, { name: 'billing-db', engine: 'mysql', engineVersion: '8.0.39', status: 'available', exports: ['error', 'slowquery'] }),
    dbInstanceItem(account, { name: 'erp-db', engine: 'oracle-ee', engineVersion: '19.0.0.0.ru-2025-01.rur-2025-01.r1', status: 'available', exports: [] }),
    dbInstanceItem(account, { name: 'reports-db', engine: 'postgres', engineVersion: '16.4', status: 'stopped', exports: [] }),
    dbInstanceItem(account, { name: 'inventory-aurora-1', engine: 'aurora-mysql', engineVersion: '8.0.mysql_aurora.3.08.0', status: 'available', exports: [], cluster: 'inventory-aurora' }),
    dbClusterItem(account, 'inventory-aurora', 'aurora-mysql', ['audit', 'error', 'general', 'slowquery']),
    dbClusterItem(account, 'events-aurora', 'aurora-postgresql', []),
  ];
}
