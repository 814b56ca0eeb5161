import { coversWholeFamily, parseCidr, type AddressRange } from '../../../rules/s3-bucket-public-access/cidr';

const ranges = (...cidrs: string[]): AddressRange[] =>
  cidrs.map((cidr) => {
    const range = parseCidr(cidr);
    if (range === undefined) throw new RangeError(`${cidr} did not parse`);
    return range;
  });

describe('parseCidr', () => {
  it('reads IPv4 and IPv6 CIDRs and bare addresses as single hosts', () => {
    expect(parseCidr('203.0.113.0/24')).toEqual({ family: 4, prefixLength: 24, start: 0xcb007100n, end: 0xcb0071ffn });
    expect(parseCidr('198.51.100.7')).toEqual({ family: 4, prefixLength: 32, start: 0xc6336407n, end: 0xc6336407n });
    expect(parseCidr('2001:db8::/32')).toEqual({ family: 6, prefixLength: 32, start: 0x20010db8n << 96n, end: ((0x20010db8n + 1n) << 96n) - 1n });
    expect(parseCidr('::ffff:10.0.0.1/128')?.start).toBe(0xffff0a000001n);
  });

  it('drops host bits below the prefix', () => {
    expect(parseCidr('203.0.113.77/24')).toEqual(parseCidr('203.0.113.0/24'));
  });

  it.each(['', 'any', '10.0.0.0/33', '10.0.0.256/8', '::/129', '10.0.0.0/', '10.0.0.0/x', 'fe80::1%eth0/64'])('rejects %j', (text) => {
    expect(parseCidr(text)).toBeUndefined();
  });
});

describe('coversWholeFamily', () => {
  it.each([
    [['0.0.0.0/0']],
    [['::/0']],
    [['0::0/0']],
    [['10.0.0.0/8', '0.0.0.0/0']],
    [['0.0.0.0/1', '128.0.0.0/1']],
    [['128.0.0.0/2', '0.0.0.0/1', '192.0.0.0/2']],
    [['::/1', '8000::/1', '203.0.113.0/24']],
  ])('is true for %j', (cidrs) => {
    expect(coversWholeFamily(ranges(...cidrs))).toBe(true);
  });

  it.each([[[]], [['203.0.113.0/24']], [['0.0.0.0/1']], [['0.0.0.0/1', '128.0.0.0/2']], [['0.0.0.0/1', '::/1']], [['0.0.0.0/8', '10.0.0.0/8']]])(
    'is false for %j',
    (cidrs) => {
      expect(coversWholeFamily(ranges(...cidrs))).toBe(false);
    },
  );
});
