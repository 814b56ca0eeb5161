import { join } from 'node:path';
import { BatchGetResourceConfigCommand, ConfigServiceServiceException, DescribeConfigurationRecordersCommand, ListDiscoveredResourcesCommand } from '@aws-sdk/client-config-service';
import { CollectorAccessDeniedError, type ConfigurationItem } from '../../../rule-kit';
import { evaluateItem, loadItem, parseParameters, recordingConfigClient, type RecordingConfigClient } from '../../../rule-kit/testing';
import { rule } from '../../../rules/route53-query-logging';
import { collectQueryLogging } from '../../../rules/route53-query-logging/collector';
import { collectAll, testCollectorContext } from '../../rule-kit/collectors/collector-context';

const fixture = (name: string) => loadItem(join(__dirname, 'fixtures', `${name}.json`));
const ALL_SUPPORTED = { ConfigurationRecorders: [{ name: 'default', recordingGroup: { allSupported: true, includeGlobalResourceTypes: false } }] };

/** A recorded VPC as Config holds it: the fixture without the key the collector adds. */
function recordedVpc(name: string, vpcId?: string): ConfigurationItem {
  const { supplementaryConfiguration: _joined, ...vpc } = fixture(name);
  const id = vpcId ?? vpc.resourceId;
  return { ...vpc, resourceId: id, configuration: { ...(vpc.configuration as object), vpcId: id }, supplementaryConfiguration: {} };
}

function association(id: string, vpcId: string, Status = 'ACTIVE'): ConfigurationItem {
  return {
    configurationItemVersion: '1.3',
    configurationItemCaptureTime: '2025-11-02T08:14:35.000Z',
    configurationItemStatus: 'OK',
    awsAccountId: '111122223333',
    awsRegion: 'eu-west-1',
    resourceType: 'AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation',
    resourceId: id,
    ARN: `arn:aws:route53resolver:eu-west-1:111122223333:resolver-query-log-config-association/${id}`,
    configuration: { Id: id, ResolverQueryLogConfigId: 'rqlc-8ca61fe7c055415a', ResourceId: vpcId, Status, Error: 'NONE', CreationTime: '2025-11-02T08:14:31.127Z' },
    supplementaryConfiguration: {},
    tags: {},
    relationships: [],
    relatedEvents: [],
  };
}

const evaluate = (item: ConfigurationItem) => evaluateItem(rule, item, parseParameters(rule.parameters, {}));
const verdicts = (items: readonly ConfigurationItem[]) => items.map((item) => `${item.resourceType} ${item.resourceId} ${evaluate(item).compliance}`);

let config: RecordingConfigClient;
afterEach(() => config.restore());

