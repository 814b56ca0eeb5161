import type { Trail } from '@aws-sdk/client-cloudtrail';
import { accountItem, type ConfigurationItem } from '../../../rule-kit';
import { partitionOf } from '../../../rule-kit/aws/partition';
import { recordedTrail, type TrailCallError } from '../../../rules/cloudtrail-enabled/recorded-trail';
import { offlineCollectorContext } from '../../rule-kit/collectors/collector-context';

const pick = <T>(random: () => number, options: readonly T[]): T => options[Math.floor(random() * options.length) % options.length] as T;

/** Trail set-ups seen in real accounts; the first two are sufficient, the rest fall short. */
type Situation = 'console-default' | 'organization-trail' | 'stopped' | 'write-only' | 'kms-excluded' | 'single-region' | 'data-only' | 'none' | 'status-denied';
const SITUATIONS: readonly Situation[] = [
  'console-default',
  'console-default',
  'organization-trail',
  'stopped',
  'write-only',
  'kms-excluded',
  'single-region',
  'data-only',
  'none',
  'status-denied',
];

function describedTrail(name: string, home: string, owner: string, partition: string, options: { multiRegion: boolean; organization: boolean }): Trail {
  return {
    Name: name,
    S3BucketName: `aws-cloudtrail-logs-${owner}-${name}`,
    IncludeGlobalServiceEvents: true,
    IsMultiRegionTrail: options.multiRegion,
    HomeRegion: home,
    TrailARN: `arn:${partition}:cloudtrail:${home}:${owner}:trail/${name}`,
    LogFileValidationEnabled: true,
    HasCustomEventSelectors: false,
    HasInsightSelectors: false,
    IsOrganizationTrail: options.organization,
  };
}

const selectors = (ReadWriteType: 'All' | 'ReadOnly' | 'WriteOnly', exclude: string[] = []) => ({
  $metadata: {},
  EventSelectors: [{ ReadWriteType, IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: exclude }],
});

function trailsFor(situation: Situation, accountId: string, region: string, partition: string): unknown[] {
  const local = (name: string, multiRegion = true) => describedTrail(name, region, accountId, partition, { multiRegion, organization: false });
  const logging = { $metadata: {}, IsLogging: true };
  switch (situation) {
    case 'console-default':
      return [recordedTrail(local('management-events'), logging, selectors('All'), [])];
    case 'organization-trail': {
      const org = describedTrail('org-audit', 'us-east-1', '999988887777', partition, { multiRegion: true, organization: true });
      return [recordedTrail(org, logging, selectors('All'), []), recordedTrail(local('team-debug', false), { $metadata: {}, IsLogging: false }, selectors('All'), [])];
    }
    case 'stopped':
      return [recordedTrail(local('management-events'), { $metadata: {}, IsLogging: false }, selectors('All'), [])];
    case 'write-only':
      return [recordedTrail(local('writes-only'), logging, selectors('WriteOnly'), [])];
    case 'kms-excluded':
      return [recordedTrail(local('management-events'), logging, selectors('All', ['kms.amazonaws.com']), [])];
    case 'single-region':
      return [recordedTrail(local('regional-audit', false), logging, selectors('All'), [])];
    case 'data-only':
      return [
        recordedTrail(local('s3-data-events'), logging, {
          $metadata: {},
          AdvancedEventSelectors: [{ Name: 'S3 data events', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Data'] }, { Field: 'resources.type', Equals: ['AWS::S3::Object'] }] }],
        }, []),
      ];
    case 'none':
      return [];
    case 'status-denied': {
      const denied: TrailCallError = { Operation: 'GetTrailStatus', ErrorCode: 'AccessDeniedException', Message: 'not authorized to perform: cloudtrail:GetTrailStatus' };
      const org = describedTrail('org-audit', 'us-east-1', '999988887777', partition, { multiRegion: true, organization: true });
      return [recordedTrail(org, undefined, selectors('All'), [denied])];
    }
  }
}

/**
 * One collected AWS::::Account item for the Region with a trail set-up drawn from SITUATIONS
 * (compliant: the console default or an organization trail; otherwise stopped, write-only, KMS
 * events excluded, single-Region, data events only, no trail, or a status call denied). Built with
 * the collector's own builders, so the shape is exactly what the Lambda would evaluate.
 */
export function sampleItems(random: () => number, accountId: string, region: string): ConfigurationItem[] {
  const partition = partitionOf(region);
  const ctx = offlineCollectorContext(accountId, region, new Date(Date.UTC(2026, 2, 4, 6, Math.floor(random() * 60))).toISOString());
  return [accountItem(ctx, { Trails: trailsFor(pick(random, SITUATIONS), accountId, region, partition) })];
}
