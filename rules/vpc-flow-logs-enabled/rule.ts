import { defineRule, InvalidParameterError, lazyCollector, param } from '../../rule-kit';
import { VPC_FLOW_LOGS_PERMISSIONS } from './permissions';
import { flowLogVerdict } from './flow-log-verdict';
import { readFlowLogs } from './flow-logs';
import { isTrafficType, type TrafficType } from './traffic-type';

/** Without flow logs there is no record of who talked to what inside the VPC when an incident needs one. */
export const rule = defineRule({
  id: 'vpc-flow-logs-enabled',
  description:
    'Checks that every VPC has an active flow log whose delivery has not failed, optionally recording the given traffic type (an ALL log covers ACCEPT and REJECT).',
  severity: 'MEDIUM',
  resourceTypes: ['AWS::EC2::VPC'],
  triggers: ['periodic'],
  parameters: {
    trafficType: param.string({
      description: 'Traffic the flow logs must record: ACCEPT, REJECT or ALL. Unset: any active flow log will do.',
      pattern: /^(accept|reject|all)$/i,
    }),
  },
  collector: lazyCollector(async () => (await import('./collector')).collectVpcs),
  permissions: [...VPC_FLOW_LOGS_PERMISSIONS],
  // Two paginated listings of up to 1000 entries a page; fine for thousands of VPCs and flow logs.
  timeoutSeconds: 120,
  evaluate(item, params) {
    return flowLogVerdict(item.resourceId, readFlowLogs(item), requiredTraffic(params.trafficType));
  },
});

function requiredTraffic(raw: string | undefined): TrafficType | undefined {
  if (raw === undefined) return undefined;
  const upper = raw.toUpperCase();
  // The parameter's pattern already refuses anything else; never let an odd value relax the rule to "any".
  if (!isTrafficType(upper)) throw new InvalidParameterError('trafficType', raw, 'expected ACCEPT, REJECT or ALL');
  return upper;
}