describe('route53-query-logging collector (Config\'s own API)', () => {
  it('joins recorded associations to recorded VPCs across pages, and yields the recorded hosted zones too', async () => {
    const zone = { ...fixture('zone-not-logging'), awsRegion: 'eu-west-1' };
    config = recordingConfigClient({
      pageSize: 2,
      items: [
        recordedVpc('vpc-logging'),
        recordedVpc('vpc-not-logging'),
        recordedVpc('vpc-not-logging', 'vpc-0000000000000000b'),
        association('rqlca-1', 'vpc-0a1b2c3d4e5f60718'),
        association('rqlca-2', 'vpc-0000000000000000b', 'FAILED'),
        association('rqlca-3', 'vpc-00000000000000zzz'),
        zone,
      ],
    });
    config.mock.on(DescribeConfigurationRecordersCommand).resolves(ALL_SUPPORTED);

    const items = await collectAll(collectQueryLogging(testCollectorContext({ accountId: '111122223333' })));

    expect(verdicts(items)).toEqual([
      'AWS::EC2::VPC vpc-0a1b2c3d4e5f60718 COMPLIANT',
      'AWS::EC2::VPC vpc-0c1d2e3f4a5b6c7d8 NON_COMPLIANT',
      'AWS::EC2::VPC vpc-0000000000000000b NON_COMPLIANT',
      `AWS::Route53::HostedZone ${zone.resourceId} NOT_APPLICABLE`,
    ]);
    const [first] = items as [ConfigurationItem];
    expect(first.configuration).toEqual(recordedVpc('vpc-logging').configuration);
    expect(first.supplementaryConfiguration?.['ResolverQueryLogConfigAssociations']).toEqual([association('rqlca-1', 'vpc-0a1b2c3d4e5f60718').configuration]);
    const listed = config.mock.commandCalls(ListDiscoveredResourcesCommand).map((call) => call.args[0].input.resourceType);
    expect(listed.filter((type) => type === 'AWS::EC2::VPC')).toHaveLength(2);
    expect(listed.filter((type) => type === 'AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation')).toHaveLength(2);
  });

  it.each([
    ['no recorder', { ConfigurationRecorders: [] }],
    ['a recorder of named types only', { ConfigurationRecorders: [{ recordingGroup: { allSupported: false, resourceTypes: ['AWS::EC2::VPC'] } }] }],
    [
      'all types but the association excluded',
      {
        ConfigurationRecorders: [
          { recordingGroup: { allSupported: true, exclusionByResourceTypes: { resourceTypes: ['AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation'] } } },
        ],
      },
    ],
  ])('marks every VPC "cannot determine" when Config records no associations (%s)', async (_label, recorders) => {
    config = recordingConfigClient({ items: [recordedVpc('vpc-logging')] });
    config.mock.on(DescribeConfigurationRecordersCommand).resolves(recorders as never);
    const [vpc] = await collectAll(collectQueryLogging(testCollectorContext()));
    expect(vpc?.supplementaryConfiguration).toEqual({
      ResolverQueryLogConfigAssociationsNotRecorded: 'AWS Config does not record AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation in eu-west-1',
    });
    expect(evaluate(vpc as ConfigurationItem)).toMatchObject({ compliance: 'NON_COMPLIANT', annotation: expect.stringMatching(/^Cannot determine/) });
    const listed = config.mock.commandCalls(ListDiscoveredResourcesCommand).map((call) => call.args[0].input.resourceType);
    expect(listed).not.toContain('AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation');
  });

  it('counts a recorder that names the association type', async () => {
    config = recordingConfigClient({ items: [recordedVpc('vpc-logging'), association('rqlca-1', 'vpc-0a1b2c3d4e5f60718')] });
    config.mock.on(DescribeConfigurationRecordersCommand).resolves({
      ConfigurationRecorders: [{ recordingGroup: { allSupported: false, resourceTypes: ['AWS::EC2::VPC', 'AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation'] } }],
    });
    const [vpc] = await collectAll(collectQueryLogging(testCollectorContext()));
    expect(evaluate(vpc as ConfigurationItem).compliance).toBe('COMPLIANT');
  });

  const denied = (action: string) =>
    new ConfigServiceServiceException({
      name: 'AccessDeniedException',
      $fault: 'client',
      $metadata: { httpStatusCode: 400 },
      message: `User: arn:aws:sts::111122223333:assumed-role/route53-query-logging/fn is not authorized to perform: ${action} on resource: *`,
    });

  it.each([
    ['config:DescribeConfigurationRecorders', DescribeConfigurationRecordersCommand],
    ['config:ListDiscoveredResources', ListDiscoveredResourcesCommand],
    ['config:BatchGetResourceConfig', BatchGetResourceConfigCommand],
  ] as const)('names %s when it is denied, and yields nothing', async (action, command) => {
    config = recordingConfigClient({ items: [recordedVpc('vpc-logging'), association('rqlca-1', 'vpc-0a1b2c3d4e5f60718')] });
    config.mock.on(DescribeConfigurationRecordersCommand).resolves(ALL_SUPPORTED);
    config.mock.on(command as typeof ListDiscoveredResourcesCommand).rejects(denied(action));
    const yielded: unknown[] = [];
    const run = async () => {
      for await (const item of collectQueryLogging(testCollectorContext())) yielded.push(item);
    };
    await expect(run()).rejects.toBeInstanceOf(CollectorAccessDeniedError);
    await expect(run()).rejects.toMatchObject({ action });
    expect(yielded).toEqual([]);
  });
});
