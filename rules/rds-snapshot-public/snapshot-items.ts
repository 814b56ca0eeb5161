import type { DBClusterSnapshot, DBClusterSnapshotAttribute, DBSnapshot, DBSnapshotAttribute, Tag } from '@aws-sdk/client-rds';
import { collectedItem, type CollectorContext, type ConfigurationItem, UnexpectedResponseError } from '../../rule-kit';
import { recordedShape } from './recorded-keys';
import { ATTRIBUTES_KEY } from './restore-attribute';

function tagsOf(tags: readonly Tag[] | undefined): Record<string, string> {
  return Object.fromEntries((tags ?? []).flatMap((tag) => (tag.Key === undefined ? [] : [[tag.Key, tag.Value ?? '']])));
}

function required(value: string | undefined, operation: string, what: string, raw: unknown): string {
  if (value === undefined || value === '') throw new UnexpectedResponseError(operation, `returned a snapshot without ${what}`, raw);
  return value;
}

/**
 * A manual DB snapshot as Config records AWS::RDS::DBSnapshot: resource id and name the snapshot
 * identifier, `configuration` the DescribeDBSnapshots entry in Config's key spelling, and
 * `supplementaryConfiguration.DBSnapshotAttributes` the DescribeDBSnapshotAttributes list
 * (`[{ "attributeName": "restore", "attributeValues": [...] }]`).
 */
export function dbSnapshotItem(ctx: CollectorContext, snapshot: DBSnapshot, attributes: readonly DBSnapshotAttribute[]): ConfigurationItem {
  const id = required(snapshot.DBSnapshotIdentifier, 'DescribeDBSnapshots', 'a DBSnapshotIdentifier', snapshot);
  const { TagList, ...configuration } = snapshot;
  return collectedItem(ctx, {
    resourceType: 'AWS::RDS::DBSnapshot',
    resourceId: id,
    resourceName: id,
    ARN: required(snapshot.DBSnapshotArn, 'DescribeDBSnapshots', 'a DBSnapshotArn', snapshot),
    availabilityZone: snapshot.AvailabilityZone ?? 'Not Applicable',
    ...(snapshot.SnapshotCreateTime === undefined ? {} : { resourceCreationTime: snapshot.SnapshotCreateTime.toISOString() }),
    tags: tagsOf(TagList),
    configuration: recordedShape(configuration, 'lower-first'),
    supplementaryConfiguration: { [ATTRIBUTES_KEY['AWS::RDS::DBSnapshot']]: recordedShape(attributes, 'lower-first') },
  });
}

/** A manual DB cluster snapshot as Config records AWS::RDS::DBClusterSnapshot (same layout, cluster key spelling). */
export function dbClusterSnapshotItem(
  ctx: CollectorContext,
  snapshot: DBClusterSnapshot,
  attributes: readonly DBClusterSnapshotAttribute[],
): ConfigurationItem {
  const id = required(snapshot.DBClusterSnapshotIdentifier, 'DescribeDBClusterSnapshots', 'a DBClusterSnapshotIdentifier', snapshot);
  const { TagList, ...configuration } = snapshot;
  return collectedItem(ctx, {
    resourceType: 'AWS::RDS::DBClusterSnapshot',
    resourceId: id,
    resourceName: id,
    ARN: required(snapshot.DBClusterSnapshotArn, 'DescribeDBClusterSnapshots', 'a DBClusterSnapshotArn', snapshot),
    availabilityZone: 'Multiple Availability Zones',
    ...(snapshot.SnapshotCreateTime === undefined ? {} : { resourceCreationTime: snapshot.SnapshotCreateTime.toISOString() }),
    tags: tagsOf(TagList),
    configuration: recordedShape(configuration, 'lower-leading-capitals'),
    // Config spells the attribute entries attributeName / attributeValues for both snapshot types.
    supplementaryConfiguration: { [ATTRIBUTES_KEY['AWS::RDS::DBClusterSnapshot']]: recordedShape(attributes, 'lower-first') },
  });
}
