import { counterHex, type SeededRandom } from './random';
import { envelope, type AccountContext, type RawItem } from './envelope';

/**
 * AWS::EC2::VPC as the collectors yield it, both keys on one item: configuration = the DescribeVpcs
 * entry, supplementaryConfiguration.FlowLogs = that VPC's DescribeFlowLogs entries (vpc-flow-logs-enabled),
 * supplementaryConfiguration.ResolverQueryLogConfigAssociations = the recorded Resolver query-log
 * associations of the VPC (route53-query-logging). Every third VPC has none: an exposure of each kind.
 */
export function vpcItem(random: SeededRandom, account: AccountContext, index: number): RawItem {
  const vpcId = `vpc-${counterHex(index)}`;
  const name = index === 0 ? 'default' : `${random.pick(['prod', 'staging', 'shared'])}-${index}`;
  const cidr = `10.${index % 256}.0.0/16`;
  const state = random.next();
  const flowLogs =
    state < 0.6
      ? [
          {
            CreationTime: '2025-11-04T09:12:44.000Z',
            DeliverLogsPermissionArn: `arn:aws:iam::${account.accountId}:role/vpc-flow-logs`,
            DeliverLogsStatus: state < 0.5 ? 'SUCCESS' : 'FAILED',
            FlowLogId: `fl-${counterHex(index, 17)}`,
            FlowLogStatus: 'ACTIVE',
            LogGroupName: `/vpc/${vpcId}`,
            ResourceId: vpcId,
            TrafficType: 'ALL',
            LogDestinationType: 'cloud-watch-logs',
            LogDestination: `arn:aws:logs:${account.region}:${account.accountId}:log-group:/vpc/${vpcId}`,
            LogFormat: '${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status}',
            Tags: [],
            MaxAggregationInterval: 600,
          },
        ]
      : [];
  return envelope(account, {
    resourceType: 'AWS::EC2::VPC',
    resourceId: vpcId,
    resourceName: name,
    arn: `arn:aws:ec2:${account.region}:${account.accountId}:vpc/${vpcId}`,
    availabilityZone: 'Multiple Availability Zones',
    tags: { Name: name },
    collected: true,
    configuration: {
      CidrBlock: cidr,
      DhcpOptionsId: 'dopt-0c4e5f6a7b8c9d0e1',
      State: 'available',
      VpcId: vpcId,
      OwnerId: account.accountId,
      InstanceTenancy: 'default',
      CidrBlockAssociationSet: [{ AssociationId: `vpc-cidr-assoc-${counterHex(index)}`, CidrBlock: cidr, CidrBlockState: { State: 'associated' } }],
      IsDefault: index === 0,
      BlockPublicAccessStates: { InternetGatewayBlockMode: 'off' },
      Tags: [{ Key: 'Name', Value: name }],
    },
    supplementaryConfiguration: { FlowLogs: flowLogs, ResolverQueryLogConfigAssociations: queryLogAssociations(account, vpcId, index) },
  });
}

/** Index-based, not drawn from the seeded stream, so the rest of the sample stays as it was. */
function queryLogAssociations(account: AccountContext, vpcId: string, index: number): unknown[] {
  if (index % 3 === 2) return [];
  return [
    {
      Id: `rqlca-${counterHex(index, 16)}`,
      ResolverQueryLogConfigId: 'rqlc-8ca61fe7c055415a',
      ResourceId: vpcId,
      Status: 'ACTIVE',
      Error: 'NONE',
      ErrorMessage: '',
      CreationTime: '2025-11-02T08:14:31.127Z',
      OwnerAccount: account.accountId,
    },
  ];
}
