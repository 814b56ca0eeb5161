import { compliant, defineRule, nonCompliant } from '../../rule-kit';
import { deliveryField } from './delivery-field';

/** Trail events in CloudWatch Logs can drive metric filters and alarms; in S3 alone nobody is alerted. */
export const rule = defineRule({
  id: 'cloudtrail-cloudwatch-logs',
  description:
    'Checks that each CloudTrail trail delivers its events to CloudWatch Logs: the recorded trail names both a log group (cloudWatchLogsLogGroupArn) and the role CloudTrail uses to write to it.',
  severity: 'LOW',
  resourceTypes: ['AWS::CloudTrail::Trail'],
  triggers: ['change'],
  parameters: {},
  permissions: [],
  evaluate(item) {
    const trail = item.resourceName ?? item.resourceId;
    const logGroup = deliveryField(item, 'cloudWatchLogsLogGroupArn');
    const role = deliveryField(item, 'cloudWatchLogsRoleArn');
    if (logGroup === '') return nonCompliant(`Trail ${trail} does not deliver to CloudWatch Logs (no cloudWatchLogsLogGroupArn).`);
    if (role === '') {
      return nonCompliant(`Trail ${trail} names log group ${logGroup} but no cloudWatchLogsRoleArn, so CloudTrail cannot deliver to it.`);
    }
    return compliant(`Trail ${trail} delivers to CloudWatch Logs log group ${logGroup}.`);
  },
});
