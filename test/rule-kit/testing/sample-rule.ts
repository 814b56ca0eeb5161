import {
  compliant,
  configurationOf,
  defineRule,
  nonCompliant,
  optionalArray,
  param,
  requireRecord,
  requireString,
} from '../../../rule-kit';

/**
 * A small rule for exercising the test kit: flags security groups whose ingress allows 0.0.0.0/0 on a
 * port in `blockedPorts` (or on all protocols).
 */
export const openPortRule = defineRule({
  id: 'test-kit-open-port',
  description: 'Security groups must not allow 0.0.0.0/0 ingress on blocked ports.',
  resourceTypes: ['AWS::EC2::SecurityGroup'],
  triggers: ['change'],
  parameters: { blockedPorts: param.integerList({ description: 'Ports that must not be open to the internet', default: [22, 3389] }) },
  permissions: [],
  evaluate(item, params) {
    const config = configurationOf(item);
    for (const [i, raw] of optionalArray(item, config['ipPermissions'], 'configuration.ipPermissions').entries()) {
      const permission = requireRecord(item, raw, `configuration.ipPermissions[${i}]`);
      const protocol = requireString(item, permission['ipProtocol'], `configuration.ipPermissions[${i}].ipProtocol`);
      const ranges = optionalArray(item, permission['ipv4Ranges'], `configuration.ipPermissions[${i}].ipv4Ranges`);
      const open = ranges.some((range) => requireRecord(item, range, 'ipv4Ranges[]')['cidrIp'] === '0.0.0.0/0');
      if (!open) continue;
      if (protocol === '-1') return nonCompliant('All traffic is open to 0.0.0.0/0.');
      const from = Number(permission['fromPort']);
      const to = Number(permission['toPort']);
      const hit = params.blockedPorts.find((port) => port >= from && port <= to);
      if (hit !== undefined) return nonCompliant(`Port ${hit} is open to 0.0.0.0/0.`);
    }
    return compliant();
  },
});
