import type { Administrator, DetectorStatus, GetDetectorCommandOutput } from '@aws-sdk/client-guardduty';
import { accountItem, type ConfigurationItem } from '../../../rule-kit';
import { partitionOf } from '../../../rule-kit/aws/partition';
import { detectorRecord, GUARDDUTY_KEY } from '../../../rules/guardduty-enabled/detector-record';
import { offlineCollectorContext } from '../../rule-kit/collectors/collector-context';

const pick = <T>(random: () => number, options: readonly T[]): T => options[Math.floor(random() * options.length) % options.length] as T;
const hex = (random: () => number, length: number) => Array.from({ length }, () => pick(random, [...'0123456789abcdef'])).join('');

/** GuardDuty set-ups seen in real accounts: enabled alone or as a member, suspended, never enabled. */
type Situation = 'enabled' | 'member' | 'suspended' | 'none';
const SITUATIONS: readonly Situation[] = ['enabled', 'enabled', 'member', 'suspended', 'none', 'none'];

function detector(random: () => number, status: DetectorStatus, accountId: string, partition: string): GetDetectorCommandOutput {
  const created = new Date(Date.UTC(2025, Math.floor(random() * 12), 1 + Math.floor(random() * 28)));
  const feature = (Name: 'CLOUD_TRAIL' | 'DNS_LOGS' | 'FLOW_LOGS' | 'S3_DATA_EVENTS') => ({ Name, Status: status, UpdatedAt: created });
  return {
    $metadata: {},
    CreatedAt: created.toISOString(),
    FindingPublishingFrequency: pick(random, ['SIX_HOURS', 'ONE_HOUR', 'FIFTEEN_MINUTES'] as const),
    ServiceRole: `arn:${partition}:iam::${accountId}:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty`,
    Status: status,
    UpdatedAt: new Date(created.getTime() + Math.floor(random() * 1e10)).toISOString(),
    Tags: {},
    Features: [feature('CLOUD_TRAIL'), feature('DNS_LOGS'), feature('FLOW_LOGS'), feature('S3_DATA_EVENTS')],
  };
}

function detectorsFor(random: () => number, situation: Situation, accountId: string, partition: string): unknown[] {
  const id = hex(random, 32);
  const administrator: Administrator = { AccountId: '999988887777', InvitationId: hex(random, 32), RelationshipStatus: 'Enabled', InvitedAt: '2025-10-02T14:12:40.000Z' };
  switch (situation) {
    case 'enabled':
      return [detectorRecord(id, detector(random, 'ENABLED', accountId, partition), undefined)];
    case 'member':
      return [detectorRecord(id, detector(random, 'ENABLED', accountId, partition), administrator)];
    case 'suspended':
      return [detectorRecord(id, detector(random, 'DISABLED', accountId, partition), undefined)];
    case 'none':
      return [];
  }
}

/**
 * One collected AWS::::Account item for the Region with a GuardDuty set-up drawn from SITUATIONS,
 * built with the collector's own builders, so the shape is exactly what the Lambda would evaluate.
 */
export function sampleItems(random: () => number, accountId: string, region: string): ConfigurationItem[] {
  const partition = partitionOf(region);
  const ctx = offlineCollectorContext(accountId, region, new Date(Date.UTC(2026, 2, 4, 6, Math.floor(random() * 60))).toISOString());
  return [accountItem(ctx, { [GUARDDUTY_KEY]: { Detectors: detectorsFor(random, pick(random, SITUATIONS), accountId, partition) } })];
}
