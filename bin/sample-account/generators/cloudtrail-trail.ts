import { envelope, type AccountContext, type RawItem } from './envelope';

/**
 * AWS::CloudTrail::Trail as Config records it (awslabs/aws-config-resource-schema
 * AWS::CloudTrail::Trail.properties.json; the cloudtrail-* fixtures).
 */
export interface TrailSpec {
  readonly name: string;
  readonly validation: boolean;
  readonly kms: boolean;
  readonly cloudWatchLogs: boolean;
}

export function trailArn(account: AccountContext, name: string): string {
  return `arn:aws:cloudtrail:${account.region}:${account.accountId}:trail/${name}`;
}

export function cloudTrailItem(account: AccountContext, spec: TrailSpec, deleted = false): RawItem {
  const arn = trailArn(account, spec.name);
  return envelope(account, {
    resourceType: 'AWS::CloudTrail::Trail',
    resourceId: spec.name,
    resourceName: spec.name,
    arn,
    resourceCreationTime: '2025-11-18T16:40:22.000Z',
    status: deleted ? 'ResourceDeleted' : 'OK',
    configuration: {
      name: spec.name,
      s3BucketName: `org-audit-logs-${account.accountId}`,
      includeGlobalServiceEvents: true,
      isMultiRegionTrail: true,
      homeRegion: account.region,
      trailARN: arn,
      logFileValidationEnabled: spec.validation,
      ...(spec.kms ? { kmsKeyId: `arn:aws:kms:${account.region}:${account.accountId}:key/1234abcd-12ab-34cd-56ef-1234567890ab` } : {}),
      ...(spec.cloudWatchLogs
        ? {
            cloudWatchLogsLogGroupArn: `arn:aws:logs:${account.region}:${account.accountId}:log-group:cloudtrail/${spec.name}:*`,
            cloudWatchLogsRoleArn: `arn:aws:iam::${account.accountId}:role/cloudtrail-to-cloudwatch`,
          }
        : {}),
      hasCustomEventSelectors: false,
      hasInsightSelectors: false,
      isOrganizationTrail: false,
    },
  });
}
