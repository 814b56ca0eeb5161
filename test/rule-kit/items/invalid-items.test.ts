import { InvalidConfigurationItemError, normaliseItem, readConfigFile } from '../../../rule-kit/items';
import { catchError } from './catch-error';
import { readFixture } from './read-fixture';

const raw = (readFixture('security-group.notification.json') as { configurationItem: Record<string, unknown> }).configurationItem;
const history = readFixture('config-history.api.json') as { configurationItems: Record<string, unknown>[] };
const apiRaw = history.configurationItems[0] ?? {};

function without(record: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

function invalidField(input: unknown): { field: string; error: InvalidConfigurationItemError } {
  const error = catchError(() => normaliseItem(input));
  if (!(error instanceof InvalidConfigurationItemError)) throw new Error(`expected InvalidConfigurationItemError, got ${String(error)}`);
  return { field: error.field, error };
}

describe('malformed items give InvalidConfigurationItemError naming the field', () => {
  it.each([
    ['resourceId', without(raw, 'resourceId')],
    ['resourceType', without(raw, 'resourceType')],
    ['configurationItemStatus', without(raw, 'configurationItemStatus')],
    ['configurationItemCaptureTime', without(raw, 'configurationItemCaptureTime')],
    ['awsRegion', without(raw, 'awsRegion')],
    ['accountId', without(apiRaw, 'accountId')],
    ['resourceId', without(apiRaw, 'resourceId')],
  ])('missing %s', (field, input) => {
    expect(invalidField(input).field).toBe(field);
  });

  it('awsAccountId missing from a notification item', () => {
    const input = without(without(raw, 'awsAccountId'), 'ARN');
    expect(invalidField(input).field).toBe('awsAccountId');
  });

  it('a status that is not one of the five', () => {
    const { field, error } = invalidField({ ...raw, configurationItemStatus: 'Deleted' });
    expect(field).toBe('configurationItemStatus');
    expect(error.value).toBe('Deleted');
    expect(error.message).toContain('ResourceDeletedNotRecorded');
  });

  it('a configuration string that is not JSON, in either shape', () => {
    expect(invalidField({ ...raw, configuration: '{"groupId": "sg-1"' }).field).toBe('configuration');
    expect(invalidField({ ...apiRaw, configuration: 'not json' }).field).toBe('configuration');
  });

  it('a configuration that is a number', () => {
    expect(invalidField({ ...raw, configuration: 42 }).field).toBe('configuration');
  });

  it('an item that is not an object', () => {
    for (const input of [null, 'sg-123', 7, [raw]]) expect(invalidField(input).field).toBe('item');
  });

  it('a resource type that is not AWS::Service::Type', () => {
    expect(invalidField({ ...raw, resourceType: 'SecurityGroup' }).field).toBe('resourceType');
  });

  it('a bad resource type every time, however many good ones were read before', () => {
    for (const type of ['AWS::EC2::SecurityGroup', 'AWS::S3::Bucket', 'AWS::EC2::SecurityGroup']) expect(normaliseItem({ ...raw, resourceType: type }).resourceType).toBe(type);
    for (const type of ['SecurityGroup', 'AWS::EC2::SecurityGroup ', 'aws::ec2::securitygroup', 'SecurityGroup']) {
      expect(invalidField({ ...raw, resourceType: type }).field).toBe('resourceType');
    }
  });

  it('a capture time that is not a time', () => {
    expect(invalidField({ ...raw, configurationItemCaptureTime: 'yesterday' }).field).toBe('configurationItemCaptureTime');
  });

  it('tags that are not a map of strings, relationships that are not a list', () => {
    expect(invalidField({ ...raw, tags: { Name: 5 } }).field).toBe('tags.Name');
    expect(invalidField({ ...raw, relationships: {} }).field).toBe('relationships');
  });

  it('carries the resource it claims to be', () => {
    const { error } = invalidField({ ...raw, configurationItemStatus: 'Gone' });
    expect(error).toMatchObject({ resourceType: 'AWS::EC2::SecurityGroup', resourceId: 'sg-0f3c9a1e5b7d2c4a6' });
    expect(error.message).toContain('sg-0f3c9a1e5b7d2c4a6');
  });

  it('carries the position of the item in a file', () => {
    const file = { ...history, configurationItems: [apiRaw, without(apiRaw, 'resourceType')] };
    const error = catchError(() => readConfigFile(file));
    expect(error).toBeInstanceOf(InvalidConfigurationItemError);
    expect(error).toMatchObject({ field: 'resourceType', index: 1 });
  });
});
