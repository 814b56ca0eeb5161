import { compliant, defineRule, internetExposures, nonCompliant, notApplicable, param, readIngressPermissions } from '../../rule-kit';
import { authorizedSummary, unauthorizedExposures } from './unauthorized-exposures';

/** Whatever the whole internet can reach must be on the authorized TCP/UDP lists. */
export const rule = defineRule({
  id: 'sg-authorized-ports',
  description:
    'Checks that security groups open to the whole internet (0.0.0.0/0, ::/0, or ranges adding up to them) open only authorized TCP and UDP ports; -1 and other protocols are never authorized.',
  severity: 'HIGH',
  resourceTypes: ['AWS::EC2::SecurityGroup'],
  triggers: ['change'],
  parameters: {
    authorizedTcpPorts: param.portRangeList({
      description: 'TCP ports and ranges allowed open to the whole internet, e.g. 443,1020-1025. Not set: none.',
    }),
    authorizedUdpPorts: param.portRangeList({
      description: 'UDP ports and ranges allowed open to the whole internet, e.g. 500,1020-1025. Not set: none.',
    }),
  },
  permissions: [],
  timeoutSeconds: 30,
  evaluate(item, params) {
    const exposures = internetExposures(readIngressPermissions(item));
    if (exposures.length === 0) return notApplicable('No ingress permission is open to the whole internet.');
    const findings = unauthorizedExposures(exposures, { tcp: params.authorizedTcpPorts ?? [], udp: params.authorizedUdpPorts ?? [] });
    if (findings.length === 0) return compliant(`No unauthorized port is open to the whole internet (open: ${authorizedSummary(exposures)}).`);
    return nonCompliant(`Not authorized, open to the whole internet: ${findings.join('; ')}.`);
  },
});
