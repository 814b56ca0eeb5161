import { type AccountSummaryReader, compliant, missingSummaryKey, nonCompliant, type Verdict } from '../../rule-kit';

/**
 * IAM is in use when the account has at least one IAM user (Trusted Advisor's "IAM Use" criterion) or,
 * with `acceptIdentityProviders`, at least one SAML/OIDC identity provider (people sign in through
 * federation or IAM Identity Center and reach roles, not root). Roles and groups alone never count:
 * every account holds AWS-created service-linked roles, and a group without users lets nobody in.
 * Only a present count of at least 1 passes; missing keys never do.
 */
export function iamUseVerdict(read: AccountSummaryReader, acceptIdentityProviders: boolean): Verdict {
  const users = read('Users');
  if (users !== undefined && users > 0) return compliant(`The account has ${users} IAM user(s).`);
  const providers = acceptIdentityProviders ? read('Providers') : 0;
  if (providers !== undefined && providers > 0) {
    return compliant(`The account has no IAM users but ${providers} identity provider(s) for federated access.`);
  }
  if (users === undefined) return nonCompliant(missingSummaryKey('Users'));
  if (providers === undefined) return nonCompliant(missingSummaryKey('Providers'));
  const roles = read('Roles');
  return nonCompliant(
    (acceptIdentityProviders
      ? 'No IAM users (Users = 0) and no identity providers (Providers = 0)'
      : 'No IAM users (Users = 0)') +
      `: people can only work as root. Roles (${roles ?? 'unknown'}) do not count; service-linked roles exist in every account.`,
  );
}
