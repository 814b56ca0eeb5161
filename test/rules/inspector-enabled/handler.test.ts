import { AccessDeniedException, BatchGetAccountStatusCommand, Inspector2Client } from '@aws-sdk/client-inspector2';
import { mockClient } from 'aws-sdk-client-mock';
import { handler } from '../../../rules/inspector-enabled/handler';
import { recordingConfigClient, type RecordingConfigClient, scheduledEvent } from '../../../rule-kit/testing';

// The deployed Lambda on its periodic trigger: the collector reads Inspector, PutEvaluations gets the verdict.
const inspector = mockClient(Inspector2Client);
let config: RecordingConfigClient;

beforeEach(() => inspector.reset());
afterEach(() => config.restore());
afterAll(() => inspector.restore());

const disabled = { status: 'DISABLED' as const, errorCode: undefined, errorMessage: undefined };
const enabled = { ...disabled, status: 'ENABLED' as const };

describe('inspector-enabled Lambda', () => {
  it('reports the account NON_COMPLIANT, at the notification time, naming the types not scanned', async () => {
    config = recordingConfigClient();
    inspector.on(BatchGetAccountStatusCommand).resolves({
      accounts: [{ accountId: '123456789012', state: enabled, resourceState: { ec2: enabled, ecr: disabled, lambda: disabled } }],
      failedAccounts: [],
    });
    await handler(scheduledEvent({ ruleName: 'inspector-enabled', notificationCreationTime: '2026-03-04T06:00:00.000Z' }));
    expect(config.evaluations()).toEqual([
      {
        ComplianceResourceType: 'AWS::::Account',
        ComplianceResourceId: '123456789012',
        ComplianceType: 'NON_COMPLIANT',
        Annotation: 'Amazon Inspector in us-east-1 (account ENABLED) does not scan: ECR (DISABLED), Lambda standard (DISABLED).',
        OrderingTimestamp: new Date('2026-03-04T06:00:00.000Z'),
      },
    ]);
  });

  it('reports nothing, and fails naming the action, when Inspector denies access', async () => {
    config = recordingConfigClient();
    inspector.on(BatchGetAccountStatusCommand).rejects(new AccessDeniedException({ $metadata: { httpStatusCode: 403 }, message: 'not authorized' }));
    await expect(handler(scheduledEvent())).rejects.toThrow(/inspector2:BatchGetAccountStatus/);
    expect(config.evaluations()).toEqual([]);
  });
});
