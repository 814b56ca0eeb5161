import {
  GetAdministratorAccountCommand,
  GetDetectorCommand,
  GuardDutyClient,
  GuardDutyServiceException,
  ListDetectorsCommand,
  type GetDetectorCommandOutput,
  type ListDetectorsCommandInput,
} from '@aws-sdk/client-guardduty';
import { mockClient } from 'aws-sdk-client-mock';
import type { ConfigurationItem } from '../../../rule-kit';
import { evaluateItem, parseParameters } from '../../../rule-kit/testing';
import { rule } from '../../../rules/guardduty-enabled';
import { collectDetectors } from '../../../rules/guardduty-enabled/collector';
import { collectAll, testCollectorContext } from '../../rule-kit/collectors/collector-context';

const guardduty = mockClient(GuardDutyClient);

const detector = (status: 'ENABLED' | 'DISABLED'): GetDetectorCommandOutput => ({
  $metadata: { httpStatusCode: 200, requestId: 'b0a1c2d3' },
  CreatedAt: '2025-10-02T14:11:05.187Z',
  FindingPublishingFrequency: 'SIX_HOURS',
  ServiceRole: 'arn:aws:iam::123456789012:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty',
  Status: status,
  UpdatedAt: '2026-01-15T09:42:31.004Z',
  Tags: { owner: 'security' },
  Features: [{ Name: 'CLOUD_TRAIL', Status: status, UpdatedAt: new Date('2025-10-02T14:11:05.000Z') }],
});

const apiError = (name: string) =>
  new GuardDutyServiceException({ name, $fault: 'client', $metadata: { httpStatusCode: 403 }, message: `${name} (test)` });

/** Serves detector ids as pages of `pageSize`, following NextToken like GuardDuty does. */
function serveIds(ids: readonly string[], pageSize: number) {
  guardduty.on(ListDetectorsCommand).callsFake((input: ListDetectorsCommandInput) => {
    expect(input.MaxResults).toBeGreaterThan(0);
    const start = input.NextToken === undefined ? 0 : Number(input.NextToken);
    const end = start + pageSize;
    return { DetectorIds: ids.slice(start, end), ...(end < ids.length ? { NextToken: String(end) } : {}) };
  });
}

const evaluate = (item: ConfigurationItem, raw: Record<string, string> = {}) => evaluateItem(rule, item, parseParameters(rule.parameters, raw));
const detectorsOf = (item: ConfigurationItem) => (item.configuration as { GuardDuty: { Detectors: Record<string, unknown>[] } }).GuardDuty.Detectors;

async function collectOne(ctx = testCollectorContext()): Promise<ConfigurationItem> {
  const items = await collectAll(collectDetectors(ctx));
  expect(items).toHaveLength(1);
  return items[0] as ConfigurationItem;
}

beforeEach(() => guardduty.reset());
afterAll(() => guardduty.restore());

