import { DescribeSnapshotsCommand, type DescribeSnapshotsCommandInput, type EC2Client, type Snapshot } from '@aws-sdk/client-ec2';

/** Largest page DescribeSnapshots allows; without MaxResults it would return every snapshot at once. */
const PAGE_SIZE = 1000;

/** Every snapshot DescribeSnapshots returns for `input`, following NextToken page by page. */
export async function* listSnapshots(
  ec2: EC2Client,
  input: Omit<DescribeSnapshotsCommandInput, 'NextToken' | 'MaxResults'>,
): AsyncGenerator<Snapshot> {
  let nextToken: string | undefined;
  do {
    const page = await ec2.send(new DescribeSnapshotsCommand({ ...input, MaxResults: PAGE_SIZE, ...(nextToken ? { NextToken: nextToken } : {}) }));
    yield* page.Snapshots ?? [];
    nextToken = page.NextToken;
  } while (nextToken);
}
