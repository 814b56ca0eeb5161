import { compliant, defineRule, internetExposures, nonCompliant, param, readIngressPermissions } from '../../rule-kit';
import { blockedPortFindings } from './blocked-port-findings';
import { DEFAULT_BLOCKED_PORTS, MANAGED_RULE_PORT_DEFAULTS, prepareBlockedPorts } from './blocked-ports';

const port = (n: 1 | 2 | 3 | 4 | 5) =>
  param.integer({
    description: `Blocked port number ${n} (TCP and UDP), as in restricted-common-ports: ${MANAGED_RULE_PORT_DEFAULTS[`blockedPort${n}`]} when unset and another blocked-port parameter is set.`,
    min: 0,
    max: 65535,
  });

/** No blocked port reachable from every IPv4 or every IPv6 address, over TCP, UDP or all traffic. */
export const rule = defineRule({
  id: 'sg-open-ports',
  description:
    'Checks that no security group lets the whole internet (0.0.0.0/0, ::/0, or ranges adding up to them) reach a blocked port over TCP, UDP or all traffic (-1).',
  severity: 'CRITICAL',
  resourceTypes: ['AWS::EC2::SecurityGroup'],
  triggers: ['change'],
  parameters: {
    blockedPort1: port(1),
    blockedPort2: port(2),
    blockedPort3: port(3),
    blockedPort4: port(4),
    blockedPort5: port(5),
    blockedPorts: param.integerList({
      description: `Comma-separated blocked ports, added to blockedPort1-5. With none of the six set: ${DEFAULT_BLOCKED_PORTS.join(',')}.`,
      min: 0,
      max: 65535,
    }),
  },
  permissions: [],
  timeoutSeconds: 30,
  prepare: prepareBlockedPorts,
  evaluate(item, _params, { prepared }) {
    const findings = blockedPortFindings(internetExposures(readIngressPermissions(item)), prepared.ports);
    if (findings.length === 0) return compliant(prepared.compliantAnnotation);
    return nonCompliant(`Blocked port open to the whole internet: ${findings.join('; ')}.`);
  },
});
