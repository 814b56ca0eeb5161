import { type ConfigurationItem, configurationOf, optionalArray, requireString } from '../../rule-kit';

export const INSTANCE_TYPE = 'AWS::RDS::DBInstance' as const;
export const CLUSTER_TYPE = 'AWS::RDS::DBCluster' as const;
export type DatabaseResourceType = typeof INSTANCE_TYPE | typeof CLUSTER_TYPE;

/**
 * The states in which the managed rule evaluates a DB instance ("DB Instances that are not in
 * 'available', 'backing-up', 'storage-optimization', or 'storage-full' status evaluate as
 * NOT_APPLICABLE"); the same set is used for clusters.
 */
export const EVALUATED_STATUSES: readonly string[] = ['available', 'backing-up', 'storage-optimization', 'storage-full'];

/** What decides the verdict for one DB instance or cluster. */
export interface DatabaseFacts {
  readonly noun: 'DB instance' | 'DB cluster';
  readonly name: string;
  readonly engine: string;
  readonly status: string;
  /** A DB instance that belongs to a cluster: its logs are exported by the cluster. */
  readonly cluster: string | undefined;
  readonly exports: readonly string[];
}

/**
 * Reads the recorded facts. Config records DB instances with `dBInstanceStatus`, `dBClusterIdentifier`,
 * and clusters with `status`, `dbclusterIdentifier`; both with `engine` and
 * `enabledCloudwatchLogsExports` (omitted or null when nothing is exported). A missing engine or status,
 * or an export list that is not a list of strings, cannot be evaluated.
 */
export function readDatabase(item: ConfigurationItem): DatabaseFacts {
  const config = configurationOf(item);
  const instance = item.resourceType === INSTANCE_TYPE;
  const statusKey = instance ? 'dBInstanceStatus' : 'status';
  const exported = optionalArray(item, config['enabledCloudwatchLogsExports'], 'configuration.enabledCloudwatchLogsExports').map((log) =>
    requireString(item, log, 'configuration.enabledCloudwatchLogsExports[]').toLowerCase(),
  );
  const clusterId = instance ? config['dBClusterIdentifier'] : undefined;
  const idKey = instance ? 'dBInstanceIdentifier' : 'dbclusterIdentifier';
  const id = config[idKey];
  return {
    noun: instance ? 'DB instance' : 'DB cluster',
    name: typeof id === 'string' && id !== '' ? id : (item.resourceName ?? item.resourceId),
    engine: requireString(item, config['engine'], 'configuration.engine').toLowerCase(),
    status: requireString(item, config[statusKey], `configuration.${statusKey}`),
    cluster: typeof clusterId === 'string' && clusterId !== '' ? clusterId : undefined,
    exports: exported,
  };
}
