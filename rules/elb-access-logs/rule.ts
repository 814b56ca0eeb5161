import { compliant, defineRule, nonCompliant, notApplicable, param } from '../../rule-kit';
import { readClassicSetting, readV2Setting } from './access-log-setting';
import { CLASSIC_TYPE, V2_TYPE, type LoadBalancerResourceType } from './load-balancer-types';

const RESOURCE_TYPES: readonly LoadBalancerResourceType[] = [V2_TYPE, CLASSIC_TYPE];

/** Without access logs, who sent which request through the load balancer cannot be reconstructed. */
export const rule = defineRule({
  id: 'elb-access-logs',
  description:
    'Checks that Application, Network and Classic Load Balancers write access logs to S3 and, with s3BucketNames, only to those buckets. Gateway Load Balancers (no access logs) are NOT_APPLICABLE.',
  severity: 'MEDIUM',
  resourceTypes: RESOURCE_TYPES,
  triggers: ['change'],
  parameters: {
    s3BucketNames: param.stringList({
      description: 'Comma-separated S3 bucket names the access logs may go to (as elb-logging-enabled); any bucket when unset.',
      pattern: /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
    }),
  },
  permissions: [],
  evaluate(item, { s3BucketNames }) {
    const setting = item.resourceType === CLASSIC_TYPE ? readClassicSetting(item) : readV2Setting(item);
    if (setting.kind === 'gateway') return notApplicable('Gateway Load Balancers write no access logs.');
    const lb = `Load balancer ${setting.loadBalancer}`;
    if (setting.kind === 'off') return nonCompliant(`${lb} does not write access logs.`);
    const bucket = setting.bucket;
    if (s3BucketNames === undefined) return compliant(`${lb} writes access logs to ${bucket ?? 'a bucket not recorded'}.`);
    if (bucket === undefined) {
      return nonCompliant(`${lb} writes access logs, but its bucket is not recorded, so it cannot be matched against ${s3BucketNames.join(', ')}.`);
    }
    return s3BucketNames.includes(bucket)
      ? compliant(`${lb} writes access logs to ${bucket}.`)
      : nonCompliant(`${lb} writes access logs to ${bucket}, which is not one of ${s3BucketNames.join(', ')}.`);
  },
});
