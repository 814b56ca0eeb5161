import { join } from 'node:path';
import {
  ConfigServiceClient,
  DescribeConfigRulesCommand,
  GetComplianceDetailsByConfigRuleCommand,
  GetResourceConfigHistoryCommand,
  InvalidNextTokenException,
  PutEvaluationsCommand,
  ResourceNotDiscoveredException,
} from '@aws-sdk/client-config-service';
import type { ConfigurationItem } from '../../../rule-kit';
import { findConfigurationItem } from '../../../rule-kit/aws/fetch-configuration-item';
import { listEvaluatedResources } from '../../../rule-kit/aws/previous-evaluations';
import { listRecordedItems } from '../../../rule-kit/aws/recorded-items';
import { createHandler } from '../../../rule-kit/handler';
import { normaliseItem } from '../../../rule-kit/items';
import {
  changeEvent,
  loadItems,
  oversizedEvent,
  recordingConfigClient,
  type RecordingConfigClient,
  UnfakedCommandError,
} from '../../../rule-kit/testing';
import { openPortRule } from './sample-rule';

const items = loadItems(join(__dirname, 'fixtures', 'config-snapshot.json'));
const sg = items[0];
const bucket = items[1];
if (sg === undefined || bucket === undefined) throw new Error('the snapshot fixture holds two items');

/** Three recorded versions of the security group, oldest first. */
const versions: ConfigurationItem[] = ['2024-03-01T00:00:00.000Z', '2024-03-10T00:00:00.000Z', sg.configurationItemCaptureTime].map(
  (time, i) => ({ ...sg, configurationItemCaptureTime: time, configurationStateId: String(i + 1) }),
);

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of iterable) out.push(value);
  return out;
}

let fake: RecordingConfigClient | undefined;
afterEach(() => fake?.restore());

