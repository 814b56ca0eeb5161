import type { BaseConfigurationItem, ConfigurationItem as SdkConfigurationItem } from '@aws-sdk/client-config-service';
import { fromApiItem, InvalidConfigurationItemError } from '../../../rule-kit/items';
import { catchError } from './catch-error';

const captured = new Date('2024-05-02T07:15:03.482Z');
const created = new Date('2022-01-10T12:00:00.000Z');

/** A GetResourceConfigHistory item as the SDK v3 returns it. */
function sdkItem(overrides: Partial<SdkConfigurationItem> = {}): SdkConfigurationItem {
  return {
    version: '1.3',
    accountId: '210987654321',
    configurationItemCaptureTime: captured,
    configurationItemStatus: 'OK',
    configurationStateId: '1714634103482',
    configurationItemMD5Hash: '',
    arn: 'arn:aws:iam::210987654321:role/deploy',
    resourceType: 'AWS::IAM::Role',
    resourceId: 'AROA3XFRBF23EXAMPLE1',
    resourceName: 'deploy',
    awsRegion: 'global',
    availabilityZone: 'Not Applicable',
    resourceCreationTime: created,
    tags: { owner: 'ci' },
    relatedEvents: [],
    relationships: [{ resourceType: 'AWS::IAM::Policy', resourceId: 'ANPA3XFRBF23EXAMPLE2', resourceName: 'deploy-policy', relationshipName: 'Is attached to CustomerManagedPolicy' }],
    configuration: '{"roleName":"deploy","path":"/","attachedManagedPolicies":[{"policyName":"deploy-policy"}]}',
    supplementaryConfiguration: {},
    recordingFrequency: 'DAILY',
    configurationItemDeliveryTime: new Date('2024-05-02T07:15:09.001Z'),
    ...overrides,
  };
}

describe('fromApiItem', () => {
  it('renames the API fields to the notification names', () => {
    const item = fromApiItem(sdkItem());
    expect(item).toMatchObject({
      awsAccountId: '210987654321',
      ARN: 'arn:aws:iam::210987654321:role/deploy',
      configurationItemVersion: '1.3',
      configurationStateMd5Hash: '',
    });
    for (const apiName of ['accountId', 'arn', 'version', 'configurationItemMD5Hash']) expect(item).not.toHaveProperty(apiName);
  });

  it('renames relationshipName to name', () => {
    expect(fromApiItem(sdkItem()).relationships).toEqual([
      { resourceType: 'AWS::IAM::Policy', resourceId: 'ANPA3XFRBF23EXAMPLE2', resourceName: 'deploy-policy', name: 'Is attached to CustomerManagedPolicy' },
    ]);
  });

  it('turns Date objects into ISO strings', () => {
    const item = fromApiItem(sdkItem());
    expect(item.configurationItemCaptureTime).toBe('2024-05-02T07:15:03.482Z');
    expect(item.resourceCreationTime).toBe('2022-01-10T12:00:00.000Z');
  });

  it('turns epoch seconds from the JSON wire form into ISO strings', () => {
    const wire = { ...sdkItem(), configurationItemCaptureTime: 1714634103.482, resourceCreationTime: 1641816000 };
    const item = fromApiItem(wire);
    expect(item.configurationItemCaptureTime).toBe('2024-05-02T07:15:03.482Z');
    expect(item.resourceCreationTime).toBe('2022-01-10T12:00:00.000Z');
  });

  it('parses configuration from its JSON string', () => {
    expect(fromApiItem(sdkItem()).configuration).toEqual({
      roleName: 'deploy',
      path: '/',
      attachedManagedPolicies: [{ policyName: 'deploy-policy' }],
    });
  });

  it('parses each supplementary value; one that is not JSON stays a string', () => {
    const item = fromApiItem(
      sdkItem({
        supplementaryConfiguration: {
          BucketPolicy: '{"policyText":null}',
          IsRequesterPaysEnabled: 'false',
          Note: 'plain text, not JSON',
          Quoted: '"Enabled"',
        },
      }),
    );
    expect(item.supplementaryConfiguration).toEqual({
      BucketPolicy: { policyText: null },
      IsRequesterPaysEnabled: false,
      Note: 'plain text, not JSON',
      Quoted: 'Enabled',
    });
  });

  it('keeps deleted-resource statuses and gives them a null configuration', () => {
    const item = fromApiItem(sdkItem({ configurationItemStatus: 'ResourceDeletedNotRecorded', configuration: undefined }));
    expect(item.configurationItemStatus).toBe('ResourceDeletedNotRecorded');
    expect(item.configuration).toBeNull();
  });

  it('drops configurationItemDeliveryTime and recordingFrequency', () => {
    const item = fromApiItem(sdkItem());
    expect(item).not.toHaveProperty('configurationItemDeliveryTime');
    expect(item).not.toHaveProperty('recordingFrequency');
  });

  it('reads a BatchGetResourceConfig item, which has no tags or relationships', () => {
    const base: BaseConfigurationItem = {
      version: '1.3',
      accountId: '210987654321',
      configurationItemCaptureTime: captured,
      configurationItemStatus: 'ResourceDiscovered',
      configurationStateId: '1714634103482',
      arn: 'arn:aws:s3:::team-bucket',
      resourceType: 'AWS::S3::Bucket',
      resourceId: 'team-bucket',
      resourceName: 'team-bucket',
      awsRegion: 'us-east-2',
      availabilityZone: 'Regional',
      configuration: '{"name":"team-bucket"}',
      supplementaryConfiguration: { BucketVersioningConfiguration: '{"status":"Off","isMfaDeleteEnabled":null}' },
    };
    expect(fromApiItem(base)).toEqual({
      configurationItemVersion: '1.3',
      configurationItemCaptureTime: '2024-05-02T07:15:03.482Z',
      configurationItemStatus: 'ResourceDiscovered',
      configurationStateId: '1714634103482',
      awsAccountId: '210987654321',
      awsRegion: 'us-east-2',
      ARN: 'arn:aws:s3:::team-bucket',
      availabilityZone: 'Regional',
      resourceType: 'AWS::S3::Bucket',
      resourceId: 'team-bucket',
      resourceName: 'team-bucket',
      configuration: { name: 'team-bucket' },
      supplementaryConfiguration: { BucketVersioningConfiguration: { status: 'Off', isMfaDeleteEnabled: null } },
    });
  });

  it('rejects an invalid Date with the typed error naming the field', () => {
    const error = catchError(() => fromApiItem(sdkItem({ configurationItemCaptureTime: new Date(Number.NaN) })));
    expect(error).toBeInstanceOf(InvalidConfigurationItemError);
    expect(error).toMatchObject({ field: 'configurationItemCaptureTime', resourceId: 'AROA3XFRBF23EXAMPLE1' });
  });

  it('names the API field when a relationship lacks its relationshipName', () => {
    const error = catchError(() => fromApiItem(sdkItem({ relationships: [{ resourceType: 'AWS::IAM::Policy', resourceId: 'x' }] })));
    expect(error).toMatchObject({ name: 'InvalidConfigurationItemError', field: 'relationships[0].relationshipName' });
  });
});
