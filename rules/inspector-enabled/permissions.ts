/** The IAM action the rule's collector calls (the rule's `permissions`). */
export const INSPECTOR_PERMISSIONS = ['inspector2:BatchGetAccountStatus'] as const;
