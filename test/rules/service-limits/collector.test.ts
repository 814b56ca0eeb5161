import {
  DescribeAddressesCommand,
  DescribeInternetGatewaysCommand,
  DescribeVpcsCommand,
  EC2Client,
  EC2ServiceException,
  type DescribeInternetGatewaysCommandInput,
  type DescribeVpcsCommandInput,
} from '@aws-sdk/client-ec2';
import { GetAccountSummaryCommand, IAMClient, IAMServiceException } from '@aws-sdk/client-iam';
import {
  GetAWSDefaultServiceQuotaCommand,
  GetServiceQuotaCommand,
  NoSuchResourceException,
  ServiceQuotasClient,
  ServiceQuotasServiceException,
  type GetServiceQuotaCommandInput,
} from '@aws-sdk/client-service-quotas';
import { mockClient } from 'aws-sdk-client-mock';
import type { ConfigurationItem } from '../../../rule-kit';
import { evaluateItem, parseParameters } from '../../../rule-kit/testing';
import { rule } from '../../../rules/service-limits';
import { collectServiceLimits } from '../../../rules/service-limits/collector';
import { collectAll, testCollectorContext } from '../../rule-kit/collectors/collector-context';

/** The collector the rule runs (loaded lazily by the rule); its absence fails the test. */
function ruleCollector(): NonNullable<typeof rule.collector> {
  if (rule.collector === undefined) throw new Error(`${rule.id} has no collector`);
  return rule.collector;
}

const iam = mockClient(IAMClient);
const ec2 = mockClient(EC2Client);
const sq = mockClient(ServiceQuotasClient);
afterAll(() => [iam, ec2, sq].forEach((mock) => mock.restore()));

const SUMMARY = { Users: 3, UsersQuota: 5000, Roles: 40, RolesQuota: 1000, Groups: 2, GroupsQuota: 300, Policies: 12, PoliciesQuota: 1500, AccountMFAEnabled: 1 };
const APPLIED: Record<string, number> = { 'L-F678F1CE': 10, 'L-A4707A72': 10 };
const DEFAULTS: Record<string, number> = { 'L-F678F1CE': 5, 'L-A4707A72': 5, 'L-0263D0A3': 5 };

/** Pages of 2 with NextToken, as EC2 paginates. */
function paged<T>(entries: readonly T[], token: string | undefined) {
  const start = token === undefined ? 0 : Number(token);
  return { items: entries.slice(start, start + 2), ...(start + 2 < entries.length ? { NextToken: String(start + 2) } : {}) };
}

function serve({ vpcs = 3, igws = 5, eips = 4 } = {}) {
  iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: SUMMARY });
  const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
  ec2.on(DescribeVpcsCommand).callsFake((input: DescribeVpcsCommandInput) => {
    const { items, ...rest } = paged(ids('vpc', vpcs).map((VpcId) => ({ VpcId })), input.NextToken);
    return { Vpcs: items, ...rest };
  });
  ec2.on(DescribeInternetGatewaysCommand).callsFake((input: DescribeInternetGatewaysCommandInput) => {
    const { items, ...rest } = paged(ids('igw', igws).map((InternetGatewayId) => ({ InternetGatewayId })), input.NextToken);
    return { InternetGateways: items, ...rest };
  });
  ec2.on(DescribeAddressesCommand).resolves({ Addresses: ids('eipalloc', eips).map((AllocationId) => ({ AllocationId, Domain: 'vpc' })) });
  sq.on(GetServiceQuotaCommand).callsFake((input: GetServiceQuotaCommandInput) => {
    const value = APPLIED[input.QuotaCode ?? ''];
    if (value === undefined) throw new NoSuchResourceException({ $metadata: { httpStatusCode: 400 }, message: 'no applied value' });
    return { Quota: { ServiceCode: input.ServiceCode, QuotaCode: input.QuotaCode, Value: value } };
  });
  sq.on(GetAWSDefaultServiceQuotaCommand).callsFake((input: GetServiceQuotaCommandInput) => ({
    Quota: { ServiceCode: input.ServiceCode, QuotaCode: input.QuotaCode, Value: DEFAULTS[input.QuotaCode ?? ''] },
  }));
}

const configOf = (item: ConfigurationItem | undefined) => item?.configuration as Record<string, unknown>;
const defaults = parseParameters(rule.parameters, {});

beforeEach(() => [iam, ec2, sq].forEach((mock) => mock.reset()));

