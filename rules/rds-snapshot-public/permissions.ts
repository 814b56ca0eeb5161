/** The IAM actions the rule's collector calls (the rule's `permissions`). */
export const RDS_SNAPSHOT_PERMISSIONS = [
  'rds:DescribeDBClusterSnapshotAttributes',
  'rds:DescribeDBClusterSnapshots',
  'rds:DescribeDBSnapshotAttributes',
  'rds:DescribeDBSnapshots',
] as const;
