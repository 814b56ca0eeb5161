import {
  compliant,
  type ConfigurationItem,
  configurationOf,
  isRecord,
  nonCompliant,
  notApplicable,
  optionalArray,
  type Verdict,
} from '../../rule-kit';
import { hostedZoneRegion } from './global-region';

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * The log group a hosted zone's query logging configuration sends to. Config's schema lists the field as
 * `QueryLoggingConfig.CloudWatchLogsLogGroupArn.CloudWatchLogsLogGroupArn` (the configuration object
 * nested under the key); Route 53's API returns it flat (`QueryLoggingConfig.CloudWatchLogsLogGroupArn`).
 * Both read the same; anything else is no configuration.
 */
function logGroupOf(config: unknown): string | undefined {
  if (!isRecord(config)) return undefined;
  const field = config['CloudWatchLogsLogGroupArn'];
  return text(field) ?? (isRecord(field) ? text(field['CloudWatchLogsLogGroupArn']) : undefined);
}

/**
 * Public hosted zones log DNS queries (a query logging configuration sending to CloudWatch Logs). A
 * private zone (associated with VPCs) is NOT_APPLICABLE: its queries are logged by Resolver query logging
 * on those VPCs, which this rule checks on the VPCs. Outside the partition's hosted-zone Region the zone
 * is NOT_APPLICABLE, so each zone is evaluated once.
 */
export function hostedZoneVerdict(item: ConfigurationItem): Verdict {
  const home = hostedZoneRegion(item.awsRegion);
  if (item.awsRegion !== home) {
    return notApplicable(`Route 53 hosted zones are global; this pack evaluates them in ${home}, not ${item.awsRegion}.`);
  }
  const config = configurationOf(item);
  const name = text(config['Name']) ?? item.resourceName ?? item.resourceId;
  const vpcs = optionalArray(item, config['VPCs'], 'configuration.VPCs');
  if (vpcs.length > 0) {
    return notApplicable(`Hosted zone ${name} is private (${vpcs.length} VPC(s)); its queries are logged by Resolver query logging on those VPCs.`);
  }
  const logGroup = logGroupOf(config['QueryLoggingConfig']);
  return logGroup === undefined
    ? nonCompliant(`Public hosted zone ${name} does not log DNS queries: it has no query logging configuration.`)
    : compliant(`Public hosted zone ${name} logs DNS queries to ${logGroup}.`);
}
