import fc from 'fast-check';
import { InvalidCidrError, isWholeAddressSpace, parseCidr } from '../../../rule-kit/network';
import { arbIpv4, arbIpv6Groups, compressedIpv6, fullIpv6, WHOLE_IPV4_SPELLINGS, WHOLE_IPV6_SPELLINGS } from './arb-network';

describe('parseCidr', () => {
  it('reads IPv4 blocks, ignoring host bits as EC2 does', () => {
    const cidr = parseCidr('203.0.113.77/24');
    expect(cidr).toEqual({ family: 4, text: '203.0.113.77/24', prefixLength: 24, first: 0xcb007100n, last: 0xcb0071ffn });
  });

  it('reads IPv6 blocks, compressed, with embedded IPv4, in either case', () => {
    expect(parseCidr('2001:DB8::/32')).toMatchObject({ family: 6, first: 0x20010db8n << 96n, last: (0x20010db8n << 96n) + (1n << 96n) - 1n });
    expect(parseCidr('::ffff:192.0.2.1/128').first).toBe(0xffffc0000201n);
    expect(parseCidr('1:2:3:4:5:6:7::/128').first).toBe(0x0001000200030004000500060007_0000n);
  });

  it.each([...WHOLE_IPV4_SPELLINGS, ...WHOLE_IPV6_SPELLINGS])('reads %j as a whole address space', (text) => {
    expect(isWholeAddressSpace(parseCidr(text))).toBe(true);
  });

  it.each([
    ['no prefix length', '0.0.0.0'],
    ['prefix too long', '0.0.0.0/33'],
    ['IPv6 prefix too long', '::/129'],
    ['octet above 255', '256.0.0.0/8'],
    ['three octets', '10.0.0/8'],
    ['a negative prefix', '10.0.0.0/-1'],
    ['two "::"', '1::2::/64'],
    ['nine groups', '1:2:3:4:5:6:7:8:9/64'],
    ['"::" with eight groups', '1:2:3:4:5:6:7:8::/64'],
    ['seven groups without "::"', '1:2:3:4:5:6:7/64'],
    ['a five-digit group', '12345::/16'],
    ['a zone index', 'fe80::1%eth0/64'],
    ['an empty string', ''],
    ['words', 'anywhere/0'],
    ['an IPv4 tail before "::"', '1.2.3.4::/0'],
  ])('rejects %s', (_label, text) => {
    expect(() => parseCidr(text)).toThrow(InvalidCidrError);
  });

  it('covers exactly 2^(bits - prefix) addresses containing the written address (IPv4)', () => {
    fc.assert(
      fc.property(arbIpv4, fc.integer({ min: 0, max: 32 }), (address, prefix) => {
        const cidr = parseCidr(`${address}/${prefix}`);
        const value = address.split('.').reduce((acc, octet) => (acc << 8n) | BigInt(octet), 0n);
        expect(cidr.last - cidr.first + 1n).toBe(1n << BigInt(32 - prefix));
        expect(cidr.first <= value && value <= cidr.last).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('reads every spelling of one IPv6 address as the same block', () => {
    fc.assert(
      fc.property(arbIpv6Groups, fc.integer({ min: 0, max: 128 }), (groups, prefix) => {
        const forms = [compressedIpv6(groups), fullIpv6(groups), fullIpv6(groups, true, true)].map((a) => parseCidr(`${a}/${prefix}`));
        for (const form of forms) expect([form.first, form.last]).toEqual([forms[0]?.first, forms[0]?.last]);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws anything but InvalidCidrError on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789abcdef:./%- ') }), (text) => {
        try {
          parseCidr(text);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidCidrError);
        }
      }),
      { numRuns: 200 },
    );
  });
});
