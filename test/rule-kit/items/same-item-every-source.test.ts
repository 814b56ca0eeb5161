import { ConfigurationItemStatus, type ConfigurationItem as SdkConfigurationItem } from '@aws-sdk/client-config-service';
import { fromApiItem, normaliseItem, readConfigFile } from '../../../rule-kit/items';
import { readFixture } from './read-fixture';

/** The SecurityGroup and the S3 bucket, each recorded three ways: change notification, snapshot file, API. */
const [sgFromNotification] = readConfigFile(readFixture('security-group.notification.json'));
const [bucketFromNotification] = readConfigFile(readFixture('s3-bucket.notification.json'));
const [sgFromSnapshot, bucketFromSnapshot] = readConfigFile(readFixture('config-snapshot.json'));
const [sgFromApi, bucketFromApi] = readConfigFile(readFixture('config-history.api.json'));

describe('the same resource from every source', () => {
  it('reads one item per resource from each fixture', () => {
    for (const item of [sgFromNotification, sgFromSnapshot, sgFromApi]) expect(item?.resourceType).toBe('AWS::EC2::SecurityGroup');
    for (const item of [bucketFromNotification, bucketFromSnapshot, bucketFromApi]) expect(item?.resourceType).toBe('AWS::S3::Bucket');
  });

  it('normalises the security group to one item from notification, snapshot and API', () => {
    expect(sgFromSnapshot).toEqual(sgFromNotification);
    expect(sgFromApi).toEqual(sgFromNotification);
  });

  it('normalises the bucket, supplementary JSON strings included, to one item from every source', () => {
    expect(bucketFromSnapshot).toEqual(bucketFromNotification);
    expect(bucketFromApi).toEqual(bucketFromNotification);
  });

  it('parses supplementary values held as JSON strings into objects', () => {
    const supplementary = bucketFromApi?.supplementaryConfiguration;
    expect(supplementary?.['AccessControlList']).toMatchObject({ grantList: [{ permission: 'FullControl' }] });
    expect(supplementary?.['PublicAccessBlockConfiguration']).toEqual({
      blockPublicAcls: true,
      ignorePublicAcls: true,
      blockPublicPolicy: true,
      restrictPublicBuckets: true,
    });
    expect(supplementary?.['IsRequesterPaysEnabled']).toBe(false);
  });

  it('gives the same item for the SDK form of the API item (Date objects)', () => {
    const history = readFixture('config-history.api.json') as { configurationItems: Record<string, unknown>[] };
    const wire = history.configurationItems[0] ?? {};
    const sdk: SdkConfigurationItem = {
      ...wire,
      configurationItemStatus: ConfigurationItemStatus.OK,
      configurationItemCaptureTime: new Date(Number(wire['configurationItemCaptureTime']) * 1000),
      configurationItemDeliveryTime: new Date(Number(wire['configurationItemDeliveryTime']) * 1000),
    };
    expect(fromApiItem(sdk)).toEqual(sgFromNotification);
    expect(normaliseItem(sdk)).toEqual(sgFromNotification);
  });

  it('is a fixpoint: normalising a normalised item changes nothing', () => {
    for (const item of [sgFromNotification, bucketFromNotification]) expect(normaliseItem(item)).toEqual(item);
  });
});
