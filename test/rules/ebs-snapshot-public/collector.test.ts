import {
  DescribeSnapshotsCommand,
  EC2Client,
  EC2ServiceException,
  GetSnapshotBlockPublicAccessStateCommand,
  type DescribeSnapshotsCommandInput,
  type Snapshot,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { type CollectorContext, type ConfigurationItem, UnexpectedResponseError } from '../../../rule-kit';
import { evaluateItem } from '../../../rule-kit/testing';
import { rule } from '../../../rules/ebs-snapshot-public';
import { collectSnapshots } from '../../../rules/ebs-snapshot-public/collector';

/** The collector the rule runs (loaded lazily by the rule); its absence fails the test. */
function ruleCollector(): NonNullable<typeof rule.collector> {
  if (rule.collector === undefined) throw new Error(`${rule.id} has no collector`);
  return rule.collector;
}

const ec2 = mockClient(EC2Client);

function context(region = 'eu-west-1', partition = 'aws'): CollectorContext {
  return {
    client: (ctor) => new ctor({ region }),
    accountId: '111122223333',
    region,
    partition,
    notificationTime: '2026-03-02T12:00:00.000Z',
  };
}

async function collect(ctx = context()): Promise<ConfigurationItem[]> {
  const items: ConfigurationItem[] = [];
  for await (const item of collectSnapshots(ctx)) items.push(item);
  return items;
}

const snapshot = (n: number): Snapshot => ({
  SnapshotId: `snap-${String(n).padStart(17, '0')}`,
  VolumeId: `vol-${String(n).padStart(17, '0')}`,
  State: 'completed',
  StartTime: new Date(Date.UTC(2026, 1, 1, 0, n)),
  OwnerId: '111122223333',
  VolumeSize: 8,
  Encrypted: false,
  Tags: [{ Key: 'Name', Value: `disk-${n}` }],
});

/** Serves `snapshots` as pages of `pageSize`, following NextToken like EC2 does. */
function paged(snapshots: readonly Snapshot[], pageSize: number, input: DescribeSnapshotsCommandInput) {
  const start = input.NextToken === undefined ? 0 : Number(input.NextToken);
  const end = start + pageSize;
  return { Snapshots: snapshots.slice(start, end), ...(end < snapshots.length ? { NextToken: String(end) } : {}) };
}

function serve(all: readonly Snapshot[], publicOnes: readonly Snapshot[], state?: string, pageSize = 2) {
  ec2.on(GetSnapshotBlockPublicAccessStateCommand).resolves(state === undefined ? {} : { State: state as 'unblocked' });
  ec2.on(DescribeSnapshotsCommand).callsFake((input: DescribeSnapshotsCommandInput) => {
    expect(input.OwnerIds).toEqual(['self']);
    expect(input.MaxResults).toBeGreaterThan(0);
    return paged(input.RestorableByUserIds?.includes('all') ? publicOnes : all, pageSize, input);
  });
}

const apiError = (name: string) =>
  new EC2ServiceException({ name, $fault: 'client', $metadata: { httpStatusCode: 400 }, message: `${name} (test)` });

beforeEach(() => ec2.reset());

describe('ebs-snapshot-public collector', () => {
  it('yields one item per owned snapshot across several pages, marking the public ones', async () => {
    const all = [1, 2, 3, 4, 5, 6, 7].map(snapshot);
    const publicOnes = [all[1], all[4], all[6]].filter((s): s is Snapshot => s !== undefined);
    serve(all, publicOnes, 'unblocked');

    const items = await collect();

    expect(items.map((item) => item.resourceId)).toEqual(all.map((s) => s.SnapshotId));
    const permissions = (item: ConfigurationItem) => JSON.stringify(item.supplementaryConfiguration?.['CreateVolumePermissions']);
    const publicIds = items.filter((item) => permissions(item) === '[{"Group":"all"}]').map((item) => item.resourceId);
    expect(publicIds).toEqual(publicOnes.map((s) => s.SnapshotId));
    expect(items.filter((item) => permissions(item) === '[]')).toHaveLength(all.length - publicOnes.length);
    // 4 pages of all snapshots + 2 of public ones: pagination followed to the end, no per-snapshot calls.
    expect(ec2.commandCalls(DescribeSnapshotsCommand)).toHaveLength(6);
  });

  it('builds notification-shape items with a JSON-safe configuration', async () => {
    serve([snapshot(1)], [], 'block-new-sharing');
    const [item] = await collect();
    expect(item).toEqual({
      configurationItemVersion: '1.3',
      configurationItemCaptureTime: '2026-03-02T12:00:00.000Z',
      configurationItemStatus: 'OK',
      awsAccountId: '111122223333',
      awsRegion: 'eu-west-1',
      ARN: 'arn:aws:ec2:eu-west-1::snapshot/snap-00000000000000001',
      resourceType: 'AWS::EC2::Snapshot',
      resourceId: 'snap-00000000000000001',
      resourceCreationTime: '2026-02-01T00:01:00.000Z',
      tags: { Name: 'disk-1' },
      relatedEvents: [],
      relationships: [],
      configuration: {
        SnapshotId: 'snap-00000000000000001',
        VolumeId: 'vol-00000000000000001',
        State: 'completed',
        StartTime: '2026-02-01T00:01:00.000Z',
        OwnerId: '111122223333',
        VolumeSize: 8,
        Encrypted: false,
        Tags: [{ Key: 'Name', Value: 'disk-1' }],
      },
      supplementaryConfiguration: { CreateVolumePermissions: [], SnapshotBlockPublicAccessState: 'block-new-sharing' },
    });
  });

  it('builds the ARN for the context partition', async () => {
    serve([snapshot(1)], []);
    const [item] = await collect(context('cn-north-1', 'aws-cn'));
    expect(item?.ARN).toBe('arn:aws-cn:ec2:cn-north-1::snapshot/snap-00000000000000001');
    expect(item?.awsRegion).toBe('cn-north-1');
  });

  it.each(['block-all-sharing', 'block-new-sharing', 'unblocked'])('records block state %s on every item', async (state) => {
    serve([snapshot(1), snapshot(2), snapshot(3)], [snapshot(2)], state);
    const items = await collect();
    expect(items.map((item) => item.supplementaryConfiguration?.['SnapshotBlockPublicAccessState'])).toEqual([state, state, state]);
  });

  it('leaves the block state out when EC2 returns none (the rule then treats it as not blocking)', async () => {
    serve([snapshot(1)], [snapshot(1)]);
    const [item] = await collect();
    expect(item?.supplementaryConfiguration).toEqual({ CreateVolumePermissions: [{ Group: 'all' }] });
    expect(evaluateItem(rule, item as ConfigurationItem, {}).compliance).toBe('NON_COMPLIANT');
  });

  it('yields nothing for an account without snapshots', async () => {
    serve([], [], 'unblocked');
    expect(await collect()).toEqual([]);
  });

  it('feeds the rule: public and unblocked is NON_COMPLIANT, public under block-all-sharing is not', async () => {
    serve([snapshot(1), snapshot(2)], [snapshot(2)], 'unblocked');
    const verdicts = (await collect()).map((item) => evaluateItem(rule, item, {}).compliance);
    expect(verdicts).toEqual(['COMPLIANT', 'NON_COMPLIANT']);

    ec2.reset();
    serve([snapshot(1), snapshot(2)], [snapshot(2)], 'block-all-sharing');
    expect((await collect()).map((item) => evaluateItem(rule, item, {}).compliance)).toEqual(['COMPLIANT', 'COMPLIANT']);
  });

  it.each([
    ['access denied', 'UnauthorizedOperation'],
    ['throttling', 'RequestLimitExceeded'],
  ])('propagates %s from DescribeSnapshots and yields nothing', async (_label, name) => {
    ec2.on(GetSnapshotBlockPublicAccessStateCommand).resolves({ State: 'unblocked' });
    ec2.on(DescribeSnapshotsCommand).rejects(apiError(name));
    await expect(collect()).rejects.toMatchObject({ name });
  });

  it('propagates an error on a later page instead of reporting a partial, clean listing', async () => {
    const all = [1, 2, 3].map(snapshot);
    ec2.on(GetSnapshotBlockPublicAccessStateCommand).resolves({ State: 'unblocked' });
    ec2.on(DescribeSnapshotsCommand).callsFake((input: DescribeSnapshotsCommandInput) => {
      if (input.NextToken !== undefined) throw apiError('RequestLimitExceeded');
      return paged(all, 2, input);
    });
    await expect(collect()).rejects.toBeInstanceOf(EC2ServiceException);
  });

  it('propagates AccessDenied from GetSnapshotBlockPublicAccessState', async () => {
    ec2.on(GetSnapshotBlockPublicAccessStateCommand).rejects(apiError('UnauthorizedOperation'));
    ec2.on(DescribeSnapshotsCommand).resolves({ Snapshots: [snapshot(1)] });
    await expect(collect()).rejects.toMatchObject({ name: 'UnauthorizedOperation' });
  });

  it('rejects a listed snapshot without an id with a typed error', async () => {
    serve([{ ...snapshot(1), SnapshotId: undefined }], []);
    await expect(collect()).rejects.toBeInstanceOf(UnexpectedResponseError);
  });

  it('is the rule’s collector (loaded when it first runs), declaring exactly the IAM actions it calls', async () => {
    expect([...rule.permissions].sort()).toEqual(['ec2:DescribeSnapshots', 'ec2:GetSnapshotBlockPublicAccessState']);
    serve([snapshot(1), snapshot(2)], [snapshot(2)]);
    const ctx = context();
    const viaRule: ConfigurationItem[] = [];
    for await (const item of ruleCollector()(ctx)) viaRule.push(item);
    expect(viaRule).toEqual(await collect(ctx));
  });
});
