export { ACCOUNT_RESOURCE_TYPE, accountItem, rootUserArn } from './account-item';
export { collectedItem } from './collected-item';
export type { CollectedFacts } from './collected-item';
export { ACCOUNT_SUMMARY_PERMISSIONS, accountSummaryCollector } from './account-summary';
export { missingSummaryKey, readAccountSummary } from './read-account-summary';
export type { AccountSummaryKey, AccountSummaryReader } from './read-account-summary';
export { readServiceQuota, SERVICE_QUOTA_PERMISSIONS } from './service-quota';
export type { QuotaValue, QuotaValueSource } from './service-quota';
export { ServiceQuotaValueMissingError } from './service-quota-value-missing-error';
