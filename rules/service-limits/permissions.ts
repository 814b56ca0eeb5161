import { ACCOUNT_SUMMARY_PERMISSIONS, SERVICE_QUOTA_PERMISSIONS } from '../../rule-kit';

/** The IAM actions the rule's collector calls (the rule's `permissions`). */
export const SERVICE_LIMITS_PERMISSIONS = [
  ...ACCOUNT_SUMMARY_PERMISSIONS,
  'ec2:DescribeVpcs',
  'ec2:DescribeInternetGateways',
  'ec2:DescribeAddresses',
  ...SERVICE_QUOTA_PERMISSIONS,
] as const;
