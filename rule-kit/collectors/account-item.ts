import type { CollectorContext } from '../define-rule';
import type { ConfigurationItem } from '../configuration-item';
import { collectedItem } from './collected-item';

/** Config's resource type for the account itself; periodic account-level rules report on it. */
export const ACCOUNT_RESOURCE_TYPE = 'AWS::::Account' as const;

/**
 * The root user's ARN, `arn:<partition>:iam::<account>:root`. Config records no ARN for
 * `AWS::::Account`; the account collectors give their item this one because every account-level
 * fact they gather belongs to the root principal, and it shows the partition the facts came from.
 *
 * @example
 * rootUserArn('aws', '111122223333'); // 'arn:aws:iam::111122223333:root'
 */
export function rootUserArn(partition: string, accountId: string): string {
  return `arn:${partition}:iam::${accountId}:root`;
}

/**
 * An `AWS::::Account` item in notification shape for facts read from the APIs at `ctx.notificationTime`.
 * `configuration` must already be JSON-safe. Shared by every account collector so the items agree on
 * identity (resourceId = account id), which is what PutEvaluations keys on.
 *
 * @example
 * yield accountItem(ctx, { GuardDuty: { Detectors: detectors } });
 */
export function accountItem(ctx: CollectorContext, configuration: Readonly<Record<string, unknown>>): ConfigurationItem {
  return collectedItem(ctx, {
    resourceType: ACCOUNT_RESOURCE_TYPE,
    resourceId: ctx.accountId,
    ARN: rootUserArn(ctx.partition, ctx.accountId),
    configuration,
  });
}
