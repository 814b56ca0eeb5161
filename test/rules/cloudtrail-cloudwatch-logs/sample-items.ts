import type { ConfigurationItem } from '../../../rule-kit';

const pick = <T>(random: () => number, options: readonly T[]): T => options[Math.floor(random() * options.length) % options.length] as T;

const NAMES = ['management-events', 'org-audit', 'data-events', 'security-audit', 'team-debug'] as const;

function partitionOfRegion(region: string): string {
  return region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
}

/**
 * One to three AWS::CloudTrail::Trail items as Config records them (notification shape 1.3, field
 * names from the aws-config-resource-schema), about half delivering to CloudWatch Logs.
 */
export function sampleItems(random: () => number, accountId: string, region: string): ConfigurationItem[] {
  const partition = partitionOfRegion(region);
  const count = 1 + Math.floor(random() * 3);
  const names = [...new Set(Array.from({ length: count }, () => pick(random, NAMES)))];
  return names.map((name, index) => {
    const logs = random() < 0.5;
    const captured = Date.UTC(2026, 2, 1 + Math.floor(random() * 27), Math.floor(random() * 24), index);
    const trailArn = `arn:${partition}:cloudtrail:${region}:${accountId}:trail/${name}`;
    return {
      configurationItemVersion: '1.3',
      configurationItemCaptureTime: new Date(captured).toISOString(),
      configurationItemStatus: 'OK',
      configurationStateId: String(captured),
      configurationStateMd5Hash: '',
      awsAccountId: accountId,
      awsRegion: region,
      ARN: trailArn,
      availabilityZone: 'Not Applicable',
      resourceType: 'AWS::CloudTrail::Trail',
      resourceId: name,
      resourceName: name,
      resourceCreationTime: '2025-11-18T16:40:22.000Z',
      tags: {},
      relatedEvents: [],
      relationships: [],
      configuration: {
        name,
        s3BucketName: `aws-cloudtrail-logs-${accountId}-${name}`,
        includeGlobalServiceEvents: true,
        isMultiRegionTrail: name !== 'team-debug',
        homeRegion: region,
        trailARN: trailArn,
        logFileValidationEnabled: random() < 0.7,
        ...(logs
          ? {
              cloudWatchLogsLogGroupArn: `arn:${partition}:logs:${region}:${accountId}:log-group:aws-cloudtrail-logs-${accountId}-${name}:*`,
              cloudWatchLogsRoleArn: `arn:${partition}:iam::${accountId}:role/service-role/CloudTrailRoleForCloudWatchLogs_${name}`,
            }
          : {}),
        hasCustomEventSelectors: name === 'data-events',
        hasInsightSelectors: false,
        isOrganizationTrail: name === 'org-audit',
      },
      supplementaryConfiguration: {},
    };
  });
}
