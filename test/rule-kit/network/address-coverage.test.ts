import fc from 'fast-check';
import { coversAddressSpace, mergeAddressIntervals, parseCidr } from '../../../rule-kit/network';
import { arbPartition } from './arb-network';

const cidrs = (...texts: string[]) => texts.map(parseCidr);

describe('mergeAddressIntervals', () => {
  it('joins overlapping and adjacent blocks of one family and ignores the other family', () => {
    expect(mergeAddressIntervals(cidrs('10.0.0.0/9', '10.128.0.0/9', '10.64.0.0/10', '192.168.0.0/16', '::/0'), 4)).toEqual([
      { first: 0x0a000000n, last: 0x0affffffn },
      { first: 0xc0a80000n, last: 0xc0a8ffffn },
    ]);
  });
});

describe('coversAddressSpace', () => {
  it('is true for /0 and for halves, false for one half or the wrong family', () => {
    expect(coversAddressSpace(cidrs('0.0.0.0/0'), 4)).toBe(true);
    expect(coversAddressSpace(cidrs('128.0.0.0/1', '0.0.0.0/1'), 4)).toBe(true);
    expect(coversAddressSpace(cidrs('::/1', '8000::/1'), 6)).toBe(true);
    expect(coversAddressSpace(cidrs('0.0.0.0/1'), 4)).toBe(false);
    expect(coversAddressSpace(cidrs('0.0.0.0/0'), 6)).toBe(false);
    expect(coversAddressSpace([], 4)).toBe(false);
  });

  it('is false when the last address is missing', () => {
    expect(coversAddressSpace(cidrs('0.0.0.0/1', '128.0.0.0/2', '192.0.0.0/3', '224.0.0.0/4', '240.0.0.0/5', '248.0.0.0/6', '252.0.0.0/7', '254.0.0.0/8'), 4)).toBe(false);
    expect(coversAddressSpace(cidrs('0.0.0.0/1', '128.0.0.0/2', '192.0.0.0/3', '224.0.0.0/4', '240.0.0.0/5', '248.0.0.0/6', '252.0.0.0/7', '254.0.0.0/8', '255.0.0.0/8'), 4)).toBe(true);
  });

  it.each([4, 6] as const)('detects a random split of the whole IPv%i space, in any order, and not once a piece is dropped', (family) => {
    fc.assert(
      fc.property(arbPartition(family), fc.nat(), fc.integer(), (pieces, drop, seed) => {
        const shuffled = fc.sample(fc.shuffledSubarray(pieces, { minLength: pieces.length, maxLength: pieces.length }), { numRuns: 1, seed })[0] ?? pieces;
        expect(coversAddressSpace(cidrs(...shuffled), family)).toBe(true);
        const remaining = pieces.filter((_, i) => i !== drop % pieces.length);
        expect(coversAddressSpace(cidrs(...remaining), family)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});
