import { describeActor, type Actor } from './actor';
import { isRecord, type JsonRecord } from './event-fields';

/** One CloudTrail record, as much of it as an alert shows. */
export interface ChangeEvent {
  readonly eventId: string;
  readonly eventName: string;
  readonly eventSource: string;
  readonly eventTime: string;
  readonly region?: string;
  readonly actor: Actor;
  /** Absent for console sign-ins CloudTrail records without one, and for calls AWS services make. */
  readonly sourceIp?: string;
  readonly userAgent?: string;
  readonly readOnly: boolean;
  readonly errorCode?: string;
}

/** The subset of LookupEvents' `Events[]` the alert reads; `CloudTrailEvent` is the record as a JSON string. */
export interface LookedUpEvent {
  readonly EventId?: string | undefined;
  readonly EventName?: string | undefined;
  readonly EventTime?: Date | undefined;
  readonly EventSource?: string | undefined;
  readonly ReadOnly?: string | undefined;
  readonly CloudTrailEvent?: string | undefined;
}

function text(record: JsonRecord, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * A looked-up event as a ChangeEvent, or undefined when it carries no usable record. The JSON string
 * is the source of truth; LookupEvents' own fields fill what it lacks.
 */
export function toChangeEvent(event: LookedUpEvent): ChangeEvent | undefined {
  let record: JsonRecord = {};
  if (event.CloudTrailEvent !== undefined) {
    try {
      const parsed: unknown = JSON.parse(event.CloudTrailEvent);
      if (isRecord(parsed)) record = parsed;
    } catch {
      // A record that is not JSON still has LookupEvents' own fields; attribution then says less.
    }
  }
  const eventId = text(record, 'eventID') ?? event.EventId;
  const eventName = text(record, 'eventName') ?? event.EventName;
  const eventTimeText = text(record, 'eventTime') ?? event.EventTime?.toISOString();
  if (eventId === undefined || eventName === undefined || eventTimeText === undefined || Number.isNaN(Date.parse(eventTimeText))) return undefined;
  const readOnly = record['readOnly'] ?? event.ReadOnly;
  const region = text(record, 'awsRegion');
  const sourceIp = text(record, 'sourceIPAddress');
  const userAgent = text(record, 'userAgent');
  const errorCode = text(record, 'errorCode');
  return {
    eventId,
    eventName,
    eventSource: text(record, 'eventSource') ?? event.EventSource ?? 'unknown',
    eventTime: new Date(Date.parse(eventTimeText)).toISOString(),
    ...(region === undefined ? {} : { region }),
    actor: describeActor(record['userIdentity']),
    ...(sourceIp === undefined ? {} : { sourceIp }),
    ...(userAgent === undefined ? {} : { userAgent }),
    readOnly: readOnly === true || readOnly === 'true',
    ...(errorCode === undefined ? {} : { errorCode }),
  };
}

/**
 * The calls that made the change: write calls that succeeded, at or before the item's capture time
 * (Config records a change after the call), latest first. With `relatedEventIds` (the item's
 * `relatedEvents`) only those count; otherwise the events found by resource name, within the window.
 */
export function pickChangeEvents(events: readonly ChangeEvent[], captureTime: string, relatedEventIds: readonly string[]): ChangeEvent[] {
  const capture = Date.parse(captureTime);
  const related = new Set(relatedEventIds);
  const seen = new Set<string>();
  return events
    .filter((event) => {
      if (seen.has(event.eventId)) return false;
      seen.add(event.eventId);
      if (related.size > 0) return related.has(event.eventId);
      return !event.readOnly && event.errorCode === undefined && Date.parse(event.eventTime) <= capture;
    })
    .sort((a, b) => Date.parse(b.eventTime) - Date.parse(a.eventTime));
}
