import {
  ACCOUNT_RESOURCE_TYPE,
  ACCOUNT_SUMMARY_PERMISSIONS,
  accountSummaryCollector,
  compliant,
  defineRule,
  missingSummaryKey,
  nonCompliant,
  readAccountSummary,
} from '../../rule-kit';

/** Root access keys grant unrestricted API access that no IAM policy or SCP on the account can limit. */
export const rule = defineRule({
  id: 'root-access-keys',
  description: 'Checks that the root user has no access keys (IAM GetAccountSummary AccountAccessKeysPresent = 0).',
  severity: 'CRITICAL',
  resourceTypes: [ACCOUNT_RESOURCE_TYPE],
  triggers: ['periodic'],
  parameters: {},
  collector: accountSummaryCollector,
  permissions: [...ACCOUNT_SUMMARY_PERMISSIONS],
  timeoutSeconds: 30,
  evaluate(item) {
    const keys = readAccountSummary(item)('AccountAccessKeysPresent');
    if (keys === undefined) return nonCompliant(missingSummaryKey('AccountAccessKeysPresent'));
    if (keys === 0) return compliant('The root user has no access keys.');
    return nonCompliant(`The root user of account ${item.resourceId} has access keys (AccountAccessKeysPresent = ${keys}).`);
  },
});
