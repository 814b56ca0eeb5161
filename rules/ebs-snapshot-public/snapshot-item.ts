import type { Snapshot } from '@aws-sdk/client-ec2';
import { collectedItem, type CollectorContext, type ConfigurationItem, type JsonRecord } from '../../rule-kit';
import { BLOCK_STATE_KEY, PERMISSIONS_KEY } from './public-sharing';

export const SNAPSHOT_RESOURCE_TYPE = 'AWS::EC2::Snapshot' as const;

/** Snapshots are regional but not zonal, so their ARN has an empty account field: `arn:aws:ec2:<region>::snapshot/<id>`. */
export function snapshotArn(partition: string, region: string, snapshotId: string): string {
  return `arn:${partition}:ec2:${region}::snapshot/${snapshotId}`;
}

export interface SnapshotFacts {
  readonly snapshot: Snapshot;
  readonly snapshotId: string;
  readonly isPublic: boolean;
  /** GetSnapshotBlockPublicAccessState's State; undefined when EC2 returned none. */
  readonly blockState: string | undefined;
}

/**
 * One snapshot as a configuration item in notification shape. `configuration` is the snapshot as
 * DescribeSnapshots returns it, made JSON-safe (Dates become ISO strings, undefined fields vanish).
 */
export function snapshotItem(ctx: CollectorContext, facts: SnapshotFacts): ConfigurationItem {
  const configuration = JSON.parse(JSON.stringify(facts.snapshot)) as JsonRecord;
  const tags = Object.fromEntries(
    (facts.snapshot.Tags ?? []).flatMap((tag) => (tag.Key === undefined ? [] : [[tag.Key, tag.Value ?? '']])),
  );
  const created = facts.snapshot.StartTime;
  return collectedItem(ctx, {
    ARN: snapshotArn(ctx.partition, ctx.region, facts.snapshotId),
    resourceType: SNAPSHOT_RESOURCE_TYPE,
    resourceId: facts.snapshotId,
    ...(created && !Number.isNaN(created.getTime()) ? { resourceCreationTime: created.toISOString() } : {}),
    tags,
    configuration,
    supplementaryConfiguration: {
      [PERMISSIONS_KEY]: facts.isPublic ? [{ Group: 'all' }] : [],
      ...(facts.blockState === undefined ? {} : { [BLOCK_STATE_KEY]: facts.blockState }),
    },
  });
}
