import { EC2Client, GetSnapshotBlockPublicAccessStateCommand } from '@aws-sdk/client-ec2';
import { type CollectorContext, type ConfigurationItem, UnexpectedResponseError } from '../../rule-kit';
import { listSnapshots } from './list-snapshots';
import { snapshotItem } from './snapshot-item';

/**
 * Config does not record EBS snapshots, so this reads them: the account's own snapshots, the subset
 * restorable by `all` (one more paginated listing, instead of a DescribeSnapshotAttribute call per
 * snapshot), and the Region's block-public-access state. One item per owned snapshot; none when the
 * account has no snapshots. API errors propagate: a failed listing must never read as "nothing public".
 */
export async function* collectSnapshots(ctx: CollectorContext): AsyncGenerator<ConfigurationItem> {
  const ec2 = ctx.client(EC2Client);
  const { State: blockState } = await ec2.send(new GetSnapshotBlockPublicAccessStateCommand({}));
  const publicIds = new Set<string>();
  for await (const snapshot of listSnapshots(ec2, { OwnerIds: ['self'], RestorableByUserIds: ['all'] })) {
    publicIds.add(requireSnapshotId(snapshot.SnapshotId, snapshot));
  }
  for await (const snapshot of listSnapshots(ec2, { OwnerIds: ['self'] })) {
    const snapshotId = requireSnapshotId(snapshot.SnapshotId, snapshot);
    yield snapshotItem(ctx, { snapshot, snapshotId, isPublic: publicIds.has(snapshotId), blockState });
  }
}

function requireSnapshotId(id: string | undefined, snapshot: unknown): string {
  if (id === undefined || id === '') throw new UnexpectedResponseError('DescribeSnapshots', 'returned a snapshot without a SnapshotId', snapshot);
  return id;
}
