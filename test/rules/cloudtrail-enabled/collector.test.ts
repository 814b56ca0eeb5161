import {
  CloudTrailClient,
  CloudTrailServiceException,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  type GetEventSelectorsCommandOutput,
  type Trail,
} from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import { type ConfigurationItem, UnexpectedResponseError } from '../../../rule-kit';
import { evaluateItem, parseParameters } from '../../../rule-kit/testing';
import { rule } from '../../../rules/cloudtrail-enabled';
import { collectTrails } from '../../../rules/cloudtrail-enabled/collector';
import { collectAll, testCollectorContext } from '../../rule-kit/collectors/collector-context';

const cloudtrail = mockClient(CloudTrailClient);

const trail = (name: string, home = 'eu-west-1', account = '123456789012', partition = 'aws'): Trail => ({
  Name: name,
  S3BucketName: `trail-logs-${account}`,
  IncludeGlobalServiceEvents: true,
  IsMultiRegionTrail: true,
  HomeRegion: home,
  TrailARN: `arn:${partition}:cloudtrail:${home}:${account}:trail/${name}`,
  LogFileValidationEnabled: true,
  HasCustomEventSelectors: false,
  HasInsightSelectors: false,
  IsOrganizationTrail: false,
});

const ALL_MANAGEMENT: GetEventSelectorsCommandOutput = {
  $metadata: {},
  EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] }],
};

const apiError = (name: string) =>
  new CloudTrailServiceException({ name, $fault: 'client', $metadata: { httpStatusCode: 400 }, message: `${name} (test)` });

const evaluate = (item: ConfigurationItem) => evaluateItem(rule, item, parseParameters(rule.parameters, {}));

async function collectOne(ctx = testCollectorContext()): Promise<ConfigurationItem> {
  const items = await collectAll(collectTrails(ctx));
  expect(items).toHaveLength(1);
  return items[0] as ConfigurationItem;
}

const trailsOf = (item: ConfigurationItem) => (item.configuration as { Trails: Record<string, unknown>[] }).Trails;

beforeEach(() => cloudtrail.reset());
afterAll(() => cloudtrail.restore());

