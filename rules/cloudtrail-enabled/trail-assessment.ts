import { type ConfigurationItem, isRecord, requireRecord } from '../../rule-kit';
import { deliveryShortfalls, type DeliveryExpectations } from './delivery-expectations';
import type { ManagementEventKinds } from './management-event-kinds';
import { managementEventsShortfall } from './management-events';
import { TRAILS_KEY, type TrailOperation } from './recorded-trail';

/** One recorded trail and everything that keeps it from counting (nothing: it counts). */
export interface TrailAssessment {
  readonly name: string;
  readonly shortfalls: readonly string[];
}

function failedCall(trail: Readonly<Record<string, unknown>>, operation: TrailOperation): string | undefined {
  const errors = Array.isArray(trail['Errors']) ? trail['Errors'] : [];
  const error = errors.find((entry) => isRecord(entry) && entry['Operation'] === operation);
  if (error === undefined) return undefined;
  const code = isRecord(error) && typeof error['ErrorCode'] === 'string' ? error['ErrorCode'] : 'unknown error';
  return `${operation} failed (${code})`;
}

function loggingShortfall(trail: Readonly<Record<string, unknown>>): string | undefined {
  const logging = trail['IsLogging'];
  if (logging === true) return undefined;
  if (logging === false) return 'not logging';
  return failedCall(trail, 'GetTrailStatus') ?? 'logging status not recorded';
}

function selectorsShortfall(trail: Readonly<Record<string, unknown>>, required: ManagementEventKinds): string | undefined {
  const failed = failedCall(trail, 'GetEventSelectors');
  if (failed !== undefined) return failed;
  const classic = trail['EventSelectors'];
  const advanced = trail['AdvancedEventSelectors'];
  if ((classic === undefined || classic === null) && (advanced === undefined || advanced === null)) return 'event selectors not recorded';
  return managementEventsShortfall(classic, advanced, required);
}

/**
 * Reads one entry of `configuration.Trails` leniently: each fact that is missing, unreadable or
 * insufficient becomes a shortfall, so a damaged entry never counts, and the annotation says why.
 * An entry that is not an object at all makes the item unreadable (MalformedConfigurationItemError).
 */
export function assessTrail(
  item: ConfigurationItem,
  entry: unknown,
  index: number,
  expected: DeliveryExpectations,
  required: ManagementEventKinds,
): TrailAssessment {
  const trail = requireRecord(item, entry, `configuration.${TRAILS_KEY}[${index}]`);
  const label = [trail['Name'], trail['TrailARN']].find((value) => typeof value === 'string' && value !== '');
  const multiRegion = trail['IsMultiRegionTrail'];
  const shortfalls = [
    multiRegion === true ? undefined : multiRegion === false ? 'single-Region' : 'multi-Region flag not recorded',
    loggingShortfall(trail),
    selectorsShortfall(trail, required),
    ...deliveryShortfalls(trail, expected),
  ].filter((shortfall): shortfall is string => shortfall !== undefined);
  return { name: typeof label === 'string' ? label : `#${index + 1}`, shortfalls };
}
