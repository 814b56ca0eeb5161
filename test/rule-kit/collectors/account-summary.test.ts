import { GetAccountSummaryCommand, IAMClient, IAMServiceException } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { ACCOUNT_RESOURCE_TYPE, accountSummaryCollector, MalformedConfigurationItemError, readAccountSummary } from '../../../rule-kit';
import { collectAll, testCollectorContext } from './collector-context';

const iam = mockClient(IAMClient);

/** A SummaryMap as GetAccountSummary returns it for a small account (key names from the SDK's SummaryKeyType). */
const SUMMARY = {
  AccountMFAEnabled: 1,
  AccountAccessKeysPresent: 0,
  AccountPasswordPresent: 1,
  AccountSigningCertificatesPresent: 0,
  Users: 3,
  Groups: 1,
  Roles: 12,
  Providers: 1,
  Policies: 4,
  MFADevices: 2,
  MFADevicesInUse: 2,
  UsersQuota: 5000,
};

function serviceError(name: string, fault: 'client' | 'server' = 'client'): IAMServiceException {
  return new IAMServiceException({ name, $fault: fault, $metadata: { httpStatusCode: 400 }, message: `${name} (test)` });
}

beforeEach(() => iam.reset());

describe('accountSummaryCollector', () => {
  it('calls GetAccountSummary exactly once and yields one AWS::::Account item in notification shape', async () => {
    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: SUMMARY });
    const ctx = testCollectorContext({ accountId: '111122223333', region: 'us-east-2' });

    const items = await collectAll(accountSummaryCollector(ctx));

    expect(iam.commandCalls(GetAccountSummaryCommand)).toHaveLength(1);
    expect(iam.calls()).toHaveLength(1);
    expect(ctx.clientRegions).toEqual(['us-east-2']);
    expect(items).toEqual([
      {
        configurationItemVersion: '1.3',
        configurationItemCaptureTime: ctx.notificationTime,
        configurationItemStatus: 'OK',
        awsAccountId: '111122223333',
        awsRegion: 'us-east-2',
        ARN: 'arn:aws:iam::111122223333:root',
        resourceType: ACCOUNT_RESOURCE_TYPE,
        resourceId: '111122223333',
        tags: {},
        relatedEvents: [],
        relationships: [],
        configuration: { AccountSummary: SUMMARY },
        supplementaryConfiguration: {},
      },
    ]);
  });

  it('yields JSON-safe items (what goes in a fixture is what the rule saw)', async () => {
    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: SUMMARY });
    const [item] = await collectAll(accountSummaryCollector(testCollectorContext()));
    expect(JSON.parse(JSON.stringify(item))).toEqual(item);
  });

  it.each([
    ['cn-north-1', 'aws-cn'],
    ['us-gov-west-1', 'aws-us-gov'],
    ['eu-central-1', 'aws'],
  ])('builds the root ARN in the context partition (%s → %s)', async (region, partition) => {
    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: SUMMARY });
    const [item] = await collectAll(accountSummaryCollector(testCollectorContext({ region, partition })));
    expect(item?.ARN).toBe(`arn:${partition}:iam::123456789012:root`);
    expect(item?.awsRegion).toBe(region);
  });

  it('keeps the summary as returned: it does not fill in keys the API left out', async () => {
    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountMFAEnabled: 0 } });
    const [item] = await collectAll(accountSummaryCollector(testCollectorContext()));
    expect(item?.configuration).toEqual({ AccountSummary: { AccountMFAEnabled: 0 } });
  });

  it('yields an item without AccountSummary when the response has no SummaryMap, which the readers refuse', async () => {
    iam.on(GetAccountSummaryCommand).resolves({});
    const [item] = await collectAll(accountSummaryCollector(testCollectorContext()));
    expect(item?.configuration).toEqual({});
    expect(() => readAccountSummary(item!)).toThrow(MalformedConfigurationItemError);
  });

  it.each([
    ['AccessDenied', 'client'],
    ['Throttling', 'client'],
    ['ServiceFailure', 'server'],
  ] as const)('propagates %s from IAM as the SDK error and yields nothing', async (name, fault) => {
    iam.on(GetAccountSummaryCommand).rejects(serviceError(name, fault));
    const yielded: unknown[] = [];
    const run = async (): Promise<void> => {
      for await (const item of accountSummaryCollector(testCollectorContext())) yielded.push(item);
    };
    await expect(run()).rejects.toMatchObject({ name });
    await expect(run()).rejects.toBeInstanceOf(IAMServiceException);
    expect(yielded).toEqual([]);
  });
});
