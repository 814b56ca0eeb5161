import { DescribeFlowLogsCommand, type EC2Client, type FlowLog } from '@aws-sdk/client-ec2';

/** Largest page DescribeFlowLogs allows. */
const PAGE_SIZE = 1000;

/**
 * Every flow log in the Region grouped by ResourceId: one paginated listing for the whole Region
 * instead of a filtered call per VPC. Flow logs on subnets and network interfaces are kept under
 * their own ids; VPC items only look up their own.
 */
export async function flowLogsByResource(ec2: EC2Client): Promise<Map<string, FlowLog[]>> {
  const byResource = new Map<string, FlowLog[]>();
  let nextToken: string | undefined;
  do {
    const page = await ec2.send(new DescribeFlowLogsCommand({ MaxResults: PAGE_SIZE, ...(nextToken ? { NextToken: nextToken } : {}) }));
    for (const log of page.FlowLogs ?? []) {
      if (log.ResourceId === undefined) continue;
      const logs = byResource.get(log.ResourceId) ?? [];
      logs.push(log);
      byResource.set(log.ResourceId, logs);
    }
    nextToken = page.NextToken;
  } while (nextToken);
  return byResource;
}
