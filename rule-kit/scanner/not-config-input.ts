/**
 * What sits beside Config's snapshot and history files in a real `AWSLogs/` tree and is not one:
 * CloudTrail log, digest and Insights files, and the object Config writes to check that it may write
 * to the bucket. The scan skips them and counts them by these reasons, rather than reporting their
 * records as malformed configuration items.
 *
 * Names and shapes from the AWS CloudTrail user guide ("CloudTrail log file examples", "CloudTrail
 * digest file structure") and the AWS Config developer guide (delivery channel, S3 bucket layout).
 */
export type NotConfigReason = 'CloudTrail log file' | 'CloudTrail digest file' | 'CloudTrail Insights file' | 'Config writability check file';

/** `<account>_CloudTrail_<region>_<time>_<id>.json.gz`, `..._CloudTrail-Digest_...`, `..._CloudTrail-Insight_...`. */
const CLOUDTRAIL_NAMES: readonly (readonly [RegExp, NotConfigReason])[] = [
  [/(^|[/\\])\d{12}_CloudTrail-Digest_[^/\\]*$/, 'CloudTrail digest file'],
  [/(^|[/\\])\d{12}_CloudTrail-Insight_[^/\\]*$/, 'CloudTrail Insights file'],
  [/(^|[/\\])\d{12}_CloudTrail_[^/\\]*$/, 'CloudTrail log file'],
  [/(^|[/\\])ConfigWritabilityCheckFile$/, 'Config writability check file'],
];

/**
 * The reason to skip an input by its name (a path or an `s3://` URL), before reading it.
 *
 * @example
 * notConfigByName('AWSLogs/123456789012/CloudTrail/x.json.gz'); // a reason: not Config data
 */
export function notConfigByName(name: string): NotConfigReason | undefined {
  for (const [pattern, reason] of CLOUDTRAIL_NAMES) if (pattern.test(name)) return reason;
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The reason to skip a top-level document by its shape, whatever the file's name: `{"Records":[...]}`
 * (a CloudTrail log or Insights file) or a digest (`digestStartTime`, `digestEndTime`, `logFiles`).
 * Never a Config shape: those have `configurationItems`, `configurationItem` or item fields.
 *
 * @example
 * notConfigDocument({ Records: [] }); // a reason: a CloudTrail log, not Config data
 */
export function notConfigDocument(value: unknown): NotConfigReason | undefined {
  if (!isRecord(value) || 'configurationItems' in value || 'configurationItem' in value || 'resourceType' in value) return undefined;
  if (Array.isArray(value['Records'])) return 'CloudTrail log file';
  if (typeof value['digestStartTime'] === 'string' && typeof value['digestEndTime'] === 'string' && Array.isArray(value['logFiles'])) {
    return 'CloudTrail digest file';
  }
  return undefined;
}
