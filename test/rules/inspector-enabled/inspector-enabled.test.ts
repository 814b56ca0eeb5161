import { join } from 'node:path';
import { type ComplianceType, type ConfigurationItem, InvalidParameterError } from '../../../rule-kit';
import { evaluateWith, expectVerdict, loadItem } from '../../../rule-kit/testing';
import { rule } from '../../../rules/inspector-enabled';

const fixture = (name: string) => loadItem(join(__dirname, 'fixtures', `${name}.json`));
const withInspector = (item: ConfigurationItem, inspector: unknown): ConfigurationItem => ({ ...item, configuration: { Inspector2: inspector } });

describe('inspector-enabled on collected account items', () => {
  it.each<[string, ComplianceType, string]>([
    ['all-enabled', 'COMPLIANT', 'Amazon Inspector scans EC2, ECR, Lambda standard in eu-west-1.'],
    ['default-types-enabled-govcloud', 'COMPLIANT', 'Amazon Inspector scans EC2, ECR, Lambda standard in us-gov-west-1.'],
    [
      'ecr-suspended-lambda-disabled',
      'NON_COMPLIANT',
      'Amazon Inspector in eu-west-1 (account ENABLED) does not scan: ECR (SUSPENDED), Lambda standard (DISABLED).',
    ],
    [
      'ec2-in-error',
      'NON_COMPLIANT',
      'Amazon Inspector in eu-west-1 (account ENABLED) does not scan: EC2 (ENABLED, SSM_UNAVAILABLE), Lambda standard (DISABLING).',
    ],
    [
      'never-enabled',
      'NON_COMPLIANT',
      'Amazon Inspector in eu-west-1 (account DISABLED) does not scan: EC2 (DISABLED), ECR (DISABLED), Lambda standard (DISABLED).',
    ],
    [
      'failed-account',
      'NON_COMPLIANT',
      "Amazon Inspector did not report this account's status in eu-west-1: ACCESS_DENIED Inspector does not have permission.",
    ],
    ['unavailable-region', 'NOT_APPLICABLE', 'Amazon Inspector has no endpoint in ap-southeast-6.'],
  ])('%s → %s', (name, compliance, annotation) => {
    expectVerdict(rule, fixture(name), { compliance, annotation });
  });

  describe('parameters choose the scan types', () => {
    it('lambdaCode=true requires Lambda code scanning too', () => {
      expectVerdict(rule, fixture('all-enabled'), 'COMPLIANT', { lambdaCode: 'true' });
      expectVerdict(rule, fixture('default-types-enabled-govcloud'), { compliance: 'NON_COMPLIANT', annotation: /does not scan: Lambda code \(DISABLED\)\.$/ }, {
        lambdaCode: 'true',
      });
    });

    it('a type set to false is no longer required (it may still be on)', () => {
      expectVerdict(rule, fixture('ecr-suspended-lambda-disabled'), { compliance: 'COMPLIANT', annotation: 'Amazon Inspector scans EC2 in eu-west-1.' }, {
        ecr: 'false',
        lambda: 'False',
      });
    });

    it('refuses all four off: the rule would check nothing', () => {
      expect(() => evaluateWith(rule, fixture('all-enabled'), { ec2: 'false', ecr: 'false', lambda: 'false', lambdaCode: 'false' })).toThrow(
        InvalidParameterError,
      );
    });
  });

  it('counts ALREADY_ENABLED as enabled, and any status but ENABLED as not scanning', () => {
    const item = fixture('all-enabled');
    const [account] = ((item.configuration as { Inspector2: { Accounts: Record<string, Record<string, unknown>>[] } }).Inspector2.Accounts);
    const withState = (status: string, errorCode?: string) =>
      withInspector(item, {
        Accounts: [{ ...account, resourceState: { ...account?.['resourceState'], ecr: { status, ...(errorCode === undefined ? {} : { errorCode }) } } }],
      });
    expectVerdict(rule, withState('ENABLED', 'ALREADY_ENABLED'), 'COMPLIANT');
    for (const status of ['ENABLING', 'SUSPENDING', 'SUSPENDED', 'DISABLING', 'DISABLED', 'enabled']) {
      expectVerdict(rule, withState(status), { compliance: 'NON_COMPLIANT', annotation: new RegExp(`ECR \\(${status}\\)`) });
    }
  });

  it('does not read another account\'s entry as this account\'s', () => {
    const item = fixture('all-enabled');
    const { Accounts } = (item.configuration as { Inspector2: { Accounts: Record<string, unknown>[] } }).Inspector2;
    expectVerdict(rule, withInspector(item, { Accounts: Accounts.map((a) => ({ ...a, accountId: '999988887777' })), FailedAccounts: [] }), {
      compliance: 'NON_COMPLIANT',
      annotation: /^Cannot evaluate: .*Inspector2\.Accounts has no entry for the account/,
    });
  });

  it.each([
    ['no Inspector2 key', undefined, /configuration\.Inspector2 is not an object/],
    ['Accounts that are not a list', { Accounts: {} }, /Inspector2\.Accounts is not a list/],
    ['an Unavailable without a reason', { Unavailable: { Region: 'x' } }, /Unavailable\.Reason is not a string/],
    ['an entry without resourceState', { Accounts: [{ accountId: '111122223333', state: { status: 'ENABLED' } }] }, /does not scan: EC2 \(no status\)/],
  ])('never passes an item with %s', (_label, inspector, reason) => {
    const item = fixture('all-enabled');
    const broken = inspector === undefined ? { ...item, configuration: {} } : withInspector(item, inspector);
    expectVerdict(rule, broken, { compliance: 'NON_COMPLIANT', annotation: reason });
  });

  it("reads only its own key: an account item also holding other collectors' facts gets the same verdict", () => {
    for (const name of ['all-enabled', 'ecr-suspended-lambda-disabled']) {
      const item = fixture(name);
      const merged = { ...item, configuration: { ...(item.configuration as object), AccountSummary: { AccountMFAEnabled: 1 }, Trails: [] } };
      expect(evaluateWith(rule, merged)).toEqual(evaluateWith(rule, item));
    }
  });
});
