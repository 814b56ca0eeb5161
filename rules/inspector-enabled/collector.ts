import { BatchGetAccountStatusCommand, Inspector2Client } from '@aws-sdk/client-inspector2';
import { accountItem, callAws, type CollectorContext, type ConfigurationItem, isServiceUnavailableInRegion } from '../../rule-kit';
import { INSPECTOR_KEY, statusRecord, unavailableRecord } from './inspector-record';
import { INSPECTOR_PERMISSIONS } from './permissions';

const [ACTION] = INSPECTOR_PERMISSIONS;

/**
 * Config does not record Inspector, so this asks it: one BatchGetAccountStatus for the account (the
 * call is not paginated; one account in, one entry out). Yields one `AWS::::Account` item
 * `{ "Inspector2": { "Accounts": [...], "FailedAccounts": [...] } }`.
 *
 * A Region where Inspector has no endpoint yields `{ "Inspector2": { "Unavailable": ... } }` (NOT_APPLICABLE).
 * AccessDenied becomes CollectorAccessDeniedError naming the action; throttling is retried by the SDK
 * client, then propagates like every other error: the invocation fails and reports nothing.
 */
export async function* collectInspectorStatus(ctx: CollectorContext): AsyncGenerator<ConfigurationItem> {
  const inspector = ctx.client(Inspector2Client);
  try {
    const response = await callAws(ACTION, () => inspector.send(new BatchGetAccountStatusCommand({ accountIds: [ctx.accountId] })));
    yield accountItem(ctx, { [INSPECTOR_KEY]: statusRecord(response) });
  } catch (error) {
    if (!isServiceUnavailableInRegion(error)) throw error;
    yield accountItem(ctx, { [INSPECTOR_KEY]: unavailableRecord(ctx.region, `Amazon Inspector has no endpoint in ${ctx.region}`) });
  }
}
