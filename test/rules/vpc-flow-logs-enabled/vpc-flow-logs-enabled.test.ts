import { join } from 'node:path';
import { type ComplianceType, type ConfigurationItem, InvalidParameterError } from '../../../rule-kit';
import { expectVerdict, loadItem, loadItems, parseParameters } from '../../../rule-kit/testing';
import { rule } from '../../../rules/vpc-flow-logs-enabled';

const fixture = (name: string) => join(__dirname, 'fixtures', `${name}.json`);
const collected = loadItems(fixture('collected-vpcs'));
const byName = (name: string): ConfigurationItem => {
  const item = collected.find((candidate) => candidate.resourceName === name || (name === 'default' && candidate.resourceName === undefined));
  if (item === undefined) throw new Error(`no collected VPC named ${name}`);
  return item;
};
const withFlowLogs = (item: ConfigurationItem, flowLogs: unknown): ConfigurationItem => ({
  ...item,
  supplementaryConfiguration: { ...item.supplementaryConfiguration, FlowLogs: flowLogs },
});
const firstLog = (item: ConfigurationItem): Record<string, unknown> =>
  (item.supplementaryConfiguration?.['FlowLogs'] as Record<string, unknown>[])[0] ?? {};

describe('vpc-flow-logs-enabled on collected VPCs, default parameters (any traffic)', () => {
  it.each<[string, ComplianceType, RegExp]>([
    ['prod', 'COMPLIANT', /^VPC vpc-0a1b2c3d4e5f60718 has an active flow log: fl-0123456789abcdef0 \(ALL\)\.$/],
    ['staging', 'COMPLIANT', /fl-0234567890abcdef1 \(REJECT\)/],
    ['default', 'NON_COMPLIANT', /^VPC vpc-0c3d4e5f607182930 has no flow log\.$/],
    ['legacy', 'NON_COMPLIANT', /^VPC vpc-0d4e5f60718293a41 has no active flow log: fl-0345678901abcdef2 delivery failed\.$/],
    ['split-logs', 'COMPLIANT', /fl-0456789012abcdef3 \(ACCEPT\), fl-0567890123abcdef4 \(REJECT\)/],
    ['accept-only', 'COMPLIANT', /fl-0678901234abcdef5 \(ACCEPT\)/],
  ])('%s → %s', (name, compliance, annotation) => {
    expectVerdict(rule, byName(name), { compliance, annotation });
  });
});

describe('vpc-flow-logs-enabled with trafficType', () => {
  it.each<[string, string, ComplianceType]>([
    // ALL covers every required type.
    ['prod', 'REJECT', 'COMPLIANT'],
    ['prod', 'ACCEPT', 'COMPLIANT'],
    ['prod', 'ALL', 'COMPLIANT'],
    // REJECT covers only REJECT.
    ['staging', 'REJECT', 'COMPLIANT'],
    ['staging', 'ACCEPT', 'NON_COMPLIANT'],
    ['staging', 'ALL', 'NON_COMPLIANT'],
    // ACCEPT + REJECT together record everything.
    ['split-logs', 'ALL', 'COMPLIANT'],
    ['split-logs', 'REJECT', 'COMPLIANT'],
    ['accept-only', 'REJECT', 'NON_COMPLIANT'],
    ['accept-only', 'ALL', 'NON_COMPLIANT'],
    ['default', 'ALL', 'NON_COMPLIANT'],
    ['legacy', 'ALL', 'NON_COMPLIANT'],
  ])('%s with trafficType %s → %s', (name, trafficType, compliance) => {
    expectVerdict(rule, byName(name), compliance, { trafficType });
  });

  it('names the required traffic and the active logs that fall short', () => {
    expectVerdict(
      rule,
      byName('accept-only'),
      { compliance: 'NON_COMPLIANT', annotation: 'VPC vpc-0f60718293a4b5c63 has no active flow log recording REJECT traffic (active: fl-0678901234abcdef5 (ACCEPT)).' },
      { trafficType: 'REJECT' },
    );
  });

  it('accepts the traffic type in any case, as the console and packs may send it', () => {
    expectVerdict(rule, byName('staging'), 'COMPLIANT', { trafficType: 'reject' });
    expectVerdict(rule, byName('staging'), 'NON_COMPLIANT', { trafficType: 'Accept' });
  });

  it('reads an empty trafficType as unset, as the managed rule without the parameter: any counting log', () => {
    // vpc-flow-logs-enabled (managed): trafficType (Optional), Type: String, "TrafficType of flow logs".
    expect(parseParameters(rule.parameters, { trafficType: '' })).toEqual({ trafficType: undefined });
    expectVerdict(rule, byName('staging'), 'COMPLIANT', { trafficType: '' });
  });

  it.each(['DENY', 'ALL,REJECT', '1'])('refuses trafficType %p', (trafficType) => {
    expect(() => parseParameters(rule.parameters, { trafficType })).toThrow(InvalidParameterError);
  });

  it('leaves trafficType unset by default and refuses unknown parameters', () => {
    expect(parseParameters(rule.parameters, {})).toEqual({ trafficType: undefined });
    expect(() => parseParameters(rule.parameters, { TrafficType: 'ALL' })).toThrow(InvalidParameterError);
  });
});