describe('guardduty-enabled collector', () => {
  it('follows ListDetectors across several pages and reads every detector', async () => {
    const ids = ['d1', 'd2', 'd3', 'd4', 'd5'];
    serveIds(ids, 2);
    guardduty.on(GetDetectorCommand).callsFake(({ DetectorId }: { DetectorId: string }) => detector(DetectorId === 'd4' ? 'ENABLED' : 'DISABLED'));
    guardduty.on(GetAdministratorAccountCommand).resolves({});

    const item = await collectOne();

    expect(guardduty.commandCalls(ListDetectorsCommand)).toHaveLength(3);
    expect(guardduty.commandCalls(GetDetectorCommand).map((call) => call.args[0].input.DetectorId)).toEqual(ids);
    expect(guardduty.commandCalls(GetAdministratorAccountCommand).map((call) => call.args[0].input.DetectorId)).toEqual(ids);
    expect(detectorsOf(item).map((d) => [d['DetectorId'], d['Status']])).toEqual([
      ['d1', 'DISABLED'],
      ['d2', 'DISABLED'],
      ['d3', 'DISABLED'],
      ['d4', 'ENABLED'],
      ['d5', 'DISABLED'],
    ]);
    expect(evaluate(item)).toMatchObject({ compliance: 'COMPLIANT', annotation: expect.stringMatching(/detector d4 is enabled/) });
  });

  it('yields one JSON-safe AWS::::Account item: the detector as GetDetector returns it, without $metadata, with its administrator', async () => {
    serveIds(['12abc34d'], 50);
    guardduty.on(GetDetectorCommand).resolves(detector('ENABLED'));
    guardduty.on(GetAdministratorAccountCommand).resolves({
      Administrator: { AccountId: '999988887777', InvitationId: 'inv-1', RelationshipStatus: 'Enabled', InvitedAt: '2025-10-02T14:12:40.000Z' },
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
        GuardDuty: {
          Detectors: [
            {
              DetectorId: '12abc34d',
              CreatedAt: '2025-10-02T14:11:05.187Z',
              FindingPublishingFrequency: 'SIX_HOURS',
              ServiceRole: 'arn:aws:iam::123456789012:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty',
              Status: 'ENABLED',
              UpdatedAt: '2026-01-15T09:42:31.004Z',
              Tags: { owner: 'security' },
              Features: [{ Name: 'CLOUD_TRAIL', Status: 'ENABLED', UpdatedAt: '2025-10-02T14:11:05.000Z' }],
              Administrator: { AccountId: '999988887777', InvitationId: 'inv-1', RelationshipStatus: 'Enabled', InvitedAt: '2025-10-02T14:12:40.000Z' },
            },
          ],
        },
      },
      supplementaryConfiguration: {},
    });
    expect(JSON.parse(JSON.stringify(item))).toEqual(item);
    expect(evaluate(item, { CentralMonitoringAccount: '999988887777' }).compliance).toBe('COMPLIANT');
  });

  it('yields an empty detector list when GuardDuty was never enabled, which is NON_COMPLIANT', async () => {
    guardduty.on(ListDetectorsCommand).resolves({ DetectorIds: [] });
    const item = await collectOne();
    expect(item.configuration).toEqual({ GuardDuty: { Detectors: [] } });
    expect(guardduty.commandCalls(GetDetectorCommand)).toHaveLength(0);
    expect(evaluate(item)).toEqual({ compliance: 'NON_COMPLIANT', annotation: 'GuardDuty is not enabled in eu-west-1: the account has no detector.' });
  });

  it('records a suspended detector, which is NON_COMPLIANT', async () => {
    serveIds(['12abc34d'], 50);
    guardduty.on(GetDetectorCommand).resolves(detector('DISABLED'));
    guardduty.on(GetAdministratorAccountCommand).resolves({});
    expect(evaluate(await collectOne()).compliance).toBe('NON_COMPLIANT');
  });

  it.each([
    ['cn-north-1', 'aws-cn'],
    ['us-gov-east-1', 'aws-us-gov'],
  ])('builds the account ARN in the partition of %s', async (region, partition) => {
    guardduty.on(ListDetectorsCommand).resolves({ DetectorIds: [] });
    const item = await collectOne(testCollectorContext({ region, partition }));
    expect(item.ARN).toBe(`arn:${partition}:iam::123456789012:root`);
    expect(item.awsRegion).toBe(region);
  });

  it.each(['AccessDeniedException', 'BadRequestException'])('propagates %s from ListDetectors and yields nothing', async (name) => {
    guardduty.on(ListDetectorsCommand).rejects(apiError(name));
    const yielded: unknown[] = [];
    const run = async () => {
      for await (const item of collectDetectors(testCollectorContext())) yielded.push(item);
    };
    await expect(run()).rejects.toMatchObject({ name });
    await expect(run()).rejects.toBeInstanceOf(GuardDutyServiceException);
    expect(yielded).toEqual([]);
  });

  it('propagates an error on a later ListDetectors page instead of reporting a partial listing', async () => {
    guardduty.on(ListDetectorsCommand).callsFake((input: ListDetectorsCommandInput) => {
      if (input.NextToken !== undefined) throw apiError('InternalServerErrorException');
      return { DetectorIds: ['d1'], NextToken: '1' };
    });
    guardduty.on(GetDetectorCommand).resolves(detector('ENABLED'));
    guardduty.on(GetAdministratorAccountCommand).resolves({});
    await expect(collectAll(collectDetectors(testCollectorContext()))).rejects.toMatchObject({ name: 'InternalServerErrorException' });
  });

  it.each(['GetDetector', 'GetAdministratorAccount'] as const)('propagates AccessDenied from %s', async (failing) => {
    serveIds(['d1'], 50);
    const denied = apiError('AccessDeniedException');
    if (failing === 'GetDetector') guardduty.on(GetDetectorCommand).rejects(denied);
    else guardduty.on(GetDetectorCommand).resolves(detector('ENABLED'));
    if (failing === 'GetAdministratorAccount') guardduty.on(GetAdministratorAccountCommand).rejects(denied);
    else guardduty.on(GetAdministratorAccountCommand).resolves({});
    await expect(collectAll(collectDetectors(testCollectorContext()))).rejects.toBeInstanceOf(GuardDutyServiceException);
  });
});
