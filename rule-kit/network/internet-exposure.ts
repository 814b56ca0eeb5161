import { coversAddressSpace } from './address-coverage';
import { IP_FAMILIES, isWholeAddressSpace, type Cidr, type IpFamily } from './cidr';
import type { IngressPermission } from './ingress-permission';
import { memoiseLast } from './memoise-last';
import { ALL_PORTS, type PortRange } from './port-range';

interface ExposureBase {
  readonly family: IpFamily;
  /**
   * The blocks that together make up the whole address space of `family`: the /0 blocks when there
   * are any, otherwise every contributing block (e.g. `0.0.0.0/1`, `128.0.0.0/1`), as recorded.
   */
  readonly sources: readonly Cidr[];
}

/** Traffic the whole internet (every IPv4 or every IPv6 address) can send to the group. */
export type InternetExposure =
  | (ExposureBase & { readonly protocol: 'all' })
  | (ExposureBase & { readonly protocol: 'tcp' | 'udp'; readonly ports: PortRange })
  | (ExposureBase & { readonly protocol: 'icmp' | 'icmpv6' })
  | (ExposureBase & { readonly protocol: 'other'; readonly protocolNumber: number });

/** The family's blocks of every permission. */
function cidrsOf(permissions: readonly IngressPermission[], family: IpFamily): Cidr[] {
  const cidrs: Cidr[] = [];
  for (const permission of permissions) pushFamily(cidrs, permission.sources.cidrs, family);
  return cidrs;
}

/**
 * The family's blocks of the permissions that carry `protocol`: `-1` permissions always, and for
 * `other` only those of `protocolNumber`. In permission order, as `sourcesOf` expects.
 */
function cidrsCarrying(
  permissions: readonly IngressPermission[],
  family: IpFamily,
  protocol: 'all' | 'icmp' | 'icmpv6' | 'other',
  protocolNumber?: number,
): Cidr[] {
  const cidrs: Cidr[] = [];
  for (const permission of permissions) {
    const carries =
      permission.protocol === 'all' ||
      (permission.protocol === protocol && (permission.protocol !== 'other' || permission.protocolNumber === protocolNumber));
    if (carries) pushFamily(cidrs, permission.sources.cidrs, family);
  }
  return cidrs;
}

function pushFamily(into: Cidr[], cidrs: readonly Cidr[], family: IpFamily): void {
  for (const cidr of cidrs) if (cidr.family === family) into.push(cidr);
}

const byFirstAddress = (a: Cidr, b: Cidr): number => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0);

/** The blocks to name for an exposure: /0 ones if present, else all; unique texts, in address order. */
function sourcesOf(cidrs: readonly Cidr[]): Cidr[] {
  const whole = cidrs.filter(isWholeAddressSpace);
  const chosen = whole.length > 0 ? whole : [...cidrs].sort(byFirstAddress);
  if (chosen.length === 1) return chosen;
  const seen = new Set<string>();
  return chosen.filter((cidr) => !seen.has(cidr.text) && seen.add(cidr.text));
}

const sourceKey = (sources: readonly Cidr[]): string => sources.map((cidr) => cidr.text).join(' ');

interface PortSource {
  readonly ports: PortRange;
  readonly cidrs: readonly Cidr[];
}

/**
 * Port ranges of `protocol` open to the whole `family` address space. Sources of several permissions
 * add up (TCP 20-25 from `0.0.0.0/1` and TCP 22 from `128.0.0.0/1` expose port 22), so ports are cut
 * into segments at every permission boundary, each segment is judged on the union of the blocks of the
 * permissions covering it, and neighbouring exposed segments with the same sources are joined.
 */
