import fc from 'fast-check';
import { coversAddressSpace, describeExposure, internetExposures, readIngressPermissions, type InternetExposure } from '../../../rule-kit/network';
import { arbPermission, securityGroupItem } from './arb-network';
import { loadSecurityGroupItem, permission } from './security-group-fixtures';

const exposuresOf = (name: string) => internetExposures(readIngressPermissions(loadSecurityGroupItem(name)));
const described = (exposures: readonly InternetExposure[]) => exposures.map((e) => describeExposure(e));

describe('internetExposures', () => {
  it('names protocol, ports and source of each exposure, per family', () => {
    expect(described(exposuresOf('sg-ssh-open-ipv4.json'))).toEqual([
      'tcp 22 open to 0.0.0.0/0',
      'tcp 443 open to 0.0.0.0/0',
      'tcp 443 open to ::/0',
    ]);
    expect(described(exposuresOf('sg-rdp-open-ipv6.json'))).toEqual(['tcp 3389 open to ::/0']);
  });

  it('reports -1 once, as all traffic, instead of every protocol', () => {
    expect(described(exposuresOf('sg-all-traffic-open.json'))).toEqual(['all traffic (-1) open to 0.0.0.0/0']);
  });

  it('adds up blocks within a permission and across permissions', () => {
    expect(described(exposuresOf('sg-split-halves.json'))).toEqual(['tcp 5432 open to 0.0.0.0/1 + 128.0.0.0/1']);
    expect(described(exposuresOf('sg-cross-permission-split.json'))).toEqual(['tcp 22 open to 0.0.0.0/1 + 128.0.0.0/1']);
    expect(described(exposuresOf('sg-many-small-ranges.json'))).toEqual([
      'tcp 3306 open to 0.0.0.0/4 + 16.0.0.0/4 + 32.0.0.0/4 + 48.0.0.0/4 + 12 more blocks covering all IPv4',
    ]);
  });

  it('counts -1 towards a protocol it does not cover alone', () => {
    const item = securityGroupItem([permission('-1', undefined, { v4: ['0.0.0.0/1'] }), permission('udp', { from: 500, to: 500 }, { v4: ['128.0.0.0/1'] })]);
    expect(described(internetExposures(readIngressPermissions(item)))).toEqual(['udp 500 open to 0.0.0.0/1 + 128.0.0.0/1']);
  });

  it('reads any spelling of /0', () => {
    expect(described(exposuresOf('sg-noncanonical-whole-internet.json'))).toEqual([
      'tcp 3306 open to 1.2.3.4/0',
      'tcp 22 open to 0000:0000::/0',
      'udp 5500 open to ::0/0',
    ]);
  });

  it('lists ICMP and other protocols without ports', () => {
    expect(exposuresOf('sg-icmp-type-22.json').map((e) => [e.protocol, e.family])).toEqual([
      ['icmp', 4],
      ['icmpv6', 6],
    ]);
    expect(described(exposuresOf('sg-gre-open.json'))).toEqual(['tcp 443 open to 0.0.0.0/0', 'protocol 47 open to 0.0.0.0/0']);
  });

  it('finds nothing for prefix lists, group pairs and restricted ranges', () => {
    expect(exposuresOf('sg-prefix-list-and-group-pair.json')).toEqual([]);
    expect(exposuresOf('sg-restricted-cidrs.json')).toEqual([]);
  });

  it('says a TCP port is exposed exactly when the blocks of the permissions reaching it cover a family', () => {
    fc.assert(
      fc.property(fc.array(arbPermission, { maxLength: 5 }), fc.constantFrom(0, 22, 80, 3389, 65535), (raw, port) => {
        const permissions = readIngressPermissions(securityGroupItem(raw));
        const exposures = internetExposures(permissions);
        for (const family of [4, 6] as const) {
          const reaching = permissions.filter(
            (p) => p.protocol === 'all' || (p.protocol === 'tcp' && p.ports.from <= port && port <= p.ports.to),
          );
          const expected = coversAddressSpace(reaching.flatMap((p) => p.sources.cidrs), family);
          const found = exposures.some(
            (e) => e.family === family && (e.protocol === 'all' || (e.protocol === 'tcp' && e.ports.from <= port && port <= e.ports.to)),
          );
          expect(found).toBe(expected);
        }
      }),
      { numRuns: 200 },
    );
  });
});
