import {
  GetPublicAccessBlockCommand,
  NoSuchPublicAccessBlockConfiguration,
  S3ControlClient,
  S3ControlServiceException,
} from '@aws-sdk/client-s3-control';
import { mockClient } from 'aws-sdk-client-mock';
import { join } from 'node:path';
import type { ConfigurationItem } from '../../../rule-kit';
import { evaluateItem, loadItem, parseParameters } from '../../../rule-kit/testing';
import { rule } from '../../../rules/s3-account-public-access-block';
import { collectAccountBlock } from '../../../rules/s3-account-public-access-block/collector';
import { collectAll, testCollectorContext } from '../../rule-kit/collectors/collector-context';

/** The collector the rule runs (loaded lazily by the rule); its absence fails the test. */
function ruleCollector(): NonNullable<typeof rule.collector> {
  if (rule.collector === undefined) throw new Error(`${rule.id} has no collector`);
  return rule.collector;
}

const s3control = mockClient(S3ControlClient);
afterAll(() => s3control.restore());
beforeEach(() => s3control.reset());

const defaults = parseParameters(rule.parameters, {});
const serviceError = (name: string, status = 403) =>
  new S3ControlServiceException({ name, $fault: 'client', $metadata: { httpStatusCode: status }, message: `${name} (test)` });

describe('s3-account-public-access-block collector', () => {
  it('asks S3 Control for the context account and yields one item in Config’s recorded shape', async () => {
    s3control.on(GetPublicAccessBlockCommand).resolves({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: false },
    });
    const ctx = testCollectorContext({ accountId: '111122223333', region: 'us-east-1' });

    const items = await collectAll(collectAccountBlock(ctx));

    expect(s3control.commandCalls(GetPublicAccessBlockCommand).map((call) => call.args[0].input)).toEqual([{ AccountId: '111122223333' }]);
    expect(items).toEqual([
      {
        configurationItemVersion: '1.3',
        configurationItemCaptureTime: ctx.notificationTime,
        configurationItemStatus: 'OK',
        awsAccountId: '111122223333',
        awsRegion: 'us-east-1',
        availabilityZone: 'Not Applicable',
        resourceType: 'AWS::S3::AccountPublicAccessBlock',
        resourceId: '111122223333',
        resourceName: '111122223333',
        tags: {},
        relatedEvents: [],
        relationships: [],
        configuration: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: false },
        supplementaryConfiguration: {},
      },
    ]);
    expect(evaluateItem(rule, items[0] as ConfigurationItem, defaults)).toEqual({
      compliance: 'NON_COMPLIANT',
      annotation: 'Account-level S3 Block Public Access has RestrictPublicBuckets off (account 111122223333).',
    });
  });

  it('agrees with Config’s own record of the same block: same identity, same configuration, same verdict', async () => {
    s3control.on(GetPublicAccessBlockCommand).resolves({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
    });
    const recorded = loadItem(join(__dirname, 'fixtures', 'all-on.json'));
    const [collected] = await collectAll(collectAccountBlock(testCollectorContext({ accountId: recorded.awsAccountId, region: recorded.awsRegion })));
    const identity = (item: ConfigurationItem) => [item.resourceType, item.resourceId, item.resourceName, item.availabilityZone, item.ARN];
    expect(identity(collected as ConfigurationItem)).toEqual(identity(recorded));
    expect(collected?.configuration).toEqual(recorded.configuration);
    expect(evaluateItem(rule, collected as ConfigurationItem, defaults)).toEqual(evaluateItem(rule, recorded, defaults));
  });

  it('yields a NON_COMPLIANT "no configuration" item on NoSuchPublicAccessBlockConfiguration', async () => {
    s3control.on(GetPublicAccessBlockCommand).rejects(
      new NoSuchPublicAccessBlockConfiguration({ $metadata: { httpStatusCode: 404 }, message: 'The public access block configuration was not found' }),
    );
    const [item, ...rest] = await collectAll(collectAccountBlock(testCollectorContext({ accountId: '111122223333' })));
    expect(rest).toEqual([]);
    expect(item?.configuration).toEqual({});
    expect(item?.supplementaryConfiguration).toEqual({ NoSuchPublicAccessBlockConfiguration: true });
    expect(evaluateItem(rule, item as ConfigurationItem, defaults).compliance).toBe('NON_COMPLIANT');
  });

  it('treats a response without a configuration as every setting off, not as blocked', async () => {
    s3control.on(GetPublicAccessBlockCommand).resolves({});
    const [item] = await collectAll(collectAccountBlock(testCollectorContext()));
    expect(item?.configuration).toEqual({});
    expect(evaluateItem(rule, item as ConfigurationItem, defaults).compliance).toBe('NON_COMPLIANT');
  });

  it.each([
    ['AccessDenied', 403],
    ['SlowDown', 503],
    ['InternalError', 500],
  ])('propagates %s and yields nothing', async (name, status) => {
    s3control.on(GetPublicAccessBlockCommand).rejects(serviceError(name, status));
    await expect(collectAll(collectAccountBlock(testCollectorContext()))).rejects.toMatchObject({ name });
  });

  it('is the rule’s collector (loaded when it first runs)', async () => {
    s3control.on(GetPublicAccessBlockCommand).resolves({ PublicAccessBlockConfiguration: { BlockPublicAcls: true } });
    const ctx = testCollectorContext();
    const items = await collectAll(ruleCollector()(ctx));
    expect(items).toHaveLength(1);
    expect(items).toEqual(await collectAll(collectAccountBlock(ctx)));
  });
});
