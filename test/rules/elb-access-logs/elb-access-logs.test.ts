import { join } from 'node:path';
import { type ComplianceType, type ConfigurationItem, InvalidParameterError } from '../../../rule-kit';
import { expectVerdict, loadItem, parseParameters } from '../../../rule-kit/testing';
import { rule } from '../../../rules/elb-access-logs';

const fixture = (name: string) => loadItem(join(__dirname, 'fixtures', `${name}.json`));
const withAttributes = (item: ConfigurationItem, attributes: unknown): ConfigurationItem => ({
  ...item,
  supplementaryConfiguration: { ...item.supplementaryConfiguration, LoadBalancerAttributes: attributes },
});

describe('elb-access-logs on recorded load balancers', () => {
  it.each<[string, ComplianceType, string]>([
    ['alb-logging', 'COMPLIANT', 'Load balancer shop-web writes access logs to org-elb-access-logs.'],
    ['alb-logging-china', 'COMPLIANT', 'Load balancer shop-web-cn writes access logs to cn-elb-logs.'],
    ['nlb-logging', 'COMPLIANT', 'Load balancer mqtt-ingest writes access logs to iot-nlb-logs.'],
    ['classic-logging', 'COMPLIANT', 'Load balancer legacy-web writes access logs to org-elb-access-logs.'],
    ['alb-not-logging', 'NON_COMPLIANT', 'Load balancer admin-portal does not write access logs.'],
    ['classic-not-logging', 'NON_COMPLIANT', 'Load balancer legacy-batch does not write access logs.'],
    ['gwlb', 'NOT_APPLICABLE', 'Gateway Load Balancers write no access logs.'],
  ])('%s → %s', (name, compliance, annotation) => {
    expectVerdict(rule, fixture(name), { compliance, annotation });
  });

  it('is NOT_APPLICABLE for a deleted load balancer and for other resource types', () => {
    expectVerdict(rule, fixture('alb-deleted'), 'NOT_APPLICABLE');
    expectVerdict(rule, { ...fixture('alb-not-logging'), resourceType: 'AWS::EC2::VPC' }, 'NOT_APPLICABLE');
  });

  describe('s3BucketNames', () => {
    it('accepts a listed bucket for both types', () => {
      expectVerdict(rule, fixture('alb-logging'), 'COMPLIANT', { s3BucketNames: 'iot-nlb-logs, org-elb-access-logs' });
      expectVerdict(rule, fixture('classic-logging'), 'COMPLIANT', { s3BucketNames: 'org-elb-access-logs' });
    });

    it('refuses a bucket not listed, naming both', () => {
      expectVerdict(
        rule,
        fixture('nlb-logging'),
        { compliance: 'NON_COMPLIANT', annotation: 'Load balancer mqtt-ingest writes access logs to iot-nlb-logs, which is not one of org-elb-access-logs.' },
        { s3BucketNames: 'org-elb-access-logs' },
      );
    });

    it('does not pass logging on without a recorded bucket when buckets are required', () => {
      const item = withAttributes(fixture('alb-logging'), [{ key: 'access_logs.s3.enabled', value: 'true' }]);
      expectVerdict(rule, item, { compliance: 'NON_COMPLIANT', annotation: /bucket is not recorded/ }, { s3BucketNames: 'org-elb-access-logs' });
    });

    it('still fails a load balancer without logs', () => {
      expectVerdict(rule, fixture('alb-not-logging'), 'NON_COMPLIANT', { s3BucketNames: 'org-elb-access-logs' });
    });

    it('refuses a value that is not a bucket name', () => {
      expect(() => parseParameters(rule.parameters, { s3BucketNames: 'Logs Bucket' })).toThrow(InvalidParameterError);
    });
  });

  it('reads the API shape (LoadBalancerAttributes as a JSON string, API key casing)', () => {
    const item = fixture('alb-not-logging');
    expectVerdict(rule, withAttributes(item, JSON.stringify([{ Key: 'access_logs.s3.enabled', Value: 'true' }, { Key: 'access_logs.s3.bucket', Value: 'b-1' }])), {
      compliance: 'COMPLIANT',
      annotation: 'Load balancer admin-portal writes access logs to b-1.',
    });
    const classic = fixture('classic-not-logging');
    expectVerdict(rule, withAttributes(classic, JSON.stringify({ AccessLog: { Enabled: true, S3BucketName: 'b-2' } })), 'COMPLIANT');
  });

  it.each<[string, string, unknown, RegExp]>([
    ['no attributes', 'alb-logging', undefined, /LoadBalancerAttributes is missing/],
    ['attributes null', 'classic-logging', null, /LoadBalancerAttributes is missing/],
    ['no access_logs.s3.enabled entry', 'alb-logging', [{ key: 'deletion_protection.enabled', value: 'true' }], /access_logs\.s3\.enabled\] is not "true" or "false"/],
    ['an enabled value that is not true/false', 'alb-logging', [{ key: 'access_logs.s3.enabled', value: 'yes' }], /is not "true" or "false"/],
    ['attributes that are not a list', 'alb-logging', { accessLog: { enabled: true } }, /LoadBalancerAttributes is not a list/],
    ['a classic item without accessLog', 'classic-logging', { crossZoneLoadBalancing: { enabled: true } }, /accessLog is not an object/],
    ['a classic enabled flag as a string', 'classic-logging', { accessLog: { enabled: 'true' } }, /accessLog\.enabled is not a boolean/],
    ['attributes that are not JSON', 'alb-logging', '[{"key":', /is a string that is not valid JSON/],
  ])('cannot evaluate, so NON_COMPLIANT, with %s', (_label, name, attributes, reason) => {
    const item = fixture(name);
    const broken = attributes === undefined ? { ...item, supplementaryConfiguration: {} } : withAttributes(item, attributes);
    expectVerdict(rule, broken, { compliance: 'NON_COMPLIANT', annotation: reason });
  });

  it('cannot evaluate an ELBv2 item whose type is missing or unknown', () => {
    const item = fixture('alb-logging');
    for (const type of [undefined, 'classic', 7]) {
      expectVerdict(rule, { ...item, configuration: { ...(item.configuration as object), type } }, {
        compliance: 'NON_COMPLIANT',
        annotation: /configuration\.type is not application, network or gateway/,
      });
    }
  });
});
