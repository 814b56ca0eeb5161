import { join } from 'node:path';
import { type ConfigurationItem, InvalidParameterError } from '../../../rule-kit';
import { expectVerdict, loadItem, parseParameters } from '../../../rule-kit/testing';
import { rule } from '../../../rules/service-limits';

const fixture = (name: string) => loadItem(join(__dirname, 'fixtures', `${name}.json`));
const config = (item: ConfigurationItem) => item.configuration as Record<string, unknown>;
const withConfig = (item: ConfigurationItem, patch: Record<string, unknown>): ConfigurationItem => ({
  ...item,
  configuration: { ...config(item), ...patch },
});

describe('service-limits on collected items', () => {
  it('is COMPLIANT when every quota is under the threshold, naming the highest', () => {
    expectVerdict(rule, fixture('healthy'), {
      compliance: 'COMPLIANT',
      annotation: 'All 7 quotas are under 80%; highest: VPCs per Region in eu-west-1 2 of 5 (40%).',
    });
  });

  it('names each quota at or over the threshold with usage and limit, most used first', () => {
    expectVerdict(rule, fixture('near-limits'), {
      compliance: 'NON_COMPLIANT',
      annotation:
        'At or over 80% of quota: EC2-VPC Elastic IPs in eu-west-1 5 of 5 (100%); IAM roles 950 of 1000 (95%); VPCs per Region in eu-west-1 4 of 5 (80%).',
    });
  });

  it('uses raised (applied) limits', () => {
    expectVerdict(rule, fixture('raised-limits'), { compliance: 'COMPLIANT', annotation: /highest: VPCs per Region in eu-west-1 14 of 20 \(70%\)/ });
    expectVerdict(rule, fixture('raised-limits'), { compliance: 'NON_COMPLIANT', annotation: /^At or over 70% of quota: VPCs per Region .*Internet gateways per Region/ }, {
      threshold: '70',
    });
  });

  it('reports a quota it could not read, never treating it as fine', () => {
    expectVerdict(rule, fixture('quota-access-denied'), {
      compliance: 'NON_COMPLIANT',
      annotation: /^Could not read quota Internet gateways per Region: GetServiceQuota AccessDeniedException: User: .* not authorized/,
    });
    expectVerdict(rule, fixture('summary-access-denied'), {
      compliance: 'NON_COMPLIANT',
      annotation: /^Could not read quotas IAM users, IAM roles, IAM groups, IAM customer managed policies: GetAccountSummary AccessDenied: User: .*iam:GetAccountSummary\.$/,
    });
  });

  it('lists quotas over the threshold before those it could not read', () => {
    const item = withConfig(fixture('quota-access-denied'), { ServiceQuotas: [{ service: 'vpc', quotaCode: 'L-F678F1CE', name: 'VPCs per Region', region: 'eu-west-1', usage: 5, limit: 5 }, (config(fixture('healthy'))['ServiceQuotas'] as unknown[])[2]] });
    expectVerdict(rule, item, { compliance: 'NON_COMPLIANT', annotation: /^At or over 80% of quota: VPCs per Region in eu-west-1 5 of 5 \(100%\)\. Could not read quota Internet gateways/ });
  });

  it('is NOT_APPLICABLE for a deleted item and other resource types', () => {
    expectVerdict(rule, fixture('deleted'), { compliance: 'NOT_APPLICABLE', annotation: /deleted/ });
    expectVerdict(rule, fixture('other-type'), { compliance: 'NOT_APPLICABLE', annotation: /AWS::IAM::User/ });
  });
});

