import { describeExposure, type InternetExposure, portRangeContains } from '../../rule-kit';

/**
 * One line per exposure that reaches a blocked port: `tcp 22 open to 0.0.0.0/0`,
 * `tcp 20-25 open to 0.0.0.0/0 (blocked: 20, 21, 22)`, `all traffic (-1) open to ::/0`.
 * Blocked ports count for TCP and UDP alike and for -1. ICMP has types, not ports; other protocols
 * (GRE, ESP, ...) have no ports to block.
 */
export function blockedPortFindings(exposures: readonly InternetExposure[], blocked: readonly number[]): string[] {
  // Plain loops: this runs for every security group, and most have no exposure at all.
  const findings: string[] = [];
  for (const exposure of exposures) {
    if (exposure.protocol === 'all') {
      findings.push(describeExposure(exposure));
      continue;
    }
    if (exposure.protocol !== 'tcp' && exposure.protocol !== 'udp') continue;
    const hit = blocked.filter((port) => portRangeContains(exposure.ports, port));
    if (hit.length === 0) continue;
    const single = exposure.ports.from === exposure.ports.to;
    findings.push(`${describeExposure(exposure)}${single ? '' : ` (blocked: ${hit.join(', ')})`}`);
  }
  return findings;
}
