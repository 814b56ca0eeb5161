export { ACCOUNT_RESOURCE_TYPE, accountItem, rootUserArn } from './account-item';
export { lazyCollector } from './lazy-collector';
export { collectedItem } from './collected-item';
export { UnexpectedResponseError } from './unexpected-response-error';
export type { CollectedFacts } from './collected-item';
export { ACCOUNT_SUMMARY_PERMISSIONS, accountSummaryCollector } from './account-summary';
export { missingSummaryKey, readAccountSummary } from './read-account-summary';
export type { AccountSummaryKey, AccountSummaryReader } from './read-account-summary';
export { readServiceQuota, SERVICE_QUOTA_PERMISSIONS } from './service-quota';
export type { QuotaValue, QuotaValueSource } from './service-quota';
export { ServiceQuotaValueMissingError } from './service-quota-value-missing-error';
export { callAws, isServiceUnavailableInRegion } from './aws-call';
export { CollectorAccessDeniedError } from './collector-access-denied-error';
export {
  ACCOUNT_PUBLIC_ACCESS_BLOCK_PERMISSIONS,
  ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE,
  accountPublicAccessBlockItem,
  NO_PUBLIC_ACCESS_BLOCK_MARKER,
  readAccountPublicAccessBlockItem,
} from './account-public-access-block';
export { PUBLIC_ACCESS_BLOCK_SETTINGS } from './public-access-block-settings';
export type { PublicAccessBlockSettingName } from './public-access-block-settings';
