import {
  ACCOUNT_RESOURCE_TYPE,
  ACCOUNT_SUMMARY_PERMISSIONS,
  accountSummaryCollector,
  defineRule,
  param,
  readAccountSummary,
} from '../../rule-kit';
import { iamUseVerdict } from './iam-use-verdict';

/** Trusted Advisor "IAM Use": an account where nobody has an IAM identity is an account run as root. */
export const rule = defineRule({
  id: 'iam-use',
  description:
    'Checks that IAM identities are in use rather than only the root user: at least one IAM user, or (by default) an identity provider for federated access (IAM GetAccountSummary).',
  severity: 'MEDIUM',
  resourceTypes: [ACCOUNT_RESOURCE_TYPE],
  triggers: ['periodic'],
  parameters: {
    acceptIdentityProviders: param.boolean({
      description:
        'Count SAML/OIDC identity providers (federation, IAM Identity Center) as IAM use. false matches Trusted Advisor exactly: IAM users only.',
      default: true,
    }),
  },
  collector: accountSummaryCollector,
  permissions: [...ACCOUNT_SUMMARY_PERMISSIONS],
  timeoutSeconds: 30,
  evaluate(item, params) {
    return iamUseVerdict(readAccountSummary(item), params.acceptIdentityProviders);
  },
});
