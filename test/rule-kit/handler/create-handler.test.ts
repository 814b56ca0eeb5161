import {
  BatchGetResourceConfigCommand,
  ConfigServiceClient,
  GetComplianceDetailsByConfigRuleCommand,
  GetResourceConfigHistoryCommand,
  ListDiscoveredResourcesCommand,
  PutEvaluationsCommand,
  ResourceNotDiscoveredException,
  type PutEvaluationsCommandInput,
} from '@aws-sdk/client-config-service';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import {
  compliant,
  type ConfigurationItem,
  defineRule,
  InvalidParameterError,
  MalformedConfigurationItemError,
  nonCompliant,
  param,
} from '../../../rule-kit';
import { InvalidEventError } from '../../../rule-kit/errors';
import { ConfigurationItemNotFoundError } from '../../../rule-kit/aws/configuration-item-not-found-error';
import { createHandler, EvaluationFailedError, TriggerMismatchError } from '../../../rule-kit/handler';
import { changeEvent, oversizedEvent, SAMPLE_RESULT_TOKEN, scheduledEvent } from '../../../rule-kit/testing';
import { instance } from './instance-item';

const config = mockClient(ConfigServiceClient);
const logLines: string[] = [];
const options = { region: 'eu-west-1', logSink: (line: string) => logLines.push(line), reporting: { sleep: async () => {} } };

beforeEach(() => {
  config.reset();
  config.on(PutEvaluationsCommand).resolves({ FailedEvaluations: [] });
  logLines.length = 0;
});

afterAll(() => config.restore());

const evaluated: string[] = [];
const ownerTag = defineRule({
  id: 'instance-owner-tag',
  description: 'EC2 instances carry an owner tag.',
  resourceTypes: ['AWS::EC2::Instance'],
  triggers: ['change'],
  parameters: { tagKey: param.string({ description: 'The tag every instance must carry.', default: 'owner' }) },
  permissions: [],
  evaluate(item, params) {
    evaluated.push(item.resourceId);
    if (item.resourceId === 'i-malformed') throw new MalformedConfigurationItemError('configuration.state', item.resourceType, item.resourceId, 'is missing');
    return item.tags?.[params.tagKey] ? compliant() : nonCompliant(`No ${params.tagKey} tag.`);
  },
});

function sentEvaluations() {
  return config.commandCalls(PutEvaluationsCommand).flatMap((call) => call.args[0].input.Evaluations ?? []);
}

function putInputs(): PutEvaluationsCommandInput[] {
  return config.commandCalls(PutEvaluationsCommand).map((call) => call.args[0].input);
}

