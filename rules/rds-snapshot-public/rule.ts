import { compliant, defineRule, lazyCollector, nonCompliant } from '../../rule-kit';
import { RDS_SNAPSHOT_PERMISSIONS } from './permissions';
import { isPublicValue, restoreAccounts, type SnapshotResourceType } from './restore-attribute';

const RESOURCE_TYPES: readonly SnapshotResourceType[] = ['AWS::RDS::DBSnapshot', 'AWS::RDS::DBClusterSnapshot'];
const NOUN: Readonly<Record<SnapshotResourceType, string>> = {
  'AWS::RDS::DBSnapshot': 'DB snapshot',
  'AWS::RDS::DBClusterSnapshot': 'DB cluster snapshot',
};

/** A public RDS snapshot can be copied or restored by every AWS account: the whole database, outside. */
export const rule = defineRule({
  id: 'rds-snapshot-public',
  description:
    'Checks that RDS DB snapshots and DB cluster snapshots are not public: their restore attribute must not include "all". Sharing with named accounts is allowed.',
  severity: 'CRITICAL',
  resourceTypes: RESOURCE_TYPES,
  // Change: Config's recorded snapshots. Periodic: the collector reads manual snapshots from RDS itself.
  triggers: ['change', 'periodic'],
  parameters: {},
  collector: lazyCollector(async () => (await import('./collector')).collectRdsSnapshots),
  permissions: [...RDS_SNAPSHOT_PERMISSIONS],
  // Two listings plus one attribute call per manual snapshot.
  timeoutSeconds: 300,
  evaluate(item) {
    // The kit only calls evaluate for a declared resource type.
    const type = item.resourceType as SnapshotResourceType;
    const name = `${NOUN[type]} ${item.resourceName ?? item.resourceId}`;
    const accounts = restoreAccounts(item, type);
    if (accounts.some(isPublicValue)) {
      return nonCompliant(`${name} is public: its restore attribute includes "all", so any AWS account can copy or restore it.`);
    }
    return accounts.length === 0
      ? compliant(`${name} is not shared.`)
      : compliant(`${name} is not public; shared with ${accounts.length} account(s): ${accounts.join(', ')}.`);
  },
});
