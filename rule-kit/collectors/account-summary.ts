import type { CollectorContext } from '../define-rule';
import type { ConfigurationItem } from '../configuration-item';
import { accountItem } from './account-item';

/** The IAM action the account-summary collector needs; rules using it list it in `permissions`. */
export const ACCOUNT_SUMMARY_PERMISSIONS = ['iam:GetAccountSummary'] as const;

/**
 * Config does not record the root user's credentials, so this reads them with one IAM
 * `GetAccountSummary` call and yields one `AWS::::Account` item whose configuration is
 * `{ "AccountSummary": <SummaryMap> }`, exactly as the API returns the map.
 *
 * IAM is global: a rule deployed in several regions reads the same summary in each and every region
 * reports the same account (each region's Config holds its own evaluation of it).
 *
 * API errors (AccessDenied, throttling after the SDK's retries) propagate: a rule that cannot read the
 * summary must fail its invocation, never report COMPLIANT. A response without a SummaryMap yields an
 * item without `AccountSummary`, which the rules report as NON_COMPLIANT "Cannot evaluate".
 *
 * The IAM client loads when the collector runs, so importing a rule that uses it loads no AWS SDK.
 *
 * @example
 * export const rule = defineRule({ ..., triggers: ['periodic'], collector: accountSummaryCollector,
 *   permissions: [...ACCOUNT_SUMMARY_PERMISSIONS] });
 */
export async function* accountSummaryCollector(ctx: CollectorContext): AsyncGenerator<ConfigurationItem> {
  const { GetAccountSummaryCommand, IAMClient } = await import('@aws-sdk/client-iam');
  const iam = ctx.client(IAMClient);
  const response = await iam.send(new GetAccountSummaryCommand({}));
  const summary = response.SummaryMap;
  yield accountItem(ctx, summary === undefined ? {} : { AccountSummary: { ...summary } });
}
