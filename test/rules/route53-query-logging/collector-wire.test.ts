import { collectQueryLogging } from '../../../rules/route53-query-logging/collector';
import { collectAll } from '../../rule-kit/collectors/collector-context';
import { scriptedCollectorContext, scriptedHttpHandler } from '../../rule-kit/collectors/scripted-http-handler';

// The real ConfigServiceClient end to end (awsJson1_1, the SDK's retry strategy), answered by a script.
const json = (body: unknown) => ({ status: 200, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: JSON.stringify(body) });
const throttled = { status: 400, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: JSON.stringify({ __type: 'ThrottlingException', message: 'Rate exceeded' }) };

describe('route53-query-logging collector through the real SDK client (scripted HTTP)', () => {
  it('retries a throttled DescribeConfigurationRecorders with the SDK\'s backoff, then lists and joins', async () => {
    const vpc = {
      version: '1.3',
      accountId: '123456789012',
      configurationItemCaptureTime: 1772604000,
      configurationItemStatus: 'OK',
      configurationStateId: '1772604000000',
      arn: 'arn:aws:ec2:eu-west-1:123456789012:vpc/vpc-1',
      resourceType: 'AWS::EC2::VPC',
      resourceId: 'vpc-1',
      awsRegion: 'eu-west-1',
      availabilityZone: 'Multiple Availability Zones',
      configuration: JSON.stringify({ vpcId: 'vpc-1', cidrBlock: '10.0.0.0/16', state: 'available', isDefault: false }),
      supplementaryConfiguration: {},
    };
    const { handler, requests } = scriptedHttpHandler([
      throttled,
      json({ ConfigurationRecorders: [{ name: 'default', recordingGroup: { allSupported: true } }] }),
      json({ resourceIdentifiers: [] }),
      json({ resourceIdentifiers: [{ resourceType: 'AWS::EC2::VPC', resourceId: 'vpc-1' }] }),
      json({ baseConfigurationItems: [vpc], unprocessedResourceKeys: [] }),
      json({ resourceIdentifiers: [] }),
    ]);
    const items = await collectAll(collectQueryLogging(scriptedCollectorContext(handler)));
    expect(requests.map((r) => r.headers['x-amz-target'])).toEqual([
      'StarlingDoveService.DescribeConfigurationRecorders',
      'StarlingDoveService.DescribeConfigurationRecorders',
      'StarlingDoveService.ListDiscoveredResources',
      'StarlingDoveService.ListDiscoveredResources',
      'StarlingDoveService.BatchGetResourceConfig',
      'StarlingDoveService.ListDiscoveredResources',
    ]);
    expect(items.map((item) => [item.resourceId, item.supplementaryConfiguration])).toEqual([['vpc-1', { ResolverQueryLogConfigAssociations: [] }]]);
  }, 20_000);
});