function portExposures(
  permissions: readonly IngressPermission[],
  protocol: 'tcp' | 'udp',
  family: IpFamily,
): InternetExposure[] {
  const relevant: PortSource[] = [];
  for (const permission of permissions) {
    const ports = permission.protocol === 'all' ? ALL_PORTS : permission.protocol === protocol ? permission.ports : undefined;
    if (ports === undefined) continue;
    const cidrs: Cidr[] = [];
    pushFamily(cidrs, permission.sources.cidrs, family);
    if (cidrs.length > 0) relevant.push({ ports, cidrs });
  }
  const only = relevant[0];
  if (only === undefined) return [];
  if (relevant.length === 1) {
    // One permission: one segment, its own range (the general cut below gives exactly this).
    if (!coversAddressSpace(only.cidrs, family)) return [];
    return [{ protocol, ports: { from: only.ports.from, to: only.ports.to }, family, sources: sourcesOf(only.cidrs) }];
  }
  const bounds = [...new Set(relevant.flatMap(({ ports }) => [ports.from, ports.to + 1]))].sort((a, b) => a - b);
  const exposures: { ports: { from: number; to: number }; sources: Cidr[]; key: string }[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i] as number;
    const to = (bounds[i + 1] as number) - 1;
    const covering: Cidr[] = [];
    for (const { ports, cidrs } of relevant) if (ports.from <= from && to <= ports.to) covering.push(...cidrs);
    if (!coversAddressSpace(covering, family)) continue;
    const sources = sourcesOf(covering);
    const key = sourceKey(sources);
    const previous = exposures[exposures.length - 1];
    if (previous !== undefined && previous.key === key && previous.ports.to + 1 === from) previous.ports.to = to;
    else exposures.push({ ports: { from, to }, sources, key });
  }
  return exposures.map(({ ports, sources }) => ({ protocol, ports, family, sources }));
}

/**
 * Everything the whole internet can reach, per address family. An `all` exposure (from `-1`
 * permissions) subsumes the rest: for a family where `-1` alone covers every address, no per-protocol
 * exposure is listed. Otherwise `-1` permissions still count towards each protocol's union. Prefix
 * lists and security-group references never count: they are not the internet.
 *
 * @example
 * const open = internetExposures(readIngressPermissions(item)).filter((exposure) => exposure.protocol === 'tcp');
 */
export function internetExposures(permissions: readonly IngressPermission[]): readonly InternetExposure[] {
  // A frozen list (what readIngressPermissions returns, once per item) cannot change, so its analysis
  // is shared by every rule that asks; lists built elsewhere are analysed each time.
  return Object.isFrozen(permissions) ? sharedExposuresOf(permissions) : exposuresOf(permissions);
}

const sharedExposuresOf = memoiseLast((permissions: readonly IngressPermission[]): readonly InternetExposure[] =>
  Object.freeze(exposuresOf(permissions)),
);

function exposuresOf(permissions: readonly IngressPermission[]): InternetExposure[] {
  const exposures: InternetExposure[] = [];
  for (const family of IP_FAMILIES) {
    // Every exposure needs some of the family's blocks to cover its whole space, so when all of them
    // together do not, nothing of this family is exposed: most groups stop here, before any port work.
    if (!coversAddressSpace(cidrsOf(permissions, family), family)) continue;
    const allCidrs = cidrsCarrying(permissions, family, 'all');
    if (coversAddressSpace(allCidrs, family)) {
      exposures.push({ protocol: 'all', family, sources: sourcesOf(allCidrs) });
      continue;
    }
    exposures.push(...portExposures(permissions, 'tcp', family), ...portExposures(permissions, 'udp', family));
    for (const protocol of ['icmp', 'icmpv6'] as const) {
      const cidrs = cidrsCarrying(permissions, family, protocol);
      if (coversAddressSpace(cidrs, family)) exposures.push({ protocol, family, sources: sourcesOf(cidrs) });
    }
    const others = new Set<number>();
    for (const permission of permissions) if (permission.protocol === 'other') others.add(permission.protocolNumber);
    for (const protocolNumber of [...others].sort((a, b) => a - b)) {
      const cidrs = cidrsCarrying(permissions, family, 'other', protocolNumber);
      if (coversAddressSpace(cidrs, family)) exposures.push({ protocol: 'other', protocolNumber, family, sources: sourcesOf(cidrs) });
    }
  }
  return exposures;
}
