import type { SummaryKeyType } from '@aws-sdk/client-iam';
import type { ConfigurationItem } from '../configuration-item';
import { MalformedConfigurationItemError } from '../errors';
import { configurationOf, requireRecord } from '../read-field';

/** A key of IAM's `GetAccountSummary` SummaryMap, e.g. `AccountMFAEnabled`, `Users`. */
export type AccountSummaryKey = SummaryKeyType;

/**
 * Reads counts from an account-summary item. `undefined` means the summary lacks the key (or holds
 * null): each rule decides what that means, and none may read it as COMPLIANT. A value that is not a
 * whole number ≥ 0 is malformed and throws MalformedConfigurationItemError (NON_COMPLIANT "Cannot
 * evaluate"); numeric strings are refused because the API only ever returns integers.
 */
export type AccountSummaryReader = (key: AccountSummaryKey) => number | undefined;

/**
 * @example
 * const mfa = readAccountSummary(item)('AccountMFAEnabled'); // undefined when the key is missing
 */
export function readAccountSummary(item: ConfigurationItem): AccountSummaryReader {
  const summary = requireRecord(item, configurationOf(item)['AccountSummary'], 'configuration.AccountSummary');
  return (key) => {
    const value = Object.hasOwn(summary, key) ? summary[key] : undefined;
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
    throw new MalformedConfigurationItemError(
      `configuration.AccountSummary.${key}`,
      item.resourceType,
      item.resourceId,
      'is not a whole number of at least 0',
      value,
    );
  };
}

/**
 * The annotation for a key the summary lacks: the rule cannot conclude, so it does not pass.
 *
 * @example
 * if (mfa === undefined) return nonCompliant(missingSummaryKey('AccountMFAEnabled'));
 */
export function missingSummaryKey(key: AccountSummaryKey): string {
  return `Cannot determine: the IAM account summary has no ${key}.`;
}
