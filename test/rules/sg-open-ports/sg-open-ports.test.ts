import { InvalidParameterError } from '../../../rule-kit';
import { evaluatePrepared, evaluateWith, expectVerdict, parseParameters, prepareRule } from '../../../rule-kit/testing';
import { rule } from '../../../rules/sg-open-ports';
import { DEFAULT_BLOCKED_PORTS, resolveBlockedPorts } from '../../../rules/sg-open-ports/blocked-ports';
import { loadSecurityGroupItem, loadSecurityGroupItems, permission, withIngress } from '../../rule-kit/network/security-group-fixtures';

// Recorded groups are shared with sg-authorized-ports: test/rule-kit/network/fixtures/.
const sg = loadSecurityGroupItem;

describe('sg-open-ports on recorded security groups (default blocked ports)', () => {
  it.each([
    ['sg-ssh-open-ipv4.json', 'Blocked port open to the whole internet: tcp 22 open to 0.0.0.0/0.'],
    ['sg-rdp-open-ipv6.json', 'Blocked port open to the whole internet: tcp 3389 open to ::/0.'],
    ['sg-all-traffic-open.json', 'Blocked port open to the whole internet: all traffic (-1) open to 0.0.0.0/0.'],
    ['sg-split-halves.json', 'Blocked port open to the whole internet: tcp 5432 open to 0.0.0.0/1 + 128.0.0.0/1.'],
    ['sg-port-range-20-25.json', 'Blocked port open to the whole internet: tcp 20-25 open to 0.0.0.0/0 (blocked: 20, 21, 22).'],
    ['sg-udp-1434.json', 'Blocked port open to the whole internet: udp 1434 open to 0.0.0.0/0.'],
    ['sg-cross-permission-split.json', 'Blocked port open to the whole internet: tcp 22 open to 0.0.0.0/1 + 128.0.0.0/1.'],
    [
      'sg-noncanonical-whole-internet.json',
      'Blocked port open to the whole internet: tcp 3306 open to 1.2.3.4/0; tcp 22 open to 0000:0000::/0; udp 5500 open to ::0/0.',
    ],
  ])('%s is NON_COMPLIANT, naming protocol, ports and source', (name, annotation) => {
    expectVerdict(rule, sg(name), { compliance: 'NON_COMPLIANT', annotation });
  });

  it('adds up many small ranges and names a few of them', () => {
    expectVerdict(rule, sg('sg-many-small-ranges.json'), {
      compliance: 'NON_COMPLIANT',
      annotation: /^Blocked port open to the whole internet: tcp 3306 open to 0\.0\.0\.0\/4 \+ 16\.0\.0\.0\/4 .*12 more blocks covering all IPv4\.$/,
    });
  });

  it.each([
    ['sg-icmp-type-22.json', 'ICMP type 22 is not port 22'],
    ['sg-prefix-list-and-group-pair.json', 'prefix lists and group pairs are not the internet'],
    ['sg-restricted-cidrs.json', 'restricted ranges, and half the internet is not all of it'],
    ['sg-web-open.json', 'only web ports are open'],
    ['sg-gre-open.json', 'GRE has no ports'],
  ])('%s is COMPLIANT (%s)', (name) => {
    expectVerdict(rule, sg(name), {
      compliance: 'COMPLIANT',
      annotation: 'No blocked port (20, 21, 22, 1433, 1434, 3306, 3389, 4333, 5432, 5500) is open to the whole internet.',
    });
  });

  it('is NON_COMPLIANT "Cannot evaluate" for a CIDR it cannot read', () => {
    expectVerdict(rule, sg('sg-malformed-cidr.json'), { compliance: 'NON_COMPLIANT', annotation: /^Cannot evaluate: .*ipRanges\[0\].*prefix length 33/ });
  });

  it('is NOT_APPLICABLE for a deleted group and for another resource type', () => {
    expectVerdict(rule, sg('sg-deleted.json'), 'NOT_APPLICABLE');
    expectVerdict(rule, sg('vpc-other-type.json'), 'NOT_APPLICABLE');
  });

  it('gives the same verdicts for the API-shape recordings of the same groups', () => {
    const [ssh, split, restricted] = loadSecurityGroupItems('sg-api-shape.json');
    expect([ssh, split, restricted].map((item) => item && evaluateWith(rule, item).compliance)).toEqual([
      'NON_COMPLIANT',
      'NON_COMPLIANT',
      'COMPLIANT',
    ]);
    expect(ssh && evaluateWith(rule, ssh)).toEqual(evaluateWith(rule, sg('sg-ssh-open-ipv4.json')));
  });
});

