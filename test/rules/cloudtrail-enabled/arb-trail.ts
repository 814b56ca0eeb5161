import fc from 'fast-check';
import type { ConfigurationItem } from '../../../rule-kit';

/** The facts that decide whether a trail counts, generated independently of the rule's code. */
export interface TrailFacts {
  readonly name: string;
  readonly multiRegion: boolean;
  readonly logging: boolean;
  readonly selectors: readonly ClassicSelector[];
}

export interface ClassicSelector {
  readonly ReadWriteType: 'All' | 'ReadOnly' | 'WriteOnly';
  readonly IncludeManagementEvents: boolean;
  readonly ExcludeManagementEventSources: readonly string[];
}

const arbSelector: fc.Arbitrary<ClassicSelector> = fc.record({
  ReadWriteType: fc.constantFrom('All', 'All', 'ReadOnly', 'WriteOnly'),
  IncludeManagementEvents: fc.boolean(),
  ExcludeManagementEventSources: fc.oneof(
    { weight: 3, arbitrary: fc.constant([]) },
    { weight: 1, arbitrary: fc.subarray(['kms.amazonaws.com', 'rdsdata.amazonaws.com'], { minLength: 1 }) },
  ),
});

export const arbTrailFacts: fc.Arbitrary<TrailFacts> = fc.record({
  name: fc.stringMatching(/^[a-z][a-z0-9-]{2,20}$/),
  multiRegion: fc.boolean(),
  logging: fc.boolean(),
  selectors: fc.array(arbSelector, { minLength: 0, maxLength: 3 }),
});

/** Read and write management events are both covered by selectors that exclude nothing. */
export function recordsAllManagement(selectors: readonly ClassicSelector[]): boolean {
  const full = selectors.filter((s) => s.IncludeManagementEvents && s.ExcludeManagementEventSources.length === 0);
  const read = full.some((s) => s.ReadWriteType !== 'WriteOnly');
  const write = full.some((s) => s.ReadWriteType !== 'ReadOnly');
  return read && write;
}

/** The oracle: a trail counts when it is multi-Region, logging and records all management events. */
export function qualifies(facts: TrailFacts): boolean {
  return facts.multiRegion && facts.logging && recordsAllManagement(facts.selectors);
}

/** The trail as the collector records it. */
export function recordedTrail(facts: TrailFacts, account = '111122223333', region = 'eu-west-1'): Record<string, unknown> {
  return {
    Name: facts.name,
    S3BucketName: `aws-cloudtrail-logs-${account}-5a0e77c1`,
    IncludeGlobalServiceEvents: true,
    IsMultiRegionTrail: facts.multiRegion,
    HomeRegion: region,
    TrailARN: `arn:aws:cloudtrail:${region}:${account}:trail/${facts.name}`,
    LogFileValidationEnabled: true,
    HasCustomEventSelectors: true,
    HasInsightSelectors: false,
    IsOrganizationTrail: false,
    IsLogging: facts.logging,
    EventSelectors: facts.selectors.map((selector) => ({ ...selector, DataResources: [] })),
  };
}

export function accountItemWithTrails(trails: readonly unknown[] | unknown): ConfigurationItem {
  return {
    configurationItemVersion: '1.3',
    configurationItemCaptureTime: '2026-03-04T06:00:11.204Z',
    configurationItemStatus: 'OK',
    awsAccountId: '111122223333',
    awsRegion: 'eu-west-1',
    ARN: 'arn:aws:iam::111122223333:root',
    resourceType: 'AWS::::Account',
    resourceId: '111122223333',
    tags: {},
    relatedEvents: [],
    relationships: [],
    configuration: { Trails: trails },
    supplementaryConfiguration: {},
  };
}
