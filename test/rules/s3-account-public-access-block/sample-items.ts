import type { PublicAccessBlockConfiguration } from '@aws-sdk/client-s3-control';
import type { ConfigurationItem } from '../../../rule-kit';
import { accountPublicAccessBlockItem as accountBlockItem } from '../../../rule-kit';
import { offlineCollectorContext } from '../../rule-kit/collectors/collector-context';

/** Account-level blocks as accounts really have them: all on (most), none, or a partial set. */
const SITUATIONS: readonly (PublicAccessBlockConfiguration | undefined)[] = [
  { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
  { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
  undefined,
  { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: false, RestrictPublicBuckets: false },
  { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: true, RestrictPublicBuckets: true },
  { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false },
];

/**
 * The account's one AWS::S3::AccountPublicAccessBlock item (resource id = account id), in the shape
 * Config records it, or the collector's "no configuration" item when the account has none. Built with
 * the collector's item builder, so the scanner sees exactly what the Lambda would evaluate.
 */
export function sampleItems(random: () => number, accountId: string, region: string): ConfigurationItem[] {
  const ctx = offlineCollectorContext(accountId, region, '2026-03-02T06:00:00.000Z');
  const situation = SITUATIONS[Math.floor(random() * SITUATIONS.length) % SITUATIONS.length];
  return [accountBlockItem(ctx, situation)];
}
