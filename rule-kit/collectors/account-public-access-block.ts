import type { PublicAccessBlockConfiguration } from '@aws-sdk/client-s3-control';
import type { ConfigurationItem } from '../configuration-item';
import type { CollectorContext } from '../define-rule';
import { collectedItem } from './collected-item';
import { PUBLIC_ACCESS_BLOCK_SETTINGS } from './public-access-block-settings';

export const ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE = 'AWS::S3::AccountPublicAccessBlock' as const;

/** The IAM action behind S3 Control GetPublicAccessBlock. */
export const ACCOUNT_PUBLIC_ACCESS_BLOCK_PERMISSIONS = ['s3:GetAccountPublicAccessBlock'] as const;

/** supplementaryConfiguration key set when S3 answers NoSuchPublicAccessBlockConfiguration. */
export const NO_PUBLIC_ACCESS_BLOCK_MARKER = 'NoSuchPublicAccessBlockConfiguration';

/**
 * The account's block as Config records an AWS::S3::AccountPublicAccessBlock item (resource id and name
 * the account id, camelCase setting keys, no ARN), so read and recorded items agree for every rule.
 * `undefined` means S3 answered NoSuchPublicAccessBlockConfiguration: the item then says so in
 * `supplementaryConfiguration` instead of inventing four `false`s (its configuration is `{}`).
 *
 * @example
 * const item = accountPublicAccessBlockItem(ctx, { BlockPublicAcls: true, IgnorePublicAcls: true });
 */
export function accountPublicAccessBlockItem(ctx: CollectorContext, block: PublicAccessBlockConfiguration | undefined): ConfigurationItem {
  const configuration =
    block === undefined
      ? {}
      : Object.fromEntries(PUBLIC_ACCESS_BLOCK_SETTINGS.flatMap(({ name, recordedKey }) => (block[name] === undefined ? [] : [[recordedKey, block[name]]])));
  return collectedItem(ctx, {
    availabilityZone: 'Not Applicable',
    resourceType: ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE,
    resourceId: ctx.accountId,
    resourceName: ctx.accountId,
    configuration,
    supplementaryConfiguration: block === undefined ? { [NO_PUBLIC_ACCESS_BLOCK_MARKER]: true } : {},
  });
}

function isMissingConfiguration(error: unknown): boolean {
  return error instanceof Error && error.name === 'NoSuchPublicAccessBlockConfiguration';
}

/**
 * Reads the account's block with S3 Control GetPublicAccessBlock, as an item: also when the account has
 * none (NoSuchPublicAccessBlockConfiguration). Every other error (AccessDenied, throttling after the SDK's
 * retries) propagates: unread must never look like "blocked" or like "no block". The S3 Control client
 * loads when this runs, so importing a rule that uses it loads no AWS SDK.
 *
 * @example
 * liveFallback: { permissions: ACCOUNT_PUBLIC_ACCESS_BLOCK_PERMISSIONS, read: (context) => readAccountPublicAccessBlockItem(context) },
 */
export async function readAccountPublicAccessBlockItem(ctx: CollectorContext): Promise<ConfigurationItem> {
  const { GetPublicAccessBlockCommand, S3ControlClient } = await import('@aws-sdk/client-s3-control');
  const s3control = ctx.client(S3ControlClient);
  try {
    const response = await s3control.send(new GetPublicAccessBlockCommand({ AccountId: ctx.accountId }));
    return accountPublicAccessBlockItem(ctx, response.PublicAccessBlockConfiguration ?? {});
  } catch (error) {
    if (!isMissingConfiguration(error)) throw error;
    return accountPublicAccessBlockItem(ctx, undefined);
  }
}
