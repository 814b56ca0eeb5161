import type { AccountSummaryKey } from '../../rule-kit';

/** A Region-scoped quota: usage counted with EC2, limit read from Service Quotas. */
export interface RegionalQuota {
  readonly name: string;
  readonly serviceCode: string;
  readonly quotaCode: string;
  /** The EC2 operation that counts usage, for annotations and error entries. */
  readonly usageOperation: 'DescribeVpcs' | 'DescribeInternetGateways' | 'DescribeAddresses';
}

/** An account-wide IAM quota whose usage and limit both come from GetAccountSummary. */
export interface IamQuota {
  readonly name: string;
  readonly usageKey: AccountSummaryKey;
  readonly quotaKey: AccountSummaryKey;
}

/** Quota codes from the Service Quotas console / `list-service-quotas` (see README for sources). */
export const REGIONAL_QUOTAS: readonly RegionalQuota[] = [
  { name: 'VPCs per Region', serviceCode: 'vpc', quotaCode: 'L-F678F1CE', usageOperation: 'DescribeVpcs' },
  { name: 'Internet gateways per Region', serviceCode: 'vpc', quotaCode: 'L-A4707A72', usageOperation: 'DescribeInternetGateways' },
  { name: 'EC2-VPC Elastic IPs', serviceCode: 'ec2', quotaCode: 'L-0263D0A3', usageOperation: 'DescribeAddresses' },
];

export const IAM_QUOTAS: readonly IamQuota[] = [
  { name: 'IAM users', usageKey: 'Users', quotaKey: 'UsersQuota' },
  { name: 'IAM roles', usageKey: 'Roles', quotaKey: 'RolesQuota' },
  { name: 'IAM groups', usageKey: 'Groups', quotaKey: 'GroupsQuota' },
  { name: 'IAM customer managed policies', usageKey: 'Policies', quotaKey: 'PoliciesQuota' },
];
