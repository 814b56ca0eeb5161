import { LookupEventsCommand, type CloudTrailClient, type LookupAttribute } from '@aws-sdk/client-cloudtrail';
import type { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { findConfigurationItem } from '../rule-kit/aws/fetch-configuration-item';
import type { Logger } from '../rule-kit/logging';
import type { Attribution } from './attribution';
import { pickChangeEvents, toChangeEvent, type ChangeEvent } from './change-event';
import type { ComplianceChange } from './compliance-change';

export interface AttributionOptions {
  readonly config: ConfigServiceClient;
  readonly cloudTrail: CloudTrailClient;
  readonly logger: Logger;
  /** Milliseconds the invocation has left (Lambda's `getRemainingTimeInMillis`). */
  readonly remainingMs: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  /** Wait between lookups while CloudTrail has not shown the call yet. */
  readonly retryDelayMs: number;
  /** Time kept back for publishing: no retry starts that would eat into it. */
  readonly reserveMs: number;
}

/** Before the capture time: Config records a change minutes after the call at most; a wide net costs one call. */
const LOOKBACK_MS = 60 * 60 * 1000;
const LOOKAHEAD_MS = 5 * 60 * 1000;
/** LookupEvents by resource name: one page of 50 is the calls of the last hour for nearly any resource. */
const MAX_RESULTS = 50;

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

async function lookup(client: CloudTrailClient, attribute: LookupAttribute, window?: { start: Date; end: Date }): Promise<ChangeEvent[]> {
  const output = await client.send(
    new LookupEventsCommand({
      LookupAttributes: [attribute],
      MaxResults: MAX_RESULTS,
      ...(window === undefined ? {} : { StartTime: window.start, EndTime: window.end }),
    }),
  );
  return (output.Events ?? []).map(toChangeEvent).filter((event): event is ChangeEvent => event !== undefined);
}

async function lookupOnce(change: ComplianceChange, captureTime: string, relatedEvents: readonly string[], options: AttributionOptions): Promise<ChangeEvent[]> {
  const found: ChangeEvent[] = [];
  if (relatedEvents.length > 0) {
    // LookupEvents takes one attribute a call; an item rarely names more than a few events.
    for (const eventId of relatedEvents.slice(0, 5)) found.push(...(await lookup(options.cloudTrail, { AttributeKey: 'EventId', AttributeValue: eventId })));
  } else {
    const capture = Date.parse(captureTime);
    found.push(
      ...(await lookup(
        options.cloudTrail,
        { AttributeKey: 'ResourceName', AttributeValue: change.resourceId },
        { start: new Date(capture - LOOKBACK_MS), end: new Date(capture + LOOKAHEAD_MS) },
      )),
    );
  }
  return pickChangeEvents(found, captureTime, relatedEvents);
}

/**
 * Who made the change a compliance result reflects, best effort and honest: the configuration item
 * at the result's time names its CloudTrail events (`relatedEvents`); without them, the resource's
 * write calls before the capture time. CloudTrail can show a call up to 15 minutes late, so the lookup
 * is retried while the invocation has time, then the alert says "not yet known". A result whose time
 * is not an item's capture time came from a periodic evaluation: no single call caused it.
 */
export async function attributeChange(change: ComplianceChange, options: AttributionOptions): Promise<Attribution> {
  let captureTime: string;
  let relatedEvents: readonly string[];
  try {
    const item = await findConfigurationItem(options.config, {
      resourceType: change.resourceType,
      resourceId: change.resourceId,
      laterTime: change.orderingTimestamp,
    });
    if (item === undefined || item.configurationItemCaptureTime !== change.orderingTimestamp) return { kind: 'periodic' };
    captureTime = item.configurationItemCaptureTime;
    relatedEvents = item.relatedEvents ?? [];
  } catch (error) {
    options.logger.warn('Could not read the configuration item', { error, resourceType: change.resourceType, resourceId: change.resourceId });
    return { kind: 'unavailable', reason: `GetResourceConfigHistory failed: ${errorText(error)}` };
  }
  const searched = relatedEvents.length > 0 ? `event ids ${relatedEvents.slice(0, 5).join(', ')}` : `resource name ${change.resourceId} around ${captureTime}`;
  for (let attempt = 1; ; attempt += 1) {
    try {
      const events = await lookupOnce(change, captureTime, relatedEvents, options);
      if (events.length > 0) return { kind: 'found', events };
    } catch (error) {
      options.logger.warn('CloudTrail lookup failed', { error, attempt });
      return { kind: 'unavailable', reason: `cloudtrail:LookupEvents failed: ${errorText(error)}` };
    }
    if (options.remainingMs() - options.retryDelayMs < options.reserveMs) return { kind: 'not-yet-known', searched: `${searched}, ${attempt} lookups` };
    await options.sleep(options.retryDelayMs);
  }
}
