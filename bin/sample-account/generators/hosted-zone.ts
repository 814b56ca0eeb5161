import { envelope, type AccountContext, type RawItem } from './envelope';

/**
 * AWS::Route53::HostedZone as Config records it (property names from awslabs/aws-config-resource-schema,
 * QueryLoggingConfig nested as the schema lists it; as in the route53-query-logging fixtures). Hosted
 * zones are global: Config records them in us-east-1, so the sample's zones carry that Region.
 */
function hostedZoneItem(account: AccountContext, zoneId: string, name: string, logging: boolean, privateVpc?: string): RawItem {
  const logGroupArn = `arn:aws:logs:us-east-1:${account.accountId}:log-group:/aws/route53/${name.replace(/\.$/, '')}`;
  return {
    ...envelope(account, {
      resourceType: 'AWS::Route53::HostedZone',
      resourceId: zoneId,
      resourceName: name,
      arn: `arn:aws:route53:::hostedzone/${zoneId}`,
      resourceCreationTime: '2024-02-11T09:30:00.000Z',
      configuration: {
        Id: zoneId,
        Name: name,
        NameServers: privateVpc === undefined ? ['ns-1536.awsdns-00.co.uk', 'ns-0.awsdns-00.com', 'ns-1024.awsdns-00.org', 'ns-512.awsdns-00.net'] : [],
        VPCs: privateVpc === undefined ? [] : [{ VPCId: privateVpc, VPCRegion: account.region }],
        HostedZoneTags: [],
        ...(logging ? { QueryLoggingConfig: { CloudWatchLogsLogGroupArn: { CloudWatchLogsLogGroupArn: logGroupArn, HostedZoneId: zoneId, Id: `qlc-${zoneId.toLowerCase()}` } } } : {}),
      },
    }),
    awsRegion: 'us-east-1',
  };
}

/** A public zone with query logging, one without, and a private zone. */
export function sampleHostedZones(account: AccountContext): RawItem[] {
  return [
    hostedZoneItem(account, 'Z0123456789ABCDEFGHIJ', 'example.com.', true),
    hostedZoneItem(account, 'Z0987654321JIHGFEDCBA', 'shop.example.net.', false),
    hostedZoneItem(account, 'Z05550123PRIVATEZONE1', 'internal.example.com.', false, 'vpc-00000000000000001'),
  ];
}
