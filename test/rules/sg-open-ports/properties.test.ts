import fc from 'fast-check';
import { isRecord } from '../../../rule-kit';
import { evaluateItem, normaliseItem, parseParameters, toApiItem } from '../../../rule-kit/testing';
import { rule } from '../../../rules/sg-open-ports';
import { arbPermission, arbSecurityGroup, securityGroupItem } from '../../rule-kit/network/arb-network';
import { permission } from '../../rule-kit/network/security-group-fixtures';

const defaults = parseParameters(rule.parameters, {});
const verdictOf = (item: Parameters<typeof evaluateItem>[1]) => evaluateItem(rule, item, defaults);
const permissionsOf = (item: { configuration: unknown }) => (item.configuration as { ipPermissions: unknown[] }).ipPermissions;

/** An exposure shape: protocol and ports, from either the whole space or its two halves. */
const arbExposure = fc.record({
  protocol: fc.constantFrom('tcp', 'udp', '-1', 'icmp', '47'),
  from: fc.constantFrom(0, 20, 22, 80, 443, 1433, 3306, 3389, 5432, 8080),
  width: fc.constantFrom(0, 0, 5, 100, 65535),
  split: fc.boolean(),
});

describe('sg-open-ports properties', () => {
  it('adding an ingress permission never turns NON_COMPLIANT into COMPLIANT', () => {
    fc.assert(
      fc.property(arbSecurityGroup, arbPermission, fc.nat(), (item, extra, at) => {
        const before = verdictOf(item);
        const permissions = [...permissionsOf(item)];
        permissions.splice(at % (permissions.length + 1), 0, extra);
        const after = verdictOf(securityGroupItem(permissions));
        if (before.compliance === 'NON_COMPLIANT') expect(after.compliance).toBe('NON_COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same verdict for the IPv4 and the IPv6 form of the same exposure', () => {
    fc.assert(
      fc.property(fc.array(arbExposure, { minLength: 1, maxLength: 4 }), (exposures) => {
        const build = (family: 4 | 6) =>
          securityGroupItem(
            exposures.map(({ protocol, from, width, split }) => {
              const whole = family === 4 ? ['0.0.0.0/0'] : ['::/0'];
              const halves = family === 4 ? ['0.0.0.0/1', '128.0.0.0/1'] : ['::/1', '8000::/1'];
              const cidrs = split ? halves : whole;
              const ports = protocol === '-1' ? undefined : protocol === 'icmp' ? { from: from % 256, to: -1 } : { from, to: Math.min(65535, from + width) };
              return permission(protocol, ports, family === 4 ? { v4: cidrs } : { v6: cidrs });
            }),
          );
        expect(verdictOf(build(6)).compliance).toBe(verdictOf(build(4)).compliance);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same verdict for the notification shape and the API shape of an item', () => {
    fc.assert(
      fc.property(arbSecurityGroup, (item) => {
        expect(verdictOf(normaliseItem(toApiItem(item)))).toEqual(verdictOf(item));
      }),
      { numRuns: 100 },
    );
  });

  it('does not depend on the order of permissions', () => {
    fc.assert(
      fc.property(arbSecurityGroup, fc.integer(), (item, seed) => {
        const permissions = permissionsOf(item);
        const shuffled = fc.sample(fc.shuffledSubarray(permissions, { minLength: permissions.length, maxLength: permissions.length }), { numRuns: 1, seed })[0] ?? [];
        expect(verdictOf(securityGroupItem(shuffled)).compliance).toBe(verdictOf(item).compliance);
      }),
      { numRuns: 100 },
    );
  });

  it('never throws and never says COMPLIANT for arbitrary JSON as configuration', () => {
    fc.assert(
      fc.property(fc.anything(), (configuration) => {
        // A configuration with a list of ingress permissions is a real group; the rule may well pass it.
        fc.pre(!(isRecord(configuration) && Array.isArray(configuration['ipPermissions'])));
        expect(verdictOf({ ...securityGroupItem([]), configuration }).compliance).toBe('NON_COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });

  it('never says COMPLIANT when one permission cannot be read, and raises no other error', () => {
    const arbJunk = fc.oneof(
      fc.jsonValue().filter((value) => !isRecord(value) || typeof value['ipProtocol'] !== 'string'),
      fc.record({ ipProtocol: fc.constantFrom('tcp', 'udp'), fromPort: fc.jsonValue(), toPort: fc.constant('x'), ipRanges: fc.constant(['10.0.0.0/8']) }),
      fc.record({ ipProtocol: fc.constant('-1'), ipRanges: fc.array(fc.string(), { minLength: 1, maxLength: 2 }).filter((r) => r.some((s) => !s.includes('/'))) }),
    );
    fc.assert(
      fc.property(arbSecurityGroup, arbJunk, (item, junk) => {
        // evaluateItem maps MalformedConfigurationItemError to NON_COMPLIANT; any other error fails the property.
        expect(verdictOf(securityGroupItem([...permissionsOf(item), junk])).compliance).toBe('NON_COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });
});
