import {
  ACCOUNT_RESOURCE_TYPE,
  ACCOUNT_SUMMARY_PERMISSIONS,
  accountSummaryCollector,
  compliant,
  defineRule,
  missingSummaryKey,
  nonCompliant,
  notApplicable,
  readAccountSummary,
} from '../../rule-kit';
import { rootHasNoCredentials } from './root-credentials';

/** The root user cannot be limited by IAM policies; MFA is what stands between a leaked password and the account. */
export const rule = defineRule({
  id: 'root-mfa',
  description:
    'Checks that the root user has MFA enabled (IAM GetAccountSummary AccountMFAEnabled = 1). NOT_APPLICABLE when the root user has no password, access keys or signing certificates.',
  severity: 'CRITICAL',
  resourceTypes: [ACCOUNT_RESOURCE_TYPE],
  triggers: ['periodic'],
  parameters: {},
  collector: accountSummaryCollector,
  permissions: [...ACCOUNT_SUMMARY_PERMISSIONS],
  timeoutSeconds: 30,
  evaluate(item) {
    const read = readAccountSummary(item);
    if (rootHasNoCredentials(read)) {
      return notApplicable('The root user has no password, access keys or signing certificates (centralised root access).');
    }
    const mfa = read('AccountMFAEnabled');
    if (mfa === undefined) return nonCompliant(missingSummaryKey('AccountMFAEnabled'));
    if (mfa === 1) return compliant('The root user has MFA enabled.');
    if (mfa === 0) return nonCompliant(`The root user of account ${item.resourceId} has no MFA device (AccountMFAEnabled = 0).`);
    // IAM documents only 0 and 1; anything else is not proof of MFA.
    return nonCompliant(`Cannot determine: AccountMFAEnabled is ${mfa}, expected 0 or 1.`);
  },
});
