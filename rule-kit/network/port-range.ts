import type { PortRange } from '../parameters';

export type { PortRange };

export const MIN_PORT = 0;
export const MAX_PORT = 65535;

/** Every TCP or UDP port: what `-1` (all protocols) opens. */
export const ALL_PORTS: PortRange = { from: MIN_PORT, to: MAX_PORT };

/**
 * @example
 * portRangeContains({ from: 20, to: 25 }, 22); // true
 */
export function portRangeContains(range: PortRange, port: number): boolean {
  return range.from <= port && port <= range.to;
}

/**
 * @example
 * portRangesOverlap({ from: 20, to: 25 }, { from: 25, to: 80 }); // true
 */
export function portRangesOverlap(a: PortRange, b: PortRange): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/**
 * The parts of `range` that none of `allowed` covers, in order (empty when fully covered).
 *
 * @example
 * uncoveredPortRanges({ from: 20, to: 25 }, [{ from: 22, to: 22 }]); // [{ from: 20, to: 21 }, { from: 23, to: 25 }]
 */
export function uncoveredPortRanges(range: PortRange, allowed: readonly PortRange[]): PortRange[] {
  const sorted = allowed.filter((a) => portRangesOverlap(a, range)).sort((a, b) => a.from - b.from);
  const gaps: PortRange[] = [];
  let next = range.from;
  for (const a of sorted) {
    if (a.from > next) gaps.push({ from: next, to: Math.min(a.from - 1, range.to) });
    next = Math.max(next, a.to + 1);
    if (next > range.to) return gaps;
  }
  if (next <= range.to) gaps.push({ from: next, to: range.to });
  return gaps;
}

/**
 * `22`, or `20-25` for a range.
 *
 * @example
 * formatPortRange({ from: 1020, to: 1025 }); // '1020-1025'
 */
export function formatPortRange(range: PortRange): string {
  return range.from === range.to ? String(range.from) : `${range.from}-${range.to}`;
}
