import type { PortRange } from '../parameters';

export type { PortRange };

export const MIN_PORT = 0;
export const MAX_PORT = 65535;

/** Every TCP or UDP port: what `-1` (all protocols) opens. */
export const ALL_PORTS: PortRange = { from: MIN_PORT, to: MAX_PORT };

export function portRangeContains(range: PortRange, port: number): boolean {
  return range.from <= port && port <= range.to;
}

export function portRangesOverlap(a: PortRange, b: PortRange): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** The parts of `range` that none of `allowed` covers, in order (empty when fully covered). */
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

/** `22`, or `20-25` for a range. */
export function formatPortRange(range: PortRange): string {
  return range.from === range.to ? String(range.from) : `${range.from}-${range.to}`;
}
