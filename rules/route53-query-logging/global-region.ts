import { type Partition, partitionOf } from '../../rule-kit';

/**
 * Route 53 hosted zones are global. Config records them in one Region per partition, the one Route 53's
 * control plane (and its query logs' CloudWatch Logs group) lives in; the managed rule
 * route53-query-logging-enabled is "only available in US East (N. Virginia)". This pack evaluates hosted
 * zones there and answers NOT_APPLICABLE anywhere else, so a zone is evaluated once.
 */
const HOSTED_ZONE_REGION: Partial<Record<Partition, string>> = {
  aws: 'us-east-1',
  'aws-cn': 'cn-northwest-1',
  'aws-us-gov': 'us-gov-west-1',
};

export function hostedZoneRegion(region: string): string {
  return HOSTED_ZONE_REGION[partitionOf(region)] ?? 'us-east-1';
}