describe('recordingConfigClient', () => {
  it('records every PutEvaluations input and answers with no failures', async () => {
    fake = recordingConfigClient();
    const client = new ConfigServiceClient({ region: 'eu-west-1' });
    const evaluation = { ComplianceResourceType: sg.resourceType, ComplianceResourceId: sg.resourceId, ComplianceType: 'COMPLIANT' as const, OrderingTimestamp: new Date() };
    await expect(client.send(new PutEvaluationsCommand({ ResultToken: 'a', Evaluations: [evaluation] }))).resolves.toMatchObject({ FailedEvaluations: [] });
    await client.send(new PutEvaluationsCommand({ ResultToken: 'b', Evaluations: [evaluation, { ...evaluation, ComplianceType: 'NON_COMPLIANT' }], TestMode: true }));
    expect(fake.putEvaluationsCalls().map((call) => call.ResultToken)).toEqual(['a', 'b']);
    expect(fake.evaluations().map((e) => e.ComplianceType)).toEqual(['COMPLIANT', 'COMPLIANT', 'NON_COMPLIANT']);
  });

  it('answers GetResourceConfigHistory in the API shape, newest first, and it normalises back', async () => {
    fake = recordingConfigClient({ items: [...versions, bucket] });
    const client = new ConfigServiceClient({ region: 'eu-west-1' });
    const output = await client.send(new GetResourceConfigHistoryCommand({ resourceType: 'AWS::EC2::SecurityGroup', resourceId: sg.resourceId }));
    const history = output.configurationItems ?? [];
    expect(history.map((item) => item.configurationStateId)).toEqual(['3', '2', '1']);
    expect(history[0]).toMatchObject({ accountId: sg.awsAccountId, arn: sg.ARN, configuration: expect.any(String) });
    expect(history[0]?.configurationItemCaptureTime).toBeInstanceOf(Date);
    expect(normaliseItem(history[0])).toEqual(versions[2]);
  });

  it('serves the kit fetch of an oversized item, honouring laterTime and limit', async () => {
    fake = recordingConfigClient({ items: versions });
    const client = new ConfigServiceClient({ region: 'eu-west-1' });
    const found = await findConfigurationItem(client, { resourceType: sg.resourceType, resourceId: sg.resourceId, laterTime: '2024-03-15T00:00:00.000Z' });
    expect(found).toEqual(versions[1]);
    expect(await findConfigurationItem(client, { resourceType: sg.resourceType, resourceId: 'sg-unknown' })).toBeUndefined();
  });

  it('throws ResourceNotDiscoveredException for a resource it has no items for', async () => {
    fake = recordingConfigClient({ items: versions });
    const client = new ConfigServiceClient({ region: 'eu-west-1' });
    await expect(client.send(new GetResourceConfigHistoryCommand({ resourceType: 'AWS::S3::Bucket', resourceId: 'nope' }))).rejects.toBeInstanceOf(
      ResourceNotDiscoveredException,
    );
  });

  it('pages GetResourceConfigHistory by the page size', async () => {
    fake = recordingConfigClient({ items: versions, pageSize: 2 });
    const client = new ConfigServiceClient({ region: 'eu-west-1' });
    const first = await client.send(new GetResourceConfigHistoryCommand({ resourceType: 'AWS::EC2::SecurityGroup', resourceId: sg.resourceId, chronologicalOrder: 'Forward' }));
    expect(first.configurationItems?.map((item) => item.configurationStateId)).toEqual(['1', '2']);
    const second = await client.send(
      new GetResourceConfigHistoryCommand({ resourceType: 'AWS::EC2::SecurityGroup', resourceId: sg.resourceId, chronologicalOrder: 'Forward', nextToken: first.nextToken }),
    );
    expect(second.configurationItems?.map((item) => item.configurationStateId)).toEqual(['3']);
    expect(second.nextToken).toBeUndefined();
  });

  it('lists and batch-reads the latest item of each recorded resource', async () => {
    const deletedBucket: ConfigurationItem = { ...bucket, resourceId: 'gone-bucket', configurationItemStatus: 'ResourceDeleted', configuration: null };
    fake = recordingConfigClient({ items: [...versions, bucket, deletedBucket], pageSize: 1 });
    const client = new ConfigServiceClient({ region: 'eu-west-1' });
    const recorded = await collect(listRecordedItems(client, ['AWS::EC2::SecurityGroup', 'AWS::S3::Bucket']));
    // BatchGetResourceConfig carries no tags or relationships.
    const { tags: _sgTags, relationships: _sgRel, relatedEvents: _sgEv, configurationStateMd5Hash: _sgMd5, ...sgBase } = versions[2] ?? sg;
    const { tags: _bTags, relationships: _bRel, relatedEvents: _bEv, configurationStateMd5Hash: _bMd5, ...bucketBase } = bucket;
    expect(recorded).toEqual([sgBase, bucketBase]);
  });

  it('pages previous evaluations and filters them by compliance type and rule', async () => {
    const previousEvaluations = Array.from({ length: 7 }, (_, i) => ({
      resourceType: 'AWS::EC2::SecurityGroup',
      resourceId: `sg-${String(i).padStart(17, '0')}`,
      complianceType: i % 3 === 0 ? ('NOT_APPLICABLE' as const) : ('NON_COMPLIANT' as const),
    }));
    fake = recordingConfigClient({
      previousEvaluations: [...previousEvaluations, { resourceType: 'AWS::S3::Bucket', resourceId: 'other-rule-bucket', complianceType: 'COMPLIANT', ruleName: 'other-rule' }],
      pageSize: 2,
    });
    const client = new ConfigServiceClient({ region: 'eu-west-1' });
    const evaluated = await collect(listEvaluatedResources(client, 'sg-rule'));
    expect(evaluated.map((key) => key.resourceId)).toEqual(previousEvaluations.filter((e) => e.complianceType === 'NON_COMPLIANT').map((e) => e.resourceId));
    const pages = fake.mock.commandCalls(GetComplianceDetailsByConfigRuleCommand);
    expect(pages).toHaveLength(2);
    expect(pages[1]?.args[0].input.NextToken).toEqual(expect.any(String));
  });

  it('rejects a next token it did not hand out', async () => {
    fake = recordingConfigClient({ items: versions });
    const client = new ConfigServiceClient({ region: 'eu-west-1' });
    await expect(
      client.send(new GetComplianceDetailsByConfigRuleCommand({ ConfigRuleName: 'r', NextToken: 'made-up' })),
    ).rejects.toBeInstanceOf(InvalidNextTokenException);
  });

  it('rejects commands it does not fake, so unexpected calls fail tests', async () => {
    fake = recordingConfigClient();
    const client = new ConfigServiceClient({ region: 'eu-west-1' });
    await expect(client.send(new DescribeConfigRulesCommand({}))).rejects.toBeInstanceOf(UnfakedCommandError);
  });

  it('lets a handler test assert what the Lambda sent', async () => {
    const open: ConfigurationItem = {
      ...sg,
      configuration: { ...(sg.configuration as object), ipPermissions: [{ ipProtocol: '-1', ipv4Ranges: [{ cidrIp: '0.0.0.0/0' }], ipRanges: ['0.0.0.0/0'] }] },
    };
    fake = recordingConfigClient({ items: [open] });
    const handler = createHandler(openPortRule, { region: 'eu-west-1', logSink: () => undefined });
    await handler(changeEvent(sg, { resultToken: 'TESTMODE' }));
    await handler(oversizedEvent(open));
    expect(fake.putEvaluationsCalls().map((call) => call.TestMode ?? false)).toEqual([true, false]);
    expect(fake.evaluations().map((e) => [e.ComplianceResourceId, e.ComplianceType])).toEqual([
      [sg.resourceId, 'COMPLIANT'],
      [sg.resourceId, 'NON_COMPLIANT'],
    ]);
  });
});
