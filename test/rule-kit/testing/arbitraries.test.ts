import fc from 'fast-check';
import { fromApiItem, normaliseItem, readConfigFile } from '../../../rule-kit/items';
import {
  arbApiShape,
  arbConfigurationItem,
  arbIpv4Cidr,
  arbIpv6Cidr,
  arbSecurityGroupItem,
  evaluateWith,
  hasInternetWideRange,
  IP_PROTOCOLS,
  type IpPermission,
  STATUSES_WITHOUT_CONFIGURATION,
  toApiItem,
} from '../../../rule-kit/testing';
import { openPortRule } from './sample-rule';

const permissionsOf = (configuration: unknown, key: 'ipPermissions' | 'ipPermissionsEgress'): IpPermission[] =>
  (configuration as Record<string, IpPermission[]>)[key] ?? [];

describe('arbConfigurationItem', () => {
  it('generates items normaliseItem accepts unchanged', () => {
    fc.assert(fc.property(arbConfigurationItem(), (item) => expect(normaliseItem(item)).toEqual(item)));
  });

  it('round-trips through toApiItem, the JSON wire form and normaliseItem', () => {
    fc.assert(
      fc.property(arbConfigurationItem(), (item) => {
        const api = toApiItem(item);
        expect(normaliseItem(api)).toEqual(item);
        // What GetResourceConfigHistory looks like as JSON: dates become epoch seconds on the wire.
        const wire = JSON.parse(JSON.stringify(api, (key, value: unknown) => (key.endsWith('Time') && typeof value === 'string' ? Date.parse(value) / 1000 : value)));
        expect(readConfigFile({ configurationItems: [wire] })).toEqual([item]);
      }),
    );
  });

  it('survives a JSON round trip of the notification shape', () => {
    fc.assert(fc.property(arbConfigurationItem(), (item) => expect(normaliseItem(JSON.parse(JSON.stringify(item)))).toEqual(item)));
  });

  it('gives deleted and not-recorded items no configuration, others an object', () => {
    fc.assert(
      fc.property(arbConfigurationItem(), (item) => {
        if (STATUSES_WITHOUT_CONFIGURATION.includes(item.configurationItemStatus)) expect(item.configuration).toBeNull();
        else expect(item.configuration).toEqual(expect.any(Object));
      }),
    );
  });

  it('applies overrides, a fixed status included', () => {
    fc.assert(
      fc.property(arbConfigurationItem({ resourceType: 'AWS::S3::Bucket', configurationItemStatus: 'ResourceDeleted' }), (item) => {
        expect(item.resourceType).toBe('AWS::S3::Bucket');
        expect(item.configurationItemStatus).toBe('ResourceDeleted');
        expect(item.configuration).toBeNull();
      }),
    );
  });
});

describe('CIDR arbitraries', () => {
  it('generate canonical IPv4 ranges: host bits zero, /0 only when allowed', () => {
    fc.assert(
      fc.property(arbIpv4Cidr({ internetWide: 'forbid' }), (cidr) => {
        const [address = '', prefixText = ''] = cidr.split('/');
        const prefix = Number(prefixText);
        expect(prefix).toBeGreaterThanOrEqual(1);
        const value = address.split('.').reduce((acc, octet) => acc * 256 + Number(octet), 0);
        expect(value % 2 ** (32 - prefix)).toBe(0);
      }),
    );
    fc.assert(fc.property(arbIpv4Cidr({ internetWide: 'force' }), (cidr) => expect(cidr).toBe('0.0.0.0/0')));
  });

  it('generate compressed, lower-case IPv6 ranges', () => {
    fc.assert(
      fc.property(arbIpv6Cidr({ internetWide: 'forbid' }), (cidr) => {
        expect(cidr).toMatch(/^[0-9a-f:]+\/(\d+)$/);
        expect(cidr).not.toMatch(/\/0$/);
        expect(cidr.split('::').length).toBeLessThanOrEqual(2);
        expect(cidr).not.toMatch(/(^|:)0[0-9a-f]/);
      }),
    );
    expect(fc.sample(arbIpv6Cidr({ internetWide: 'force' }), 5)).toEqual(Array(5).fill('::/0'));
  });

  it('generate /0 sometimes when allowed', () => {
    expect(fc.sample(arbIpv4Cidr(), 200)).toContain('0.0.0.0/0');
  });
});

describe('arbSecurityGroupItem', () => {
  it('generates SecurityGroup items in Config shape that normaliseItem accepts unchanged', () => {
    fc.assert(
      fc.property(arbSecurityGroupItem(), (item) => {
        expect(normaliseItem(item)).toEqual(item);
        expect(item.resourceType).toBe('AWS::EC2::SecurityGroup');
        const config = item.configuration as Record<string, unknown>;
        expect(config['groupId']).toBe(item.resourceId);
        expect(Object.keys(config).sort()).toEqual(
          ['description', 'groupId', 'groupName', 'ipPermissions', 'ipPermissionsEgress', 'ownerId', 'tags', 'vpcId'].sort(),
        );
      }),
    );
  });

  it('records permissions as Config does: protocols, ports only when not -1, ipRanges mirroring ipv4Ranges', () => {
    fc.assert(
      fc.property(arbSecurityGroupItem(), (item) => {
        for (const permission of [...permissionsOf(item.configuration, 'ipPermissions'), ...permissionsOf(item.configuration, 'ipPermissionsEgress')]) {
          expect(IP_PROTOCOLS).toContain(permission.ipProtocol);
          if (permission.ipProtocol === '-1') {
            expect(permission).not.toHaveProperty('fromPort');
            expect(permission).not.toHaveProperty('toPort');
          } else {
            expect(typeof permission.fromPort).toBe('number');
            expect(typeof permission.toPort).toBe('number');
          }
          expect(permission.ipRanges).toEqual(permission.ipv4Ranges.map((range) => range.cidrIp));
          for (const pair of permission.userIdGroupPairs) expect(pair.groupId).toMatch(/^sg-[0-9a-f]{17}$/);
          for (const list of permission.prefixListIds) expect(list.prefixListId).toMatch(/^pl-[0-9a-f]{17}$/);
        }
      }),
    );
  });

  it('forces or forbids internet-wide ingress on request', () => {
    fc.assert(
      fc.property(arbSecurityGroupItem({ internetWideIngress: 'force' }), (item) =>
        expect(hasInternetWideRange(permissionsOf(item.configuration, 'ipPermissions'))).toBe(true),
      ),
    );
    fc.assert(
      fc.property(arbSecurityGroupItem({ internetWideIngress: 'forbid', internetWideEgress: 'forbid' }), (item) => {
        expect(hasInternetWideRange(permissionsOf(item.configuration, 'ipPermissions'))).toBe(false);
        expect(hasInternetWideRange(permissionsOf(item.configuration, 'ipPermissionsEgress'))).toBe(false);
      }),
    );
  });

  it('lets properties compare verdicts on the notification and API shapes', () => {
    fc.assert(
      fc.property(arbApiShape(arbSecurityGroupItem()), ({ item, apiItem }) => {
        expect(evaluateWith(openPortRule, fromApiItem(apiItem))).toEqual(evaluateWith(openPortRule, item));
      }),
    );
  });

  it('never lets a group without internet-wide ingress fail the sample open-port rule', () => {
    fc.assert(
      fc.property(arbSecurityGroupItem({ internetWideIngress: 'forbid' }), (item) =>
        expect(evaluateWith(openPortRule, item).compliance).toBe('COMPLIANT'),
      ),
    );
  });
});
