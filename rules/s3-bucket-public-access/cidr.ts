import { isIPv4, isIPv6 } from 'node:net';

/** An address range from a CIDR (or a bare address), as inclusive bounds within its family. */
export interface AddressRange {
  readonly family: 4 | 6;
  /** Bits fixed by the CIDR: 32 or 128 for a bare address. */
  readonly prefixLength: number;
  readonly start: bigint;
  readonly end: bigint;
}

const BITS = { 4: 32, 6: 128 } as const;

function ipv4ToBigInt(address: string): bigint {
  return address.split('.').reduce((value, octet) => (value << 8n) | BigInt(Number(octet)), 0n);
}

/** Expands `::`, and an IPv4 tail such as `::ffff:10.0.0.1`, into eight 16-bit groups. */
function ipv6ToBigInt(address: string): bigint {
  let text = address;
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  if (tail.includes('.')) {
    const v4 = ipv4ToBigInt(tail);
    text = `${text.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head = '', rest] = text.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const restGroups = rest === undefined || rest === '' ? [] : rest.split(':');
  const zeros = rest === undefined ? [] : new Array<string>(8 - headGroups.length - restGroups.length).fill('0');
  return [...headGroups, ...zeros, ...restGroups].reduce((value, group) => (value << 16n) | BigInt(parseInt(group, 16)), 0n);
}

/**
 * Parses `203.0.113.0/24`, `2001:db8::/32` or a bare address (a single host). Host bits below the
 * prefix are ignored, as IAM does. Returns undefined for anything that is not a CIDR.
 */
export function parseCidr(text: string): AddressRange | undefined {
  const trimmed = text.trim();
  const slash = trimmed.indexOf('/');
  const address = slash === -1 ? trimmed : trimmed.slice(0, slash);
  const family = isIPv4(address) ? 4 : isIPv6(address) && !address.includes('%') ? 6 : undefined;
  if (family === undefined) return undefined;
  const bits = BITS[family];
  let prefix: number = bits;
  if (slash !== -1) {
    const prefixText = trimmed.slice(slash + 1);
    if (!/^\d{1,3}$/.test(prefixText)) return undefined;
    prefix = Number(prefixText);
    if (prefix > bits) return undefined;
  }
  const value = family === 4 ? ipv4ToBigInt(address) : ipv6ToBigInt(address);
  const hostBits = BigInt(bits - prefix);
  const start = (value >> hostBits) << hostBits;
  return { family, prefixLength: prefix, start, end: start + (1n << hostBits) - 1n };
}

/**
 * True when the ranges together cover every address of one family: `0.0.0.0/0`, `::/0`, and also
 * splits such as `0.0.0.0/1` + `128.0.0.0/1`, which are the whole internet spelt differently.
 */
export function coversWholeFamily(ranges: readonly AddressRange[]): boolean {
  return ([4, 6] as const).some((family) => {
    const sorted = ranges.filter((range) => range.family === family).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    let next = 0n;
    for (const range of sorted) {
      if (range.start > next) return false;
      if (range.end + 1n > next) next = range.end + 1n;
    }
    return next === 1n << BigInt(BITS[family]);
  });
}
