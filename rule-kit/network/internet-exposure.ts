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

function cidrsOf(permissions: readonly IngressPermission[], family: IpFamily): Cidr[] {
  const cidrs: Cidr[] = [];
  for (const permission of permissions) for (const cidr of permission.sources.cidrs) if (cidr.family === family) cidrs.push(cidr);
  return cidrs;
}

/** The blocks to name for an exposure: /0 ones if present, else all; unique texts, in address order. */
function sourcesOf(cidrs: readonly Cidr[]): Cidr[] {
  const whole = cidrs.filter(isWholeAddressSpace);
  const chosen = whole.length > 0 ? whole : [...cidrs].sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  const seen = new Set<string>();
  return chosen.filter((cidr) => !seen.has(cidr.text) && seen.add(cidr.text));
}

const sourceKey = (sources: readonly Cidr[]): string => sources.map((cidr) => cidr.text).join(' ');

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
  const relevant = permissions.flatMap((permission) => {
    const cidrs = permission.sources.cidrs.filter((cidr) => cidr.family === family);
    if (cidrs.length === 0) return [];
    if (permission.protocol === 'all') return [{ ports: ALL_PORTS, cidrs }];
    return permission.protocol === protocol ? [{ ports: permission.ports, cidrs }] : [];
  });
  const bounds = [...new Set(relevant.flatMap(({ ports }) => [ports.from, ports.to + 1]))].sort((a, b) => a - b);
  const exposures: { ports: { from: number; to: number }; sources: Cidr[]; key: string }[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i] as number;
    const to = (bounds[i + 1] as number) - 1;
    const covering = relevant.filter(({ ports }) => ports.from <= from && to <= ports.to).flatMap(({ cidrs }) => cidrs);
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
    const allTraffic = permissions.filter((permission) => permission.protocol === 'all');
    const allCidrs = cidrsOf(allTraffic, family);
    if (coversAddressSpace(allCidrs, family)) {
      exposures.push({ protocol: 'all', family, sources: sourcesOf(allCidrs) });
      continue;
    }
    exposures.push(...portExposures(permissions, 'tcp', family), ...portExposures(permissions, 'udp', family));
    for (const protocol of ['icmp', 'icmpv6'] as const) {
      const cidrs = cidrsOf(permissions.filter((p) => p.protocol === protocol || p.protocol === 'all'), family);
      if (coversAddressSpace(cidrs, family)) exposures.push({ protocol, family, sources: sourcesOf(cidrs) });
    }
    const others = [...new Set(permissions.flatMap((p) => (p.protocol === 'other' ? [p.protocolNumber] : [])))].sort((a, b) => a - b);
    for (const protocolNumber of others) {
      const cidrs = cidrsOf(
        permissions.filter((p) => p.protocol === 'all' || (p.protocol === 'other' && p.protocolNumber === protocolNumber)),
        family,
      );
      if (coversAddressSpace(cidrs, family)) exposures.push({ protocol: 'other', protocolNumber, family, sources: sourcesOf(cidrs) });
    }
  }
  return exposures;
}
