import {
  ConfigServiceClient,
  GetResourceConfigHistoryCommand,
  PutEvaluationsCommand,
  ResourceNotDiscoveredException,
} from '@aws-sdk/client-config-service';
import {
  GetPublicAccessBlockCommand,
  NoSuchPublicAccessBlockConfiguration,
  S3ControlClient,
  S3ControlServiceException,
} from '@aws-sdk/client-s3-control';
import { mockClient } from 'aws-sdk-client-mock';
import { createHandler, RelatedResourceUnreadableError } from '../../../rule-kit/lambda';
import { changeEvent } from '../../../rule-kit/testing';
import { rule } from '../../../rules/s3-bucket-public-access';
import { loadFixtureItem } from './fixtures';

/**
 * The Lambda path of the account-level block: Config's item first (GetResourceConfigHistory), and only
 * when Config holds none, S3 Control GetPublicAccessBlock in the evaluated account.
 */
const config = mockClient(ConfigServiceClient);
const s3control = mockClient(S3ControlClient);
const options = { region: 'eu-west-1', logSink: () => {}, reporting: { sleep: async () => {} } };

beforeEach(() => {
  config.reset();
  s3control.reset();
  config.on(PutEvaluationsCommand).resolves({ FailedEvaluations: [] });
});
afterAll(() => {
  config.restore();
  s3control.restore();
});

// Principal "*" s3:GetObject, no condition: public unless RestrictPublicBuckets applies.
const bucket = loadFixtureItem('bucket-policy-public-getobject.json');
const ACCOUNT = bucket.awsAccountId;

const sent = () => config.commandCalls(PutEvaluationsCommand).flatMap((call) => call.args[0].input.Evaluations ?? []);
const notRecorded = () => config.on(GetResourceConfigHistoryCommand).rejects(new ResourceNotDiscoveredException({ message: 'Resource not discovered', $metadata: {} }));
const s3Error = (name: string, status: number) =>
  new S3ControlServiceException({ name, $fault: 'client', $metadata: { httpStatusCode: status }, message: `${name} (test)` });

describe('s3-bucket-public-access reads the account-level block live when Config did not record it', () => {
  it('uses Config\'s item when there is one, and never calls S3 Control', async () => {
    // Prepare
    config.on(GetResourceConfigHistoryCommand).resolves({
      configurationItems: [
        {
          version: '1.3',
          accountId: ACCOUNT,
          configurationItemCaptureTime: new Date('2026-03-01T12:00:03.551Z'),
          configurationItemStatus: 'OK',
          resourceType: 'AWS::S3::AccountPublicAccessBlock',
          resourceId: ACCOUNT,
          awsRegion: 'eu-west-1',
          configuration: '{"blockPublicAcls":true,"ignorePublicAcls":true,"blockPublicPolicy":true,"restrictPublicBuckets":true}',
        },
      ],
    });
    // Act
    await createHandler(rule, options)(changeEvent(bucket));
    // Assess
    expect(s3control.commandCalls(GetPublicAccessBlockCommand)).toHaveLength(0);
    expect(sent()).toEqual([expect.objectContaining({ ComplianceType: 'COMPLIANT', Annotation: expect.stringMatching(/neutralised by RestrictPublicBuckets on the account\.$/) })]);
  });

  it('reads the block with S3 Control GetPublicAccessBlock when Config has no item, and honours it', async () => {
    notRecorded();
    s3control.on(GetPublicAccessBlockCommand).resolves({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
    });
    await createHandler(rule, options)(changeEvent(bucket));
    expect(s3control.commandCalls(GetPublicAccessBlockCommand).map((call) => call.args[0].input)).toEqual([{ AccountId: ACCOUNT }]);
    expect(sent()).toEqual([expect.objectContaining({ ComplianceType: 'COMPLIANT', Annotation: expect.stringMatching(/neutralised by RestrictPublicBuckets on the account\.$/) })]);
  });

  it('also reads it live when Config\'s latest item is a deleted one', async () => {
    config.on(GetResourceConfigHistoryCommand).resolves({
      configurationItems: [
        {
          version: '1.3',
          accountId: ACCOUNT,
          configurationItemCaptureTime: new Date('2026-03-01T12:00:03.551Z'),
          configurationItemStatus: 'ResourceDeleted',
          resourceType: 'AWS::S3::AccountPublicAccessBlock',
          resourceId: ACCOUNT,
          awsRegion: 'eu-west-1',
        },
      ],
    });
    s3control.on(GetPublicAccessBlockCommand).rejects(new NoSuchPublicAccessBlockConfiguration({ message: 'The public access block configuration was not found', $metadata: {} }));
    await createHandler(rule, options)(changeEvent(bucket));
    expect(s3control.commandCalls(GetPublicAccessBlockCommand)).toHaveLength(1);
    expect(sent()).toEqual([expect.objectContaining({ ComplianceType: 'NON_COMPLIANT' })]);
  });

  it('reads NoSuchPublicAccessBlockConfiguration as "no block": public, and known (no "unknown" note)', async () => {
    notRecorded();
    s3control.on(GetPublicAccessBlockCommand).rejects(new NoSuchPublicAccessBlockConfiguration({ message: 'The public access block configuration was not found', $metadata: {} }));
    await createHandler(rule, options)(changeEvent(bucket));
    expect(sent()).toEqual([
      expect.objectContaining({
        ComplianceType: 'NON_COMPLIANT',
        Annotation:
          'Public read access through bucket policy statement "PublicReadGetObject" (#1): Principal "*" allows s3:GetObject with no condition limiting it to known callers.',
      }),
    ]);
  });

  it('fails safe on AccessDenied: reports nothing for the bucket and names the action it lacks', async () => {
    notRecorded();
    s3control.on(GetPublicAccessBlockCommand).rejects(s3Error('AccessDenied', 403));
    const invocation = createHandler(rule, options)(changeEvent(bucket));
    await expect(invocation).rejects.toThrow(RelatedResourceUnreadableError);
    await expect(invocation).rejects.toThrow(/AWS::S3::AccountPublicAccessBlock 111122223333.*s3:GetAccountPublicAccessBlock.*AccessDenied/);
    expect(sent().filter((evaluation) => evaluation.ComplianceType === 'COMPLIANT')).toEqual([]);
  });

  it('declares the live read in its metadata, so the templates grant s3:GetAccountPublicAccessBlock', () => {
    const related = rule.related?.['accountPublicAccessBlock'];
    expect(related?.liveFallback?.permissions).toEqual(['s3:GetAccountPublicAccessBlock']);
    expect(rule.permissions).toContain('s3:GetAccountPublicAccessBlock');
  });
});
