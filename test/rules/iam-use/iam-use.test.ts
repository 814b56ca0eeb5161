import { join } from 'node:path';
import { GetAccountSummaryCommand, IAMClient } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { accountSummaryCollector, type ComplianceType, InvalidParameterError, type RawParameters } from '../../../rule-kit';
import { evaluateItem, loadItem, parseParameters } from '../../../rule-kit/testing';
import { rule } from '../../../rules/iam-use';
import { collectAndEvaluate } from '../../rule-kit/collectors/collector-context';

const fixture = (name: string) => loadItem(join(__dirname, 'fixtures', `${name}.json`));
const verdictOf = (name: string, raw: RawParameters = {}) =>
  evaluateItem(rule, fixture(name), parseParameters(rule.parameters, raw));

describe('iam-use on recorded collected items (default parameters)', () => {
  it.each<[string, ComplianceType, RegExp]>([
    ['iam-users', 'COMPLIANT', /4 IAM user\(s\)/],
    ['users-only', 'COMPLIANT', /4 IAM user\(s\)/],
    ['federated-only', 'COMPLIANT', /no IAM users but 1 identity provider/],
    ['root-only', 'NON_COMPLIANT', /No IAM users \(Users = 0\) and no identity providers \(Providers = 0\).*Roles \(6\) do not count/],
    ['missing-users-key', 'NON_COMPLIANT', /Cannot determine: .* no Users/],
    ['missing-providers-key', 'NON_COMPLIANT', /Cannot determine: .* no Providers/],
    ['no-summary', 'NON_COMPLIANT', /Cannot evaluate: .*configuration\.AccountSummary is not an object/],
    ['deleted', 'NOT_APPLICABLE', /deleted/],
    ['other-type', 'NOT_APPLICABLE', /does not evaluate AWS::IAM::User/],
  ])('%s → %s', (name, compliance, annotation) => {
    const verdict = verdictOf(name);
    expect(verdict.compliance).toBe(compliance);
    expect(verdict.annotation).toMatch(annotation);
    expect((verdict.annotation ?? '').length).toBeLessThanOrEqual(256);
  });
});

describe('iam-use with acceptIdentityProviders=false (Trusted Advisor exactly: IAM users only)', () => {
  it.each<[string, ComplianceType, RegExp]>([
    ['iam-users', 'COMPLIANT', /4 IAM user\(s\)/],
    ['federated-only', 'NON_COMPLIANT', /^No IAM users \(Users = 0\): .*Roles \(23\)/],
    ['root-only', 'NON_COMPLIANT', /^No IAM users \(Users = 0\):/],
    // Providers is not read when it does not count, so its absence cannot block a verdict.
    ['missing-providers-key', 'NON_COMPLIANT', /^No IAM users \(Users = 0\):/],
    ['missing-users-key', 'NON_COMPLIANT', /Cannot determine: .* no Users/],
  ])('%s → %s', (name, compliance, annotation) => {
    const verdict = verdictOf(name, { acceptIdentityProviders: 'false' });
    expect(verdict.compliance).toBe(compliance);
    expect(verdict.annotation).toMatch(annotation);
  });
});

describe('iam-use definition and parameters', () => {
  it('is a periodic rule on AWS::::Account, fed by the account-summary collector, needing only iam:GetAccountSummary', () => {
    expect(rule.id).toBe('iam-use');
    expect(rule.resourceTypes).toEqual(['AWS::::Account']);
    expect(rule.triggers).toEqual(['periodic']);
    expect(rule.collector).toBe(accountSummaryCollector);
    expect(rule.permissions).toEqual(['iam:GetAccountSummary']);
  });

  it('accepts identity providers by default and takes true/false in any case', () => {
    expect(parseParameters(rule.parameters, {})).toEqual({ acceptIdentityProviders: true });
    expect(parseParameters(rule.parameters, { acceptIdentityProviders: 'FALSE' })).toEqual({ acceptIdentityProviders: false });
    expect(parseParameters(rule.parameters, { acceptIdentityProviders: false })).toEqual({ acceptIdentityProviders: false });
  });

  it.each([['yes'], ['0'], [{}]])('refuses acceptIdentityProviders=%p', (value) => {
    expect(() => parseParameters(rule.parameters, { acceptIdentityProviders: value })).toThrow(InvalidParameterError);
  });

  it('refuses unknown parameters', () => {
    expect(() => parseParameters(rule.parameters, { countRoles: 'true' })).toThrow(InvalidParameterError);
  });
});

describe('iam-use from the collector', () => {
  const iam = mockClient(IAMClient);
  afterAll(() => iam.restore());

  it.each<[Record<string, number>, ComplianceType]>([
    [{ Users: 0, Groups: 2, Roles: 9, Providers: 0 }, 'NON_COMPLIANT'],
    [{ Users: 1, Groups: 0, Roles: 3, Providers: 0 }, 'COMPLIANT'],
    [{ Users: 0, Groups: 0, Roles: 14, Providers: 1 }, 'COMPLIANT'],
  ])('evaluates %p as %s', async (SummaryMap, compliance) => {
    iam.reset();
    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap });
    expect(await collectAndEvaluate(rule, { acceptIdentityProviders: true })).toEqual([compliance]);
  });
});
