import fc from 'fast-check';
import { MalformedConfigurationItemError } from '../../../rule-kit';
import { readIngressPermissions } from '../../../rule-kit/network';
import { arbSecurityGroup, securityGroupItem } from './arb-network';
import { loadSecurityGroupItem, permission } from './security-group-fixtures';

describe('readIngressPermissions', () => {
  it('types each recorded permission by protocol, with ports and every source', () => {
    const [ssh, https] = readIngressPermissions(loadSecurityGroupItem('sg-ssh-open-ipv4.json'));
    expect(ssh).toMatchObject({ index: 0, protocol: 'tcp', ports: { from: 22, to: 22 } });
    // ipRanges and ipv4Ranges both recorded: both read (duplicates are harmless to a union).
    expect(ssh?.sources.cidrs.map((c) => c.text)).toEqual(['0.0.0.0/0', '0.0.0.0/0']);
    expect(https?.sources.cidrs.map((c) => c.text)).toEqual(['0.0.0.0/0', '0.0.0.0/0', '::/0']);
  });

  it('reads -1 without ports, ICMP type/code, other protocol numbers, prefix lists and group pairs', () => {
    const all = readIngressPermissions(loadSecurityGroupItem('sg-all-traffic-open.json'));
    expect(all.map((p) => p.protocol)).toEqual(['all', 'all']);
    expect(all[1]?.sources).toEqual({ cidrs: [], prefixListIds: [], securityGroups: ['sg-0e3f4a5b6c7d8e903'] });
    const icmp = readIngressPermissions(loadSecurityGroupItem('sg-icmp-type-22.json'));
    expect(icmp).toMatchObject([
      { protocol: 'icmp', icmpType: 22, icmpCode: 'any' },
      { protocol: 'icmpv6', icmpType: 'any', icmpCode: 'any' },
      { protocol: 'icmp', icmpType: 3, icmpCode: 4 },
    ]);
    expect(readIngressPermissions(loadSecurityGroupItem('sg-gre-open.json'))[0]).toMatchObject({ protocol: 'other', protocolNumber: 47 });
    expect(readIngressPermissions(loadSecurityGroupItem('sg-prefix-list-and-group-pair.json'))[0]?.sources.prefixListIds).toEqual(['pl-0123456789abcdef0']);
  });

  it('accepts ports recorded as numeric strings', () => {
    const item = securityGroupItem([{ ...permission('tcp', undefined, { v4: ['0.0.0.0/0'] }), fromPort: '22', toPort: '22' }]);
    expect(readIngressPermissions(item)[0]).toMatchObject({ protocol: 'tcp', ports: { from: 22, to: 22 } });
  });

  it.each([
    ['configuration is null', null, 'configuration'],
    ['ipPermissions is missing', { groupId: 'sg-1' }, 'configuration.ipPermissions'],
    ['ipPermissions is not a list', { ipPermissions: 'tcp/22' }, 'configuration.ipPermissions'],
    ['a permission is not an object', { ipPermissions: [7] }, 'configuration.ipPermissions[0]'],
    ['the protocol is unknown', { ipPermissions: [permission('sctp', { from: 1, to: 1 }, { v4: ['0.0.0.0/0'] })] }, 'ipProtocol'],
    ['a tcp permission has no ports', { ipPermissions: [permission('tcp', undefined, { v4: ['10.0.0.0/8'] })] }, 'fromPort'],
    ['ports are reversed', { ipPermissions: [permission('udp', { from: 30, to: 20 }, { v4: ['10.0.0.0/8'] })] }, 'toPort'],
    ['a port is out of range', { ipPermissions: [permission('tcp', { from: 0, to: 70000 }, { v4: ['10.0.0.0/8'] })] }, 'toPort'],
    ['a CIDR does not parse', { ipPermissions: [permission('tcp', { from: 22, to: 22 }, { v4: ['0.0.0.0/33'] })] }, 'ipRanges[0]'],
    ['an IPv6 CIDR does not parse', { ipPermissions: [permission('tcp', { from: 22, to: 22 }, { v6: ['2001:db8::g/32'] })] }, 'ipv6Ranges[0].cidrIpv6'],
    ['an IPv6 range lacks cidrIpv6', { ipPermissions: [{ ...permission('-1', undefined, {}), ipv6Ranges: [{}] }] }, 'ipv6Ranges[0].cidrIpv6'],
    ['a permission has no source', { ipPermissions: [permission('-1', undefined, {})] }, 'configuration.ipPermissions[0]'],
  ])('throws MalformedConfigurationItemError naming the field when %s', (_label, configuration, field) => {
    const item = { ...securityGroupItem([]), configuration };
    expect(() => readIngressPermissions(item)).toThrow(MalformedConfigurationItemError);
    expect(() => readIngressPermissions(item)).toThrow(field);
  });

  it('reads generated groups without error, one typed permission per recorded one', () => {
    fc.assert(
      fc.property(arbSecurityGroup, (item) => {
        const recorded = (item.configuration as { ipPermissions: unknown[] }).ipPermissions;
        expect(readIngressPermissions(item)).toHaveLength(recorded.length);
      }),
      { numRuns: 100 },
    );
  });

  it('throws nothing but MalformedConfigurationItemError on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ ipPermissions: fc.array(fc.jsonValue(), { maxLength: 3 }) })), (configuration) => {
        try {
          readIngressPermissions({ ...securityGroupItem([]), configuration });
        } catch (error) {
          expect(error).toBeInstanceOf(MalformedConfigurationItemError);
        }
      }),
      { numRuns: 200 },
    );
  });
});
