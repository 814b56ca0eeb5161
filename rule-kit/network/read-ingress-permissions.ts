import type { ConfigurationItem } from '../configuration-item';
import { MalformedConfigurationItemError } from '../errors';
import {
  configurationOf,
  isRecord,
  optionalArray,
  requireArray,
  requireNumber,
  requireRecord,
  requireString,
  type JsonRecord,
} from '../read-field';
import type { Cidr } from './cidr';
import type { IcmpSelector, IngressPermission, IngressSources } from './ingress-permission';
import { InvalidCidrError } from './invalid-cidr-error';
import { parseIpProtocol } from './ip-protocol';
import { memoiseLast } from './memoise-last';
import { parseSharedCidr } from './shared-cidrs';
import { MAX_PORT, MIN_PORT, type PortRange } from './port-range';

/**
 * Reads `configuration.ipPermissions` of an `AWS::EC2::SecurityGroup` item into typed permissions.
 * Everything that decides exposure must be readable: a missing `ipPermissions`, an unknown protocol,
 * a TCP/UDP permission without a valid port range, a CIDR that does not parse, or a permission with
 * no source at all throws MalformedConfigurationItemError naming the field, so the rule fails safe.
 * Empty source lists may be omitted or null (Config records `[]`).
 *
 * Memoised per item: every rule that reads the same item gets the same frozen list.
 */
export const readIngressPermissions: (item: ConfigurationItem) => readonly IngressPermission[] = memoiseLast(
  (item: ConfigurationItem) => {
    const field = 'configuration.ipPermissions';
    const list = requireArray(item, configurationOf(item)['ipPermissions'], field);
    return Object.freeze(
      list.map((raw, index) => readPermission(item, requireRecord(item, raw, `${field}[${index}]`), `${field}[${index}]`, index)),
    );
  },
);

function malformed(item: ConfigurationItem, field: string, reason: string, value: unknown): never {
  throw new MalformedConfigurationItemError(field, item.resourceType, item.resourceId, reason, value);
}

function readPermission(item: ConfigurationItem, raw: JsonRecord, field: string, index: number): IngressPermission {
  const rawProtocol = raw['ipProtocol'];
  const protocolField = `${field}.ipProtocol`;
  const protocol = parseIpProtocol(typeof rawProtocol === 'number' ? rawProtocol : requireString(item, rawProtocol, protocolField));
  if (protocol === undefined) return malformed(item, protocolField, 'is not a protocol name or number', rawProtocol);
  const sources = readSources(item, raw, field);
  switch (protocol.name) {
    case 'all':
      return { index, sources, protocol: 'all' };
    case 'tcp':
    case 'udp':
      return { index, sources, protocol: protocol.name, ports: readPorts(item, raw, field) };
    case 'icmp':
    case 'icmpv6':
      return {
        index,
        sources,
        protocol: protocol.name,
        icmpType: readIcmpSelector(item, raw['fromPort'], `${field}.fromPort`),
        icmpCode: readIcmpSelector(item, raw['toPort'], `${field}.toPort`),
      };
    case 'other':
      return { index, sources, protocol: 'other', protocolNumber: protocol.number };
  }
}

function readPort(item: ConfigurationItem, value: unknown, field: string): number {
  const port = requireNumber(item, value, field);
  if (!Number.isInteger(port) || port < MIN_PORT || port > MAX_PORT) {
    return malformed(item, field, `is not a port (${MIN_PORT}-${MAX_PORT})`, value);
  }
  return port;
}

function readPorts(item: ConfigurationItem, raw: JsonRecord, field: string): PortRange {
  const from = readPort(item, raw['fromPort'], `${field}.fromPort`);
  const to = readPort(item, raw['toPort'], `${field}.toPort`);
  if (to < from) return malformed(item, `${field}.toPort`, `is below fromPort ${from}`, raw['toPort']);
  return { from, to };
}

/** ICMP type/code: -1 for any. Absent means any too; ICMP never decides a port verdict. */
function readIcmpSelector(item: ConfigurationItem, value: unknown, field: string): IcmpSelector {
  if (value === undefined || value === null) return 'any';
  const number = requireNumber(item, value, field);
  if (number === -1) return 'any';
  if (!Number.isInteger(number) || number < 0 || number > 255) return malformed(item, field, 'is not an ICMP type or code', value);
  return number;
}

function cidrOf(item: ConfigurationItem, value: unknown, field: string): Cidr {
  try {
    return parseSharedCidr(requireString(item, value, field));
  } catch (error) {
    if (error instanceof InvalidCidrError) return malformed(item, field, error.reason, value);
    throw error;
  }
}

function readSources(item: ConfigurationItem, raw: JsonRecord, field: string): IngressSources {
  const cidrs: Cidr[] = [];
  optionalArray(item, raw['ipRanges'], `${field}.ipRanges`).forEach((value, i) => {
    // Older records hold `ipRanges` as strings; some tools write them as {cidrIp} objects.
    const at = `${field}.ipRanges[${i}]`;
    cidrs.push(isRecord(value) ? cidrOf(item, value['cidrIp'], `${at}.cidrIp`) : cidrOf(item, value, at));
  });
  optionalArray(item, raw['ipv4Ranges'], `${field}.ipv4Ranges`).forEach((value, i) => {
    const at = `${field}.ipv4Ranges[${i}]`;
    cidrs.push(cidrOf(item, requireRecord(item, value, at)['cidrIp'], `${at}.cidrIp`));
  });
  optionalArray(item, raw['ipv6Ranges'], `${field}.ipv6Ranges`).forEach((value, i) => {
    const at = `${field}.ipv6Ranges[${i}]`;
    cidrs.push(cidrOf(item, requireRecord(item, value, at)['cidrIpv6'], `${at}.cidrIpv6`));
  });
  const prefixListIds = optionalArray(item, raw['prefixListIds'], `${field}.prefixListIds`).map((value, i) => {
    const at = `${field}.prefixListIds[${i}]`;
    return requireString(item, requireRecord(item, value, at)['prefixListId'], `${at}.prefixListId`);
  });
  const securityGroups = optionalArray(item, raw['userIdGroupPairs'], `${field}.userIdGroupPairs`).map((value, i) => {
    const at = `${field}.userIdGroupPairs[${i}]`;
    const pair = requireRecord(item, value, at);
    const id = pair['groupId'] ?? pair['groupName'];
    return requireString(item, id, `${at}.groupId`);
  });
  if (cidrs.length + prefixListIds.length + securityGroups.length === 0) {
    // EC2 never records a permission without a source; one without any means fields we cannot read.
    return malformed(item, field, 'has no source (no CIDR block, prefix list or security group)', raw);
  }
  return { cidrs, prefixListIds, securityGroups };
}
