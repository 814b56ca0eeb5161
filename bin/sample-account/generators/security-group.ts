import { counterHex, type SeededRandom } from './random';
import { envelope, tagList, type AccountContext, type RawItem } from './envelope';

/**
 * AWS::EC2::SecurityGroup as Config records it (configuration field names from
 * awslabs/aws-config-resource-schema AWS::EC2::SecurityGroup.properties.json: ipPermissions with
 * ipProtocol/fromPort/toPort, ipRanges strings, ipv4Ranges[].cidrIp, ipv6Ranges[].cidrIpv6,
 * prefixListIds, userIdGroupPairs).
 */
interface Permission {
  readonly protocol: string;
  readonly from?: number;
  readonly to?: number;
  readonly cidrs?: readonly string[];
  readonly cidrsV6?: readonly string[];
  readonly groupId?: string;
}

function ipPermission(accountId: string, p: Permission): Record<string, unknown> {
  const cidrs = p.cidrs ?? [];
  return {
    ...(p.from === undefined ? {} : { fromPort: p.from }),
    ipProtocol: p.protocol,
    ipv6Ranges: (p.cidrsV6 ?? []).map((cidrIpv6) => ({ cidrIpv6 })),
    prefixListIds: [],
    ...(p.to === undefined ? {} : { toPort: p.to }),
    userIdGroupPairs: p.groupId === undefined ? [] : [{ groupId: p.groupId, userId: accountId }],
    ipv4Ranges: cidrs.map((cidrIp) => ({ cidrIp })),
    ipRanges: [...cidrs],
  };
}

/** Ingress profiles, each with what the pack should say about it. */
const PROFILES: readonly { readonly weight: number; readonly name: string; readonly permissions: (groupId: string) => Permission[] }[] = [
  { weight: 40, name: 'app-internal', permissions: (g) => [{ protocol: 'tcp', from: 8080, to: 8080, groupId: g }] },
  { weight: 15, name: 'db-private', permissions: () => [{ protocol: 'tcp', from: 5432, to: 5432, cidrs: ['10.0.0.0/16'] }] },
  { weight: 15, name: 'web-public', permissions: () => [{ protocol: 'tcp', from: 443, to: 443, cidrs: ['0.0.0.0/0'], cidrsV6: ['::/0'] }] },
  { weight: 8, name: 'ssh-open', permissions: () => [{ protocol: 'tcp', from: 22, to: 22, cidrs: ['0.0.0.0/0'] }] },
  { weight: 4, name: 'rdp-open-v6', permissions: () => [{ protocol: 'tcp', from: 3389, to: 3389, cidrsV6: ['::/0'] }] },
  { weight: 3, name: 'all-traffic-open', permissions: () => [{ protocol: '-1', cidrs: ['0.0.0.0/0'] }] },
  { weight: 3, name: 'split-internet-mysql', permissions: () => [{ protocol: 'tcp', from: 3306, to: 3306, cidrs: ['0.0.0.0/1', '128.0.0.0/1'] }] },
  { weight: 4, name: 'udp-dns-public', permissions: () => [{ protocol: 'udp', from: 53, to: 53, cidrs: ['0.0.0.0/0'] }] },
  { weight: 8, name: 'icmp-public', permissions: () => [{ protocol: 'icmp', from: 8, to: -1, cidrs: ['0.0.0.0/0'] }] },
];
const TOTAL = PROFILES.reduce((sum, p) => sum + p.weight, 0);

export function securityGroupItem(random: SeededRandom, account: AccountContext, index: number, deleted = false): RawItem {
  const groupId = `sg-${counterHex(index)}`;
  let roll = random.int(0, TOTAL - 1);
  const profile = PROFILES.find((p) => (roll -= p.weight) < 0) ?? PROFILES[0];
  const vpcId = `vpc-${counterHex(index % 7, 17)}`;
  const name = `${profile?.name ?? 'sg'}-${index}`;
  const tags = { Name: name, team: random.pick(['payments', 'search', 'platform', 'data']) };
  return envelope(account, {
    resourceType: 'AWS::EC2::SecurityGroup',
    resourceId: groupId,
    resourceName: name,
    arn: `arn:aws:ec2:${account.region}:${account.accountId}:security-group/${groupId}`,
    tags,
    status: deleted ? 'ResourceDeleted' : 'OK',
    relationships: [{ resourceId: vpcId, resourceType: 'AWS::EC2::VPC', name: 'Is contained in Vpc' }],
    configuration: {
      description: `${name} managed by terraform`,
      groupName: name,
      ipPermissions: (profile?.permissions(`sg-${counterHex(index + 1)}`) ?? []).map((p) => ipPermission(account.accountId, p)),
      ownerId: account.accountId,
      groupId,
      ipPermissionsEgress: [ipPermission(account.accountId, { protocol: '-1', cidrs: ['0.0.0.0/0'] })],
      tags: tagList(tags),
      vpcId,
    },
  });
}
