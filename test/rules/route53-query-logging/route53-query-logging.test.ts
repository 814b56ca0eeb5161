import { join } from 'node:path';
import { type ComplianceType, type ConfigurationItem, InvalidParameterError } from '../../../rule-kit';
import { expectVerdict, loadItem, parseParameters } from '../../../rule-kit/testing';
import { rule } from '../../../rules/route53-query-logging';

const fixture = (name: string) => loadItem(join(__dirname, 'fixtures', `${name}.json`));

describe('route53-query-logging on recorded hosted zones and collected VPCs', () => {
  it.each<[string, ComplianceType, string]>([
    ['zone-logging', 'COMPLIANT', 'Public hosted zone example.com. logs DNS queries to arn:aws:logs:us-east-1:111122223333:log-group:/aws/route53/example.com.'],
    ['zone-not-logging', 'NON_COMPLIANT', 'Public hosted zone shop.example.net. does not log DNS queries: it has no query logging configuration.'],
    [
      'zone-private',
      'NOT_APPLICABLE',
      'Hosted zone internal.example.com. is private (1 VPC(s)); its queries are logged by Resolver query logging on those VPCs.',
    ],
    ['zone-other-region', 'NOT_APPLICABLE', 'Route 53 hosted zones are global; this pack evaluates them in us-east-1, not eu-west-1.'],
    ['zone-deleted', 'NOT_APPLICABLE', 'The resource was deleted.'],
    ['vpc-logging', 'COMPLIANT', 'VPC vpc-0a1b2c3d4e5f60718 logs DNS queries through Resolver query logging configuration rqlc-8ca61fe7c055415a.'],
    [
      'vpc-association-failed',
      'NON_COMPLIANT',
      'VPC vpc-01f2e3d4c5b6a7980 has no active Resolver query logging: rqlca-0a9b8c7d6e5f4a3b is ACTION_NEEDED (DESTINATION_NOT_FOUND).',
    ],
    ['vpc-not-logging', 'NON_COMPLIANT', 'VPC vpc-0c1d2e3f4a5b6c7d8 has no Route 53 Resolver query logging configuration: its DNS queries are not logged.'],
    [
      'vpc-associations-not-recorded',
      'NON_COMPLIANT',
      'Cannot determine whether VPC vpc-0e1f2a3b4c5d6e7f8 logs DNS queries: AWS Config does not record AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation in eu-west-1.',
    ],
  ])('%s → %s', (name, compliance, annotation) => {
    expectVerdict(rule, fixture(name), { compliance, annotation });
  });

  it('reads the query logging configuration flat, as Route 53\'s API returns it, too', () => {
    const zone = fixture('zone-not-logging');
    const configuration = { ...(zone.configuration as object), QueryLoggingConfig: { Id: 'q-1', HostedZoneId: 'Z1', CloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:111122223333:log-group:/q' } };
    expectVerdict(rule, { ...zone, configuration }, { compliance: 'COMPLIANT', annotation: /logs DNS queries to arn:aws:logs:us-east-1:111122223333:log-group:\/q\.$/ });
  });

  it.each([null, {}, { CloudWatchLogsLogGroupArn: '' }, { CloudWatchLogsLogGroupArn: { Id: 'q-1' } }, 'arn:aws:logs:x'])(
    'does not take %j as a query logging configuration',
    (QueryLoggingConfig) => {
      const zone = fixture('zone-not-logging');
      expectVerdict(rule, { ...zone, configuration: { ...(zone.configuration as object), QueryLoggingConfig } }, 'NON_COMPLIANT');
    },
  );

  it.each([
    ['cn-northwest-1', 'cn-north-1'],
    ['us-gov-west-1', 'us-gov-east-1'],
  ])('evaluates hosted zones in %s for its partition, not in %s', (home, other) => {
    const zone = fixture('zone-not-logging');
    expectVerdict(rule, { ...zone, awsRegion: home }, 'NON_COMPLIANT');
    expectVerdict(rule, { ...zone, awsRegion: other }, { compliance: 'NOT_APPLICABLE', annotation: `Route 53 hosted zones are global; this pack evaluates them in ${home}, not ${other}.` });
  });

  it('ignores associations of another VPC, and counts only ACTIVE ones without an error', () => {
    const vpc = fixture('vpc-logging');
    const associations = (vpc.supplementaryConfiguration?.['ResolverQueryLogConfigAssociations'] as Record<string, unknown>[]) ?? [];
    const withAssociations = (list: unknown): ConfigurationItem => ({
      ...vpc,
      supplementaryConfiguration: { ...vpc.supplementaryConfiguration, ResolverQueryLogConfigAssociations: list },
    });
    expectVerdict(rule, withAssociations(associations.map((a) => ({ ...a, ResourceId: 'vpc-other' }))), { compliance: 'NON_COMPLIANT', annotation: /has no Route 53 Resolver/ });
    for (const Status of ['CREATING', 'DELETING', 'FAILED', 'ACTION_NEEDED']) {
      expectVerdict(rule, withAssociations(associations.map((a) => ({ ...a, Status }))), { compliance: 'NON_COMPLIANT', annotation: new RegExp(`is ${Status}`) });
    }
    expectVerdict(rule, withAssociations(associations.map((a) => ({ ...a, Error: 'ACCESS_DENIED' }))), { compliance: 'NON_COMPLIANT', annotation: /ACTIVE \(ACCESS_DENIED\)/ });
    expectVerdict(rule, withAssociations(JSON.stringify(associations)), 'COMPLIANT');
  });

  it('cannot evaluate a VPC as Config records it, without the joined associations', () => {
    const vpc = fixture('vpc-logging');
    expectVerdict(rule, { ...vpc, supplementaryConfiguration: {} }, {
      compliance: 'NON_COMPLIANT',
      annotation: /^Cannot evaluate: .*ResolverQueryLogConfigAssociations is missing/,
    });
    expectVerdict(rule, { ...vpc, supplementaryConfiguration: { ResolverQueryLogConfigAssociations: { Id: 'x' } } }, {
      compliance: 'NON_COMPLIANT',
      annotation: /is not a list/,
    });
  });

  it('takes no parameters', () => {
    expect(() => parseParameters(rule.parameters, { logGroup: 'x' })).toThrow(InvalidParameterError);
  });
});
