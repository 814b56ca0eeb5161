import { InvalidParameterError } from '../../../rule-kit';
import { evaluateWith, expectVerdict, parseParameters } from '../../../rule-kit/testing';
import { rule } from '../../../rules/sg-authorized-ports';
import { loadSecurityGroupItem, loadSecurityGroupItems, permission, withIngress } from '../../rule-kit/network/security-group-fixtures';

// Recorded groups are shared with sg-open-ports: test/rule-kit/network/fixtures/.
const sg = loadSecurityGroupItem;
const WEB = { authorizedTcpPorts: '80,443' };

describe('sg-authorized-ports on recorded security groups', () => {
  it.each([
    ['sg-prefix-list-and-group-pair.json', 'prefix lists and group pairs are not the internet'],
    ['sg-restricted-cidrs.json', 'restricted ranges; half the internet is not all of it'],
  ])('%s is NOT_APPLICABLE (%s)', (name) => {
    expectVerdict(rule, sg(name), { compliance: 'NOT_APPLICABLE', annotation: 'No ingress permission is open to the whole internet.' });
    expectVerdict(rule, sg(name), 'NOT_APPLICABLE', WEB);
  });

  it('is COMPLIANT when everything open to the internet is authorized', () => {
    expectVerdict(rule, sg('sg-web-open.json'), {
      compliance: 'COMPLIANT',
      annotation: 'No unauthorized port is open to the whole internet (open: tcp 80, tcp 443, udp 443).',
    }, { authorizedTcpPorts: '80,443', authorizedUdpPorts: '443' });
    expectVerdict(rule, sg('sg-ssh-open-ipv4.json'), 'COMPLIANT', { authorizedTcpPorts: '22,443' });
    expectVerdict(rule, sg('sg-port-range-20-25.json'), 'COMPLIANT', { authorizedTcpPorts: '20-22,23-30' });
  });

  it('is COMPLIANT for ICMP-only exposure: ICMP types are not ports', () => {
    expectVerdict(rule, sg('sg-icmp-type-22.json'), { compliance: 'COMPLIANT', annotation: 'No unauthorized port is open to the whole internet (open: icmp, icmpv6).' });
  });

  it.each([
    ['sg-ssh-open-ipv4.json', WEB, 'Not authorized, open to the whole internet: tcp 22 open to 0.0.0.0/0.'],
    ['sg-rdp-open-ipv6.json', WEB, 'Not authorized, open to the whole internet: tcp 3389 open to ::/0.'],
    ['sg-web-open.json', WEB, 'Not authorized, open to the whole internet: udp 443 open to 0.0.0.0/0.'],
    ['sg-udp-1434.json', { authorizedTcpPorts: '443', authorizedUdpPorts: '500' }, 'Not authorized, open to the whole internet: udp 1434 open to 0.0.0.0/0.'],
    ['sg-split-halves.json', WEB, 'Not authorized, open to the whole internet: tcp 5432 open to 0.0.0.0/1 + 128.0.0.0/1.'],
    ['sg-cross-permission-split.json', { authorizedTcpPorts: '20-21,23-25' }, 'Not authorized, open to the whole internet: tcp 22 open to 0.0.0.0/1 + 128.0.0.0/1.'],
    ['sg-port-range-20-25.json', { authorizedTcpPorts: '21-22,25' }, 'Not authorized, open to the whole internet: tcp 20 open to 0.0.0.0/0; tcp 23-24 open to 0.0.0.0/0.'],
    ['sg-all-traffic-open.json', { authorizedTcpPorts: '0-65535', authorizedUdpPorts: '0-65535' }, 'Not authorized, open to the whole internet: all traffic (-1) open to 0.0.0.0/0.'],
    ['sg-gre-open.json', WEB, 'Not authorized, open to the whole internet: protocol 47 open to 0.0.0.0/0.'],
  ])('%s with %j is NON_COMPLIANT, naming protocol, ports and source', (name, params, annotation) => {
    expectVerdict(rule, sg(name), { compliance: 'NON_COMPLIANT', annotation }, params);
  });

  it('with no authorized ports, any internet-open TCP or UDP port is NON_COMPLIANT', () => {
    expectVerdict(rule, sg('sg-web-open.json'), {
      compliance: 'NON_COMPLIANT',
      annotation: 'Not authorized, open to the whole internet: tcp 80 open to 0.0.0.0/0; tcp 443 open to 0.0.0.0/0; udp 443 open to 0.0.0.0/0; tcp 80 open to ::/0; tcp 443 open to ::/0.',
    });
  });

  it('authorizes TCP and UDP separately', () => {
    expectVerdict(rule, sg('sg-udp-1434.json'), 'NON_COMPLIANT', { authorizedTcpPorts: '443,1434' });
    expectVerdict(rule, sg('sg-udp-1434.json'), 'COMPLIANT', { authorizedTcpPorts: '443', authorizedUdpPorts: '1434' });
  });

  it('is NON_COMPLIANT "Cannot evaluate" for a CIDR it cannot read', () => {
    expectVerdict(rule, sg('sg-malformed-cidr.json'), { compliance: 'NON_COMPLIANT', annotation: /^Cannot evaluate: .*prefix length 33/ }, { authorizedTcpPorts: '443' });
  });

  it('is NOT_APPLICABLE for a deleted group and for another resource type', () => {
    expectVerdict(rule, sg('sg-deleted.json'), { compliance: 'NOT_APPLICABLE', annotation: 'The resource was deleted.' });
    expectVerdict(rule, sg('vpc-other-type.json'), 'NOT_APPLICABLE');
  });

  it('gives the same verdicts for the API-shape recordings of the same groups', () => {
    const items = loadSecurityGroupItems('sg-api-shape.json');
    expect(items.map((item) => evaluateWith(rule, item, WEB).compliance)).toEqual(['NON_COMPLIANT', 'NON_COMPLIANT', 'NOT_APPLICABLE']);
    const [ssh] = items;
    expect(ssh && evaluateWith(rule, ssh, WEB)).toEqual(evaluateWith(rule, sg('sg-ssh-open-ipv4.json'), WEB));
  });

  it('counts -1 towards a port it opens together with another permission', () => {
    const item = withIngress(sg('sg-web-open.json'), [
      permission('-1', undefined, { v6: ['::/1'] }),
      permission('tcp', { from: 443, to: 443 }, { v6: ['8000::/1'] }),
    ]);
    expectVerdict(rule, item, 'COMPLIANT', WEB);
    expectVerdict(rule, item, { compliance: 'NON_COMPLIANT', annotation: 'Not authorized, open to the whole internet: tcp 443 open to ::/1 + 8000::/1.' }, { authorizedTcpPorts: '80' });
  });
});

