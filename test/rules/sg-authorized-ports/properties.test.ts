import fc from 'fast-check';
import { type ConfigurationItem, isRecord, type RawParameters } from '../../../rule-kit';
import { evaluateItem, normaliseItem, parseParameters, toApiItem } from '../../../rule-kit/testing';
import { rule } from '../../../rules/sg-authorized-ports';
import { rule as openPorts } from '../../../rules/sg-open-ports';
import { arbPermission, arbSecurityGroup, securityGroupItem } from '../../rule-kit/network/arb-network';
import { permission } from '../../rule-kit/network/security-group-fixtures';

const verdictOf = (item: ConfigurationItem, raw: RawParameters = {}) => evaluateItem(rule, item, parseParameters(rule.parameters, raw));
const permissionsOf = (item: ConfigurationItem) => (item.configuration as { ipPermissions: unknown[] }).ipPermissions;

const arbRangeText = fc
  .tuple(fc.constantFrom(0, 22, 80, 443, 500, 1020, 3389, 8000), fc.constantFrom(0, 0, 3, 100, 65535))
  .map(([from, width]) => (width === 0 ? String(from) : `${from}-${Math.min(65535, from + width)}`));
const arbPortList = fc.option(fc.array(arbRangeText, { minLength: 1, maxLength: 3 }).map((r) => r.join(',')), { nil: undefined });
const arbParams: fc.Arbitrary<RawParameters> = fc
  .record({ authorizedTcpPorts: arbPortList, authorizedUdpPorts: arbPortList })
  .map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)));

describe('sg-authorized-ports properties', () => {
  it('adding an ingress permission never turns NON_COMPLIANT into COMPLIANT or NOT_APPLICABLE', () => {
    fc.assert(
      fc.property(arbSecurityGroup, arbPermission, arbParams, (item, extra, params) => {
        const before = verdictOf(item, params);
        const after = verdictOf(securityGroupItem([...permissionsOf(item), extra]), params);
        if (before.compliance === 'NON_COMPLIANT') expect(after.compliance).toBe('NON_COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });

  it('authorizing more ports never turns COMPLIANT into NON_COMPLIANT', () => {
    fc.assert(
      fc.property(arbSecurityGroup, arbParams, arbRangeText, (item, params, more) => {
        const widened = { ...params, authorizedTcpPorts: [params['authorizedTcpPorts'], more].filter(Boolean).join(',') };
        if (verdictOf(item, params).compliance === 'COMPLIANT') expect(verdictOf(item, widened).compliance).toBe('COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same verdict for the IPv4 and the IPv6 form of the same exposure', () => {
    const arbShape = fc.record({
      protocol: fc.constantFrom('tcp', 'udp', '-1', 'icmp', '47'),
      from: fc.constantFrom(0, 22, 80, 443, 500, 3389),
      width: fc.constantFrom(0, 0, 5, 65535),
      split: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arbShape, { minLength: 1, maxLength: 4 }), arbParams, (shapes, params) => {
        const build = (family: 4 | 6) =>
          securityGroupItem(
            shapes.map(({ protocol, from, width, split }) => {
              const cidrs = family === 4 ? (split ? ['0.0.0.0/1', '128.0.0.0/1'] : ['0.0.0.0/0']) : split ? ['::/1', '8000::/1'] : ['::/0'];
              const ports = protocol === '-1' ? undefined : protocol === 'icmp' ? { from: from % 256, to: -1 } : { from, to: Math.min(65535, from + width) };
              return permission(protocol, ports, family === 4 ? { v4: cidrs } : { v6: cidrs });
            }),
          );
        expect(verdictOf(build(6), params).compliance).toBe(verdictOf(build(4), params).compliance);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same verdict for the notification shape and the API shape of an item', () => {
    fc.assert(
      fc.property(arbSecurityGroup, arbParams, (item, params) => {
        expect(verdictOf(normaliseItem(toApiItem(item)), params)).toEqual(verdictOf(item, params));
      }),
      { numRuns: 100 },
    );
  });

  it('is NOT_APPLICABLE only where sg-open-ports finds nothing open, whatever it blocks', () => {
    fc.assert(
      fc.property(arbSecurityGroup, fc.integer({ min: 0, max: 65535 }), (item, port) => {
        if (verdictOf(item).compliance !== 'NOT_APPLICABLE') return;
        const open = evaluateItem(openPorts, item, parseParameters(openPorts.parameters, { blockedPorts: `${port},22,3389` }));
        expect(open.compliance).toBe('COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });

  it('never throws and never says COMPLIANT for arbitrary JSON as configuration', () => {
    fc.assert(
      fc.property(fc.anything(), arbParams, (configuration, params) => {
        fc.pre(!(isRecord(configuration) && Array.isArray(configuration['ipPermissions'])));
        expect(verdictOf({ ...securityGroupItem([]), configuration }, params).compliance).toBe('NON_COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });
});
