/** Compliance as PutEvaluations spells it. INSUFFICIENT_DATA is Config's own and PutEvaluations rejects it. */
export type ComplianceType = 'COMPLIANT' | 'NON_COMPLIANT' | 'NOT_APPLICABLE';

export const COMPLIANCE_TYPES: readonly ComplianceType[] = ['COMPLIANT', 'NON_COMPLIANT', 'NOT_APPLICABLE'];

/** What a rule's pure `evaluate` returns for one configuration item. */
export interface Verdict {
  readonly compliance: ComplianceType;
  /** Why; shown in the Config console. Cut to 256 characters when reported. */
  readonly annotation?: string;
}

/**
 * @example
 * return compliant('Versioning is enabled.');
 */
export function compliant(annotation?: string): Verdict {
  return annotation === undefined ? { compliance: 'COMPLIANT' } : { compliance: 'COMPLIANT', annotation };
}

/**
 * @example
 * return nonCompliant(`Bucket ${item.resourceId} allows public reads.`);
 */
export function nonCompliant(annotation: string): Verdict {
  return { compliance: 'NON_COMPLIANT', annotation };
}

/**
 * @example
 * if (item.resourceName?.startsWith('aws-controltower-')) return notApplicable('Managed by Control Tower.');
 */
export function notApplicable(annotation?: string): Verdict {
  return annotation === undefined ? { compliance: 'NOT_APPLICABLE' } : { compliance: 'NOT_APPLICABLE', annotation };
}
