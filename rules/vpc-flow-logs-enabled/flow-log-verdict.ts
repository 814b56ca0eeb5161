import { compliant, nonCompliant, type Verdict } from '../../rule-kit';
import type { FlowLogFacts } from './flow-logs';
import { coversTraffic, type TrafficType } from './traffic-type';

const MAX_NAMED = 3;

function describe(log: FlowLogFacts): string {
  const traffic = log.trafficType ?? 'unknown traffic';
  if (log.shortfall === undefined) return `${log.id} (${traffic})`;
  if (log.shortfall === 'not active') return `${log.id} is ${log.status ?? 'without a status'}`;
  return `${log.id} ${log.shortfall}`;
}

function list(logs: readonly FlowLogFacts[]): string {
  const named = logs.slice(0, MAX_NAMED).map(describe).join(', ');
  return logs.length > MAX_NAMED ? `${named} and ${logs.length - MAX_NAMED} more` : named;
}

/**
 * COMPLIANT when the VPC's flow logs that are ACTIVE and delivering record the required traffic
 * (any traffic when `required` is undefined). Logs that fall short are named in the annotation.
 */
export function flowLogVerdict(vpcId: string, logs: readonly FlowLogFacts[], required: TrafficType | undefined): Verdict {
  if (logs.length === 0) return nonCompliant(`VPC ${vpcId} has no flow log.`);
  const recording = logs.filter((log) => log.shortfall === undefined);
  const failing = logs.filter((log) => log.shortfall !== undefined);
  if (recording.length === 0) return nonCompliant(`VPC ${vpcId} has no active flow log: ${list(failing)}.`);
  if (required === undefined) return compliant(`VPC ${vpcId} has an active flow log: ${list(recording)}.`);

  const kinds = recording.flatMap((log) => (log.trafficType === undefined ? [] : [log.trafficType]));
  if (coversTraffic(kinds, required)) {
    return compliant(`VPC ${vpcId} has active flow logs recording ${required} traffic: ${list(recording)}.`);
  }
  const inactive = failing.length === 0 ? '' : `; not counted: ${list(failing)}`;
  return nonCompliant(`VPC ${vpcId} has no active flow log recording ${required} traffic (active: ${list(recording)}${inactive}).`);
}
