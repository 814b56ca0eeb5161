import { envelope, type AccountContext, type RawItem } from './envelope';

/**
 * AWS::ElasticLoadBalancingV2::LoadBalancer and AWS::ElasticLoadBalancing::LoadBalancer as Config records
 * them (configuration names from awslabs/aws-config-resource-schema; the DescribeLoadBalancerAttributes
 * output in supplementaryConfiguration.LoadBalancerAttributes, as in the elb-access-logs fixtures).
 */
export interface V2Spec {
  readonly name: string;
  readonly type: 'application' | 'network' | 'gateway';
  /** The access-log bucket, or undefined when access logs are off. */
  readonly logBucket: string | undefined;
}

const SHORT = { application: 'app', network: 'net', gateway: 'gwy' } as const;

export function v2LoadBalancerItem(account: AccountContext, spec: V2Spec, index: number): RawItem {
  const arn = `arn:aws:elasticloadbalancing:${account.region}:${account.accountId}:loadbalancer/${SHORT[spec.type]}/${spec.name}/${(0x50dc6c495c0c9188n + BigInt(index)).toString(16)}`;
  const attributes =
    spec.type === 'gateway'
      ? [{ key: 'deletion_protection.enabled', value: 'false' }, { key: 'load_balancing.cross_zone.enabled', value: 'false' }]
      : [
          { key: 'access_logs.s3.enabled', value: spec.logBucket === undefined ? 'false' : 'true' },
          { key: 'access_logs.s3.bucket', value: spec.logBucket ?? '' },
          { key: 'access_logs.s3.prefix', value: spec.logBucket === undefined ? '' : spec.name },
          { key: 'deletion_protection.enabled', value: 'true' },
        ];
  return envelope(account, {
    resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    resourceId: arn,
    resourceName: spec.name,
    arn,
    availabilityZone: 'Multiple Availability Zones',
    resourceCreationTime: '2025-09-14T08:31:17.640Z',
    relationships: [{ resourceId: 'vpc-00000000000000001', resourceType: 'AWS::EC2::VPC', name: 'Is contained in Vpc' }],
    configuration: {
      loadBalancerArn: arn,
      dNSName: `${spec.name}-${1234567890 + index}.${account.region}.elb.amazonaws.com`,
      canonicalHostedZoneId: 'Z32O12XQLNTSW2',
      createdTime: '2025-09-14T08:31:17.640Z',
      loadBalancerName: spec.name,
      scheme: spec.type === 'gateway' ? 'internal' : 'internet-facing',
      vpcId: 'vpc-00000000000000001',
      state: { code: 'active' },
      type: spec.type,
      availabilityZones: [
        { zoneName: `${account.region}a`, subnetId: 'subnet-0123456789abcdef0', loadBalancerAddresses: [] },
        { zoneName: `${account.region}b`, subnetId: 'subnet-0fedcba9876543210', loadBalancerAddresses: [] },
      ],
      securityGroups: spec.type === 'application' ? ['sg-0a1b2c3d4e5f60718'] : [],
      ipAddressType: 'ipv4',
    },
    supplementaryConfiguration: { LoadBalancerAttributes: attributes },
  });
}

export function classicLoadBalancerItem(account: AccountContext, name: string, logBucket: string | undefined): RawItem {
  return envelope(account, {
    resourceType: 'AWS::ElasticLoadBalancing::LoadBalancer',
    resourceId: name,
    resourceName: name,
    arn: `arn:aws:elasticloadbalancing:${account.region}:${account.accountId}:loadbalancer/${name}`,
    availabilityZone: 'Multiple Availability Zones',
    resourceCreationTime: '2019-05-21T12:02:44.150Z',
    configuration: {
      loadBalancerName: name,
      dnsname: `${name}-1234567890.${account.region}.elb.amazonaws.com`,
      canonicalHostedZoneNameID: 'Z32O12XQLNTSW2',
      listenerDescriptions: [{ listener: { protocol: 'HTTP', loadBalancerPort: 80, instanceProtocol: 'HTTP', instancePort: 8080 }, policyNames: [] }],
      availabilityZones: [`${account.region}a`, `${account.region}b`],
      subnets: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'],
      vpcid: 'vpc-00000000000000001',
      instances: [],
      healthCheck: { target: 'HTTP:8080/health', interval: 30, timeout: 5, unhealthyThreshold: 2, healthyThreshold: 10 },
      securityGroups: ['sg-0f1e2d3c4b5a69788'],
      createdTime: '2019-05-21T12:02:44.150Z',
      scheme: 'internet-facing',
    },
    supplementaryConfiguration: {
      LoadBalancerAttributes: {
        crossZoneLoadBalancing: { enabled: true },
        accessLog: logBucket === undefined ? { enabled: false } : { enabled: true, s3BucketName: logBucket, emitInterval: 60, s3BucketPrefix: name },
        connectionDraining: { enabled: true, timeout: 300 },
        connectionSettings: { idleTimeout: 60 },
      },
      LoadBalancerPolicies: [],
    },
  });
}

/** The sample's load balancers: logging ALB and NLB, an ALB and a Classic LB without logs, a Gateway LB. */
export function sampleLoadBalancers(account: AccountContext): RawItem[] {
  const logs = `org-elb-access-logs-${account.accountId}`;
  return [
    v2LoadBalancerItem(account, { name: 'shop-web', type: 'application', logBucket: logs }, 0),
    v2LoadBalancerItem(account, { name: 'admin-portal', type: 'application', logBucket: undefined }, 1),
    v2LoadBalancerItem(account, { name: 'mqtt-ingest', type: 'network', logBucket: logs }, 2),
    v2LoadBalancerItem(account, { name: 'inspection', type: 'gateway', logBucket: undefined }, 3),
    classicLoadBalancerItem(account, 'legacy-batch', undefined),
  ];
}
