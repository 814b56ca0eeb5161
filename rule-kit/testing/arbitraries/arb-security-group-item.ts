import fc from 'fast-check';
import type { ConfigurationItem } from '../../configuration-item';
import { arbIpv4Cidr, arbIpv6Cidr, isInternetWide, type InternetWide } from './arb-cidr';
import { arbAccountId, arbEc2Id, arbIsoTime, arbRegion, arbTags } from './arb-identifiers';

/** `ipProtocol` values as Config records them: names, `-1` for all, and numbers for TCP (6) and UDP (17). */
export const IP_PROTOCOLS = ['tcp', 'udp', 'icmp', 'icmpv6', '-1', '6', '17'] as const;
export type IpProtocol = (typeof IP_PROTOCOLS)[number];

/** One entry of `ipPermissions` / `ipPermissionsEgress`, in Config's recorded shape. */
export interface IpPermission {
  readonly ipProtocol: IpProtocol;
  readonly fromPort?: number;
  readonly toPort?: number;
  readonly ipRanges: readonly string[];
  readonly ipv4Ranges: readonly { readonly cidrIp: string; readonly description?: string }[];
  readonly ipv6Ranges: readonly { readonly cidrIpv6: string; readonly description?: string }[];
  readonly prefixListIds: readonly { readonly prefixListId: string; readonly description?: string }[];
  readonly userIdGroupPairs: readonly { readonly groupId: string; readonly userId: string; readonly description?: string }[];
}

export interface SecurityGroupItemOptions {
  /** Ingress (`ipPermissions`): `force` at least one 0.0.0.0/0 or ::/0 range, `forbid` none, `allow` (default) either. */
  readonly internetWideIngress?: InternetWide;
  /** The same for egress (`ipPermissionsEgress`). */
  readonly internetWideEgress?: InternetWide;
  readonly status?: 'OK' | 'ResourceDiscovered';
  readonly accountId?: string;
  readonly region?: string;
  /** Most permissions per direction (default 4). */
  readonly maxPermissions?: number;
}

const DESCRIPTION = fc.stringMatching(/^[A-Za-z0-9 ._-]{1,24}$/);
/** Marks a group pair that references the group's own account, filled in once the owner is known. */
const OWNER = 'owner';

/** Ports for the protocol: TCP/UDP a range, ICMP a type and code (-1 = any), all-traffic none. */
function arbPorts(protocol: IpProtocol): fc.Arbitrary<{ fromPort?: number; toPort?: number }> {
  switch (protocol) {
    case '-1':
      return fc.constant({});
    case 'icmp':
    case 'icmpv6':
      return fc.record({ fromPort: fc.integer({ min: -1, max: 255 }), toPort: fc.integer({ min: -1, max: 255 }) });
    default:
      return fc.oneof(
        fc.constantFrom(22, 80, 443, 3389, 3306, 5432, 6379, 8080).map((port) => ({ fromPort: port, toPort: port })),
        fc
          .tuple(fc.integer({ min: 0, max: 65535 }), fc.integer({ min: 0, max: 65535 }))
          .map(([a, b]) => ({ fromPort: Math.min(a, b), toPort: Math.max(a, b) })),
        fc.constant({ fromPort: 0, toPort: 65535 }),
      );
  }
}

// Arbitraries are built once per mode, not per generated value (`chain` rebuilding them was ~100x slower).
const PROTOCOL_AND_PORTS = fc.oneof(
  ...IP_PROTOCOLS.map((ipProtocol) => arbPorts(ipProtocol).map((ports) => ({ ...ports, ipProtocol }))),
);

function buildPermission(internetWide: 'allow' | 'forbid'): fc.Arbitrary<IpPermission> {
  return fc
    .record({
      protocolAndPorts: PROTOCOL_AND_PORTS,
      ipv4Ranges: fc.array(fc.record({ cidrIp: arbIpv4Cidr({ internetWide }), description: DESCRIPTION }, { requiredKeys: ['cidrIp'] }), {
        maxLength: 3,
      }),
      ipv6Ranges: fc.array(
        fc.record({ cidrIpv6: arbIpv6Cidr({ internetWide }), description: DESCRIPTION }, { requiredKeys: ['cidrIpv6'] }),
        { maxLength: 2 },
      ),
      prefixListIds: fc.array(fc.record({ prefixListId: arbEc2Id('pl'), description: DESCRIPTION }, { requiredKeys: ['prefixListId'] }), {
        maxLength: 1,
      }),
      userIdGroupPairs: fc.array(
        fc.record(
          { groupId: arbEc2Id('sg'), userId: fc.oneof({ arbitrary: fc.constant(OWNER), weight: 3 }, { arbitrary: arbAccountId(), weight: 1 }), description: DESCRIPTION },
          { requiredKeys: ['groupId', 'userId'] },
        ),
        { maxLength: 2 },
      ),
    })
    .map(({ protocolAndPorts, ipv4Ranges, ipv6Ranges, prefixListIds, userIdGroupPairs }) => ({
      ...protocolAndPorts,
      ipv6Ranges,
      prefixListIds,
      userIdGroupPairs,
      ipv4Ranges,
      // Config keeps the legacy flat list of IPv4 CIDRs next to ipv4Ranges.
      ipRanges: ipv4Ranges.map((range) => range.cidrIp),
    }));
}

