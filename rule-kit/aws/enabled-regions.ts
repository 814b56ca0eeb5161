import { DescribeRegionsCommand, type EC2Client } from '@aws-sdk/client-ec2';

/**
 * The Regions enabled for the account (`--regions all`): DescribeRegions without AllRegions lists only
 * those, opted-in ones included. Sorted, so a scan plans its work in the same order each time.
 */
export async function enabledRegions(ec2: EC2Client): Promise<string[]> {
  const { Regions = [] } = await ec2.send(new DescribeRegionsCommand({}));
  return Regions.flatMap((region) => (region.RegionName ? [region.RegionName] : [])).sort();
}
