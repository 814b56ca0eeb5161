import { describeExposedTraffic, describeExposure, type InternetExposure, type PortRange, uncoveredPortRanges } from '../../rule-kit';

export interface AuthorizedPorts {
  readonly tcp: readonly PortRange[];
  readonly udp: readonly PortRange[];
}

/**
 * One line per piece of whole-internet exposure the parameters do not authorize:
 * - TCP/UDP: the parts of the open range outside the authorized ranges (`tcp 8000-8079 open to 0.0.0.0/0`);
 * - `-1`: always, since it opens every port of every protocol;
 * - other protocols (GRE, ESP, SCTP, ...): always, since only TCP and UDP ports can be authorized.
 * ICMP is not judged: it carries types and codes, not ports.
 */
export function unauthorizedExposures(exposures: readonly InternetExposure[], authorized: AuthorizedPorts): string[] {
  return exposures.flatMap((exposure) => {
    switch (exposure.protocol) {
      case 'all':
      case 'other':
        return [describeExposure(exposure)];
      case 'tcp':
      case 'udp':
        return uncoveredPortRanges(exposure.ports, authorized[exposure.protocol]).map((gap) => describeExposure(exposure, gap));
      case 'icmp':
      case 'icmpv6':
        return [];
    }
  });
}

/** `tcp 443, udp 500, icmp`: what is open to the internet, for a COMPLIANT annotation. */
export function authorizedSummary(exposures: readonly InternetExposure[]): string {
  return [...new Set(exposures.map((exposure) => describeExposedTraffic(exposure)))].join(', ');
}
