/** The IAM actions the rule's collector calls (the rule's `permissions`). */
export const ROUTE53_QUERY_LOGGING_PERMISSIONS = [
  'config:BatchGetResourceConfig',
  'config:DescribeConfigurationRecorders',
  'config:ListDiscoveredResources',
] as const;
