export { addressBits, IP_FAMILIES, isWholeAddressSpace, maxAddress, parseCidr } from './cidr';
export type { Cidr, IpFamily } from './cidr';
export { InvalidCidrError } from './invalid-cidr-error';
export { coversAddressSpace, mergeAddressIntervals } from './address-coverage';
export type { AddressInterval } from './address-coverage';
export {
  ALL_PORTS,
  formatPortRange,
  MAX_PORT,
  MIN_PORT,
  portRangeContains,
  portRangesOverlap,
  uncoveredPortRanges,
} from './port-range';
export { formatIpProtocol, parseIpProtocol } from './ip-protocol';
export type { IpProtocol } from './ip-protocol';
export type { IcmpSelector, IngressPermission, IngressSources } from './ingress-permission';
export { readIngressPermissions } from './read-ingress-permissions';
export { internetExposures } from './internet-exposure';
export type { InternetExposure } from './internet-exposure';
export { describeExposedTraffic, describeExposure, describeSources } from './describe-exposure';
