/** The IAM actions the rule's collector calls (the rule's `permissions`). */
export const GUARDDUTY_PERMISSIONS = ['guardduty:GetAdministratorAccount', 'guardduty:GetDetector', 'guardduty:ListDetectors'] as const;
