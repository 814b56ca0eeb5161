/**
 * AWS partitions and ARNs. A rule deployed in China or GovCloud must build `arn:aws-cn:...` or
 * `arn:aws-us-gov:...`, never `arn:aws:...`. The region patterns are those of the SDK's partition table
 * (partitions.json in @aws-sdk/util-endpoints), most specific first.
 */

export type Partition = 'aws' | 'aws-cn' | 'aws-us-gov' | 'aws-iso' | 'aws-iso-b' | 'aws-iso-e' | 'aws-iso-f' | 'aws-eusc';

const PARTITION_PATTERNS: readonly (readonly [RegExp, Partition])[] = [
  [/^cn-\w+-\d+$/, 'aws-cn'],
  [/^us-gov-\w+-\d+$/, 'aws-us-gov'],
  [/^us-iso-\w+-\d+$/, 'aws-iso'],
  [/^us-isob-\w+-\d+$/, 'aws-iso-b'],
  [/^eu-isoe-\w+-\d+$/, 'aws-iso-e'],
  [/^us-isof-\w+-\d+$/, 'aws-iso-f'],
  [/^eusc-de-\w+-\d+$/, 'aws-eusc'],
];

/**
 * The partition of a region. Any region matching no other partition is in `aws`, as the SDK itself
 * resolves it (new commercial regions appear without a kit release).
 *
 * @example
 * partitionOf('cn-north-1'); // 'aws-cn'
 */
export function partitionOf(region: string): Partition {
  const name = region.trim().toLowerCase();
  for (const [pattern, partition] of PARTITION_PATTERNS) {
    if (pattern.test(name)) return partition;
  }
  return 'aws';
}

/** `arn:partition:service:region:account:resource`; region and account are empty for global resources (IAM). */
export function arn(partition: string, service: string, region: string, account: string, resource: string): string {
  return `arn:${partition}:${service}:${region}:${account}:${resource}`;
}

export interface ParsedArn {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly account: string;
  readonly resource: string;
}

/** The parts of an ARN, or undefined when the text is not one. The resource part may itself hold colons. */
export function parseArn(text: string): ParsedArn | undefined {
  const match = /^arn:([a-z0-9-]+):([a-z0-9-]+):([a-z0-9-]*):(\d{12}|aws|):(.+)$/.exec(text);
  if (match === null) return undefined;
  const [, partition = '', service = '', region = '', account = '', resource = ''] = match;
  return { partition, service, region, account, resource };
}
