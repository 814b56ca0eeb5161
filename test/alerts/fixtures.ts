import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LookupEventsCommandOutput } from '@aws-sdk/client-cloudtrail';

/** A fixture file as JSON, without its `_source` note. */
export function fixture(name: string): Record<string, unknown> {
  const { _source, ...rest } = JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8')) as Record<string, unknown>;
  void _source;
  return rest;
}

/** A recorded LookupEvents answer as the SDK returns it (EventTime a Date). */
export function lookupAnswer(name: string): LookupEventsCommandOutput {
  const { Events } = fixture(name) as { Events: Array<Record<string, unknown>> };
  return {
    $metadata: {},
    Events: Events.map((event) => ({ ...event, EventTime: new Date(String(event['EventTime'])) })),
  };
}

export function changeEventsOf(name: string) {
  return lookupAnswer(name).Events ?? [];
}