describe('which flow logs count', () => {
  const prod = byName('prod');

  it.each(['INACTIVE', 'DELETING', 'active', undefined])('a log with FlowLogStatus %p does not count', (status) => {
    const log = { ...firstLog(prod), FlowLogStatus: status };
    expectVerdict(rule, withFlowLogs(prod, [log]), { compliance: 'NON_COMPLIANT', annotation: /has no active flow log: fl-0123456789abcdef0 is / });
  });

  it('a log whose delivery failed does not count, even beside a log of another VPC', () => {
    const failed = { ...firstLog(prod), DeliverLogsStatus: 'FAILED' };
    const otherVpc = { ...firstLog(prod), FlowLogId: 'fl-0999999999abcdef9', ResourceId: 'vpc-0ffffffffffffffff' };
    expectVerdict(rule, withFlowLogs(prod, [failed, otherVpc]), { compliance: 'NON_COMPLIANT', annotation: /fl-0123456789abcdef0 delivery failed\.$/ });
  });

  it('a log on another resource (subnet, other VPC) is not this VPC’s flow log', () => {
    const onSubnet = { ...firstLog(prod), ResourceId: 'subnet-0f1e2d3c4b5a69788' };
    expectVerdict(rule, withFlowLogs(prod, [onSubnet]), { compliance: 'NON_COMPLIANT', annotation: /has no flow log/ });
  });

  it('a log without a delivery status counts (no delivery attempted is not a failure); an unknown status does not', () => {
    const { DeliverLogsStatus: _dropped, ...withoutDelivery } = firstLog(prod);
    expectVerdict(rule, withFlowLogs(prod, [withoutDelivery]), 'COMPLIANT');
    expectVerdict(rule, withFlowLogs(prod, [{ ...firstLog(prod), DeliverLogsStatus: 'PENDING' }]), {
      compliance: 'NON_COMPLIANT',
      annotation: /unknown delivery status/,
    });
  });

  it('a log with an unknown traffic type counts for "any" but never for a required type', () => {
    const odd = { ...firstLog(prod), TrafficType: 'SOME' };
    expectVerdict(rule, withFlowLogs(prod, [odd]), 'COMPLIANT');
    expectVerdict(rule, withFlowLogs(prod, [odd]), 'NON_COMPLIANT', { trafficType: 'REJECT' });
  });

  it('reads flow logs stored as a JSON string (API shape)', () => {
    expectVerdict(rule, withFlowLogs(prod, JSON.stringify([firstLog(prod)])), 'COMPLIANT');
  });

  it('names at most three failing logs and counts the rest', () => {
    const logs = [1, 2, 3, 4, 5].map((n) => ({ ...firstLog(prod), FlowLogId: `fl-${n}`, DeliverLogsStatus: 'FAILED' }));
    expectVerdict(rule, withFlowLogs(prod, logs), { compliance: 'NON_COMPLIANT', annotation: /fl-1 delivery failed, fl-2 delivery failed, fl-3 delivery failed and 2 more\.$/ });
  });
});

describe('cannot evaluate → NON_COMPLIANT, never COMPLIANT', () => {
  it('a VPC as Config records it (no flow logs collected) cannot be evaluated', () => {
    expectVerdict(rule, loadItem(fixture('config-recorded-vpc')), {
      compliance: 'NON_COMPLIANT',
      annotation: /^Cannot evaluate: AWS::EC2::VPC vpc-0a1b2c3d4e5f60718: supplementaryConfiguration\.FlowLogs is missing/,
    });
  });

  it.each([
    ['not a list', { FlowLogId: 'fl-1' }, /FlowLogs is not a list/],
    ['a list of strings', ['fl-1'], /FlowLogs\[0\] is not an object/],
    ['a non-string status', [{ ResourceId: 'vpc-0a1b2c3d4e5f60718', FlowLogStatus: true }], /FlowLogs\[0\]\.FlowLogStatus is not a string/],
    ['an invalid JSON string', '[{', /not valid JSON/],
  ])('FlowLogs %s', (_label, flowLogs, reason) => {
    expectVerdict(rule, withFlowLogs(byName('prod'), flowLogs), { compliance: 'NON_COMPLIANT', annotation: reason });
  });
});

describe('not applicable', () => {
  it('a deleted VPC and other resource types are NOT_APPLICABLE', () => {
    expectVerdict(rule, loadItem(fixture('deleted-vpc')), { compliance: 'NOT_APPLICABLE', annotation: /deleted/ });
    expectVerdict(rule, { ...byName('prod'), resourceType: 'AWS::EC2::Subnet' }, { compliance: 'NOT_APPLICABLE', annotation: /AWS::EC2::Subnet/ });
  });

  it('is a periodic rule on AWS::EC2::VPC with its own collector', () => {
    expect(rule.triggers).toEqual(['periodic']);
    expect(rule.resourceTypes).toEqual(['AWS::EC2::VPC']);
    expect([...rule.permissions].sort()).toEqual(['ec2:DescribeFlowLogs', 'ec2:DescribeVpcs']);
  });
});