describe('sg-authorized-ports parameters', () => {
  it('reads ports and ranges like the managed rule', () => {
    expect(parseParameters(rule.parameters, { authorizedTcpPorts: '443,1020-1025', authorizedUdpPorts: '500' })).toEqual({
      authorizedTcpPorts: [{ from: 443, to: 443 }, { from: 1020, to: 1025 }],
      authorizedUdpPorts: [{ from: 500, to: 500 }],
    });
    expect(parseParameters(rule.parameters, {})).toEqual({ authorizedTcpPorts: undefined, authorizedUdpPorts: undefined });
  });

  it.each([
    [{ authorizedTcpPorts: '443,' }],
    [{ authorizedTcpPorts: '1025-1020' }],
    [{ authorizedUdpPorts: '70000' }],
    [{ authorizedTcpPorts: 'https' }],
    [{ authorizedTCPPorts: '443' }],
  ])('rejects %j with InvalidParameterError', (raw) => {
    expect(() => parseParameters(rule.parameters, raw)).toThrow(InvalidParameterError);
  });
});

/**
 * The parameters as the managed rule's page documents them (AWS Config developer guide,
 * vpc-sg-open-only-to-authorized-ports): authorizedTcpPorts and authorizedUdpPorts, type String, optional,
 * no default, "Comma-separated list ... Ranges are defined by dash, for example, "443,1020-1025"" (TCP)
 * and "500,1020-1025" (UDP).
 */
describe('sg-authorized-ports with vpc-sg-open-only-to-authorized-ports parameters', () => {
  const DOCUMENTED = { authorizedTcpPorts: '443,1020-1025', authorizedUdpPorts: '500,1020-1025' };
  const open = (protocol: string, port: number) =>
    withIngress(sg('sg-ssh-open-ipv4.json'), [permission(protocol, { from: port, to: port }, { v4: ['0.0.0.0/0'] })]);

  it.each([
    ['tcp', 443, 'COMPLIANT'],
    ['tcp', 1020, 'COMPLIANT'],
    ['tcp', 1025, 'COMPLIANT'],
    ['tcp', 1026, 'NON_COMPLIANT'],
    ['tcp', 500, 'NON_COMPLIANT'],
    ['udp', 500, 'COMPLIANT'],
    ['udp', 1022, 'COMPLIANT'],
    ['udp', 443, 'NON_COMPLIANT'],
  ] as const)('the documented examples: %s %i open to the internet is %s', (protocol, port, compliance) => {
    expectVerdict(rule, open(protocol, port), compliance, DOCUMENTED);
  });

  it('accepts the lists with spaces after the commas', () => {
    expect(parseParameters(rule.parameters, { authorizedTcpPorts: '443, 1020-1025' })).toEqual(parseParameters(rule.parameters, { authorizedTcpPorts: '443,1020-1025' }));
  });

  it('reads an empty value as not set: nothing authorized, as the managed rule without the parameter', () => {
    expectVerdict(rule, open('tcp', 443), 'NON_COMPLIANT', { authorizedTcpPorts: '' });
  });
});
