import { accountPublicAccessBlockItem, type ConfigurationItem } from '../../../rule-kit';
import { testCollectorContext } from '../../rule-kit/collectors/collector-context';

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

/**
 * The account-level block as the Lambda knows it when the account has none: the item the kit's S3 Control
 * read (`readAccountPublicAccessBlockItem`) builds for NoSuchPublicAccessBlockConfiguration.
 */
export const NO_ACCOUNT_BLOCK: ConfigurationItem = accountPublicAccessBlockItem(testCollectorContext({ accountId: '111122223333', region: 'eu-west-1' }), undefined);
