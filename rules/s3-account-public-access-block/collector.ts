import { GetPublicAccessBlockCommand, S3ControlClient, type PublicAccessBlockConfiguration } from '@aws-sdk/client-s3-control';
import type { CollectorContext, ConfigurationItem } from '../../rule-kit';
import { accountBlockItem } from './block-item';

function isMissingConfiguration(error: unknown): boolean {
  return error instanceof Error && error.name === 'NoSuchPublicAccessBlockConfiguration';
}

/**
 * Change-triggered evaluation cannot see a block that does not exist (Config has no item to send),
 * so the periodic run reads it from S3 Control: one item, also when the account has no configuration
 * (NoSuchPublicAccessBlockConfiguration), which the rule reports NON_COMPLIANT. Every other error
 * (AccessDenied, throttling) propagates: unread must never look like "blocked".
 */
export async function* collectAccountBlock(ctx: CollectorContext): AsyncGenerator<ConfigurationItem> {
  const s3control = ctx.client(S3ControlClient);
  let block: PublicAccessBlockConfiguration | undefined;
  try {
    const response = await s3control.send(new GetPublicAccessBlockCommand({ AccountId: ctx.accountId }));
    block = response.PublicAccessBlockConfiguration ?? {};
  } catch (error) {
    if (!isMissingConfiguration(error)) throw error;
    block = undefined;
  }
  yield accountBlockItem(ctx, block);
}
