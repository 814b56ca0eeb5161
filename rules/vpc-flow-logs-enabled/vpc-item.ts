import type { FlowLog, Vpc } from '@aws-sdk/client-ec2';
import { collectedItem, type CollectorContext, type ConfigurationItem } from '../../rule-kit';
import { FLOW_LOGS_KEY } from './flow-logs';

export const VPC_RESOURCE_TYPE = 'AWS::EC2::VPC' as const;

export function vpcArn(partition: string, region: string, accountId: string, vpcId: string): string {
  return `arn:${partition}:ec2:${region}:${accountId}:vpc/${vpcId}`;
}

/** Dates become ISO strings and undefined fields vanish, as in a recorded item. */
function jsonSafe<T>(value: T): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/**
 * One VPC as a configuration item in notification shape: `configuration` the VPC as DescribeVpcs
 * returns it, `supplementaryConfiguration.FlowLogs` the flow logs whose ResourceId is this VPC, as
 * DescribeFlowLogs returns them (an empty list when it has none).
 */
export function vpcItem(ctx: CollectorContext, vpc: Vpc & { VpcId: string }, flowLogs: readonly FlowLog[]): ConfigurationItem {
  const tags = Object.fromEntries((vpc.Tags ?? []).flatMap((tag) => (tag.Key === undefined ? [] : [[tag.Key, tag.Value ?? '']])));
  const name = tags['Name'];
  return collectedItem(ctx, {
    ARN: vpcArn(ctx.partition, ctx.region, vpc.OwnerId ?? ctx.accountId, vpc.VpcId),
    resourceType: VPC_RESOURCE_TYPE,
    resourceId: vpc.VpcId,
    ...(name === undefined || name === '' ? {} : { resourceName: name }),
    tags,
    configuration: jsonSafe(vpc),
    supplementaryConfiguration: { [FLOW_LOGS_KEY]: jsonSafe(flowLogs) },
  });
}
