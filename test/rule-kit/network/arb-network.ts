import fc from 'fast-check';
import type { ConfigurationItem } from '../../../rule-kit';
import { permission } from './security-group-fixtures';

/** An IPv4 address as four decimal octets. */
export const arbIpv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((octets) => octets.join('.'));

/** Eight IPv6 groups (numbers); zero runs are likely, so "::" compression gets exercised. */
export const arbIpv6Groups = fc.array(fc.oneof(fc.constant(0), fc.nat(0xffff)), { minLength: 8, maxLength: 8 });

/** Groups in full form, upper or lower case, with or without leading zeros. */
export function fullIpv6(groups: readonly number[], upper = false, pad = false): string {
  return groups.map((g) => (pad ? g.toString(16).padStart(4, '0') : g.toString(16))).join(':')[upper ? 'toUpperCase' : 'toLowerCase']();
}

/** The groups with their longest run of zeros (two or more) written as "::". */
export function compressedIpv6(groups: readonly number[]): string {
  let best = { start: -1, length: 0 };
  for (let i = 0; i < groups.length; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < groups.length && groups[j] === 0) j++;
    if (j - i > best.length) best = { start: i, length: j - i };
    i = j;
  }
  if (best.length < 2) return fullIpv6(groups);
  const hex = (part: readonly number[]): string => part.map((g) => g.toString(16)).join(':');
  return `${hex(groups.slice(0, best.start))}::${hex(groups.slice(best.start + best.length))}`;
}

/** Spellings of "every IPv4 address" and "every IPv6 address". */
export const WHOLE_IPV4_SPELLINGS = ['0.0.0.0/0', '1.2.3.4/0', '255.255.255.255/0', ' 0.0.0.0/0 ', '0.0.0.0/00'] as const;
export const WHOLE_IPV6_SPELLINGS = ['::/0', '0::/0', '::0/0', '0000:0000::/0', '0:0:0:0:0:0:0:0/0', '2001:DB8::/0', '::ffff:0.0.0.0/0'] as const;

/**
 * A random partition of the whole address space of one family into disjoint CIDR blocks: start from
 * /0 and split a random block into its two halves `splits` times. The blocks cover everything; drop
 * any one and a gap opens.
 */
export function arbPartition(family: 4 | 6, maxSplits = 12): fc.Arbitrary<string[]> {
  const bits = family === 4 ? 32 : 128;
  return fc.array(fc.nat(), { minLength: 1, maxLength: maxSplits }).map((choices) => {
    let blocks: { address: bigint; prefix: number }[] = [{ address: 0n, prefix: 0 }];
    for (const choice of choices) {
      const splittable = blocks.filter((b) => b.prefix < bits);
      const pick = splittable[choice % splittable.length];
      if (pick === undefined) break;
      const half = 1n << BigInt(bits - pick.prefix - 1);
      blocks = blocks.filter((b) => b !== pick);
      blocks.push({ address: pick.address, prefix: pick.prefix + 1 }, { address: pick.address + half, prefix: pick.prefix + 1 });
    }
    return blocks.map(({ address, prefix }) => `${formatAddress(family, address)}/${prefix}`);
  });
}

export function formatAddress(family: 4 | 6, address: bigint): string {
  if (family === 4) return [24n, 16n, 8n, 0n].map((shift) => String((address >> shift) & 0xffn)).join('.');
  const groups = Array.from({ length: 8 }, (_, i) => Number((address >> BigInt(112 - 16 * i)) & 0xffffn));
  return compressedIpv6(groups);
}

/** CIDRs biased towards the interesting ones: /0 spellings, halves, private ranges, hosts. */
export const arbIpv4Cidr = fc.oneof(
  fc.constantFrom(...WHOLE_IPV4_SPELLINGS, '0.0.0.0/1', '128.0.0.0/1', '10.0.0.0/8', '203.0.113.0/24'),
  fc.tuple(arbIpv4, fc.integer({ min: 0, max: 32 })).map(([a, p]) => `${a}/${p}`),
);
export const arbIpv6Cidr = fc.oneof(
  fc.constantFrom(...WHOLE_IPV6_SPELLINGS, '::/1', '8000::/1', '2001:db8::/32', 'fd00::/8'),
  fc.tuple(arbIpv6Groups, fc.integer({ min: 0, max: 128 })).map(([g, p]) => `${compressedIpv6(g)}/${p}`),
);

const arbPorts = fc
  .tuple(fc.integer({ min: 0, max: 65535 }), fc.integer({ min: 0, max: 200 }))
  .map(([from, width]) => ({ from, to: Math.min(65535, from + width) }));

/** One ingress permission in the recorded layout, over every protocol shape EC2 records. */
export const arbPermission: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    protocol: fc.constantFrom('tcp', '6', 'udp', '17', '-1', 'icmp', 'icmpv6', '47', '50'),
    ports: fc.oneof(arbPorts, fc.constantFrom({ from: 22, to: 22 }, { from: 3389, to: 3389 }, { from: 0, to: 65535 })),
    v4: fc.array(arbIpv4Cidr, { maxLength: 3 }),
    v6: fc.array(arbIpv6Cidr, { maxLength: 2 }),
    prefixLists: fc.array(fc.constantFrom('pl-0123456789abcdef0', 'pl-02cd2c6b'), { maxLength: 1 }),
    groups: fc.array(fc.constantFrom('sg-0123456789abcdef1'), { maxLength: 1 }),
  })
  .filter(({ v4, v6, prefixLists, groups }) => v4.length + v6.length + prefixLists.length + groups.length > 0)
  .map(({ protocol, ports, v4, v6, prefixLists, groups }) => {
    const icmp = protocol === 'icmp' || protocol === 'icmpv6';
    const portless = protocol === '-1';
    return permission(protocol, portless ? undefined : icmp ? { from: ports.from % 256, to: -1 } : ports, { v4, v6, prefixLists, groups });
  });

/** A recorded security group (notification shape) with the given ingress permissions. */
export function securityGroupItem(ipPermissions: readonly unknown[], groupId = 'sg-0123456789abcdef0'): ConfigurationItem {
  return {
    configurationItemVersion: '1.3',
    configurationItemCaptureTime: '2026-03-02T09:14:07.512Z',
    configurationItemStatus: 'OK',
    configurationStateId: '1772442847512',
    awsAccountId: '111122223333',
    awsRegion: 'eu-west-1',
    ARN: `arn:aws:ec2:eu-west-1:111122223333:security-group/${groupId}`,
    availabilityZone: 'Not Applicable',
    resourceType: 'AWS::EC2::SecurityGroup',
    resourceId: groupId,
    resourceName: 'generated',
    tags: {},
    relatedEvents: [],
    relationships: [{ resourceId: 'vpc-0a1b2c3d4e5f60718', resourceType: 'AWS::EC2::VPC', name: 'Is contained in Vpc' }],
    configuration: {
      description: 'generated',
      groupName: 'generated',
      ipPermissions,
      ownerId: '111122223333',
      groupId,
      ipPermissionsEgress: [permission('-1', undefined, { v4: ['0.0.0.0/0'] })],
      tags: [],
      vpcId: 'vpc-0a1b2c3d4e5f60718',
    },
    supplementaryConfiguration: {},
  };
}

export const arbSecurityGroup: fc.Arbitrary<ConfigurationItem> = fc
  .array(arbPermission, { maxLength: 6 })
  .map((permissions) => securityGroupItem(permissions));
