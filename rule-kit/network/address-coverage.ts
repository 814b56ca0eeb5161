import { maxAddress, type Cidr, type IpFamily } from './cidr';

/** An inclusive range of addresses of one family. */
export interface AddressInterval {
  readonly first: bigint;
  readonly last: bigint;
}

/**
 * The blocks of one family merged into disjoint, sorted intervals; overlapping and adjacent blocks
 * join (`0.0.0.0/1` + `128.0.0.0/1` is one interval).
 *
 * @example
 * mergeAddressIntervals([parseCidr('0.0.0.0/1'), parseCidr('128.0.0.0/1')], 'ipv4'); // one interval, the whole space
 */
export function mergeAddressIntervals(cidrs: readonly Cidr[], family: IpFamily): AddressInterval[] {
  const sorted = cidrs
    .filter((cidr) => cidr.family === family)
    .map(({ first, last }) => ({ first, last }))
    .sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  const merged: { first: bigint; last: bigint }[] = [];
  for (const interval of sorted) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && interval.first <= previous.last + 1n) {
      if (interval.last > previous.last) previous.last = interval.last;
    } else {
      merged.push({ ...interval });
    }
  }
  return merged;
}

/**
 * Whether the blocks of `family` together cover every address of it: `0.0.0.0/0` in any spelling,
 * and also sets like `0.0.0.0/1` + `128.0.0.0/1` or sixteen /4 blocks, which reach the whole internet
 * as surely as /0 does.
 *
 * @example
 * coversAddressSpace([parseCidr('0.0.0.0/1'), parseCidr('128.0.0.0/1')], 'ipv4'); // true
 */
export function coversAddressSpace(cidrs: readonly Cidr[], family: IpFamily): boolean {
  // A /0 block settles it without sorting and merging: the common case of an open group.
  for (const cidr of cidrs) if (cidr.family === family && cidr.prefixLength === 0) return true;
  const merged = mergeAddressIntervals(cidrs, family);
  const only = merged[0];
  return merged.length === 1 && only !== undefined && only.first === 0n && only.last === maxAddress(family);
}
