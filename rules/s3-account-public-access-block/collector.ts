import { readAccountPublicAccessBlockItem, type CollectorContext, type ConfigurationItem } from '../../rule-kit';

/**
 * Change-triggered evaluation cannot see a block that does not exist (Config has no item to send),
 * so the periodic run reads it from S3 Control: one item, also when the account has no configuration
 * (NoSuchPublicAccessBlockConfiguration), which the rule reports NON_COMPLIANT. Every other error
 * (AccessDenied, throttling) propagates: unread must never look like "blocked".
 */
export async function* collectAccountBlock(ctx: CollectorContext): AsyncGenerator<ConfigurationItem> {
  yield await readAccountPublicAccessBlockItem(ctx);
}
