import type { AccountSummaryKey, AccountSummaryReader } from '../../rule-kit';

/** The summary keys that say whether the root user holds any credential at all. */
export const ROOT_CREDENTIAL_KEYS = [
  'AccountPasswordPresent',
  'AccountAccessKeysPresent',
  'AccountSigningCertificatesPresent',
] as const satisfies readonly AccountSummaryKey[];

/**
 * True only when the summary shows every root credential kind as absent (0), as under centralised
 * root access once the credentials are deleted. A missing key is not evidence of absence: then the
 * rule cannot conclude the root user is unusable and evaluates MFA instead.
 */
export function rootHasNoCredentials(read: AccountSummaryReader): boolean {
  return ROOT_CREDENTIAL_KEYS.every((key) => read(key) === 0);
}
