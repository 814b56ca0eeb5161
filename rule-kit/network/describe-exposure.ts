import type { InternetExposure } from './internet-exposure';
import { formatPortRange, type PortRange } from './port-range';

/** At most this many blocks are named; a split of the internet into hundreds of pieces stays readable. */
const MAX_NAMED_SOURCES = 4;

/**
 * `0.0.0.0/0`, or `0.0.0.0/1 + 128.0.0.0/1`, or the first few blocks and a count.
 *
 * @example
 * describeSources(exposure); // '0.0.0.0/0'
 */
export function describeSources(exposure: InternetExposure): string {
  const texts = exposure.sources.map((cidr) => cidr.text);
  if (texts.length <= MAX_NAMED_SOURCES) return texts.join(' + ');
  return `${texts.slice(0, MAX_NAMED_SOURCES).join(' + ')} + ${texts.length - MAX_NAMED_SOURCES} more blocks covering all IPv${exposure.family}`;
}

/**
 * What is open, without the source: `tcp 22`, `all traffic (-1)`, `protocol 47`, `icmp`.
 *
 * @example
 * describeExposedTraffic(exposure, { from: 22, to: 22 }); // 'tcp 22'
 */
export function describeExposedTraffic(exposure: InternetExposure, ports?: PortRange): string {
  switch (exposure.protocol) {
    case 'all':
      return 'all traffic (-1)';
    case 'tcp':
    case 'udp':
      return `${exposure.protocol} ${formatPortRange(ports ?? exposure.ports)}`;
    case 'icmp':
    case 'icmpv6':
      return exposure.protocol;
    case 'other':
      return `protocol ${exposure.protocolNumber}`;
  }
}

/**
 * `tcp 22 open to 0.0.0.0/0`; `ports` narrows a TCP/UDP exposure to the part worth naming.
 *
 * @example
 * describeExposure(exposure); // 'tcp 22 open to 0.0.0.0/0'
 */
export function describeExposure(exposure: InternetExposure, ports?: PortRange): string {
  return `${describeExposedTraffic(exposure, ports)} open to ${describeSources(exposure)}`;
}
