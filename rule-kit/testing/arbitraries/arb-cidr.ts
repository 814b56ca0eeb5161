import fc from 'fast-check';

/** Whether a generated range may, must or must not cover the whole address space (`/0`). */
export type InternetWide = 'allow' | 'force' | 'forbid';

export interface CidrOptions {
  /** `force`: only `0.0.0.0/0` (or `::/0`); `forbid`: never a `/0`; `allow` (default): either, `/0` often. */
  readonly internetWide?: InternetWide;
}

function ipv4Of(value: number): string {
  return [24, 16, 8, 0].map((shift) => (value >>> shift) & 255).join('.');
}

/**
 * A canonical IPv4 CIDR (host bits zero, as EC2 records it), e.g. `10.20.0.0/16`.
 *
 * @example
 * fc.assert(fc.property(arbIpv4Cidr({ internetWide: 'never' }), (cidr) => !isInternetWide(cidr)));
 */
export function arbIpv4Cidr(options: CidrOptions = {}): fc.Arbitrary<string> {
  const mode = options.internetWide ?? 'allow';
  if (mode === 'force') return fc.constant('0.0.0.0/0');
  const specific = fc.tuple(fc.integer({ min: 1, max: 32 }), fc.integer({ min: 0, max: 0xffffffff })).map(([prefix, address]) => {
    const mask = prefix === 32 ? 0xffffffff : ~(0xffffffff >>> prefix) >>> 0;
    return `${ipv4Of((address & mask) >>> 0)}/${prefix}`;
  });
  return mode === 'forbid' ? specific : fc.oneof({ arbitrary: fc.constant('0.0.0.0/0'), weight: 1 }, { arbitrary: specific, weight: 3 });
}

/** RFC 5952 text: lower case, no leading zeros, the longest run (two or more) of zero groups as `::`. */
function ipv6Of(groups: readonly number[]): string {
  let bestStart = -1;
  let bestLength = 1;
  for (let start = 0; start < groups.length; start += 1) {
    let length = 0;
    while (start + length < groups.length && groups[start + length] === 0) length += 1;
    if (length > bestLength) {
      bestStart = start;
      bestLength = length;
    }
  }
  const text = groups.map((group) => group.toString(16));
  if (bestStart < 0) return text.join(':');
  return `${text.slice(0, bestStart).join(':')}::${text.slice(bestStart + bestLength).join(':')}`;
}

/**
 * A canonical IPv6 CIDR, e.g. `2600:1f18:6b0::/48`.
 *
 * @example
 * fc.assert(fc.property(arbIpv6Cidr(), (cidr) => parseCidr(cidr).family === 'ipv6'));
 */
export function arbIpv6Cidr(options: CidrOptions = {}): fc.Arbitrary<string> {
  const mode = options.internetWide ?? 'allow';
  if (mode === 'force') return fc.constant('::/0');
  const specific = fc
    .tuple(fc.integer({ min: 1, max: 128 }), fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 8, maxLength: 8 }))
    .map(([prefix, groups]) => {
      const masked = groups.map((group, i) => {
        const bitsKept = Math.max(0, Math.min(16, prefix - i * 16));
        return bitsKept === 0 ? 0 : group & ((0xffff << (16 - bitsKept)) & 0xffff);
      });
      return `${ipv6Of(masked)}/${prefix}`;
    });
  return mode === 'forbid' ? specific : fc.oneof({ arbitrary: fc.constant('::/0'), weight: 1 }, { arbitrary: specific, weight: 3 });
}

/**
 * True for a range that covers every address: what "open to the internet" means for the options.
 *
 * @example
 * isInternetWide('::/0'); // true
 */
export function isInternetWide(cidr: string): boolean {
  return cidr.endsWith('/0');
}
