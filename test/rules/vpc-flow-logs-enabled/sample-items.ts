import type { FlowLog, Vpc } from '@aws-sdk/client-ec2';
import type { ConfigurationItem } from '../../../rule-kit';
import { vpcItem } from '../../../rules/vpc-flow-logs-enabled/vpc-item';
import { offlineCollectorContext } from '../../rule-kit/collectors/collector-context';

const pick = <T>(random: () => number, options: readonly T[]): T => options[Math.floor(random() * options.length) % options.length] as T;
const hex = (random: () => number, length: number) => Array.from({ length }, () => pick(random, [...'0123456789abcdef'])).join('');

/** The flow-log situations real accounts show, compliant and not. */
type Situation = 'all' | 'reject' | 'accept-and-reject' | 'accept' | 'none' | 'delivery-failed';
const SITUATIONS: readonly Situation[] = ['all', 'all', 'reject', 'accept-and-reject', 'accept', 'none', 'none', 'delivery-failed'];

function flowLog(random: () => number, accountId: string, region: string, vpcId: string, traffic: 'ALL' | 'ACCEPT' | 'REJECT', failed = false): FlowLog {
  const toS3 = random() < 0.5;
  return {
    CreationTime: new Date(Date.UTC(2025, Math.floor(random() * 12), 1 + Math.floor(random() * 28))),
    DeliverLogsStatus: failed ? 'FAILED' : 'SUCCESS',
    ...(failed ? { DeliverLogsErrorMessage: 'Access error' } : {}),
    FlowLogId: `fl-${hex(random, 17)}`,
    FlowLogStatus: 'ACTIVE',
    ResourceId: vpcId,
    TrafficType: traffic,
    LogDestinationType: toS3 ? 's3' : 'cloud-watch-logs',
    LogDestination: toS3 ? `arn:aws:s3:::flow-logs-${accountId}/${vpcId}` : `arn:aws:logs:${region}:${accountId}:log-group:/vpc/${vpcId}`,
    ...(toS3 ? {} : { LogGroupName: `/vpc/${vpcId}`, DeliverLogsPermissionArn: `arn:aws:iam::${accountId}:role/vpc-flow-logs` }),
    MaxAggregationInterval: pick(random, [60, 600]),
    Tags: [],
  };
}

function flowLogsFor(random: () => number, situation: Situation, accountId: string, region: string, vpcId: string): FlowLog[] {
  const log = (traffic: 'ALL' | 'ACCEPT' | 'REJECT', failed = false) => flowLog(random, accountId, region, vpcId, traffic, failed);
  switch (situation) {
    case 'all':
      return [log('ALL')];
    case 'reject':
      return [log('REJECT')];
    case 'accept-and-reject':
      return [log('ACCEPT'), log('REJECT')];
    case 'accept':
      return [log('ACCEPT')];
    case 'none':
      return [];
    case 'delivery-failed':
      return [log('ALL', true)];
  }
}

/**
 * Realistic collected AWS::EC2::VPC items for one Region: the default VPC (usually without flow logs,
 * as in most accounts) and one to four more VPCs with a mix of flow-log situations. Built with the
 * collector's own item builder, so the shape is exactly what the Lambda would evaluate.
 */
export function sampleItems(random: () => number, accountId: string, region: string): ConfigurationItem[] {
  const ctx = offlineCollectorContext(accountId, region, '2026-03-02T06:00:00.000Z');
  const count = 2 + Math.floor(random() * 4);
  return Array.from({ length: count }, (_, index) => {
    const isDefault = index === 0;
    const vpcId = `vpc-${hex(random, 17)}`;
    const cidr = isDefault ? '172.31.0.0/16' : `10.${index * 10 + Math.floor(random() * 10)}.0.0/16`;
    const vpc: Vpc & { VpcId: string } = {
      CidrBlock: cidr,
      DhcpOptionsId: `dopt-${hex(random, 17)}`,
      State: 'available',
      VpcId: vpcId,
      OwnerId: accountId,
      InstanceTenancy: 'default',
      CidrBlockAssociationSet: [{ AssociationId: `vpc-cidr-assoc-${hex(random, 17)}`, CidrBlock: cidr, CidrBlockState: { State: 'associated' } }],
      IsDefault: isDefault,
      ...(isDefault ? {} : { Tags: [{ Key: 'Name', Value: pick(random, ['prod', 'staging', 'shared-services', 'data', 'sandbox']) }] }),
    };
    const situation = isDefault ? pick(random, ['none', 'none', 'all'] as const) : pick(random, SITUATIONS);
    return vpcItem(ctx, vpc, flowLogsFor(random, situation, accountId, region, vpcId));
  });
}
