import { counterHex, type SeededRandom } from './random';
import { envelope, type AccountContext, type RawItem } from './envelope';

/**
 * AWS::EC2::Snapshot as the ebs-snapshot-public collector yields it (Config does not record EBS
 * snapshots): configuration = the DescribeSnapshots entry, supplementaryConfiguration
 * {CreateVolumePermissions, SnapshotBlockPublicAccessState}.
 */
export function ebsSnapshotItem(random: SeededRandom, account: AccountContext, index: number, blockState: string): RawItem {
  const id = `snap-${counterHex(index)}`;
  const isPublic = random.chance(0.05);
  const shared = !isPublic && random.chance(0.1);
  const started = `2026-02-${String(1 + (index % 27)).padStart(2, '0')}T01:00:12.441Z`;
  const name = `${random.pick(['build-cache', 'db-backup', 'golden-ami', 'logs'])}-${index}`;
  return envelope(account, {
    resourceType: 'AWS::EC2::Snapshot',
    resourceId: id,
    arn: `arn:aws:ec2:${account.region}::snapshot/${id}`,
    resourceCreationTime: started,
    tags: { Name: name },
    collected: true,
    configuration: {
      Tags: [{ Key: 'Name', Value: name }],
      StorageTier: 'standard',
      SnapshotId: id,
      VolumeId: `vol-${counterHex(index * 3)}`,
      State: 'completed',
      StartTime: started,
      Progress: '100%',
      OwnerId: account.accountId,
      Description: `nightly backup of ${name}`,
      VolumeSize: random.pick([8, 50, 100, 500]),
      Encrypted: !isPublic && random.chance(0.7),
    },
    supplementaryConfiguration: {
      CreateVolumePermissions: isPublic ? [{ Group: 'all' }] : shared ? [{ UserId: '444455556666' }] : [],
      SnapshotBlockPublicAccessState: blockState,
    },
  });
}
