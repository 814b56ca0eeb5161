import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConfigurationItem } from '../../../rule-kit';
import { readConfigFile } from '../../../rule-kit/items';

/**
 * Recorded AWS::EC2::SecurityGroup items shared by the network kit's tests and by the sg-open-ports and
 * sg-authorized-ports rule tests (one set of recordings, so both rules are judged on the same groups).
 */
export const SECURITY_GROUP_FIXTURES = join(__dirname, 'fixtures');

/** Every item in a fixture file, normalised by the kit's own reader (notification or API shape). */
export function loadSecurityGroupItems(name: string): ConfigurationItem[] {
  return readConfigFile(JSON.parse(readFileSync(join(SECURITY_GROUP_FIXTURES, name), 'utf8')) as unknown);
}

export function loadSecurityGroupItem(name: string): ConfigurationItem {
  const items = loadSecurityGroupItems(name);
  const [item] = items;
  if (items.length !== 1 || item === undefined) throw new Error(`${name} holds ${items.length} items, expected 1`);
  return item;
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

/**
 * The GetResourceConfigHistory form of a notification-shape item (`accountId`, `arn`, `version`,
 * `configuration` as a JSON string, `relationshipName`, epoch-second times), for
 * "same verdict whatever the shape" properties.
 */
export function toApiShape(item: ConfigurationItem): Record<string, unknown> {
  const epoch = (iso: string): number => Date.parse(iso) / 1000;
  return {
    version: item.configurationItemVersion ?? '1.3',
    accountId: item.awsAccountId,
    configurationItemCaptureTime: epoch(item.configurationItemCaptureTime),
    configurationItemStatus: item.configurationItemStatus,
    ...(item.configurationStateId === undefined ? {} : { configurationStateId: String(item.configurationStateId) }),
    configurationItemMD5Hash: item.configurationStateMd5Hash ?? '',
    ...(item.ARN === undefined ? {} : { arn: item.ARN }),
    resourceType: item.resourceType,
    resourceId: item.resourceId,
    ...(item.resourceName === undefined ? {} : { resourceName: item.resourceName }),
    awsRegion: item.awsRegion,
    ...(item.availabilityZone === undefined ? {} : { availabilityZone: item.availabilityZone }),
    tags: item.tags ?? {},
    relatedEvents: item.relatedEvents ?? [],
    relationships: (item.relationships ?? []).map(({ name, ...rest }) => ({ ...rest, relationshipName: name })),
    configuration: JSON.stringify(item.configuration),
    supplementaryConfiguration: item.supplementaryConfiguration ?? {},
  };
}