describe('service-limits collector', () => {
  it('yields one account item holding the summary, each regional quota with usage and limit, and no errors', async () => {
    serve();
    const ctx = testCollectorContext({ accountId: '111122223333', region: 'eu-central-1' });
    const items = await collectAll(collectServiceLimits(ctx));

    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item).toMatchObject({
      resourceType: 'AWS::::Account',
      resourceId: '111122223333',
      ARN: 'arn:aws:iam::111122223333:root',
      awsRegion: 'eu-central-1',
      configurationItemStatus: 'OK',
      configurationItemCaptureTime: ctx.notificationTime,
    });
    expect(configOf(item)).toEqual({
      AccountSummary: SUMMARY,
      ServiceQuotas: [
        { service: 'vpc', quotaCode: 'L-F678F1CE', name: 'VPCs per Region', region: 'eu-central-1', usage: 3, limit: 10, limitSource: 'applied' },
        { service: 'vpc', quotaCode: 'L-A4707A72', name: 'Internet gateways per Region', region: 'eu-central-1', usage: 5, limit: 10, limitSource: 'applied' },
        { service: 'ec2', quotaCode: 'L-0263D0A3', name: 'EC2-VPC Elastic IPs', region: 'eu-central-1', usage: 4, limit: 5, limitSource: 'aws-default' },
      ],
      Errors: [],
    });
    expect(JSON.parse(JSON.stringify(item))).toEqual(item);
    // Pagination followed to the end: 3 VPCs = 2 pages, 5 gateways = 3 pages.
    expect(ec2.commandCalls(DescribeVpcsCommand)).toHaveLength(2);
    expect(ec2.commandCalls(DescribeInternetGatewaysCommand)).toHaveLength(3);
    expect(ec2.commandCalls(DescribeAddressesCommand).map((call) => call.args[0].input)).toEqual([{ Filters: [{ Name: 'domain', Values: ['vpc'] }] }]);
    expect(evaluateItem(rule, item as ConfigurationItem, defaults)).toEqual({
      compliance: 'NON_COMPLIANT',
      annotation: 'At or over 80% of quota: EC2-VPC Elastic IPs in eu-central-1 4 of 5 (80%).',
    });
  });

  it('records an access-denied quota and still reads the others', async () => {
    serve();
    sq.on(GetServiceQuotaCommand, { ServiceCode: 'vpc', QuotaCode: 'L-A4707A72' }).rejects(
      new ServiceQuotasServiceException({ name: 'AccessDeniedException', $fault: 'client', $metadata: { httpStatusCode: 400 }, message: 'not authorized' }),
    );
    const [item] = await collectAll(collectServiceLimits(testCollectorContext()));
    expect((configOf(item)['ServiceQuotas'] as { quotaCode: string }[]).map((quota) => quota.quotaCode)).toEqual(['L-F678F1CE', 'L-0263D0A3']);
    expect(configOf(item)['Errors']).toEqual([
      { quota: 'Internet gateways per Region', operation: 'GetServiceQuota', code: 'AccessDeniedException', message: 'not authorized' },
    ]);
    expect(evaluateItem(rule, item as ConfigurationItem, defaults)).toMatchObject({
      compliance: 'NON_COMPLIANT',
      annotation: expect.stringMatching(/Could not read quota Internet gateways per Region: GetServiceQuota AccessDeniedException: not authorized/),
    });
  });

  it('records a throttled EC2 count under the counting operation', async () => {
    serve();
    ec2.on(DescribeVpcsCommand).rejects(new EC2ServiceException({ name: 'RequestLimitExceeded', $fault: 'client', $metadata: { httpStatusCode: 503 }, message: 'Request limit exceeded.' }));
    const [item] = await collectAll(collectServiceLimits(testCollectorContext()));
    expect(configOf(item)['Errors']).toEqual([{ quota: 'VPCs per Region', operation: 'DescribeVpcs', code: 'RequestLimitExceeded', message: 'Request limit exceeded.' }]);
    expect(sq.commandCalls(GetServiceQuotaCommand, { QuotaCode: 'L-F678F1CE' })).toHaveLength(0);
  });

  it('records a quota without a value as unreadable', async () => {
    serve();
    sq.on(GetServiceQuotaCommand, { QuotaCode: 'L-F678F1CE' }).resolves({ Quota: { QuotaCode: 'L-F678F1CE' } });
    const [item] = await collectAll(collectServiceLimits(testCollectorContext()));
    expect(configOf(item)['Errors']).toEqual([expect.objectContaining({ quota: 'VPCs per Region', operation: 'GetServiceQuota', code: 'ServiceQuotaValueMissing' })]);
  });

  it('records a failed GetAccountSummary once per IAM quota and leaves the summary out', async () => {
    serve();
    iam.on(GetAccountSummaryCommand).rejects(new IAMServiceException({ name: 'AccessDenied', $fault: 'client', $metadata: { httpStatusCode: 403 }, message: 'denied' }));
    const [item] = await collectAll(collectServiceLimits(testCollectorContext()));
    expect(configOf(item)).not.toHaveProperty('AccountSummary');
    expect((configOf(item)['Errors'] as { quota: string }[]).map((error) => error.quota)).toEqual([
      'IAM users',
      'IAM roles',
      'IAM groups',
      'IAM customer managed policies',
    ]);
    const verdict = evaluateItem(rule, item as ConfigurationItem, defaults);
    expect(verdict.compliance).toBe('NON_COMPLIANT');
    expect(verdict.annotation).toMatch(/Could not read quotas IAM users, IAM roles, IAM groups, IAM customer managed policies: GetAccountSummary AccessDenied: denied\.$/);
  });

  it('propagates an error that is not an AWS service error (a bug), yielding nothing', async () => {
    serve();
    ec2.on(DescribeAddressesCommand).rejects(new TypeError('cannot read properties of undefined'));
    await expect(collectAll(collectServiceLimits(testCollectorContext()))).rejects.toBeInstanceOf(TypeError);
  });

  it('is the rule’s collector, and a healthy account is COMPLIANT end to end', async () => {
    serve({ vpcs: 1, igws: 1, eips: 0 });
    const ctx = testCollectorContext();
    const [item] = await collectAll(ruleCollector()(ctx));
    expect([item]).toEqual(await collectAll(collectServiceLimits(ctx)));
    expect(evaluateItem(rule, item as ConfigurationItem, defaults).compliance).toBe('COMPLIANT');
  });
});
