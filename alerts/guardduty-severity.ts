import type { Severity } from '../rule-kit/severity';

/**
 * GuardDuty's numeric severity as a label: 1.0–3.9 low, 4.0–6.9 medium, 7.0–8.9 high, 9.0 and above
 * critical (GuardDuty User Guide, "Severity levels of GuardDuty findings").
 */
export function guardDutySeverity(score: number): Severity {
  if (score >= 9) return 'CRITICAL';
  if (score >= 7) return 'HIGH';
  if (score >= 4) return 'MEDIUM';
  return 'LOW';
}
