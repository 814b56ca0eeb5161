import type { BatchGetAccountStatusResponse } from '@aws-sdk/client-inspector2';
import type { JsonRecord } from '../../rule-kit';

/** The key of `configuration` that holds Inspector's state on an `AWS::::Account` item. */
export const INSPECTOR_KEY = 'Inspector2';

/**
 * `configuration.Inspector2` when Inspector answered: `Accounts` and `FailedAccounts` exactly as
 * BatchGetAccountStatus returns them (JSON-safe, no `$metadata`).
 */
export function statusRecord(response: BatchGetAccountStatusResponse): JsonRecord {
  return JSON.parse(JSON.stringify({ Accounts: response.accounts ?? [], FailedAccounts: response.failedAccounts ?? [] })) as JsonRecord;
}

/** `configuration.Inspector2` when Inspector has no endpoint in the Region: the rule answers NOT_APPLICABLE with the reason. */
export function unavailableRecord(region: string, reason: string): JsonRecord {
  return { Unavailable: { Region: region, Reason: reason } };
}