const PERMISSION = { allow: buildPermission('allow'), forbid: buildPermission('forbid') };

/** A permission that is certainly open to the internet over IPv4, IPv6 or both. */
const OPEN_PERMISSION: fc.Arbitrary<IpPermission> = fc
  .tuple(PERMISSION.allow, fc.constantFrom('ipv4', 'ipv6', 'both'))
  .map(([permission, family]) => {
    const ipv4Ranges = family === 'ipv6' ? permission.ipv4Ranges : [...permission.ipv4Ranges, { cidrIp: '0.0.0.0/0' }];
    const ipv6Ranges = family === 'ipv4' ? permission.ipv6Ranges : [...permission.ipv6Ranges, { cidrIpv6: '::/0' }];
    return { ...permission, ipv4Ranges, ipv6Ranges, ipRanges: ipv4Ranges.map((range) => range.cidrIp) };
  });

function arbPermissions(mode: InternetWide, maxLength: number): fc.Arbitrary<IpPermission[]> {
  if (mode !== 'force') return fc.array(PERMISSION[mode], { maxLength });
  return fc
    .tuple(fc.array(PERMISSION.allow, { maxLength: Math.max(0, maxLength - 1) }), OPEN_PERMISSION, fc.nat())
    .map(([others, open, at]) => {
      const position = at % (others.length + 1);
      return [...others.slice(0, position), open, ...others.slice(position)];
    });
}

function ownedBy(permissions: readonly IpPermission[], account: string): IpPermission[] {
  return permissions.map((permission) =>
    permission.userIdGroupPairs.some((pair) => pair.userId === OWNER)
      ? {
          ...permission,
          userIdGroupPairs: permission.userIdGroupPairs.map((pair) => (pair.userId === OWNER ? { ...pair, userId: account } : pair)),
        }
      : permission,
  );
}

/**
 * True when any range of the permission list covers every address.
 *
 * @example
 * if (!hasInternetWideRange(permissions)) expect(verdict.compliance).toBe('COMPLIANT');
 */
export function hasInternetWideRange(permissions: readonly IpPermission[]): boolean {
  return permissions.some(
    (permission) =>
      permission.ipv4Ranges.some((range) => isInternetWide(range.cidrIp)) ||
      permission.ipv6Ranges.some((range) => isInternetWide(range.cidrIpv6)),
  );
}

const GROUP_NAME = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_.-]{0,30}$/);
const GROUP_DESCRIPTION = fc.stringMatching(/^[A-Za-z0-9 ._-]{1,40}$/);

/**
 * An `AWS::EC2::SecurityGroup` item whose configuration has the shape Config records (see
 * awslabs/aws-config-resource-schema AWS::EC2::SecurityGroup.properties.json): groupId, groupName,
 * description, vpcId, ownerId, ipPermissions, ipPermissionsEgress, tags as a key/value list.
 *
 * @example
 * fc.assert(fc.property(arbSecurityGroupItem({ maxPermissions: 2 }), (item) => evaluateWith(rule, item).compliance !== undefined));
 */
export function arbSecurityGroupItem(options: SecurityGroupItemOptions = {}): fc.Arbitrary<ConfigurationItem> {
  const maxPermissions = options.maxPermissions ?? 4;
  return fc
    .record({
      account: options.accountId === undefined ? arbAccountId() : fc.constant(options.accountId),
      region: options.region === undefined ? arbRegion() : fc.constant(options.region),
      groupId: arbEc2Id('sg'),
      vpcId: arbEc2Id('vpc'),
      groupName: GROUP_NAME,
      description: GROUP_DESCRIPTION,
      ingress: arbPermissions(options.internetWideIngress ?? 'allow', maxPermissions),
      egress: arbPermissions(options.internetWideEgress ?? 'allow', maxPermissions),
      tags: arbTags(),
      captureTime: arbIsoTime(),
      stateId: fc.nat(),
      status: options.status === undefined ? fc.constantFrom<'OK' | 'ResourceDiscovered'>('OK', 'ResourceDiscovered') : fc.constant(options.status),
    })
    .map(({ account, region, groupId, vpcId, groupName, description, ingress, egress, tags, captureTime, stateId, status }) => ({
      relatedEvents: [],
      relationships: [{ resourceId: vpcId, resourceType: 'AWS::EC2::VPC', name: 'Is contained in Vpc' }],
      configuration: {
        description,
        groupName,
        ipPermissions: ownedBy(ingress, account),
        ownerId: account,
        groupId,
        ipPermissionsEgress: ownedBy(egress, account),
        tags: Object.entries(tags).map(([key, value]) => ({ key, value })),
        vpcId,
      },
      supplementaryConfiguration: {},
      tags,
      configurationItemVersion: '1.3',
      configurationItemCaptureTime: captureTime,
      configurationStateId: String(stateId),
      awsAccountId: account,
      configurationItemStatus: status,
      resourceType: 'AWS::EC2::SecurityGroup',
      resourceId: groupId,
      resourceName: groupName,
      ARN: `arn:aws:ec2:${region}:${account}:security-group/${groupId}`,
      awsRegion: region,
      availabilityZone: 'Not Applicable',
      configurationStateMd5Hash: '',
    }));
}