describe('sg-open-ports parameters', () => {
  it('checks the default list when no blocked-port parameter is set', () => {
    expect(resolveBlockedPorts(parseParameters(rule.parameters, {}))).toEqual(DEFAULT_BLOCKED_PORTS);
  });

  it('once any is set, checks each blockedPortN or its own default, plus blockedPorts', () => {
    const params = parseParameters(rule.parameters, { blockedPort1: '8080', blockedPort3: '22', blockedPorts: '9200, 8080,27017' });
    // blockedPort2, 4 and 5 keep 21, 3306 and 4333; blockedPort1 and 3 replace 20 and 3389.
    expect(resolveBlockedPorts(params)).toEqual([21, 22, 3306, 4333, 8080, 9200, 27017]);
  });

  it('names the ports of its own parameters in each COMPLIANT annotation', () => {
    const ssh = sg('sg-ssh-open-ipv4.json');
    for (let i = 0; i < 2; i++) {
      expectVerdict(rule, ssh, { compliance: 'COMPLIANT', annotation: 'No blocked port (20, 21, 3306, 3389, 4333, 5432) is open to the whole internet.' }, { blockedPorts: '5432,3389' });
      expectVerdict(rule, ssh, { compliance: 'COMPLIANT', annotation: 'No blocked port (20, 80, 3306, 3389, 4333) is open to the whole internet.' }, { blockedPort2: '80' });
    }
  });

  it('prepares its ports and COMPLIANT annotation once per parameter set, each set to its own ports', () => {
    // Prepare
    const first = prepareRule(rule, { blockedPort1: '8080' });
    const second = prepareRule(rule, { blockedPort1: '9090' });
    // Assess
    expect(first.prepared).toEqual({ ports: [21, 3306, 3389, 4333, 8080], compliantAnnotation: 'No blocked port (21, 3306, 3389, 4333, 8080) is open to the whole internet.' });
    expect(second.prepared.ports).toEqual([21, 3306, 3389, 4333, 9090]);
    expect(evaluatePrepared(first, sg('sg-ssh-open-ipv4.json')).annotation).toBe(first.prepared.compliantAnnotation);
  });

  it('drops the pack-only default ports (22, 1433, 1434, 5432, 5500) once any is set, unless listed', () => {
    const web = sg('sg-web-open.json');
    expectVerdict(rule, web, { compliance: 'NON_COMPLIANT', annotation: 'Blocked port open to the whole internet: tcp 443 open to 0.0.0.0/0; udp 443 open to 0.0.0.0/0; tcp 443 open to ::/0.' }, { blockedPort1: '443' });
    expectVerdict(rule, sg('sg-ssh-open-ipv4.json'), 'COMPLIANT', { blockedPorts: '3389,5432' });
    expectVerdict(rule, sg('sg-udp-1434.json'), 'NON_COMPLIANT', { blockedPort5: '1434' });
  });

  it('treats empty values as not set, so the default list applies', () => {
    expectVerdict(rule, sg('sg-ssh-open-ipv4.json'), 'NON_COMPLIANT', { blockedPort1: '', blockedPorts: ' ' });
  });

  it('treats an empty blockedPortN beside a set one as unset: it keeps its own default', () => {
    expect(resolveBlockedPorts(parseParameters(rule.parameters, { blockedPort1: '', blockedPort2: '2121' }))).toEqual([20, 2121, 3306, 3389, 4333]);
  });

  it.each([
    [{ blockedPort1: 'ssh' }],
    [{ blockedPort2: '70000' }],
    [{ blockedPort4: '-1' }],
    [{ blockedPorts: '22,,3389' }],
    [{ blockedPorts: '22-25' }],
    [{ blockedPort: '22' }],
  ])('rejects %j with InvalidParameterError', (raw) => {
    expect(() => parseParameters(rule.parameters, raw)).toThrow(InvalidParameterError);
  });
});

describe('sg-open-ports blocked ports count for TCP, UDP and -1', () => {
  const base = sg('sg-ssh-open-ipv4.json');
  it.each([
    ['udp', 'udp 3306 open to 0.0.0.0/0'],
    ['17', 'udp 3306 open to 0.0.0.0/0'],
    ['6', 'tcp 3306 open to 0.0.0.0/0'],
  ])('protocol %s', (protocol, finding) => {
    const item = withIngress(base, [permission(protocol, { from: 3306, to: 3306 }, { v4: ['0.0.0.0/0'] })]);
    expectVerdict(rule, item, { compliance: 'NON_COMPLIANT', annotation: `Blocked port open to the whole internet: ${finding}.` });
  });

  it('ignores a range that stops short of every blocked port', () => {
    const item = withIngress(base, [permission('tcp', { from: 23, to: 1432 }, { v4: ['0.0.0.0/0'], v6: ['::/0'] })]);
    expectVerdict(rule, item, 'COMPLIANT');
  });
});

/**
 * The parameters as the managed rule's page documents them (AWS Config developer guide,
 * restricted-common-ports): blockedPort1..5 of type int with defaults 20, 21, 3389, 3306, 4333, and
 * blockedPorts of type CSV, "for example, 20, 21, 3306, 3389".
 */
describe('sg-open-ports with restricted-common-ports parameters', () => {
  const ports = (raw: Record<string, unknown>) => resolveBlockedPorts(parseParameters(rule.parameters, raw));

  it.each([
    ['the documented defaults, spelt out', { blockedPort1: '20', blockedPort2: '21', blockedPort3: '3389', blockedPort4: '3306', blockedPort5: '4333' }, [20, 21, 3306, 3389, 4333]],
    ['the documented blockedPorts example, spaces after commas', { blockedPorts: '20, 21, 3306, 3389' }, [20, 21, 3306, 3389, 4333]],
    ['only blockedPort1 (the other four keep their defaults)', { blockedPort1: '8080' }, [21, 3306, 3389, 4333, 8080]],
    ['blockedPort1 as a number, as the console sends it', { blockedPort1: 8080 }, [21, 3306, 3389, 4333, 8080]],
    ['every blockedPortN replaced', { blockedPort1: '1', blockedPort2: '2', blockedPort3: '3', blockedPort4: '4', blockedPort5: '5' }, [1, 2, 3, 4, 5]],
  ])('%s', (_label, raw, expected) => {
    expect(ports(raw)).toEqual(expected);
  });

  it('reports MySQL open to the internet when only blockedPort1=8080 is set (blockedPort4 keeps 3306)', () => {
    const item = withIngress(sg('sg-ssh-open-ipv4.json'), [permission('tcp', { from: 3306, to: 3306 }, { v4: ['0.0.0.0/0'] })]);
    expectVerdict(rule, item, { compliance: 'NON_COMPLIANT', annotation: 'Blocked port open to the whole internet: tcp 3306 open to 0.0.0.0/0.' }, { blockedPort1: '8080' });
  });
});
