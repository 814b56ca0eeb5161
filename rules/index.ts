import type { RuleDefinition } from '../rule-kit';
import { rule as cloudtrailCloudwatchLogs } from './cloudtrail-cloudwatch-logs';
import { rule as cloudtrailEnabled } from './cloudtrail-enabled';
import { rule as cloudtrailEncryption } from './cloudtrail-encryption';
import { rule as cloudtrailLogFileValidation } from './cloudtrail-log-file-validation';
import { rule as ebsSnapshotPublic } from './ebs-snapshot-public';
import { rule as elbAccessLogs } from './elb-access-logs';
import { rule as guarddutyEnabled } from './guardduty-enabled';
import { rule as iamUse } from './iam-use';
import { rule as inspectorEnabled } from './inspector-enabled';
import { rule as rdsLogExports } from './rds-log-exports';
import { rule as rdsSnapshotPublic } from './rds-snapshot-public';
import { rule as rootAccessKeys } from './root-access-keys';
import { rule as rootMfa } from './root-mfa';
import { rule as route53QueryLogging } from './route53-query-logging';
import { rule as s3AccountPublicAccessBlock } from './s3-account-public-access-block';
import { rule as s3BucketPublicAccess } from './s3-bucket-public-access';
import { rule as serviceLimits } from './service-limits';
import { rule as sgAuthorizedPorts } from './sg-authorized-ports';
import { rule as sgOpenPorts } from './sg-open-ports';
import { rule as vpcFlowLogsEnabled } from './vpc-flow-logs-enabled';

/**
 * Every rule in the pack, in the order the pack, the templates and the scanner list them.
 * Lambda bundles never import this file: each rule's handler imports only its own rule.
 */
export const rules: readonly RuleDefinition[] = [
  ebsSnapshotPublic,
  rdsSnapshotPublic,
  sgOpenPorts,
  sgAuthorizedPorts,
  s3BucketPublicAccess,
  rootMfa,
  rootAccessKeys,
  iamUse,
  cloudtrailLogFileValidation,
  cloudtrailEncryption,
  cloudtrailEnabled,
  cloudtrailCloudwatchLogs,
  guarddutyEnabled,
  vpcFlowLogsEnabled,
  s3AccountPublicAccessBlock,
  serviceLimits,
  elbAccessLogs,
  rdsLogExports,
  inspectorEnabled,
  route53QueryLogging,
];
