import {
  type ConfigurationItem,
  jsonField,
  MalformedConfigurationItemError,
  requireArray,
  requireRecord,
  requireString,
} from '../../rule-kit';
import { isTrafficType, type TrafficType } from './traffic-type';

export const FLOW_LOGS_KEY = 'FlowLogs';

/** Why a flow log attached to the VPC does not count; undefined when it records. */
export type Shortfall = 'not active' | 'delivery failed' | 'unknown delivery status';

/** One entry of `supplementaryConfiguration.FlowLogs`, reduced to what decides the verdict. */
export interface FlowLogFacts {
  readonly id: string;
  /** The flow log's TrafficType when it is one EC2 documents; otherwise undefined. */
  readonly trafficType: TrafficType | undefined;
  readonly shortfall: Shortfall | undefined;
  /** As recorded, for the annotation (e.g. `INACTIVE`). */
  readonly status: string | undefined;
}

function optionalString(item: ConfigurationItem, record: Readonly<Record<string, unknown>>, key: string, field: string): string | undefined {
  const value = record[key];
  return value === undefined || value === null ? undefined : requireString(item, value, `${field}.${key}`);
}

/**
 * EC2 marks a log collecting with FlowLogStatus `ACTIVE`; anything else (or no status) is not proof
 * that it records. DeliverLogsStatus is `SUCCESS` or `FAILED`: FAILED means the records never reach
 * the destination. EC2 omits it only where no delivery has been attempted yet, which is not a
 * failure; any other value is unknown and does not count.
 */
function shortfallOf(status: string | undefined, delivery: string | undefined): Shortfall | undefined {
  if (status !== 'ACTIVE') return 'not active';
  if (delivery === 'FAILED') return 'delivery failed';
  if (delivery !== undefined && delivery !== 'SUCCESS') return 'unknown delivery status';
  return undefined;
}

/**
 * The flow logs the collector recorded for this VPC. Entries whose ResourceId names another resource
 * are dropped: a log on a subnet or another VPC records none of this VPC's traffic. No FlowLogs key at
 * all means the flow logs were never collected (Config records VPCs, not their flow logs), so the
 * rule cannot tell: that throws, and the kit answers NON_COMPLIANT "Cannot evaluate".
 */
export function readFlowLogs(item: ConfigurationItem): FlowLogFacts[] {
  const field = `supplementaryConfiguration.${FLOW_LOGS_KEY}`;
  const raw = item.supplementaryConfiguration?.[FLOW_LOGS_KEY];
  if (raw === undefined || raw === null) {
    throw new MalformedConfigurationItemError(
      field,
      item.resourceType,
      item.resourceId,
      "is missing: Config does not record flow logs, and this item does not come from the rule's collector",
    );
  }
  const entries = requireArray(item, jsonField(item, raw, field), field);
  return entries.flatMap((entry, index) => {
    const at = `${field}[${index}]`;
    const log = requireRecord(item, entry, at);
    if (optionalString(item, log, 'ResourceId', at) !== item.resourceId) return [];
    const status = optionalString(item, log, 'FlowLogStatus', at);
    const trafficType = optionalString(item, log, 'TrafficType', at);
    return [
      {
        id: optionalString(item, log, 'FlowLogId', at) ?? `(flow log ${index + 1} without FlowLogId)`,
        trafficType: isTrafficType(trafficType) ? trafficType : undefined,
        shortfall: shortfallOf(status, optionalString(item, log, 'DeliverLogsStatus', at)),
        status,
      },
    ];
  });
}
