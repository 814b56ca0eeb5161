import { DescribeVpcsCommand, type EC2Client, type Vpc } from '@aws-sdk/client-ec2';

/** Largest page DescribeVpcs allows. */
const PAGE_SIZE = 1000;

/** Every VPC in the client's Region, following NextToken page by page. */
export async function* listVpcs(ec2: EC2Client): AsyncGenerator<Vpc> {
  let nextToken: string | undefined;
  do {
    const page = await ec2.send(new DescribeVpcsCommand({ MaxResults: PAGE_SIZE, ...(nextToken ? { NextToken: nextToken } : {}) }));
    yield* page.Vpcs ?? [];
    nextToken = page.NextToken;
  } while (nextToken);
}
