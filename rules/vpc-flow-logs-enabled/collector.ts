import { EC2Client } from '@aws-sdk/client-ec2';
import { type CollectorContext, type ConfigurationItem, UnexpectedResponseError } from '../../rule-kit';
import { flowLogsByResource } from './list-flow-logs';
import { listVpcs } from './list-vpcs';
import { vpcItem } from './vpc-item';

/**
 * Config records VPCs but not their flow logs, so this reads both: the Region's flow logs in one
 * paginated DescribeFlowLogs listing (read first, so every VPC item sees the same listing), then
 * every VPC, each yielded with the flow logs attached to it. API errors propagate: a failed listing
 * must never read as "no flow logs" or "no VPCs".
 */
export async function* collectVpcs(ctx: CollectorContext): AsyncGenerator<ConfigurationItem> {
  const ec2 = ctx.client(EC2Client);
  const flowLogs = await flowLogsByResource(ec2);
  for await (const vpc of listVpcs(ec2)) {
    const vpcId = vpc.VpcId;
    if (vpcId === undefined || vpcId === '') throw new UnexpectedResponseError('DescribeVpcs', 'returned a VPC without a VpcId', vpc);
    yield vpcItem(ctx, { ...vpc, VpcId: vpcId }, flowLogs.get(vpcId) ?? []);
  }
}
