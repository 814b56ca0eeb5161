import { join } from 'node:path';
import { GetAccountSummaryCommand, IAMClient } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { accountSummaryCollector, type ComplianceType, InvalidParameterError } from '../../../rule-kit';
import { evaluateItem, loadItem, parseParameters } from '../../../rule-kit/testing';
import { rule } from '../../../rules/root-mfa';
import { collectAndEvaluate } from '../../rule-kit/collectors/collector-context';

const fixture = (name: string) => loadItem(join(__dirname, 'fixtures', `${name}.json`));
const verdictOf = (name: string) => evaluateItem(rule, fixture(name), parseParameters(rule.parameters, {}));

describe('root-mfa on recorded collected items', () => {
  it.each<[string, ComplianceType, RegExp]>([
    ['mfa-enabled', 'COMPLIANT', /has MFA enabled/],
    ['mfa-enabled-china', 'COMPLIANT', /has MFA enabled/],
    ['mfa-disabled', 'NON_COMPLIANT', /root user of account 123456789012 has no MFA device \(AccountMFAEnabled = 0\)/],
    ['mfa-disabled-access-keys-only', 'NON_COMPLIANT', /AccountMFAEnabled = 0/],
    ['centralised-root-access', 'NOT_APPLICABLE', /no password, access keys or signing certificates/],
    ['centralised-root-access-mfa-left', 'NOT_APPLICABLE', /centralised root access/],
    ['missing-mfa-key', 'NON_COMPLIANT', /Cannot determine: .* no AccountMFAEnabled/],
    // Without AccountPasswordPresent the rule cannot conclude "no credentials", so MFA decides.
    ['missing-password-key', 'NON_COMPLIANT', /AccountMFAEnabled = 0/],
    ['malformed-mfa-value', 'NON_COMPLIANT', /Cannot evaluate: .*configuration\.AccountSummary\.AccountMFAEnabled is not a whole number/],
    ['unexpected-mfa-value', 'NON_COMPLIANT', /AccountMFAEnabled is 2, expected 0 or 1/],
    ['no-summary', 'NON_COMPLIANT', /Cannot evaluate: .*configuration\.AccountSummary is not an object/],
    ['deleted', 'NOT_APPLICABLE', /deleted/],
    ['other-type', 'NOT_APPLICABLE', /does not evaluate AWS::IAM::User/],
  ])('%s → %s', (name, compliance, annotation) => {
    const verdict = verdictOf(name);
    expect(verdict.compliance).toBe(compliance);
    expect(verdict.annotation).toMatch(annotation);
  });
});

describe('root-mfa definition', () => {
  it('is a periodic rule on AWS::::Account, fed by the account-summary collector, needing only iam:GetAccountSummary', () => {
    expect(rule.id).toBe('root-mfa');
    expect(rule.resourceTypes).toEqual(['AWS::::Account']);
    expect(rule.triggers).toEqual(['periodic']);
    expect(rule.collector).toBe(accountSummaryCollector);
    expect(rule.permissions).toEqual(['iam:GetAccountSummary']);
  });

  it('takes no parameters: defaults parse, and any parameter is refused', () => {
    expect(parseParameters(rule.parameters, {})).toEqual({});
    expect(() => parseParameters(rule.parameters, { hardwareMfa: 'true' })).toThrow(InvalidParameterError);
  });
});

describe('root-mfa from the collector', () => {
  const iam = mockClient(IAMClient);
  afterAll(() => iam.restore());

  it.each<[Record<string, number>, ComplianceType]>([
    [{ AccountMFAEnabled: 0, AccountPasswordPresent: 1, AccountAccessKeysPresent: 0, AccountSigningCertificatesPresent: 0 }, 'NON_COMPLIANT'],
    [{ AccountMFAEnabled: 1, AccountPasswordPresent: 1, AccountAccessKeysPresent: 0, AccountSigningCertificatesPresent: 0 }, 'COMPLIANT'],
    [{ AccountMFAEnabled: 0, AccountPasswordPresent: 0, AccountAccessKeysPresent: 0, AccountSigningCertificatesPresent: 0 }, 'NOT_APPLICABLE'],
  ])('evaluates what the collector yields for %p as %s', async (SummaryMap, compliance) => {
    iam.reset();
    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap });
    expect(await collectAndEvaluate(rule, {})).toEqual([compliance]);
  });
});
