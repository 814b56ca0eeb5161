export const HOSTED_ZONE_TYPE = 'AWS::Route53::HostedZone' as const;
export const VPC_TYPE = 'AWS::EC2::VPC' as const;
export const ASSOCIATION_TYPE = 'AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation' as const;
export type QueryLoggingResourceType = typeof HOSTED_ZONE_TYPE | typeof VPC_TYPE;
