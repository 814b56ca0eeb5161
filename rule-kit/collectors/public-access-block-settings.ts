/**
 * The four S3 Block Public Access settings, under the names the S3 Control API and the managed rules'
 * parameters use, with the key Config records in an AWS::S3::AccountPublicAccessBlock item.
 */
export const PUBLIC_ACCESS_BLOCK_SETTINGS = [
  { name: 'BlockPublicAcls', recordedKey: 'blockPublicAcls', effect: 'rejects new public ACLs' },
  { name: 'IgnorePublicAcls', recordedKey: 'ignorePublicAcls', effect: 'ignores existing public ACLs' },
  { name: 'BlockPublicPolicy', recordedKey: 'blockPublicPolicy', effect: 'rejects new public bucket policies' },
  { name: 'RestrictPublicBuckets', recordedKey: 'restrictPublicBuckets', effect: 'confines buckets with public policies to the account and AWS services' },
] as const;

export type PublicAccessBlockSettingName = (typeof PUBLIC_ACCESS_BLOCK_SETTINGS)[number]['name'];
