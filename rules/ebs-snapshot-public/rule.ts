import { compliant, defineRule, lazyCollector, nonCompliant } from '../../rule-kit';
import { neutralisesPublicSharing } from './block-public-access';
import { EBS_SNAPSHOT_PERMISSIONS } from './permissions';
import { readPublicSharing } from './public-sharing';

/** A public EBS snapshot lets any AWS account create a volume holding the disk's data. */
export const rule = defineRule({
  id: 'ebs-snapshot-public',
  description:
    'Checks that EBS snapshots the account owns are not restorable by everyone (createVolumePermission group "all"), unless block public access for snapshots is block-all-sharing.',
  severity: 'CRITICAL',
  resourceTypes: ['AWS::EC2::Snapshot'],
  triggers: ['periodic'],
  parameters: {},
  collector: lazyCollector(async () => (await import('./collector')).collectSnapshots),
  permissions: EBS_SNAPSHOT_PERMISSIONS,
  // Two paginated listings of up to 1000 snapshots a page; accounts with tens of thousands need minutes.
  timeoutSeconds: 300,
  evaluate(item) {
    const { public: isPublic, blockState } = readPublicSharing(item);
    const snapshot = item.resourceId;
    if (!isPublic) return compliant(`Snapshot ${snapshot} is not public.`);
    if (neutralisesPublicSharing(blockState)) {
      return compliant(
        `Snapshot ${snapshot} is shared with all, but block public access for snapshots (block-all-sharing) keeps it private in this Region.`,
      );
    }
    const state = typeof blockState === 'string' ? blockState : 'not recorded';
    return nonCompliant(
      `Snapshot ${snapshot} is public: any AWS account can create a volume from it (block public access for snapshots: ${state}).`,
    );
  },
});
