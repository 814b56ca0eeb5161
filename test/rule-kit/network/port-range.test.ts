import fc from 'fast-check';
import { formatPortRange, portRangeContains, portRangesOverlap, uncoveredPortRanges } from '../../../rule-kit/network';

const arbRange = fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 })).map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) }));

describe('port ranges', () => {
  it('formats single ports and ranges', () => {
    expect(formatPortRange({ from: 22, to: 22 })).toBe('22');
    expect(formatPortRange({ from: 20, to: 25 })).toBe('20-25');
  });

  it('finds the gaps an allow-list leaves', () => {
    expect(uncoveredPortRanges({ from: 0, to: 65535 }, [{ from: 443, to: 443 }, { from: 80, to: 80 }])).toEqual([
      { from: 0, to: 79 },
      { from: 81, to: 442 },
      { from: 444, to: 65535 },
    ]);
    expect(uncoveredPortRanges({ from: 1020, to: 1025 }, [{ from: 1000, to: 1030 }])).toEqual([]);
  });

  it('leaves a port uncovered exactly when no allowed range contains it', () => {
    fc.assert(
      fc.property(arbRange, fc.array(arbRange, { maxLength: 5 }), (range, allowed) => {
        const gaps = uncoveredPortRanges(range, allowed);
        for (let port = range.from; port <= range.to; port++) {
          const inGap = gaps.some((gap) => portRangeContains(gap, port));
          expect(inGap).toBe(!allowed.some((a) => portRangeContains(a, port)));
        }
        for (const gap of gaps) expect(gap.from >= range.from && gap.to <= range.to && gap.from <= gap.to).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('says two ranges overlap exactly when they share a port', () => {
    fc.assert(
      fc.property(arbRange, arbRange, (a, b) => {
        let shared = false;
        for (let port = a.from; port <= a.to; port++) shared ||= portRangeContains(b, port);
        expect(portRangesOverlap(a, b)).toBe(shared);
      }),
      { numRuns: 200 },
    );
  });
});
