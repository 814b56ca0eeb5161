import type { RuleDefinition } from '../../rule-kit';

export const SCANNER_POLICY_PATH = 'templates/scanner-read-only-policy.json';

/**
 * What the CLI itself calls, besides the collectors (rule-kit/scanner/sources, bin/cli/aws-places.ts):
 * STS to check the credentials and assume member roles, Config's own and aggregated reads (and whether a
 * recorder records in each Region), EC2
 * DescribeRegions for `--regions all`, Organizations ListAccounts for `--organization`, and the
 * delivery bucket's ListBucket and GetObject.
 */
export const CLI_READ_ACTIONS = [
  'sts:GetCallerIdentity',
  'sts:AssumeRole',
  'config:DescribeConfigurationRecorderStatus',
  'config:ListDiscoveredResources',
  'config:BatchGetResourceConfig',
  'config:ListAggregateDiscoveredResources',
  'config:BatchGetAggregateResourceConfig',
  'ec2:DescribeRegions',
  'organizations:ListAccounts',
  's3:ListBucket',
  's3:GetObject',
] as const;

/**
 * The IAM policy `config-rules scan --live`, `scan s3://...` and `collect` need: the CLI's reads and the
 * union of every rule's collector and related-resource permissions. Only reads (List, Get, Describe)
 * and AssumeRole: the CLI never writes to AWS.
 */
export function scannerReadOnlyPolicy(rules: readonly RuleDefinition[]): unknown {
  const actions = [...new Set([...CLI_READ_ACTIONS, ...rules.flatMap((rule) => rule.permissions)])].sort();
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: 'ConfigRulesScannerReadOnly', Effect: 'Allow', Action: actions, Resource: '*' }],
  };
}

export function scannerPolicyFile(rules: readonly RuleDefinition[]): { readonly path: string; readonly content: string } {
  return { path: SCANNER_POLICY_PATH, content: `${JSON.stringify(scannerReadOnlyPolicy(rules), null, 2)}\n` };
}
