import type { GetEventSelectorsCommandOutput, GetTrailStatusCommandOutput, Trail } from '@aws-sdk/client-cloudtrail';
import type { JsonRecord } from '../../rule-kit';

/** The per-trail calls the collector makes after DescribeTrails. */
export type TrailOperation = 'GetTrailStatus' | 'GetEventSelectors';

/**
 * A per-trail call that failed. It stays on the trail, so the trail cannot count: a trail whose
 * logging status or selectors could not be read is never assumed to be logging.
 */
export interface TrailCallError {
  readonly Operation: TrailOperation;
  readonly ErrorCode: string;
  readonly Message: string;
}

/** The key of `configuration` that holds the trails of an `AWS::::Account` item. */
export const TRAILS_KEY = 'Trails';

/**
 * One entry of `configuration.Trails`: the trail as DescribeTrails returns it, plus `IsLogging`
 * (GetTrailStatus), `EventSelectors` / `AdvancedEventSelectors` (GetEventSelectors) and, when a call
 * failed, `Errors`. A field is left out when its call failed, never guessed.
 */
export function recordedTrail(
  trail: Trail,
  status: GetTrailStatusCommandOutput | undefined,
  selectors: GetEventSelectorsCommandOutput | undefined,
  errors: readonly TrailCallError[],
): JsonRecord {
  return {
    ...jsonSafe(trail),
    ...(status?.IsLogging === undefined ? {} : { IsLogging: status.IsLogging }),
    ...(selectors?.EventSelectors === undefined ? {} : { EventSelectors: jsonSafe(selectors.EventSelectors) }),
    ...(selectors?.AdvancedEventSelectors === undefined ? {} : { AdvancedEventSelectors: jsonSafe(selectors.AdvancedEventSelectors) }),
    ...(errors.length === 0 ? {} : { Errors: [...errors] }),
  };
}

/** Drops undefined fields (and would turn Dates into ISO strings), so the item survives a JSON round trip unchanged. */
function jsonSafe<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
