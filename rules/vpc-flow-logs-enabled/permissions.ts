/** The IAM actions the rule's collector calls (the rule's `permissions`). */
export const VPC_FLOW_LOGS_PERMISSIONS = ['ec2:DescribeFlowLogs', 'ec2:DescribeVpcs'] as const;