describe('missing or malformed facts are NON_COMPLIANT', () => {
  const healthy = fixture('healthy');

  it('an expected regional quota that is neither measured nor recorded as an error', () => {
    const quotas = (config(healthy)['ServiceQuotas'] as { quotaCode: string }[]).filter((quota) => quota.quotaCode !== 'L-0263D0A3');
    expectVerdict(rule, withConfig(healthy, { ServiceQuotas: quotas }), {
      compliance: 'NON_COMPLIANT',
      annotation: 'Could not read quota EC2-VPC Elastic IPs: not collected (ec2/L-0263D0A3).',
    });
  });

  it('an IAM quota whose key the account summary lacks', () => {
    const { RolesQuota: _gone, ...summary } = config(healthy)['AccountSummary'] as Record<string, number>;
    expectVerdict(rule, withConfig(healthy, { AccountSummary: summary }), {
      compliance: 'NON_COMPLIANT',
      annotation: 'Could not read quota IAM roles: the IAM account summary has no RolesQuota.',
    });
  });

  it('no account summary and no error explaining it', () => {
    const { AccountSummary: _gone, ...rest } = config(healthy);
    expectVerdict(rule, { ...healthy, configuration: rest }, { compliance: 'NON_COMPLIANT', annotation: /^Could not read quotas IAM users, IAM roles, IAM groups, IAM customer managed policies: the item has no IAM account summary\.$/ });
  });

  it.each([
    ['a string usage', { ServiceQuotas: [{ name: 'VPCs per Region', usage: '2', limit: 5 }] }, /ServiceQuotas\[0\]\.usage is not a number/],
    ['a negative limit', { ServiceQuotas: [{ name: 'VPCs per Region', usage: 2, limit: -1 }] }, /ServiceQuotas\[0\]\.limit is not a number of at least 0/],
    ['a quota without a name', { ServiceQuotas: [{ usage: 2, limit: 5 }] }, /ServiceQuotas\[0\]\.name is not a string/],
    ['Errors not a list', { Errors: { quota: 'x' } }, /configuration\.Errors is not a list/],
    ['an error without a quota name', { Errors: [{ code: 'AccessDenied' }] }, /Errors\[0\]\.quota is not a string/],
    ['a summary that is not an object', { AccountSummary: 'Users=3' }, /configuration\.AccountSummary is not an object/],
  ])('cannot evaluate %s', (_label, patch, reason) => {
    expectVerdict(rule, withConfig(healthy, patch), { compliance: 'NON_COMPLIANT', annotation: reason });
  });

  it('a configuration that is not an object', () => {
    expectVerdict(rule, { ...healthy, configuration: [] }, { compliance: 'NON_COMPLIANT', annotation: /configuration is not an object/ });
  });

  it('a quota with limit 0 is at its limit', () => {
    const quotas = (config(healthy)['ServiceQuotas'] as Record<string, unknown>[]).map((quota) => (quota['quotaCode'] === 'L-A4707A72' ? { ...quota, usage: 0, limit: 0 } : quota));
    expectVerdict(rule, withConfig(healthy, { ServiceQuotas: quotas }), { compliance: 'NON_COMPLIANT', annotation: /Internet gateways per Region in eu-west-1 0 of 0 \(limit 0\)/ });
  });
});

describe('threshold parameter', () => {
  it('defaults to 80 and takes whole percentages from 1 to 100', () => {
    expect(parseParameters(rule.parameters, {})).toEqual({ threshold: 80 });
    expect(parseParameters(rule.parameters, { threshold: '95' })).toEqual({ threshold: 95 });
    for (const bad of ['0', '101', '80%', '79.5', 'high']) expect(() => parseParameters(rule.parameters, { threshold: bad })).toThrow(InvalidParameterError);
    expect(() => parseParameters(rule.parameters, { Threshold: '80' })).toThrow(InvalidParameterError);
  });

  it('at exactly the threshold is NON_COMPLIANT; just under is COMPLIANT', () => {
    // near-limits: roles 95%, VPCs 80%, Elastic IPs 100%.
    expectVerdict(rule, fixture('near-limits'), { compliance: 'NON_COMPLIANT', annotation: /^At or over 100% of quota: EC2-VPC Elastic IPs in eu-west-1 5 of 5 \(100%\)\.$/ }, { threshold: '100' });
    expectVerdict(rule, fixture('healthy'), 'NON_COMPLIANT', { threshold: '40' });
    expectVerdict(rule, fixture('healthy'), 'COMPLIANT', { threshold: '41' });
  });

  it('is a periodic AWS::::Account rule with least-privilege permissions', () => {
    expect(rule.triggers).toEqual(['periodic']);
    expect(rule.resourceTypes).toEqual(['AWS::::Account']);
    expect([...rule.permissions].sort()).toEqual([
      'ec2:DescribeAddresses',
      'ec2:DescribeInternetGateways',
      'ec2:DescribeVpcs',
      'iam:GetAccountSummary',
      'servicequotas:GetAWSDefaultServiceQuota',
      'servicequotas:GetServiceQuota',
    ]);
  });
});