describe('change notifications', () => {
  it('evaluates the item and reports one evaluation ordered by its capture time', async () => {
    const handler = createHandler(ownerTag, options);
    const report = await handler(changeEvent(instance('i-0abc', { owner: 'team-a' })));
    expect(report).toEqual({ messageType: 'ConfigurationItemChangeNotification', reported: 1, compliance: { COMPLIANT: 1 } });
    expect(putInputs()).toEqual([
      {
        ResultToken: SAMPLE_RESULT_TOKEN,
        TestMode: false,
        Evaluations: [
          {
            ComplianceResourceType: 'AWS::EC2::Instance',
            ComplianceResourceId: 'i-0abc',
            ComplianceType: 'COMPLIANT',
            OrderingTimestamp: new Date('2026-11-20T10:00:00.000Z'),
          },
        ],
      },
    ]);
  });

  it('passes coerced parameters to evaluate', async () => {
    const handler = createHandler(ownerTag, options);
    await handler(changeEvent(instance('i-0abc', { owner: 'team-a' }), { ruleParameters: '{"tagKey":"cost-centre"}' }));
    expect(sentEvaluations()[0]).toMatchObject({ ComplianceType: 'NON_COMPLIANT', Annotation: 'No cost-centre tag.' });
  });

  it.each([
    ['deleted', instance('i-0gone', {}, 'ResourceDeleted'), {}],
    ['deleted, not recorded', instance('i-0gone', {}, 'ResourceDeletedNotRecorded'), {}],
    ['not recorded', instance('i-0gone', {}, 'ResourceNotRecorded'), {}],
    ['out of scope', instance('i-0gone', { owner: 'x' }), { eventLeftScope: true }],
    ['of another type', { ...instance('sg-1', {}), resourceType: 'AWS::EC2::SecurityGroup' as const }, {}],
  ])('answers NOT_APPLICABLE for a resource that is %s, without evaluating it', async (_label, item, extra) => {
    evaluated.length = 0;
    await createHandler(ownerTag, options)(changeEvent(item, extra));
    expect(evaluated).toEqual([]);
    expect(sentEvaluations()).toEqual([
      expect.objectContaining({ ComplianceResourceId: item.resourceId, ComplianceType: 'NOT_APPLICABLE', ComplianceResourceType: item.resourceType }),
    ]);
  });

  it('turns unreadable data into NON_COMPLIANT with the reason, never COMPLIANT', async () => {
    await createHandler(ownerTag, options)(changeEvent(instance('i-malformed', { owner: 'x' })));
    expect(sentEvaluations()).toEqual([
      expect.objectContaining({ ComplianceType: 'NON_COMPLIANT', Annotation: expect.stringContaining('configuration.state is missing') }),
    ]);
  });

  it('sets TestMode for the TESTMODE result token', async () => {
    await createHandler(ownerTag, options)(changeEvent(instance('i-0abc', {}), { resultToken: 'TESTMODE' }));
    expect(putInputs()[0]).toMatchObject({ ResultToken: 'TESTMODE', TestMode: true });
  });

  it('sends nothing when a parameter is malformed, and names it', async () => {
    const handler = createHandler(ownerTag, options);
    await expect(handler(changeEvent(instance('i-0abc', {}), { ruleParameters: '{"tagkey":"x"}' }))).rejects.toThrow(InvalidParameterError);
    expect(config.commandCalls(PutEvaluationsCommand)).toHaveLength(0);
  });

  it("sends nothing when the rule's cross-parameter check fails", async () => {
    const strict = defineRule({
      ...ownerTag,
      checkParameters(params) {
        if (params.tagKey === 'Name') throw new InvalidParameterError('tagKey', params.tagKey, 'Name is not an ownership tag');
      },
    });
    await expect(createHandler(strict, options)(changeEvent(instance('i-0abc', {}), { ruleParameters: { tagKey: 'Name' } }))).rejects.toThrow(
      'Name is not an ownership tag',
    );
    expect(config.calls()).toHaveLength(0);
  });

  it('sends nothing for a malformed event', async () => {
    const handler = createHandler(ownerTag, options);
    await expect(handler({ ...changeEvent(instance('i-0abc', {})), invokingEvent: '{' })).rejects.toThrow(InvalidEventError);
    expect(config.calls()).toHaveLength(0);
  });

  it('refuses a scheduled notification for a change-only rule', async () => {
    await expect(createHandler(ownerTag, options)(scheduledEvent())).rejects.toThrow(TriggerMismatchError);
    expect(config.calls()).toHaveLength(0);
  });

  it('logs one JSON line per verdict, with the request id, and never the result token', async () => {
    await createHandler(ownerTag, options)(changeEvent(instance('i-0abc', {})), { awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef' });
    const lines = logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toContainEqual(
      expect.objectContaining({
        rule: 'instance-owner-tag',
        requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
        resourceType: 'AWS::EC2::Instance',
        resourceId: 'i-0abc',
        compliance: 'NON_COMPLIANT',
      }),
    );
    expect(logLines.join('\n')).not.toContain(SAMPLE_RESULT_TOKEN);
  });
});

describe('oversized notifications', () => {
  const apiItem = {
    version: '1.3',
    accountId: '123456789012',
    configurationItemCaptureTime: new Date('2026-11-20T10:00:00.000Z'),
    configurationItemStatus: 'OK' as const,
    configurationStateId: '1763632800000',
    arn: 'arn:aws:ec2:eu-west-1:123456789012:instance/i-0big',
    resourceType: 'AWS::EC2::Instance' as const,
    resourceId: 'i-0big',
    awsRegion: 'eu-west-1',
    availabilityZone: 'eu-west-1a',
    tags: { owner: 'team-b' },
    relatedEvents: [],
    relationships: [],
    configuration: JSON.stringify({ instanceId: 'i-0big', blockDeviceMappings: new Array(50).fill({ deviceName: '/dev/sdb' }) }),
    supplementaryConfiguration: {},
  };

  it('fetches the full item at the summary capture time and evaluates it', async () => {
    config.on(GetResourceConfigHistoryCommand).resolves({ configurationItems: [apiItem] });
    await createHandler(ownerTag, options)(oversizedEvent(instance('i-0big', {})));
    expect(config.commandCalls(GetResourceConfigHistoryCommand).map((c) => c.args[0].input)).toEqual([
      { resourceType: 'AWS::EC2::Instance', resourceId: 'i-0big', laterTime: new Date('2026-11-20T10:00:00.000Z'), limit: 1 },
    ]);
    // The fetched item carries the owner tag; the summary does not: the verdict comes from the fetched item.
    expect(sentEvaluations()).toEqual([expect.objectContaining({ ComplianceResourceId: 'i-0big', ComplianceType: 'COMPLIANT' })]);
  });

  it('answers NOT_APPLICABLE for a deleted resource without fetching it', async () => {
    await createHandler(ownerTag, options)(oversizedEvent(instance('i-0big', {}, 'ResourceDeleted')));
    expect(config.commandCalls(GetResourceConfigHistoryCommand)).toHaveLength(0);
    expect(sentEvaluations()).toEqual([expect.objectContaining({ ComplianceType: 'NOT_APPLICABLE' })]);
  });

  it('fails loudly when Config has no item to fetch', async () => {
    config.on(GetResourceConfigHistoryCommand).rejects(new ResourceNotDiscoveredException({ message: 'not discovered', $metadata: {} }));
    await expect(createHandler(ownerTag, options)(oversizedEvent(instance('i-0big', {})))).rejects.toThrow(ConfigurationItemNotFoundError);
    expect(config.commandCalls(PutEvaluationsCommand)).toHaveLength(0);
  });
});

describe('scheduled notifications', () => {
  function collectedRule(items: () => ConfigurationItem[], evaluate = (item: ConfigurationItem) => (item.tags?.['owner'] ? compliant() : nonCompliant('No owner tag.'))) {
    return defineRule({
      id: 'collected-owner-tag',
      description: 'Collected instances carry an owner tag.',
      resourceTypes: ['AWS::EC2::Instance'],
      triggers: ['periodic'],
      parameters: {},
      permissions: ['ec2:DescribeInstances'],
      collector: async function* () {
        yield* items();
      },
      evaluate,
    });
  }

  function previousResults(pages: string[][]) {
    const mock = config.on(GetComplianceDetailsByConfigRuleCommand);
    pages.forEach((ids, index) => {
      mock.resolvesOnce({
        EvaluationResults: ids.map((id) => ({
          EvaluationResultIdentifier: { EvaluationResultQualifier: { ConfigRuleName: 'instance-owner-tag', ResourceType: 'AWS::EC2::Instance', ResourceId: id } },
          ComplianceType: 'COMPLIANT',
        })),
        ...(index < pages.length - 1 ? { NextToken: `page-${index + 1}` } : {}),
      });
    });
  }

  it('evaluates every collected item at the notification time and cleans up stale results across pages', async () => {
    previousResults([['i-1', 'i-old-1'], ['i-old-2'], ['i-2', 'i-old-3']]);
    const rule = collectedRule(() => [instance('i-1', { owner: 'a' }), instance('i-2', {})]);
    await createHandler(rule, options)(scheduledEvent({ notificationCreationTime: '2026-11-20T12:00:00.000Z' }));
    const tokens = config.commandCalls(GetComplianceDetailsByConfigRuleCommand).map((c) => c.args[0].input.NextToken);
    expect(tokens).toEqual([undefined, 'page-1', 'page-2']);
    const byId = Object.fromEntries(sentEvaluations().map((e) => [e.ComplianceResourceId, e]));
    expect(Object.keys(byId).sort()).toEqual(['i-1', 'i-2', 'i-old-1', 'i-old-2', 'i-old-3']);
    expect(byId['i-1']).toMatchObject({ ComplianceType: 'COMPLIANT', OrderingTimestamp: new Date('2026-11-20T12:00:00.000Z') });
    expect(byId['i-2']).toMatchObject({ ComplianceType: 'NON_COMPLIANT' });
    for (const id of ['i-old-1', 'i-old-2', 'i-old-3']) expect(byId[id]).toMatchObject({ ComplianceType: 'NOT_APPLICABLE' });
  });

  it('never cleans up in change mode', async () => {
    await createHandler(ownerTag, options)(changeEvent(instance('i-0abc', {})));
    expect(config.commandCalls(GetComplianceDetailsByConfigRuleCommand)).toHaveLength(0);
  });

  it('reports zero results with one empty PutEvaluations call', async () => {
    previousResults([[]]);
    await createHandler(collectedRule(() => []), options)(scheduledEvent());
    expect(putInputs()).toEqual([{ ResultToken: expect.any(String), TestMode: false, Evaluations: [] }]);
  });

  it('reports nothing when the collector fails, so no resource is wrongly cleaned up', async () => {
    previousResults([['i-1']]);
    const rule = collectedRule(() => {
      throw Object.assign(new Error('User is not authorized to perform: ec2:DescribeInstances'), { name: 'UnauthorizedOperation' });
    });
    await expect(createHandler(rule, options)(scheduledEvent({ notificationCreationTime: '2026-11-20T12:00:00.000Z' }))).rejects.toThrow('ec2:DescribeInstances');
    expect(config.commandCalls(PutEvaluationsCommand)).toHaveLength(0);
  });

  it('reports every other resource, then fails, when evaluate throws an untyped error', async () => {
    previousResults([['i-bug']]);
    const rule = collectedRule(
      () => [instance('i-1', { owner: 'a' }), instance('i-bug', {}), instance('i-2', {})],
      (item) => {
        if (item.resourceId === 'i-bug') throw new TypeError('cannot read properties of undefined');
        return compliant();
      },
    );
    const run = createHandler(rule, options)(scheduledEvent({ notificationCreationTime: '2026-11-20T12:00:00.000Z' }));
    await expect(run).rejects.toThrow(EvaluationFailedError);
    await expect(run).rejects.toThrow('i-bug');
    // The failed resource keeps its previous result: it is neither reported nor cleaned up.
    expect(sentEvaluations().map((e) => e.ComplianceResourceId)).toEqual(['i-1', 'i-2']);
  });

  it('lists recorded resources of the declared types when a periodic rule has no collector', async () => {
    previousResults([[]]);
    const rule = defineRule({ ...ownerTag, id: 'recorded-owner-tag', triggers: ['periodic'] });
    config
      .on(ListDiscoveredResourcesCommand)
      .resolvesOnce({ resourceIdentifiers: [{ resourceType: 'AWS::EC2::Instance', resourceId: 'i-1' }], nextToken: 'more' })
      .resolvesOnce({ resourceIdentifiers: [{ resourceType: 'AWS::EC2::Instance', resourceId: 'i-2' }] });
    config.on(BatchGetResourceConfigCommand).resolves({
      baseConfigurationItems: ['i-1', 'i-2'].map((id) => ({
        version: '1.3',
        accountId: '123456789012',
        configurationItemCaptureTime: new Date('2026-11-19T00:00:00Z'),
        configurationItemStatus: 'OK' as const,
        resourceType: 'AWS::EC2::Instance' as const,
        resourceId: id,
        awsRegion: 'eu-west-1',
        configuration: JSON.stringify({ instanceId: id }),
        supplementaryConfiguration: {},
      })),
    });
    await createHandler(rule, options)(scheduledEvent({ notificationCreationTime: '2026-11-20T12:00:00.000Z' }));
    expect(config.commandCalls(BatchGetResourceConfigCommand)[0]?.args[0].input.resourceKeys).toEqual([
      { resourceType: 'AWS::EC2::Instance', resourceId: 'i-1' },
      { resourceType: 'AWS::EC2::Instance', resourceId: 'i-2' },
    ]);
    expect(sentEvaluations().map((e) => [e.ComplianceResourceId, e.ComplianceType])).toEqual([
      ['i-1', 'NON_COMPLIANT'],
      ['i-2', 'NON_COMPLIANT'],
    ]);
  });
});

describe('related resources', () => {
  const withBlock = defineRule({
    id: 'related-example',
    description: 'Uses the account-level public access block.',
    resourceTypes: ['AWS::EC2::Instance'],
    triggers: ['change'],
    parameters: {},
    permissions: [],
    related: { block: { resourceType: 'AWS::S3::AccountPublicAccessBlock', resourceId: (item) => item.awsAccountId } },
    evaluate: (_item, _params, context) => (context.related['block'] ? compliant('block found') : nonCompliant('no block')),
  });

  it('looks related resources up through Config by type and id', async () => {
    config.on(GetResourceConfigHistoryCommand).resolves({
      configurationItems: [
        {
          version: '1.3',
          accountId: '123456789012',
          configurationItemCaptureTime: new Date('2026-11-01T00:00:00Z'),
          configurationItemStatus: 'OK',
          resourceType: 'AWS::S3::AccountPublicAccessBlock',
          resourceId: '123456789012',
          awsRegion: 'eu-west-1',
          configuration: '{"blockPublicAcls":true,"ignorePublicAcls":true,"blockPublicPolicy":true,"restrictPublicBuckets":true}',
        },
      ],
    });
    await createHandler(withBlock, options)(changeEvent(instance('i-1', {})));
    expect(config.commandCalls(GetResourceConfigHistoryCommand)[0]?.args[0].input).toEqual({
      resourceType: 'AWS::S3::AccountPublicAccessBlock',
      resourceId: '123456789012',
      limit: 1,
    });
    expect(sentEvaluations()).toEqual([expect.objectContaining({ ComplianceType: 'COMPLIANT' })]);
  });

  it('treats a related resource Config never recorded as absent', async () => {
    config.on(GetResourceConfigHistoryCommand).rejects(new ResourceNotDiscoveredException({ message: 'none', $metadata: {} }));
    await createHandler(withBlock, options)(changeEvent(instance('i-1', {})));
    expect(sentEvaluations()).toEqual([expect.objectContaining({ ComplianceType: 'NON_COMPLIANT' })]);
  });
});

describe('cross-account evaluation', () => {
  const sts = mockClient(STSClient);
  afterAll(() => sts.restore());
  beforeEach(() => {
    sts.reset();
    sts.on(AssumeRoleCommand).resolves({
      Credentials: { AccessKeyId: 'ASIAEXAMPLE', SecretAccessKey: 'secret', SessionToken: 'token', Expiration: new Date('2099-01-01T00:00:00Z') },
    });
  });

  it('assumes the member account role named by ExecutionRoleName before evaluating', async () => {
    const event = changeEvent(instance('i-1', { owner: 'a' }), {
      accountId: '210987654321',
      ruleParameters: { ExecutionRoleName: 'config-rules-pack-evaluator' },
    });
    await createHandler(ownerTag, { ...options, region: 'cn-north-1' })(event);
    expect(sts.commandCalls(AssumeRoleCommand).map((call) => call.args[0].input.RoleArn)).toEqual([
      'arn:aws-cn:iam::210987654321:role/config-rules-pack-evaluator',
    ]);
    // The kit's own parameter never reaches the rule's parameter parser (which rejects unknown keys).
    expect(sentEvaluations()).toEqual([expect.objectContaining({ ComplianceType: 'COMPLIANT' })]);
  });

  it("assumes the event's executionRoleArn in AssumeRoleMode", async () => {
    const roleArn = 'arn:aws:iam::210987654321:role/central-config-evaluation';
    await createHandler(ownerTag, options)(changeEvent(instance('i-1', {}), { executionRoleArn: roleArn, ruleParameters: { AssumeRoleMode: 'True' } }));
    expect(sts.commandCalls(AssumeRoleCommand)[0]?.args[0].input).toMatchObject({ RoleArn: roleArn, RoleSessionName: 'config-rule-instance-owner-tag' });
  });

  it('assumes a role once for warm invocations of one handler, and again for another account', async () => {
    const handler = createHandler(ownerTag, options);
    const member = (accountId: string) =>
      changeEvent(instance('i-1', { owner: 'a' }), { accountId, ruleParameters: { ExecutionRoleName: 'config-rules-pack-evaluator' } });
    await handler(member('210987654321'));
    await handler(member('210987654321'));
    await handler(member('109876543210'));
    await handler(member('210987654321'));
    expect(sts.commandCalls(AssumeRoleCommand).map((call) => call.args[0].input.RoleArn)).toEqual([
      'arn:aws:iam::210987654321:role/config-rules-pack-evaluator',
      'arn:aws:iam::109876543210:role/config-rules-pack-evaluator',
    ]);
    expect(sentEvaluations()).toHaveLength(4);
  });

  it("uses the Lambda's own role when neither is set", async () => {
    await createHandler(ownerTag, options)(changeEvent(instance('i-1', {}), { executionRoleArn: 'arn:aws:iam::123456789012:role/config-role' }));
    expect(sts.calls()).toHaveLength(0);
  });
});
