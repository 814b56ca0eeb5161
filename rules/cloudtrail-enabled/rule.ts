import { ACCOUNT_RESOURCE_TYPE, configurationOf, defineRule, lazyCollector, param, requireArray } from '../../rule-kit';
import { managementEventKinds, READ_WRITE_TYPE_PATTERN } from './management-event-kinds';
import { CLOUDTRAIL_PERMISSIONS } from './permissions';
import { TRAILS_KEY } from './recorded-trail';
import { assessTrail } from './trail-assessment';
import { trailVerdict } from './trail-verdict';

/** Without a logging multi-Region trail, API activity in a Region nobody watches leaves no record. */
export const rule = defineRule({
  id: 'cloudtrail-enabled',
  description:
    'Checks that at least one multi-Region CloudTrail trail reaching this Region is logging and records all read and write management events (no excluded event sources).',
  severity: 'HIGH',
  resourceTypes: [ACCOUNT_RESOURCE_TYPE],
  triggers: ['periodic'],
  parameters: {
    s3BucketName: param.string({ description: 'Only a trail delivering to this S3 bucket counts; any bucket when unset.' }),
    snsTopicArn: param.string({ description: 'Only a trail notifying this SNS topic ARN counts; any (or none) when unset.' }),
    cloudWatchLogsLogGroupArn: param.string({
      description: 'Only a trail sending to this CloudWatch Logs log group ARN (with or without the trailing :*) counts; any (or none) when unset.',
    }),
    includeManagementEvents: param.string({
      description:
        'As in multi-region-cloudtrail-enabled, whose page also makes a trail excluding management events NON_COMPLIANT: only true (any case) is allowed.',
      pattern: /^true$/i,
    }),
    readWriteType: param.string({
      description: 'As in multi-region-cloudtrail-enabled: ReadOnly, WriteOnly or ALL (any case), the management events the trail must record; ALL when unset.',
      pattern: READ_WRITE_TYPE_PATTERN,
    }),
  },
  collector: lazyCollector(async () => (await import('./collector')).collectTrails),
  permissions: [...CLOUDTRAIL_PERMISSIONS],
  // One DescribeTrails plus two calls per trail; a Region sees at most a handful of trails.
  timeoutSeconds: 60,
  evaluate(item, params) {
    const trails = requireArray(item, configurationOf(item)[TRAILS_KEY], `configuration.${TRAILS_KEY}`);
    const required = managementEventKinds(params.readWriteType);
    return trailVerdict(
      item.awsRegion,
      trails.map((entry, index) => assessTrail(item, entry, index, params, required)),
      required,
    );
  },
});
