/** The managed rule's optional destination parameters: a trail counts only when it delivers there. */
export interface DeliveryExpectations {
  readonly s3BucketName: string | undefined;
  readonly snsTopicArn: string | undefined;
  readonly cloudWatchLogsLogGroupArn: string | undefined;
}

/** CloudTrail stores log group ARNs with a trailing `:*`; users often write them without. */
function logGroup(arn: string): string {
  return arn.endsWith(':*') ? arn.slice(0, -2) : arn;
}

function recorded(value: unknown): string {
  return typeof value === 'string' && value !== '' ? value : 'none';
}

/** Why the trail's destinations differ from the expected ones; empty when every given one matches. */
export function deliveryShortfalls(trail: Readonly<Record<string, unknown>>, expected: DeliveryExpectations): string[] {
  const shortfalls: string[] = [];
  const bucket = trail['S3BucketName'];
  if (expected.s3BucketName !== undefined && bucket !== expected.s3BucketName) {
    shortfalls.push(`delivers to bucket ${recorded(bucket)}, not ${expected.s3BucketName}`);
  }
  const topic = trail['SnsTopicARN'];
  if (expected.snsTopicArn !== undefined && topic !== expected.snsTopicArn) {
    shortfalls.push(`notifies ${recorded(topic)}, not ${expected.snsTopicArn}`);
  }
  const group = trail['CloudWatchLogsLogGroupArn'];
  const wanted = expected.cloudWatchLogsLogGroupArn;
  if (wanted !== undefined && (typeof group !== 'string' || logGroup(group) !== logGroup(wanted))) {
    shortfalls.push(`sends to log group ${recorded(group)}, not ${wanted}`);
  }
  return shortfalls;
}
