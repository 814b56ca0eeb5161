import { DescribeAddressesCommand, DescribeInternetGatewaysCommand, DescribeVpcsCommand, type EC2Client } from '@aws-sdk/client-ec2';

/** Largest page the paginated EC2 Describe calls allow. */
const PAGE_SIZE = 1000;

export async function countVpcs(ec2: EC2Client): Promise<number> {
  let count = 0;
  let nextToken: string | undefined;
  do {
    const page = await ec2.send(new DescribeVpcsCommand({ MaxResults: PAGE_SIZE, ...(nextToken ? { NextToken: nextToken } : {}) }));
    count += page.Vpcs?.length ?? 0;
    nextToken = page.NextToken;
  } while (nextToken);
  return count;
}

export async function countInternetGateways(ec2: EC2Client): Promise<number> {
  let count = 0;
  let nextToken: string | undefined;
  do {
    const page = await ec2.send(new DescribeInternetGatewaysCommand({ MaxResults: PAGE_SIZE, ...(nextToken ? { NextToken: nextToken } : {}) }));
    count += page.InternetGateways?.length ?? 0;
    nextToken = page.NextToken;
  } while (nextToken);
  return count;
}

/** Elastic IPs in the VPC domain: what the EC2-VPC Elastic IPs quota counts. DescribeAddresses is not paginated. */
export async function countVpcElasticIps(ec2: EC2Client): Promise<number> {
  const response = await ec2.send(new DescribeAddressesCommand({ Filters: [{ Name: 'domain', Values: ['vpc'] }] }));
  return response.Addresses?.length ?? 0;
}
