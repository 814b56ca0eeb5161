/** The IAM actions the rule's collector calls (the rule's `permissions`). */
export const CLOUDTRAIL_PERMISSIONS = ['cloudtrail:DescribeTrails', 'cloudtrail:GetEventSelectors', 'cloudtrail:GetTrailStatus'] as const;
