/** How urgent a rule's finding is, in the labels Security Hub uses; alerts carry it in their subject and attributes. */
export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A rule that does not say is MEDIUM: Security Hub's middle label, neither paging anyone nor ignored. */
export const DEFAULT_SEVERITY: Severity = 'MEDIUM';

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}
