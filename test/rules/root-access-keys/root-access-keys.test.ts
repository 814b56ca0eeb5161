import { join } from 'node:path';
import { GetAccountSummaryCommand, IAMClient } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { accountSummaryCollector, type ComplianceType, InvalidParameterError } from '../../../rule-kit';
import { evaluateItem, loadItem, parseParameters } from '../../../rule-kit/testing';
import { rule } from '../../../rules/root-access-keys';
import { collectAndEvaluate } from '../../rule-kit/collectors/collector-context';

const fixture = (name: string) => loadItem(join(__dirname, 'fixtures', `${name}.json`));

describe('root-access-keys on recorded collected items', () => {
  it.each<[string, ComplianceType, RegExp]>([
    ['no-access-keys', 'COMPLIANT', /no access keys/],
    // Unlike root-mfa, no keys under centralised root access is simply compliant, as AWS's managed rule says.
    ['centralised-root-access', 'COMPLIANT', /no access keys/],
    ['access-keys-present', 'NON_COMPLIANT', /root user of account 123456789012 has access keys \(AccountAccessKeysPresent = 1\)/],
    ['missing-access-keys-key', 'NON_COMPLIANT', /Cannot determine: .* no AccountAccessKeysPresent/],
    ['malformed-access-keys-value', 'NON_COMPLIANT', /Cannot evaluate: .*AccountAccessKeysPresent is not a whole number .*"0"/],
    ['no-summary', 'NON_COMPLIANT', /Cannot evaluate: .*configuration\.AccountSummary is not an object/],
    ['deleted', 'NOT_APPLICABLE', /deleted/],
    ['other-type', 'NOT_APPLICABLE', /does not evaluate AWS::IAM::User/],
  ])('%s → %s', (name, compliance, annotation) => {
    const verdict = evaluateItem(rule, fixture(name), parseParameters(rule.parameters, {}));
    expect(verdict.compliance).toBe(compliance);
    expect(verdict.annotation).toMatch(annotation);
  });
});

describe('root-access-keys definition', () => {
  it('is a periodic rule on AWS::::Account, fed by the account-summary collector, needing only iam:GetAccountSummary', () => {
    expect(rule.id).toBe('root-access-keys');
    expect(rule.resourceTypes).toEqual(['AWS::::Account']);
    expect(rule.triggers).toEqual(['periodic']);
    expect(rule.collector).toBe(accountSummaryCollector);
    expect(rule.permissions).toEqual(['iam:GetAccountSummary']);
  });

  it('takes no parameters: defaults parse, and any parameter is refused', () => {
    expect(parseParameters(rule.parameters, {})).toEqual({});
    expect(() => parseParameters(rule.parameters, { activeOnly: 'true' })).toThrow(InvalidParameterError);
  });
});

describe('root-access-keys from the collector', () => {
  const iam = mockClient(IAMClient);
  afterAll(() => iam.restore());

  it.each<[number, ComplianceType]>([
    [0, 'COMPLIANT'],
    [1, 'NON_COMPLIANT'],
  ])('evaluates AccountAccessKeysPresent = %p as %s', async (keys, compliance) => {
    iam.reset();
    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountAccessKeysPresent: keys, AccountMFAEnabled: 1 } });
    expect(await collectAndEvaluate(rule, {})).toEqual([compliance]);
  });
});
