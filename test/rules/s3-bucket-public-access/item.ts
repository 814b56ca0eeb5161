import type { ConfigurationItem } from '../../../rule-kit';

/** A minimal bucket item for the helpers' unit tests; only what the helpers read is relevant. */
export const BUCKET: ConfigurationItem = {
  configurationItemVersion: '1.3',
  configurationItemCaptureTime: '2026-03-04T10:15:22.481Z',
  configurationItemStatus: 'OK',
  awsAccountId: '111122223333',
  awsRegion: 'eu-west-1',
  resourceType: 'AWS::S3::Bucket',
  resourceId: 'unit-bucket',
  configuration: { name: 'unit-bucket' },
};
