import type { PublicAccessBlockConfiguration } from '@aws-sdk/client-s3-control';
import { collectedItem, type CollectorContext, type ConfigurationItem } from '../../rule-kit';
import { MISSING_MARKER } from './read-block';
import { SETTINGS } from './settings';

export const ACCOUNT_BLOCK_RESOURCE_TYPE = 'AWS::S3::AccountPublicAccessBlock' as const;

/**
 * The account's block as Config records an AWS::S3::AccountPublicAccessBlock item (resource id and
 * name the account id, camelCase setting keys, no ARN), so the collector's items and Config's agree
 * for the rule and for s3-bucket-public-access's related lookup. `undefined` means S3 answered
 * NoSuchPublicAccessBlockConfiguration: the item then says so instead of inventing four `false`s.
 */
export function accountBlockItem(ctx: CollectorContext, block: PublicAccessBlockConfiguration | undefined): ConfigurationItem {
  const configuration =
    block === undefined
      ? {}
      : Object.fromEntries(SETTINGS.flatMap(({ name, recordedKey }) => (block[name] === undefined ? [] : [[recordedKey, block[name]]])));
  return collectedItem(ctx, {
    availabilityZone: 'Not Applicable',
    resourceType: ACCOUNT_BLOCK_RESOURCE_TYPE,
    resourceId: ctx.accountId,
    resourceName: ctx.accountId,
    configuration,
    supplementaryConfiguration: block === undefined ? { [MISSING_MARKER]: true } : {},
  });
}
