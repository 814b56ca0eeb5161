import {
  DescribeFlowLogsCommand,
  DescribeVpcsCommand,
  EC2Client,
  EC2ServiceException,
  type DescribeFlowLogsCommandInput,
  type DescribeVpcsCommandInput,
  type FlowLog,
  type Vpc,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { type ConfigurationItem, UnexpectedResponseError } from '../../../rule-kit';
import { evaluateItem } from '../../../rule-kit/testing';
import { rule } from '../../../rules/vpc-flow-logs-enabled';
import { collectVpcs } from '../../../rules/vpc-flow-logs-enabled/collector';
import { collectAll, testCollectorContext } from '../../rule-kit/collectors/collector-context';

/** The collector the rule runs (loaded lazily by the rule); its absence fails the test. */
function ruleCollector(): NonNullable<typeof rule.collector> {
  if (rule.collector === undefined) throw new Error(`${rule.id} has no collector`);
  return rule.collector;
}

const ec2 = mockClient(EC2Client);
afterAll(() => ec2.restore());
beforeEach(() => ec2.reset());

const vpcId = (n: number) => `vpc-${String(n).padStart(17, '0')}`;
const vpc = (n: number): Vpc => ({
  VpcId: vpcId(n),
  CidrBlock: `10.${n}.0.0/16`,
  State: 'available',
  OwnerId: '123456789012',
  IsDefault: n === 1,
  Tags: [{ Key: 'Name', Value: `net-${n}` }],
});
const flowLog = (id: string, resourceId: string, extra: Partial<FlowLog> = {}): FlowLog => ({
  FlowLogId: id,
  ResourceId: resourceId,
  FlowLogStatus: 'ACTIVE',
  DeliverLogsStatus: 'SUCCESS',
  TrafficType: 'ALL',
  CreationTime: new Date(Date.UTC(2026, 0, 5, 10, 0)),
  LogDestinationType: 'cloud-watch-logs',
  ...extra,
});

/** Serves `entries` in pages of `size`, following NextToken as EC2 does. */
function page<T>(entries: readonly T[], size: number, token: string | undefined) {
  const start = token === undefined ? 0 : Number(token);
  const end = start + size;
  return { items: entries.slice(start, end), ...(end < entries.length ? { NextToken: String(end) } : {}) };
}

function serve(vpcs: readonly Vpc[], logs: readonly FlowLog[], size = 2) {
  ec2.on(DescribeVpcsCommand).callsFake((input: DescribeVpcsCommandInput) => {
    expect(input.MaxResults).toBeGreaterThan(0);
    const { items, ...rest } = page(vpcs, size, input.NextToken);
    return { Vpcs: items, ...rest };
  });
  ec2.on(DescribeFlowLogsCommand).callsFake((input: DescribeFlowLogsCommandInput) => {
    // One listing for the Region: no per-VPC filter.
    expect(input.Filter).toBeUndefined();
    const { items, ...rest } = page(logs, size, input.NextToken);
    return { FlowLogs: items, ...rest };
  });
}

const apiError = (name: string) =>
  new EC2ServiceException({ name, $fault: 'client', $metadata: { httpStatusCode: 400 }, message: `${name} (test)` });

describe('vpc-flow-logs-enabled collector', () => {
  it('yields one item per VPC across pages, each with only its own flow logs, from one flow-log listing', async () => {
    const vpcs = [1, 2, 3, 4, 5].map(vpc);
    const logs = [
      flowLog('fl-a', vpcId(1)),
      flowLog('fl-b', 'subnet-0aaaaaaaaaaaaaaaa'),
      flowLog('fl-c', vpcId(3), { TrafficType: 'REJECT' }),
      flowLog('fl-d', vpcId(1), { TrafficType: 'REJECT' }),
      flowLog('fl-e', vpcId(5), { DeliverLogsStatus: 'FAILED' }),
    ];
    serve(vpcs, logs);

    const items = await collectAll(collectVpcs(testCollectorContext()));

    expect(items.map((item) => item.resourceId)).toEqual(vpcs.map((v) => v.VpcId));
    const ids = (item: ConfigurationItem) => (item.supplementaryConfiguration?.['FlowLogs'] as FlowLog[]).map((log) => log.FlowLogId);
    expect(items.map(ids)).toEqual([['fl-a', 'fl-d'], [], ['fl-c'], [], ['fl-e']]);
    // 3 pages of VPCs, 3 pages of flow logs: the whole listing, and nothing per VPC.
    expect(ec2.commandCalls(DescribeVpcsCommand)).toHaveLength(3);
    expect(ec2.commandCalls(DescribeFlowLogsCommand)).toHaveLength(3);
    expect(items.map((item) => evaluateItem(rule, item, { trafficType: undefined }).compliance)).toEqual([
      'COMPLIANT',
      'NON_COMPLIANT',
      'COMPLIANT',
      'NON_COMPLIANT',
      'NON_COMPLIANT',
    ]);
  });

  it('builds a JSON-safe notification-shape item with a partition-aware ARN', async () => {
    serve([vpc(2)], [flowLog('fl-a', vpcId(2))]);
    const ctx = testCollectorContext({ region: 'cn-north-1', partition: 'aws-cn', accountId: '123456789012' });
    const [item] = await collectAll(collectVpcs(ctx));
    expect(item).toEqual({
      configurationItemVersion: '1.3',
      configurationItemCaptureTime: ctx.notificationTime,
      configurationItemStatus: 'OK',
      awsAccountId: '123456789012',
      awsRegion: 'cn-north-1',
      ARN: `arn:aws-cn:ec2:cn-north-1:123456789012:vpc/${vpcId(2)}`,
      resourceType: 'AWS::EC2::VPC',
      resourceId: vpcId(2),
      resourceName: 'net-2',
      tags: { Name: 'net-2' },
      relatedEvents: [],
      relationships: [],
      configuration: { ...vpc(2) },
      supplementaryConfiguration: {
        FlowLogs: [{ ...flowLog('fl-a', vpcId(2)), CreationTime: '2026-01-05T10:00:00.000Z' }],
      },
    });
    expect(JSON.parse(JSON.stringify(item))).toEqual(item);
  });

  it('yields nothing for a Region without VPCs', async () => {
    serve([], [flowLog('fl-a', 'eni-0aaaaaaaaaaaaaaaa')]);
    expect(await collectAll(collectVpcs(testCollectorContext()))).toEqual([]);
  });

  it.each([
    ['DescribeFlowLogs', DescribeFlowLogsCommand, 'UnauthorizedOperation'],
    ['DescribeFlowLogs', DescribeFlowLogsCommand, 'RequestLimitExceeded'],
    ['DescribeVpcs', DescribeVpcsCommand, 'UnauthorizedOperation'],
    ['DescribeVpcs', DescribeVpcsCommand, 'RequestLimitExceeded'],
  ] as const)('propagates %s %s and yields nothing', async (_label, command, name) => {
    serve([vpc(1)], [flowLog('fl-a', vpcId(1))]);
    ec2.on(command).rejects(apiError(name));
    const yielded: ConfigurationItem[] = [];
    const run = async () => {
      for await (const item of collectVpcs(testCollectorContext())) yielded.push(item);
    };
    await expect(run()).rejects.toMatchObject({ name });
    expect(yielded).toEqual([]);
  });

  it('propagates an error on a later flow-log page instead of reporting VPCs without their logs', async () => {
    serve([vpc(1)], [flowLog('fl-a', 'subnet-0aaaaaaaaaaaaaaaa'), flowLog('fl-b', 'subnet-0bbbbbbbbbbbbbbbb'), flowLog('fl-c', vpcId(1))]);
    ec2.on(DescribeFlowLogsCommand).callsFake((input: DescribeFlowLogsCommandInput) => {
      if (input.NextToken !== undefined) throw apiError('RequestLimitExceeded');
      return { FlowLogs: [flowLog('fl-a', 'subnet-0aaaaaaaaaaaaaaaa')], NextToken: '1' };
    });
    await expect(collectAll(collectVpcs(testCollectorContext()))).rejects.toBeInstanceOf(EC2ServiceException);
  });

  it('rejects a VPC without an id with a typed error', async () => {
    serve([{ ...vpc(1), VpcId: undefined }], []);
    await expect(collectAll(collectVpcs(testCollectorContext()))).rejects.toBeInstanceOf(UnexpectedResponseError);
  });

  it('is the rule’s collector (loaded when it first runs)', async () => {
    serve([vpc(1), vpc(2)], [flowLog('fl-a', 'vpc-0000000000000001')]);
    const ctx = testCollectorContext();
    expect(await collectAll(ruleCollector()(ctx))).toEqual(await collectAll(collectVpcs(ctx)));
  });
});
