import { describeExposure, portRangeContains, type InternetExposure } from '../../rule-kit';

/**
 * One line per exposure that reaches a blocked port: `tcp 22 open to 0.0.0.0/0`,
 * `tcp 20-25 open to 0.0.0.0/0 (blocked: 20, 21, 22)`, `all traffic (-1) open to ::/0`.
 * Blocked ports count for TCP and UDP alike and for -1. ICMP has types, not ports; other protocols
 * (GRE, ESP, ...) have no ports to block.
 */
export function blockedPortFindings(exposures: readonly InternetExposure[], blocked: readonly number[]): string[] {
  return exposures.flatMap((exposure) => {
    if (exposure.protocol === 'all') return [describeExposure(exposure)];
    if (exposure.protocol !== 'tcp' && exposure.protocol !== 'udp') return [];
    const hit = blocked.filter((port) => portRangeContains(exposure.ports, port));
    if (hit.length === 0) return [];
    const single = exposure.ports.from === exposure.ports.to;
    return [`${describeExposure(exposure)}${single ? '' : ` (blocked: ${hit.join(', ')})`}`];
  });
}
