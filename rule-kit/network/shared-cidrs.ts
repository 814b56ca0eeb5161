import { parseCidr, type Cidr } from './cidr';

/**
 * Security groups repeat a handful of blocks (`0.0.0.0/0`, `10.0.0.0/8`, ...), each often twice in
 * one permission (`ipRanges` and `ipv4Ranges` list the same blocks), and parsing one costs several
 * BigInt operations. Parsed blocks are kept by their recorded text and shared, frozen. The cache is
 * bounded: an account with more distinct blocks than this just starts over, so memory stays flat.
 */
const MAX_ENTRIES = 4096;
const parsed = new Map<string, Cidr>();

/** parseCidr, with repeated texts answered from the cache. Invalid blocks throw each time, uncached. */
export function parseSharedCidr(value: string): Cidr {
  const cached = parsed.get(value);
  if (cached !== undefined) return cached;
  const cidr = Object.freeze(parseCidr(value));
  if (parsed.size >= MAX_ENTRIES) parsed.clear();
  parsed.set(value, cidr);
  return cidr;
}
