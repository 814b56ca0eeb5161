import fc from 'fast-check';
import type { AccountSummaryKey } from '../../../rule-kit';

/** Keys the account rules read, plus neighbours that must not sway them. */
export const SUMMARY_KEYS = [
  'AccountMFAEnabled',
  'AccountPasswordPresent',
  'AccountAccessKeysPresent',
  'AccountSigningCertificatesPresent',
  'Users',
  'Groups',
  'Roles',
  'Providers',
  'MFADevices',
  'MFADevicesInUse',
  'InstanceProfiles',
] as const satisfies readonly AccountSummaryKey[];

export type SummaryMap = Partial<Record<AccountSummaryKey, number>>;

/** A SummaryMap with small counts (0 and 1 dominate, as in real accounts) and any key possibly missing. */
export function arbSummaryMap(): fc.Arbitrary<SummaryMap> {
  const count = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(0, 1) }, { weight: 1, arbitrary: fc.nat(40) });
  const model = Object.fromEntries(SUMMARY_KEYS.map((key) => [key, count])) as Record<(typeof SUMMARY_KEYS)[number], fc.Arbitrary<number>>;
  return fc.record(model, { requiredKeys: [] });
}

/** A summary whose values under the real key names are arbitrary JSON (wrong types, nulls, nesting). */
export function arbJunkSummaryMap(): fc.Arbitrary<Record<string, unknown>> {
  const model = Object.fromEntries(SUMMARY_KEYS.map((key) => [key, fc.jsonValue()])) as Record<string, fc.Arbitrary<unknown>>;
  return fc.record(model, { requiredKeys: [] });
}
