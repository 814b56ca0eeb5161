import fc from 'fast-check';
import type { ConfigurationItem } from '../../../rule-kit';
import { evaluateItem, fromApiItem, parseParameters, toApiItem } from '../../../rule-kit/testing';
import { rule } from '../../../rules/elb-access-logs';

const base = {
  configurationItemVersion: '1.3',
  configurationItemCaptureTime: '2026-03-04T10:14:51.902Z',
  configurationItemStatus: 'OK',
  awsAccountId: '111122223333',
  awsRegion: 'eu-west-1',
} as const;

const arbBucket = fc.constantFrom('org-elb-access-logs', 'iot-nlb-logs', 'team-logs', '');
const arbEnabled = fc.oneof(fc.constantFrom('true', 'false'), fc.jsonValue());
const arbKind = fc.oneof(fc.constantFrom('application', 'network', 'gateway'), fc.string());

function v2Item(kind: unknown, enabled: unknown, bucket: string, extra: readonly { key: string; value: string }[]): ConfigurationItem {
  return {
    ...base,
    resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    resourceId: 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/web/50dc6c495c0c9188',
    resourceName: 'web',
    configuration: { loadBalancerName: 'web', type: kind, scheme: 'internet-facing' },
    supplementaryConfiguration: {
      LoadBalancerAttributes: [...extra, { key: 'access_logs.s3.enabled', value: enabled }, { key: 'access_logs.s3.bucket', value: bucket }],
    },
  };
}

const arbExtra = fc.array(fc.record({ key: fc.constantFrom('deletion_protection.enabled', 'idle_timeout.timeout_seconds'), value: fc.string() }), { maxLength: 3 });
const arbBuckets = fc.option(fc.uniqueArray(fc.constantFrom<string>('org-elb-access-logs', 'team-logs'), { minLength: 1 }), { nil: undefined });

describe('elb-access-logs properties', () => {
  it('ELBv2: COMPLIANT exactly when logging is "true" on an application or network LB and the bucket is allowed', () => {
    fc.assert(
      fc.property(arbKind, arbEnabled, arbBucket, arbExtra, arbBuckets, (kind, enabled, bucket, extra, buckets) => {
        const params = parseParameters(rule.parameters, buckets === undefined ? {} : { s3BucketNames: buckets.join(',') });
        const verdict = evaluateItem(rule, v2Item(kind, enabled, bucket, extra), params);
        const logs = (kind === 'application' || kind === 'network') && enabled === 'true';
        const allowed = buckets === undefined || buckets.includes(bucket);
        expect(verdict.compliance === 'COMPLIANT').toBe(logs && allowed);
        expect(verdict.compliance === 'NOT_APPLICABLE').toBe(kind === 'gateway');
      }),
      { numRuns: 300 },
    );
  });

  it('Classic: COMPLIANT exactly when accessLog.enabled is the boolean true (no bucket list)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.option(fc.string(), { nil: undefined }), (enabled, bucket) => {
        const item: ConfigurationItem = {
          ...base,
          resourceType: 'AWS::ElasticLoadBalancing::LoadBalancer',
          resourceId: 'legacy',
          configuration: { loadBalancerName: 'legacy' },
          supplementaryConfiguration: { LoadBalancerAttributes: { accessLog: { enabled, ...(bucket === undefined ? {} : { s3BucketName: bucket }) } } },
        };
        expect(evaluateItem(rule, item, parseParameters(rule.parameters, {})).compliance === 'COMPLIANT').toBe(enabled === true);
      }),
      { numRuns: 200 },
    );
  });

  it('anything recorded in place of the attributes is never COMPLIANT unless it says logging is on', () => {
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom('AWS::ElasticLoadBalancingV2::LoadBalancer', 'AWS::ElasticLoadBalancing::LoadBalancer'), (attributes, type) => {
        fc.pre(!JSON.stringify(attributes ?? null).includes('true'));
        const item: ConfigurationItem = {
          ...base,
          resourceType: type,
          resourceId: 'lb',
          configuration: { loadBalancerName: 'lb', type: 'application' },
          supplementaryConfiguration: { LoadBalancerAttributes: attributes },
        };
        expect(evaluateItem(rule, item, parseParameters(rule.parameters, {})).compliance).toBe('NON_COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });

  it('gives the notification shape and the API shape of one item the same verdict', () => {
    fc.assert(
      fc.property(arbKind, arbEnabled, arbBucket, arbExtra, (kind, enabled, bucket, extra) => {
        const item = v2Item(kind, enabled, bucket, extra);
        const params = parseParameters(rule.parameters, {});
        expect(evaluateItem(rule, fromApiItem(toApiItem(item)), params)).toEqual(evaluateItem(rule, item, params));
      }),
      { numRuns: 100 },
    );
  });
});
