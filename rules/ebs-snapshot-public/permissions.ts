/** The IAM actions the rule's collector calls (the rule's `permissions`). */
export const EBS_SNAPSHOT_PERMISSIONS = ['ec2:DescribeSnapshots', 'ec2:GetSnapshotBlockPublicAccessState'] as const;
