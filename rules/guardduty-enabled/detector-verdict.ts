import { compliant, nonCompliant, type Verdict } from '../../rule-kit';
import type { DetectorFacts } from './read-detectors';

/** Only this status means the detector is monitoring; `DISABLED` is a suspended detector. */
const ENABLED = 'ENABLED';
/** The member relationship GuardDuty reports once the member's findings flow to the administrator. */
const ACTIVE_RELATIONSHIP = 'Enabled';

function centralizedIn(detector: DetectorFacts, accountId: string, central: readonly string[]): boolean {
  if (central.includes(accountId)) return true;
  const admin = detector.administrator;
  return admin !== undefined && central.includes(admin.accountId) && admin.relationshipStatus === ACTIVE_RELATIONSHIP;
}

function describeAdministrator(detector: DetectorFacts): string {
  const admin = detector.administrator;
  if (admin === undefined) return 'it has no GuardDuty administrator';
  return `its GuardDuty administrator is ${admin.accountId} (relationship ${admin.relationshipStatus ?? 'not recorded'})`;
}

/**
 * COMPLIANT when a detector is ENABLED and, with `central` set, the account is itself a central
 * account or reports to one of them through an active (`Enabled`) membership.
 */
export function detectorVerdict(accountId: string, region: string, detectors: readonly DetectorFacts[], central: readonly string[] | undefined): Verdict {
  if (detectors.length === 0) return nonCompliant(`GuardDuty is not enabled in ${region}: the account has no detector.`);
  const enabled = detectors.filter((detector) => detector.status === ENABLED);
  if (enabled.length === 0) {
    const states = detectors.map((detector) => `${detector.id} is ${detector.status ?? 'without a recorded status'}`).join(', ');
    return nonCompliant(`GuardDuty is not enabled in ${region}: detector ${states}.`);
  }
  if (central === undefined) return compliant(`GuardDuty detector ${enabled[0]?.id ?? ''} is enabled in ${region}.`);
  const centralized = enabled.find((detector) => centralizedIn(detector, accountId, central));
  if (centralized !== undefined) {
    const via = central.includes(accountId) ? 'this is a central monitoring account' : `findings go to ${centralized.administrator?.accountId ?? ''}`;
    return compliant(`GuardDuty detector ${centralized.id} is enabled in ${region} and centralized (${via}).`);
  }
  const first = enabled[0] as DetectorFacts;
  return nonCompliant(
    `GuardDuty detector ${first.id} is enabled in ${region} but not centralized: this account is not in CentralMonitoringAccount ${central.join(',')} and ${describeAdministrator(first)}.`,
  );
}
