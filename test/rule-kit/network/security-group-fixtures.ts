import { join } from 'node:path';
import type { ConfigurationItem } from '../../../rule-kit';
import { loadItem, loadItems } from '../../../rule-kit/testing';

/**
 * Recorded AWS::EC2::SecurityGroup items shared by the network kit's tests and by the sg-open-ports and
 * sg-authorized-ports rule tests (one set of recordings, so both rules are judged on the same groups).
 */
export const SECURITY_GROUP_FIXTURES = join(__dirname, 'fixtures');

/** Every item in a fixture file, normalised by the kit's own reader (notification or API shape). */
export function loadSecurityGroupItems(name: string): ConfigurationItem[] {
  return loadItems(join(SECURITY_GROUP_FIXTURES, name));
}

export function loadSecurityGroupItem(name: string): ConfigurationItem {
  return loadItem(join(SECURITY_GROUP_FIXTURES, name));
}

/** A copy of an item with other ingress permissions (the rest of the recording kept). */
export function withIngress(item: ConfigurationItem, ipPermissions: readonly unknown[]): ConfigurationItem {
  return { ...item, configuration: { ...(item.configuration as object), ipPermissions } };
}

/** One permission in the recorded field layout. */
export function permission(
  ipProtocol: string,
  ports: { from: number; to: number } | undefined,
  sources: { v4?: readonly string[]; v6?: readonly string[]; prefixLists?: readonly string[]; groups?: readonly string[] },
): Record<string, unknown> {
  const v4 = sources.v4 ?? [];
  return {
    ...(ports === undefined ? {} : { fromPort: ports.from }),
    ipProtocol,
    ipv6Ranges: (sources.v6 ?? []).map((cidrIpv6) => ({ cidrIpv6 })),
    prefixListIds: (sources.prefixLists ?? []).map((prefixListId) => ({ prefixListId })),
    ...(ports === undefined ? {} : { toPort: ports.to }),
    userIdGroupPairs: (sources.groups ?? []).map((groupId) => ({ groupId, userId: '111122223333' })),
    ipv4Ranges: v4.map((cidrIp) => ({ cidrIp })),
    ipRanges: [...v4],
  };
}