describe('cloudtrail-enabled collector', () => {
  it('asks for shadow trails and queries each trail by ARN, including one homed in another Region', async () => {
    const local = trail('local');
    const shadow = trail('org-audit', 'us-east-1', '999988887777');
    cloudtrail.on(DescribeTrailsCommand).resolves({ trailList: [local, shadow] });
    cloudtrail.on(GetTrailStatusCommand).resolves({ IsLogging: true, LatestDeliveryTime: new Date('2026-03-04T05:55:00Z') });
    cloudtrail.on(GetEventSelectorsCommand).resolves(ALL_MANAGEMENT);

    const ctx = testCollectorContext({ region: 'eu-west-1' });
    await collectOne(ctx);

    expect(cloudtrail.commandCalls(DescribeTrailsCommand).map((call) => call.args[0].input)).toEqual([{ includeShadowTrails: true }]);
    expect(cloudtrail.commandCalls(GetTrailStatusCommand).map((call) => call.args[0].input.Name)).toEqual([local.TrailARN, shadow.TrailARN]);
    expect(cloudtrail.commandCalls(GetEventSelectorsCommand).map((call) => call.args[0].input.TrailName)).toEqual([
      local.TrailARN,
      shadow.TrailARN,
    ]);
    // Every call goes through the rule's own Region: CloudTrail answers for shadow trails given their ARN.
    expect(new Set(ctx.clientRegions)).toEqual(new Set(['eu-west-1']));
  });

  it('yields one JSON-safe AWS::::Account item holding each trail with its status and selectors', async () => {
    cloudtrail.on(DescribeTrailsCommand).resolves({ trailList: [trail('management-events')] });
    cloudtrail.on(GetTrailStatusCommand).resolves({ IsLogging: false, StopLoggingTime: new Date('2026-03-01T00:00:00Z') });
    cloudtrail.on(GetEventSelectorsCommand).resolves({
      $metadata: {},
      AdvancedEventSelectors: [{ Name: 'Management', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] }],
    });
    const ctx = testCollectorContext({ accountId: '111122223333', region: 'eu-west-1' });

    const item = await collectOne(ctx);

    expect(item).toEqual({
      configurationItemVersion: '1.3',
      configurationItemCaptureTime: ctx.notificationTime,
      configurationItemStatus: 'OK',
      awsAccountId: '111122223333',
      awsRegion: 'eu-west-1',
      ARN: 'arn:aws:iam::111122223333:root',
      resourceType: 'AWS::::Account',
      resourceId: '111122223333',
      tags: {},
      relatedEvents: [],
      relationships: [],
      configuration: {
        Trails: [
          {
            ...trail('management-events'),
            IsLogging: false,
            AdvancedEventSelectors: [{ Name: 'Management', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] }],
          },
        ],
      },
      supplementaryConfiguration: {},
    });
    expect(JSON.parse(JSON.stringify(item))).toEqual(item);
    expect(evaluate(item)).toEqual({
      compliance: 'NON_COMPLIANT',
      annotation: 'No multi-Region trail logs all read and write management events. trail management-events: not logging.',
    });
  });

  it('calls GetTrailStatus and GetEventSelectors once per trail, and one good trail among several is enough', async () => {
    const names = ['a', 'b', 'c', 'd'];
    cloudtrail.on(DescribeTrailsCommand).resolves({ trailList: names.map((name) => trail(name)) });
    cloudtrail.on(GetTrailStatusCommand).callsFake(({ Name }: { Name: string }) => ({ IsLogging: Name.endsWith('/c') }));
    cloudtrail.on(GetEventSelectorsCommand).resolves(ALL_MANAGEMENT);

    const item = await collectOne();

    expect(cloudtrail.commandCalls(GetTrailStatusCommand)).toHaveLength(names.length);
    expect(cloudtrail.commandCalls(GetEventSelectorsCommand)).toHaveLength(names.length);
    expect(trailsOf(item).map((t) => t['IsLogging'])).toEqual([false, false, true, false]);
    expect(evaluate(item)).toMatchObject({ compliance: 'COMPLIANT', annotation: expect.stringMatching(/^Trail c is multi-Region/) });
  });

  it.each([
    ['cn-north-1', 'aws-cn'],
    ['us-gov-west-1', 'aws-us-gov'],
  ])('builds the account ARN in the partition of %s and keeps the trail ARNs as CloudTrail returns them', async (region, partition) => {
    const local = trail('management-events', region, '123456789012', partition);
    cloudtrail.on(DescribeTrailsCommand).resolves({ trailList: [local] });
    cloudtrail.on(GetTrailStatusCommand).resolves({ IsLogging: true });
    cloudtrail.on(GetEventSelectorsCommand).resolves(ALL_MANAGEMENT);

    const item = await collectOne(testCollectorContext({ region, partition }));

    expect(item.ARN).toBe(`arn:${partition}:iam::123456789012:root`);
    expect(trailsOf(item)[0]?.['TrailARN']).toBe(`arn:${partition}:cloudtrail:${region}:123456789012:trail/management-events`);
    expect(cloudtrail.commandCalls(GetTrailStatusCommand)[0]?.args[0].input.Name).toBe(local.TrailARN);
    expect(evaluate(item).compliance).toBe('COMPLIANT');
  });

  it('records AccessDenied on one trail\'s GetTrailStatus on that trail, which then does not count', async () => {
    const denied = trail('org-audit', 'us-east-1', '999988887777');
    cloudtrail.on(DescribeTrailsCommand).resolves({ trailList: [denied] });
    cloudtrail.on(GetTrailStatusCommand).rejects(apiError('AccessDeniedException'));
    cloudtrail.on(GetEventSelectorsCommand).resolves(ALL_MANAGEMENT);

    const item = await collectOne();

    const [recorded] = trailsOf(item);
    expect(recorded).not.toHaveProperty('IsLogging');
    expect(recorded?.['Errors']).toEqual([
      { Operation: 'GetTrailStatus', ErrorCode: 'AccessDeniedException', Message: 'AccessDeniedException (test)' },
    ]);
    expect(evaluate(item)).toEqual({
      compliance: 'NON_COMPLIANT',
      annotation: 'No multi-Region trail logs all read and write management events. trail org-audit: GetTrailStatus failed (AccessDeniedException).',
    });
  });

  it('records a failed GetEventSelectors on its trail, and the other trails still count', async () => {
    cloudtrail.on(DescribeTrailsCommand).resolves({ trailList: [trail('broken'), trail('good')] });
    cloudtrail.on(GetTrailStatusCommand).resolves({ IsLogging: true });
    cloudtrail
      .on(GetEventSelectorsCommand)
      .callsFake(({ TrailName }: { TrailName: string }) => {
        if (TrailName.endsWith('/broken')) throw apiError('TrailNotFoundException');
        return ALL_MANAGEMENT;
      });

    const item = await collectOne();

    expect(trailsOf(item)[0]?.['Errors']).toEqual([
      { Operation: 'GetEventSelectors', ErrorCode: 'TrailNotFoundException', Message: 'TrailNotFoundException (test)' },
    ]);
    expect(trailsOf(item)[1]).not.toHaveProperty('Errors');
    expect(evaluate(item)).toMatchObject({ compliance: 'COMPLIANT', annotation: expect.stringMatching(/^Trail good /) });
  });

  it.each(['AccessDeniedException', 'ThrottlingException'])('propagates %s from DescribeTrails and yields nothing', async (name) => {
    cloudtrail.on(DescribeTrailsCommand).rejects(apiError(name));
    const yielded: unknown[] = [];
    const run = async () => {
      for await (const item of collectTrails(testCollectorContext())) yielded.push(item);
    };
    await expect(run()).rejects.toMatchObject({ name });
    await expect(run()).rejects.toBeInstanceOf(CloudTrailServiceException);
    expect(yielded).toEqual([]);
  });

  it('propagates an error that is not CloudTrail\'s (a network failure) instead of recording it', async () => {
    cloudtrail.on(DescribeTrailsCommand).resolves({ trailList: [trail('a')] });
    cloudtrail.on(GetTrailStatusCommand).rejects(new Error('socket hang up'));
    await expect(collectAll(collectTrails(testCollectorContext()))).rejects.toThrow('socket hang up');
  });

  it('yields an item with no trails when DescribeTrails lists none, which is NON_COMPLIANT', async () => {
    cloudtrail.on(DescribeTrailsCommand).resolves({});
    const item = await collectOne();
    expect(item.configuration).toEqual({ Trails: [] });
    expect(evaluate(item).compliance).toBe('NON_COMPLIANT');
    expect(cloudtrail.commandCalls(GetTrailStatusCommand)).toHaveLength(0);
  });

  it('rejects a listed trail without a TrailARN with a typed error', async () => {
    cloudtrail.on(DescribeTrailsCommand).resolves({ trailList: [{ ...trail('a'), TrailARN: undefined }] });
    await expect(collectAll(collectTrails(testCollectorContext()))).rejects.toBeInstanceOf(UnexpectedResponseError);
  });
});
