/** What a flow log records, as EC2 spells it (`TrafficType`). */
export type TrafficType = 'ACCEPT' | 'REJECT' | 'ALL';

export const TRAFFIC_TYPES: readonly TrafficType[] = ['ACCEPT', 'REJECT', 'ALL'];

export function isTrafficType(value: unknown): value is TrafficType {
  return typeof value === 'string' && (TRAFFIC_TYPES as readonly string[]).includes(value);
}

/**
 * Whether flow logs recording `recorded` together capture every packet `required` asks for.
 * An ALL log records accepted and rejected traffic, so it covers ACCEPT and REJECT; an ACCEPT log
 * and a REJECT log on the same VPC together record everything, so they cover ALL. ACCEPT alone
 * never covers REJECT, nor the reverse.
 */
export function coversTraffic(recorded: Iterable<TrafficType>, required: TrafficType): boolean {
  const kinds = new Set(recorded);
  if (kinds.has('ALL') || kinds.has(required)) return true;
  return required === 'ALL' && kinds.has('ACCEPT') && kinds.has('REJECT');
}
