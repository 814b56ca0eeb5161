import {
  AccessDeniedException,
  BatchGetAccountStatusCommand,
  Inspector2Client,
  Inspector2ServiceException,
  type BatchGetAccountStatusResponse,
} from '@aws-sdk/client-inspector2';
import { mockClient } from 'aws-sdk-client-mock';
import { CollectorAccessDeniedError, type ConfigurationItem } from '../../../rule-kit';
import { evaluateItem, parseParameters } from '../../../rule-kit/testing';
import { rule } from '../../../rules/inspector-enabled';
import { collectInspectorStatus } from '../../../rules/inspector-enabled/collector';
import { collectAll, testCollectorContext } from '../../rule-kit/collectors/collector-context';

const inspector = mockClient(Inspector2Client);

const enabled = { status: 'ENABLED' as const, errorCode: undefined, errorMessage: undefined };
const response = (accountId: string, ecr: 'ENABLED' | 'SUSPENDED'): BatchGetAccountStatusResponse => ({
  accounts: [
    {
      accountId,
      state: { status: 'ENABLED', errorCode: undefined, errorMessage: undefined },
      resourceState: { ec2: enabled, ecr: { ...enabled, status: ecr }, lambda: enabled, lambdaCode: { status: 'DISABLED', errorCode: undefined, errorMessage: undefined } },
    },
  ],
  failedAccounts: [],
});

const evaluate = (item: ConfigurationItem) => evaluateItem(rule, item, parseParameters(rule.parameters, {}));

beforeEach(() => inspector.reset());
afterAll(() => inspector.restore());

describe('inspector-enabled collector', () => {
  it('asks BatchGetAccountStatus for the account only and yields one JSON-safe account item', async () => {
    inspector.on(BatchGetAccountStatusCommand).resolves({ $metadata: {}, ...response('111122223333', 'ENABLED') });
    const ctx = testCollectorContext({ accountId: '111122223333', region: 'eu-west-1' });

    const items = await collectAll(collectInspectorStatus(ctx));

    expect(inspector.commandCalls(BatchGetAccountStatusCommand).map((call) => call.args[0].input)).toEqual([{ accountIds: ['111122223333'] }]);
    expect(items).toHaveLength(1);
    const [item] = items as [ConfigurationItem];
    expect(item).toMatchObject({ resourceType: 'AWS::::Account', resourceId: '111122223333', ARN: 'arn:aws:iam::111122223333:root', awsRegion: 'eu-west-1' });
    expect(JSON.parse(JSON.stringify(item))).toEqual(item);
    expect((item.configuration as { Inspector2: { Accounts: unknown[] } }).Inspector2.Accounts).toEqual([
      {
        accountId: '111122223333',
        state: { status: 'ENABLED' },
        resourceState: { ec2: { status: 'ENABLED' }, ecr: { status: 'ENABLED' }, lambda: { status: 'ENABLED' }, lambdaCode: { status: 'DISABLED' } },
      },
    ]);
    expect(evaluate(item).compliance).toBe('COMPLIANT');
  });

  it('records a suspended type, which is NON_COMPLIANT', async () => {
    inspector.on(BatchGetAccountStatusCommand).resolves(response('123456789012', 'SUSPENDED'));
    const [item] = await collectAll(collectInspectorStatus(testCollectorContext()));
    expect(evaluate(item as ConfigurationItem)).toMatchObject({ compliance: 'NON_COMPLIANT', annotation: expect.stringContaining('ECR (SUSPENDED)') });
  });

  it.each([
    ['cn-northwest-1', 'aws-cn'],
    ['us-gov-east-1', 'aws-us-gov'],
  ])('builds the account ARN in the partition of %s', async (region, partition) => {
    inspector.on(BatchGetAccountStatusCommand).resolves(response('123456789012', 'ENABLED'));
    const [item] = await collectAll(collectInspectorStatus(testCollectorContext({ region, partition })));
    expect(item?.ARN).toBe(`arn:${partition}:iam::123456789012:root`);
  });

  it('turns AccessDenied into CollectorAccessDeniedError naming inspector2:BatchGetAccountStatus, and yields nothing', async () => {
    inspector.on(BatchGetAccountStatusCommand).rejects(new AccessDeniedException({ $metadata: { httpStatusCode: 403 }, message: 'not authorized' }));
    const yielded: unknown[] = [];
    const run = async () => {
      for await (const item of collectInspectorStatus(testCollectorContext())) yielded.push(item);
    };
    await expect(run()).rejects.toBeInstanceOf(CollectorAccessDeniedError);
    await expect(run()).rejects.toMatchObject({ action: 'inspector2:BatchGetAccountStatus', awsErrorCode: 'AccessDeniedException' });
    expect(yielded).toEqual([]);
  });

  it('propagates any other service error (yielding nothing to report)', async () => {
    inspector
      .on(BatchGetAccountStatusCommand)
      .rejects(new Inspector2ServiceException({ name: 'InternalServerException', $fault: 'server', $metadata: { httpStatusCode: 500 }, message: 'boom' }));
    await expect(collectAll(collectInspectorStatus(testCollectorContext()))).rejects.toMatchObject({ name: 'InternalServerException' });
  });
});
