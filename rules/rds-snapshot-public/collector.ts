import {
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBSnapshotAttributesCommand,
  DescribeDBSnapshotsCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { callAws, type CollectorContext, type ConfigurationItem, UnexpectedResponseError } from '../../rule-kit';
import { dbClusterSnapshotItem, dbSnapshotItem } from './snapshot-items';

/** Largest page DescribeDBSnapshots / DescribeDBClusterSnapshots allow. */
const PAGE_SIZE = 100;
/** Only manual snapshots can be shared, so only they can be public; automated ones are not listed. */
const SNAPSHOT_TYPE = 'manual';

/**
 * Reads RDS directly, for accounts that do not record RDS snapshot types (and so that an item always has
 * its `restore` attribute): every manual DB snapshot and DB cluster snapshot, paged (MaxRecords 100,
 * Marker), and for each one DescribeDB[Cluster]SnapshotAttributes, the only call that returns the
 * sharing (one per snapshot is the API's floor: the listings do not carry it and no batch form exists).
 * Yields items in exactly the shape Config records, so the same evaluator judges them.
 *
 * AccessDenied becomes CollectorAccessDeniedError naming the action; throttling is retried by the SDK
 * client; any error, on any page or snapshot, fails the run before anything is reported.
 */
export async function* collectRdsSnapshots(ctx: CollectorContext): AsyncGenerator<ConfigurationItem> {
  const rds = ctx.client(RDSClient);
  let marker: string | undefined;
  do {
    const page = await callAws('rds:DescribeDBSnapshots', () =>
      rds.send(new DescribeDBSnapshotsCommand({ SnapshotType: SNAPSHOT_TYPE, MaxRecords: PAGE_SIZE, ...(marker === undefined ? {} : { Marker: marker }) })),
    );
    for (const snapshot of page.DBSnapshots ?? []) {
      const id = snapshot.DBSnapshotIdentifier;
      if (id === undefined) throw new UnexpectedResponseError('DescribeDBSnapshots', 'returned a snapshot without a DBSnapshotIdentifier', snapshot);
      const { DBSnapshotAttributesResult } = await callAws('rds:DescribeDBSnapshotAttributes', () =>
        rds.send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: id })),
      );
      yield dbSnapshotItem(ctx, snapshot, DBSnapshotAttributesResult?.DBSnapshotAttributes ?? []);
    }
    marker = page.Marker || undefined;
  } while (marker !== undefined);

  marker = undefined;
  do {
    const page = await callAws('rds:DescribeDBClusterSnapshots', () =>
      rds.send(new DescribeDBClusterSnapshotsCommand({ SnapshotType: SNAPSHOT_TYPE, MaxRecords: PAGE_SIZE, ...(marker === undefined ? {} : { Marker: marker }) })),
    );
    for (const snapshot of page.DBClusterSnapshots ?? []) {
      const id = snapshot.DBClusterSnapshotIdentifier;
      if (id === undefined) throw new UnexpectedResponseError('DescribeDBClusterSnapshots', 'returned a snapshot without a DBClusterSnapshotIdentifier', snapshot);
      const { DBClusterSnapshotAttributesResult } = await callAws('rds:DescribeDBClusterSnapshotAttributes', () =>
        rds.send(new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: id })),
      );
      yield dbClusterSnapshotItem(ctx, snapshot, DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes ?? []);
    }
    marker = page.Marker || undefined;
  } while (marker !== undefined);
}
