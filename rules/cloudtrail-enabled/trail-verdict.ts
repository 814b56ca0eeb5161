import { compliant, nonCompliant, type Verdict } from '../../rule-kit';
import { describeKinds, type ManagementEventKinds } from './management-event-kinds';
import type { TrailAssessment } from './trail-assessment';

/** COMPLIANT when any trail has no shortfall; otherwise every trail is named with why it falls short. */
export function trailVerdict(region: string, trails: readonly TrailAssessment[], required: ManagementEventKinds): Verdict {
  if (trails.length === 0) {
    return nonCompliant(`No CloudTrail trail applies to ${region}: none is homed here and no multi-Region or organization trail reaches it.`);
  }
  const qualifying = trails.filter((trail) => trail.shortfalls.length === 0);
  const [first] = qualifying;
  if (first !== undefined) {
    const more = qualifying.length > 1 ? ` (and ${qualifying.length - 1} more)` : '';
    return compliant(`Trail ${first.name}${more} is multi-Region, logging, and records all ${describeKinds(required)} management events.`);
  }
  const reasons = trails.map((trail) => `trail ${trail.name}: ${trail.shortfalls.join(', ')}`).join('; ');
  return nonCompliant(`No multi-Region trail logs all ${describeKinds(required)} management events. ${reasons}.`);
}
