import fc from 'fast-check';
import type { ConfigurationItem } from '../../../rule-kit';
import { evaluateItem, fromApiItem, parseParameters, toApiItem } from '../../../rule-kit/testing';
import { rule } from '../../../rules/route53-query-logging';

const base = {
  configurationItemVersion: '1.3',
  configurationItemCaptureTime: '2026-03-04T11:59:51.220Z',
  configurationItemStatus: 'OK',
  awsAccountId: '111122223333',
} as const;
const params = parseParameters(rule.parameters, {});

const arbAssociation = fc.record({
  Id: fc.constantFrom('rqlca-1', 'rqlca-2'),
  ResolverQueryLogConfigId: fc.constant('rqlc-1'),
  ResourceId: fc.constantFrom('vpc-1', 'vpc-2'),
  Status: fc.constantFrom('CREATING', 'ACTIVE', 'ACTION_NEEDED', 'DELETING', 'FAILED'),
  Error: fc.constantFrom('NONE', 'DESTINATION_NOT_FOUND', 'ACCESS_DENIED', 'INTERNAL_SERVICE_ERROR'),
});

const vpc = (associations: unknown): ConfigurationItem => ({
  ...base,
  awsRegion: 'eu-west-1',
  resourceType: 'AWS::EC2::VPC',
  resourceId: 'vpc-1',
  configuration: { vpcId: 'vpc-1', state: 'available' },
  supplementaryConfiguration: { ResolverQueryLogConfigAssociations: associations },
});

const zone = (region: string, configuration: unknown): ConfigurationItem => ({
  ...base,
  awsRegion: region,
  resourceType: 'AWS::Route53::HostedZone',
  resourceId: 'Z0123456789ABCDEFGHIJ',
  configuration,
});

describe('route53-query-logging properties', () => {
  it('a VPC is COMPLIANT exactly when one of its own associations is ACTIVE without an error', () => {
    fc.assert(
      fc.property(fc.array(arbAssociation, { maxLength: 4 }), (associations) => {
        const expected = associations.some((a) => a.ResourceId === 'vpc-1' && a.Status === 'ACTIVE' && a.Error === 'NONE');
        expect(evaluateItem(rule, vpc(associations), params).compliance).toBe(expected ? 'COMPLIANT' : 'NON_COMPLIANT');
      }),
      { numRuns: 300 },
    );
  });

  it('a public zone in us-east-1 is COMPLIANT exactly when it has a log group; elsewhere NOT_APPLICABLE', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('us-east-1', 'eu-west-1', 'ap-south-1'),
        fc.option(fc.oneof(fc.constant('arn:aws:logs:us-east-1:111122223333:log-group:/q'), fc.constant('')), { nil: undefined }),
        fc.boolean(),
        (region, logGroup, nested) => {
          const QueryLoggingConfig =
            logGroup === undefined ? undefined : nested ? { CloudWatchLogsLogGroupArn: { CloudWatchLogsLogGroupArn: logGroup } } : { CloudWatchLogsLogGroupArn: logGroup };
          const verdict = evaluateItem(rule, zone(region, { Name: 'example.com.', VPCs: [], ...(QueryLoggingConfig ? { QueryLoggingConfig } : {}) }), params);
          if (region !== 'us-east-1') expect(verdict.compliance).toBe('NOT_APPLICABLE');
          else expect(verdict.compliance).toBe(logGroup ? 'COMPLIANT' : 'NON_COMPLIANT');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('anything recorded in place of the associations is never COMPLIANT unless it holds an ACTIVE one for the VPC', () => {
    fc.assert(
      fc.property(fc.anything(), (associations) => {
        fc.pre(!JSON.stringify(associations ?? null).includes('ACTIVE'));
        expect(evaluateItem(rule, vpc(associations), params).compliance).not.toBe('COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });

  it('gives the notification shape and the API shape of one item the same verdict', () => {
    fc.assert(
      fc.property(fc.array(arbAssociation, { maxLength: 3 }), (associations) => {
        const item = vpc(associations);
        expect(evaluateItem(rule, fromApiItem(toApiItem(item)), params)).toEqual(evaluateItem(rule, item, params));
      }),
      { numRuns: 100 },
    );
  });
});
