export { arbIpv4Cidr, arbIpv6Cidr, isInternetWide } from './arb-cidr';
export type { CidrOptions, InternetWide } from './arb-cidr';
export { arbConfigurationItem, arbJsonObject, STATUSES_WITHOUT_CONFIGURATION } from './arb-configuration-item';
export { arbSecurityGroupItem, hasInternetWideRange, IP_PROTOCOLS } from './arb-security-group-item';
export type { IpPermission, IpProtocol, SecurityGroupItemOptions } from './arb-security-group-item';
export { arbApiShape } from './arb-api-shape';
export type { ItemWithApiShape } from './arb-api-shape';
export { arbAccountId, arbEc2Id, arbIsoTime, arbRegion, arbTags, REGIONS } from './arb-identifiers';
