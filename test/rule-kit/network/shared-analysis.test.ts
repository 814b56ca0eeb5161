import fc from 'fast-check';
import { MalformedConfigurationItemError } from '../../../rule-kit';
import { InvalidCidrError, internetExposures, parseCidr, readIngressPermissions } from '../../../rule-kit/network';
import { memoiseLast } from '../../../rule-kit/network/memoise-last';
import { parseSharedCidr } from '../../../rule-kit/network/shared-cidrs';
import { arbIpv4Cidr, arbIpv6Cidr, arbSecurityGroup, securityGroupItem } from './arb-network';
import { permission } from './security-group-fixtures';

describe('analysis shared between rules reading the same item in turn', () => {
  it('reads an item once: the same frozen list for every caller, equal to a fresh read of a copy', () => {
    fc.assert(
      fc.property(arbSecurityGroup, (item) => {
        const first = readIngressPermissions(item);
        expect(readIngressPermissions(item)).toBe(first);
        expect(Object.isFrozen(first)).toBe(true);
        const copy = { ...item };
        const fresh = readIngressPermissions(copy);
        expect(fresh).not.toBe(first);
        expect(fresh).toEqual(first);
      }),
    );
  });

  it('analyses a list from readIngressPermissions once, and a list built by the caller every time', () => {
    fc.assert(
      fc.property(arbSecurityGroup, (item) => {
        const permissions = readIngressPermissions(item);
        const shared = internetExposures(permissions);
        expect(internetExposures(permissions)).toBe(shared);
        expect(Object.isFrozen(shared)).toBe(true);
        const own = [...permissions];
        const computed = internetExposures(own);
        expect(computed).not.toBe(shared);
        expect(computed).toEqual(shared);
        // A caller's own list may change between calls; its answer must follow.
        own.length = 0;
        expect(internetExposures(own)).toEqual([]);
      }),
    );
  });

  it('throws for a malformed item on every read, not only the first', () => {
    const item = securityGroupItem([permission('tcp', { from: 22, to: 22 }, { v4: ['0.0.0.0/33'] })]);
    for (let i = 0; i < 2; i++) {
      expect(() => readIngressPermissions(item)).toThrow(MalformedConfigurationItemError);
      expect(() => readIngressPermissions(item)).toThrow(/ipRanges\[0\].*prefix length 33 exceeds 32/);
    }
  });

  it('memoiseLast answers repeated calls for the latest key from the cache, any other key afresh, and never caches a throw', () => {
    let calls = 0;
    const memo = memoiseLast((key: { fail: boolean }) => {
      calls += 1;
      if (key.fail) throw new RangeError('no');
      return [calls];
    });
    const a = { fail: false };
    const b = { fail: false };
    const first = memo(a);
    expect(memo(a)).toBe(first);
    expect(calls).toBe(1);
    expect(memo(b)).toEqual([2]);
    expect(memo(a)).toEqual([3]);
    const bad = { fail: true };
    expect(() => memo(bad)).toThrow(RangeError);
    expect(() => memo(bad)).toThrow(RangeError);
    expect(calls).toBe(5);
    // A throw leaves the previous entry in place.
    expect(memo(a)).toEqual([3]);
  });
});

describe('parseSharedCidr', () => {
  it('answers exactly what parseCidr does, frozen and shared for repeated texts', () => {
    fc.assert(
      fc.property(fc.oneof(arbIpv4Cidr, arbIpv6Cidr), (text) => {
        const shared = parseSharedCidr(text);
        expect(shared).toEqual(parseCidr(text));
        expect(Object.isFrozen(shared)).toBe(true);
        expect(parseSharedCidr(text)).toBe(shared);
      }),
    );
  });

  it('rejects an invalid block on every call', () => {
    for (let i = 0; i < 2; i++) expect(() => parseSharedCidr('10.0.0.0/33')).toThrow(InvalidCidrError);
  });

  it('stays correct after more distinct blocks than it keeps', () => {
    const texts = Array.from({ length: 5000 }, (_, i) => `10.${(i >> 8) & 255}.${i & 255}.0/24`);
    for (const text of texts) parseSharedCidr(text);
    for (const text of [texts[0] as string, texts[4999] as string]) expect(parseSharedCidr(text)).toEqual(parseCidr(text));
  });
});
