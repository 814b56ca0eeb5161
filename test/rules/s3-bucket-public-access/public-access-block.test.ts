import { type ConfigurationItem, MalformedConfigurationItemError } from '../../../rule-kit';
import {
  NO_PUBLIC_ACCESS_BLOCK,
  readAccountPublicAccessBlock,
  readPublicAccessBlock,
} from '../../../rules/s3-bucket-public-access/public-access-block';
import { BUCKET } from './item';

const FIELD = 'supplementaryConfiguration.PublicAccessBlockConfiguration';
const ALL_ON = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true };

const accountItem = (configuration: unknown, status: ConfigurationItem['configurationItemStatus'] = 'OK'): ConfigurationItem => ({
  configurationItemVersion: '1.3',
  configurationItemCaptureTime: '2026-03-01T12:00:03.551Z',
  configurationItemStatus: status,
  awsAccountId: '111122223333',
  awsRegion: 'eu-west-1',
  resourceType: 'AWS::S3::AccountPublicAccessBlock',
  resourceId: '111122223333',
  configuration,
});

describe('readPublicAccessBlock', () => {
  it('reads Config names, API names and the JSON-string form alike', () => {
    const api = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
    expect(readPublicAccessBlock(BUCKET, ALL_ON, FIELD)).toEqual(ALL_ON);
    expect(readPublicAccessBlock(BUCKET, api, FIELD)).toEqual(ALL_ON);
    expect(readPublicAccessBlock(BUCKET, JSON.stringify(ALL_ON), FIELD)).toEqual(ALL_ON);
  });

  it('reads each setting on its own', () => {
    expect(readPublicAccessBlock(BUCKET, { ignorePublicAcls: true }, FIELD)).toEqual({ ...NO_PUBLIC_ACCESS_BLOCK, ignorePublicAcls: true });
    expect(readPublicAccessBlock(BUCKET, { restrictPublicBuckets: true, blockPublicAcls: null }, FIELD)).toEqual({
      ...NO_PUBLIC_ACCESS_BLOCK,
      restrictPublicBuckets: true,
    });
  });

  it('is no block when nothing is recorded', () => {
    expect(readPublicAccessBlock(BUCKET, undefined, FIELD)).toEqual(NO_PUBLIC_ACCESS_BLOCK);
    expect(readPublicAccessBlock(BUCKET, null, FIELD)).toEqual(NO_PUBLIC_ACCESS_BLOCK);
    expect(readPublicAccessBlock(BUCKET, 'null', FIELD)).toEqual(NO_PUBLIC_ACCESS_BLOCK);
  });

  it.each([['"yes"'], ['[true]'], [{ ignorePublicAcls: 'true' }], [{ restrictPublicBuckets: 1 }], ['{"ignorePublicAcls":']])(
    'throws MalformedConfigurationItemError for %j',
    (raw) => {
      expect(() => readPublicAccessBlock(BUCKET, raw, FIELD)).toThrow(MalformedConfigurationItemError);
    },
  );
});

describe('readAccountPublicAccessBlock', () => {
  it('reads the account item configuration', () => {
    expect(readAccountPublicAccessBlock(accountItem(ALL_ON))).toEqual(ALL_ON);
  });

  it('is no block without an item or for a deleted one', () => {
    expect(readAccountPublicAccessBlock(undefined)).toEqual(NO_PUBLIC_ACCESS_BLOCK);
    expect(readAccountPublicAccessBlock(accountItem(null, 'ResourceDeleted'))).toEqual(NO_PUBLIC_ACCESS_BLOCK);
    expect(readAccountPublicAccessBlock(accountItem(null, 'ResourceNotRecorded'))).toEqual(NO_PUBLIC_ACCESS_BLOCK);
  });

  it('names the account item when its configuration cannot be read', () => {
    expect(() => readAccountPublicAccessBlock(accountItem(null))).toThrow(/AWS::S3::AccountPublicAccessBlock 111122223333: configuration is missing/);
    expect(() => readAccountPublicAccessBlock(accountItem({ ignorePublicAcls: 'on' }))).toThrow(MalformedConfigurationItemError);
  });
});
