import type { Cidr } from './cidr';
import type { PortRange } from './port-range';

/** Where a permission admits traffic from. Only `cidrs` can reach the internet. */
export interface IngressSources {
  /** From `ipRanges`, `ipv4Ranges[].cidrIp` and `ipv6Ranges[].cidrIpv6`, in that order. */
  readonly cidrs: readonly Cidr[];
  /** Managed prefix lists (`prefixListIds[].prefixListId`): AWS- or customer-managed, never "the internet". */
  readonly prefixListIds: readonly string[];
  /** Referenced security groups (`userIdGroupPairs[].groupId`, or `groupName` in EC2-Classic records). */
  readonly securityGroups: readonly string[];
}

interface PermissionBase {
  /** Position in `configuration.ipPermissions`, for messages. */
  readonly index: number;
  readonly sources: IngressSources;
}

/** ICMP type or code; `any` where EC2 records -1. */
export type IcmpSelector = number | 'any';

/** One ingress permission of a security group, typed by what its ports mean. */
export type IngressPermission =
  | (PermissionBase & { readonly protocol: 'all' })
  | (PermissionBase & { readonly protocol: 'tcp' | 'udp'; readonly ports: PortRange })
  | (PermissionBase & { readonly protocol: 'icmp' | 'icmpv6'; readonly icmpType: IcmpSelector; readonly icmpCode: IcmpSelector })
  | (PermissionBase & { readonly protocol: 'other'; readonly protocolNumber: number });
